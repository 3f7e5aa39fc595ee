/**
 * The TCF texts for a language: our own (`tcf/locales/<lang>`, literal imports so that every
 * bundler splits them off) and the name of the vendor list's translation.
 */
import { TCF_MESSAGES, type TcfMessages } from './messages.js';

const LOCALES: Record<string, () => Promise<{ default: TcfMessages }>> = {};

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
