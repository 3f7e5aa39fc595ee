import en from '../locales/en.js';
import type { Messages, ResolvedConfig } from './types.js';

/** Every language we ship: English built in, the others as `locales/<lang>` modules loaded on demand. */
export const LOCALES = 'en bg cs da de el es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv no is uk tr ar'.split(' ');

/** Languages whose script runs right to left. */
const RTL = ['ar', 'fa', 'he', 'ur', 'yi'];

export const isRtl = (lang: string): boolean => RTL.includes(lang.split('-')[0] ?? '');

/**
 * Picks the first of `wanted` that `available` has, trying each tag and then its
 * base language (`de-AT` → `de`); falls back to `en`.
 */
export function pickLanguage(wanted: ReadonlyArray<string | null | undefined>, available: ReadonlyArray<string>): string {
  for (const tag of wanted) {
    if (!tag) continue;
    const lower = tag.toLowerCase();
    if (available.includes(lower)) return lower;
    // Norwegian Bokmål and Nynorsk both get the `no` locale.
    const base = (lower.split('-')[0] ?? '').replace(/^n[bn]$/, 'no');
    if (available.includes(base)) return base;
  }
  return 'en';
}

/** The languages a visitor's page and browser ask for, best first. */
export function wantedLanguages(config: Pick<ResolvedConfig, 'language'>): string[] {
  if (config.language !== 'auto') return [config.language];
  return [document.documentElement.lang, ...navigator.languages];
}

/** English, then the locale, then the site's overrides for that language. */
export function mergeMessages(locale: Partial<Messages> | undefined, overrides: Partial<Messages> | undefined): Messages {
  return {
    ...en,
    ...locale,
    ...overrides,
    categories: { ...en.categories, ...locale?.categories, ...overrides?.categories },
  };
}
