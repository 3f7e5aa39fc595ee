import { isSafeUrl } from './config.js';
import type { ConsentManager } from './manager.js';
import { own } from './record.js';
import type { Theme } from './types.js';

/**
 * Embeds held back until consent: `<iframe>`, `<img>`, `<video>` and `<audio>` with
 * `data-category` and `data-src` (`data-srcset`, and `<source data-src>` inside media).
 * Until granted, a placeholder of the same size stands in their place (made by the
 * manager's `placeholder` factory: by default the `placeholder` module, loaded on demand
 * the first time a page has an embed to hold).
 */

/** Selects every embed held back until consent. */
export const EMBEDS = ':is(iframe,img,video,audio)[data-category]:is([data-src],:has(source[data-src]))';

/** What a placeholder says and does; the manager fills it in for its placeholder factory. */
export interface PlaceholderOptions {
  /** The explanation, with the provider and the purpose already filled in. */
  text: string;
  button: string;
  policyLink: string;
  policyUrl: string;
  theme: Theme;
  /** Grants the embed's category (or service). */
  allow: () => void;
}

/** Makes the element that stands in for `embed` until it is granted. */
export type PlaceholderFactory = (embed: HTMLElement, options: PlaceholderOptions) => HTMLElement;

/** Who serves the embed: `data-provider`, else the host name of its URL. */
export function providerOf(embed: Element): string {
  const given = embed.getAttribute('data-provider');
  if (given) return given;
  try {
    return new URL(embed.getAttribute('data-src') ?? '', location.href).hostname;
  } catch {
    return '';
  }
}

/** Moves `data-src`/`data-srcset` (and those of `<source>` children) into place, which starts loading. */
export function loadEmbed(embed: Element): void {
  for (const el of [embed, ...embed.querySelectorAll('source')]) {
    for (const name of ['src', 'srcset']) {
      const value = el.getAttribute(`data-${name}`);
      // An image candidate list (srcset) cannot run script; a `src` must be http(s).
      if (value !== null && name === 'src' && !isSafeUrl(value)) console.error('[cookie-consent] data-src: not http(s), refused:', value);
      else if (value !== null) el.setAttribute(name, value);
    }
  }
  if (embed instanceof HTMLMediaElement) embed.load();
}

/**
 * The stand-ins for the embeds a manager holds: its `placeholder` factory (by default the
 * `placeholder` module, loaded once, the first time there is an embed to hold; the gate runs
 * again when it is here) and what each one says, in the visitor's language.
 */
export class StandIns {
  readonly #m: ConsentManager;
  readonly #rerun: () => void;
  #module?: Promise<void>;

  constructor(manager: ConsentManager, rerun: () => void) {
    this.#m = manager;
    this.#rerun = rerun;
  }

  /** The stand-in for `embed`, whose button grants just what it needs; `undefined` until one can be made. */
  for(embed: HTMLElement): HTMLElement | undefined {
    const m = this.#m;
    if (!m.placeholder) {
      if (!this.#module) {
        this.#module = m.loadModule('placeholder').then(
          (mod) => {
            m.placeholder ??= (mod as { createPlaceholder: PlaceholderFactory }).createPlaceholder;
            this.#rerun();
          },
          // The loader has said which file is missing; the embeds stay empty.
          () => undefined,
        );
      }
      return undefined;
    }
    // Made once, so in the visitor's language: wait for the locale (setLanguage runs the gate again).
    if (m.localePending) return undefined;
    const { category = '', service } = embed.dataset;
    const t = m.messages;
    return m.placeholder(embed, {
      text: t.embedText.replace('{provider}', () => providerOf(embed)).replace('{category}', () => m.label(category)),
      button: t.embedButton,
      policyLink: t.policyLink,
      policyUrl: m.config.policyUrl,
      theme: m.config.theme,
      allow: () => m.set({ [category]: true }, service ? { [category]: [...(own(m.get()?.services, category) ?? []), service] } : undefined),
    });
  }
}
