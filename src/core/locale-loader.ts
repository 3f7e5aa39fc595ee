import { LOCALES } from './i18n.js';
import type { Messages } from './types.js';

/** How long a locale may take to load before the banner shows in English. */
export const LOCALE_TIMEOUT_MS = 1500;

/**
 * The locale modules, loaded on demand and kept: one load per language, at most
 * `LOCALE_TIMEOUT_MS` each. Requests are numbered, so the answer to an older one (the
 * visitor or the page asked for another language meanwhile) can be told apart and dropped.
 */
export class LocaleLoader {
  readonly #cache = new Map<string, Partial<Messages>>();
  #latest = 0;

  /** True when `lang` needs no module load: English, a language we have no module for, or one loaded before. */
  ready(lang: string): boolean {
    return lang === 'en' || !LOCALES.includes(lang) || this.#cache.has(lang);
  }

  get(lang: string): Partial<Messages> | undefined {
    return this.#cache.get(lang);
  }

  /** Numbers a new request; `isLatest(n)` says whether a later one came since. */
  next(): number {
    return ++this.#latest;
  }

  isLatest(request: number): boolean {
    return request === this.#latest;
  }

  /** The module's texts, or `undefined` if it fails to load or takes too long. */
  async load(lang: string, loadModule: (name: string) => Promise<unknown>): Promise<Partial<Messages> | undefined> {
    const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, LOCALE_TIMEOUT_MS));
    const loaded = loadModule(`locales/${lang}`).then(
      (mod) => (mod as { default?: Partial<Messages> }).default,
      () => undefined,
    );
    const locale = await Promise.race([loaded, timeout]);
    if (locale) this.#cache.set(lang, locale);
    return locale;
  }
}
