/**
 * The page's own controls and the tab's return: a click on any `[data-cc]` element (links
 * and buttons the site wrote, in any shadow root) runs its action, and the tab becoming
 * visible again asks for a re-read (another tab may have saved a choice meanwhile).
 */
export type HookAction = 'preferences' | 'accept-all' | 'reject-all';

const ACTIONS: ReadonlyArray<string> = ['preferences', 'accept-all', 'reject-all'];

export class PageHooks {
  readonly #run: (action: HookAction, el: HTMLElement) => void;
  readonly #visible: () => void;

  constructor(run: (action: HookAction, el: HTMLElement) => void, visible: () => void) {
    this.#run = run;
    this.#visible = visible;
  }

  /** Idempotent: the browser ignores a listener added twice. */
  install(): void {
    document.addEventListener('click', this.#onClick);
    document.addEventListener('visibilitychange', this.#onVisibility);
  }

  remove(): void {
    document.removeEventListener('click', this.#onClick);
    document.removeEventListener('visibilitychange', this.#onVisibility);
  }

  readonly #onClick = (event: Event): void => {
    const el = event.composedPath().find((n): n is HTMLElement => n instanceof HTMLElement && n.hasAttribute('data-cc'));
    const action = el?.getAttribute('data-cc');
    if (!el || !action || !ACTIONS.includes(action)) return;
    event.preventDefault();
    this.#run(action as HookAction, el);
  };

  readonly #onVisibility = (): void => {
    if (document.visibilityState === 'visible') this.#visible();
  };
}
