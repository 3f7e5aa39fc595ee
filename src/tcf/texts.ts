/**
 * The TCF texts for a language: our own (`tcf/locales/<lang>`, literal imports so that every
 * bundler splits them off) and the name of the vendor list's translation.
 */
import { TCF_MESSAGES, type TcfMessages } from './messages.js';

const LOCALES: Record<string, () => Promise<{ default: TcfMessages }>> = {
  ar: () => import('./locales/ar.js'),
  bg: () => import('./locales/bg.js'),
  cs: () => import('./locales/cs.js'),
  da: () => import('./locales/da.js'),
  de: () => import('./locales/de.js'),
  el: () => import('./locales/el.js'),
  es: () => import('./locales/es.js'),
  et: () => import('./locales/et.js'),
  fi: () => import('./locales/fi.js'),
  fr: () => import('./locales/fr.js'),
  ga: () => import('./locales/ga.js'),
  hr: () => import('./locales/hr.js'),
  hu: () => import('./locales/hu.js'),
  is: () => import('./locales/is.js'),
  it: () => import('./locales/it.js'),
  lt: () => import('./locales/lt.js'),
  lv: () => import('./locales/lv.js'),
  mt: () => import('./locales/mt.js'),
  nl: () => import('./locales/nl.js'),
  no: () => import('./locales/no.js'),
  pl: () => import('./locales/pl.js'),
  pt: () => import('./locales/pt.js'),
  ro: () => import('./locales/ro.js'),
  sk: () => import('./locales/sk.js'),
  sl: () => import('./locales/sl.js'),
  sv: () => import('./locales/sv.js'),
  tr: () => import('./locales/tr.js'),
  uk: () => import('./locales/uk.js'),
};

/** The IAB's name for our language's translation of the vendor list; none for English and Irish (the IAB has no Irish one). */
export function gvlLanguage(lang: string): string | undefined {
  if (lang === 'en' || lang === 'ga') return undefined;
  return lang === 'pt' ? 'pt-pt' : lang;
}

/** Our TCF texts in `lang`; English if there are none or they fail to load. */
export async function loadTcfTexts(lang: string): Promise<TcfMessages> {
  const load = Object.hasOwn(LOCALES, lang) ? LOCALES[lang] : undefined;
  try {
    return load ? { ...TCF_MESSAGES, ...(await load()).default } : TCF_MESSAGES;
  } catch (error) {
    console.warn(`[cookie-consent] the TCF texts for "${lang}" did not load; English is shown`, error);
    return TCF_MESSAGES;
  }
}
