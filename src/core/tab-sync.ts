/**
 * Cross-tab sync: a choice saved (or a reset) in one tab reaches the site's other open tabs
 * at once, through a `BroadcastChannel` named after the consent cookie. Where there is none,
 * the tab re-reads the cookie when it becomes visible again (`PageHooks`).
 */
export class TabSync {
  readonly #received: () => void;
  #channel: BroadcastChannel | null = null;

  constructor(received: () => void) {
    this.#received = received;
  }

  /** (Re)opens the channel for a cookie name. */
  open(cookieName: string): void {
    this.close();
    if (typeof BroadcastChannel === 'undefined') return;
    this.#channel = new BroadcastChannel(`cookie-consent:${cookieName}`);
    this.#channel.onmessage = () => this.#received();
  }

  /** Tells the other tabs; they re-read the cookie. */
  post(what: 'change' | 'reset'): void {
    this.#channel?.postMessage(what);
  }

  close(): void {
    this.#channel?.close();
    this.#channel = null;
  }
}
