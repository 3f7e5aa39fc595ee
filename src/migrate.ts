/**
 * Migration from vanilla-cookieconsent v3: `fromVanillaCookieConsentConfig(config)` turns
 * a `CookieConsent.run()` config object into a `ConsentConfig`.
 * @module lit-cookie-consent/migrate
 */
import type { CategoryConfig, CategoryMessages, ConsentConfig, CookieInfo, Messages, ServiceConfig } from './core/types.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

/** Their descriptions may hold HTML; ours are text. */
const text = (v: unknown): string | undefined => {
  const s = str(v);
  return s && s.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
};

/** `/^_ga/` (a RegExp) → `"/^_ga/"`; a string stays. */
function cookieName(name: unknown): string | undefined {
  if (name instanceof RegExp) return `/${name.source}/${name.flags}`;
  return str(name);
}

function cookies(list: unknown): CookieInfo[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((c) => {
    const name = isObj(c) ? cookieName(c.name) : undefined;
    return name ? [{ name }] : [];
  });
}

/** Their `cookieTable` rows, by header key: name, then provider, purpose and duration where the keys say so. */
function tableCookies(table: unknown): CookieInfo[] {
  if (!isObj(table) || !Array.isArray(table.body)) return [];
  const pick = (row: Obj, keys: RegExp) => {
    const key = Object.keys(row).find((k) => keys.test(k));
    return key ? text(row[key]) : undefined;
  };
  return table.body.flatMap((row) => {
    if (!isObj(row)) return [];
    const name = cookieName(row.name);
    if (!name) return [];
    const info: CookieInfo = { name };
    const provider = pick(row, /^(domain|provider|host|vendor)$/i);
    const purpose = pick(row, /^(desc|description|purpose)$/i);
    const duration = pick(row, /^(duration|expiration|expiry|expires|exp)$/i);
    if (provider) info.provider = provider;
    if (purpose) info.purpose = purpose;
    if (duration) info.duration = duration;
    return [info];
  });
}

/** Their layouts and positions: `'box wide'` + `'bottom right'` → `box` + `bottom-right`; `middle` → `modal`. */
function look(gui: unknown): Pick<ConsentConfig, 'layout' | 'position'> {
  const modal = isObj(gui) && isObj(gui.consentModal) ? gui.consentModal : {};
  const layout = str(modal.layout)?.split(' ')[0];
  const [vertical = 'bottom', horizontal = 'right'] = (str(modal.position) ?? '').split(' ').filter(Boolean);
  if (vertical === 'middle') return { layout: 'modal' };
  if (layout === 'bar') return { layout: 'bar', position: vertical === 'top' ? 'top' : 'bottom' };
  if (layout === 'box' || layout === 'cloud') return { layout: 'box', position: `${vertical === 'top' ? 'top' : 'bottom'}-${horizontal}` };
  return {};
}

/** One language's texts: consent modal, preferences modal and the sections linked to categories. */
function messages(t: Obj): { messages: Partial<Messages>; sections: Map<string, Obj> } {
  const consent = isObj(t.consentModal) ? t.consentModal : {};
  const prefs = isObj(t.preferencesModal) ? t.preferencesModal : {};
  const out: Partial<Messages> = {};
  const set = (key: keyof Omit<Messages, 'categories'>, value: unknown) => {
    const v = text(value);
    if (v) out[key] = v;
  };
  set('bannerTitle', consent.title);
  set('bannerText', consent.description);
  set('acceptAll', consent.acceptAllBtn ?? prefs.acceptAllBtn);
  set('rejectAll', consent.acceptNecessaryBtn ?? prefs.acceptNecessaryBtn);
  set('customize', consent.showPreferencesBtn);
  set('preferencesTitle', prefs.title);
  set('save', prefs.savePreferencesBtn);
  set('close', prefs.closeIconLabel);
  const sections = new Map<string, Obj>();
  const categories: Record<string, CategoryMessages> = {};
  for (const section of Array.isArray(prefs.sections) ? prefs.sections : []) {
    if (!isObj(section)) continue;
    const id = str(section.linkedCategory);
    if (!id) {
      // The first unlinked section is the panel's introduction.
      if (!out.preferencesText && text(section.description)) set('preferencesText', section.description);
      continue;
    }
    sections.set(id, section);
    categories[id] = { label: text(section.title) ?? id, description: text(section.description) ?? '' };
  }
  if (Object.keys(categories).length) out.categories = categories;
  return { messages: out, sections };
}

/** The first http(s) or relative link in their texts (not `#anchor`), taken as the privacy policy. */
function policyUrl(translations: Obj[]): string | undefined {
  for (const t of translations) {
    for (const [, href = ''] of JSON.stringify(t).matchAll(/href=\\"([^"\\]+)\\"/g)) {
      if (!href.startsWith('#') && (/^https?:/i.test(href) || !/^[a-z][a-z0-9+.-]*:/i.test(href))) return href;
    }
  }
  return undefined;
}

/**
 * Converts a vanilla-cookieconsent v3 config: categories (in order; `readOnly` → `required`;
 * `autoClear.cookies` → `cookies`; `services` → `services`), inline translations (texts
 * of both modals, and each section linked to a category as its label and description;
 * HTML stripped), cookie tables, `cookie` (name, domain, path, sameSite, a numeric
 * `expiresAfterDays`), `revision`, `mode`, `hideFromBots`, the consent modal's layout and
 * position, `autoClear.reloadPage` (→ `reloadOnRevoke`) and the first link as `policyUrl`.
 * What has no equivalent is reported through `note` (by default `console.warn`): callbacks,
 * translations loaded from a URL, pre-ticked categories (never granted before a choice here).
 */
export function fromVanillaCookieConsentConfig(v3: unknown, note: (message: string) => void = (m) => console.warn(`[cookie-consent] migrate: ${m}`)): ConsentConfig {
  const src: Obj = isObj(v3) ? v3 : {};
  const config: ConsentConfig = { ...look(src.guiOptions) };

  if (Number.isInteger(src.revision)) config.revision = src.revision as number;
  if (src.mode === 'opt-in' || src.mode === 'opt-out') config.mode = src.mode;
  if (typeof src.hideFromBots === 'boolean') config.hideFromBots = src.hideFromBots;

  const cookie = isObj(src.cookie) ? src.cookie : {};
  const c: NonNullable<ConsentConfig['cookie']> = {};
  if (str(cookie.name)) c.name = str(cookie.name);
  if (str(cookie.domain)) c.domain = str(cookie.domain);
  if (str(cookie.path)) c.path = str(cookie.path);
  if (cookie.sameSite === 'Lax' || cookie.sameSite === 'Strict') c.sameSite = cookie.sameSite;
  else if (cookie.sameSite !== undefined) note(`cookie.sameSite ${JSON.stringify(cookie.sameSite)} is not supported; Lax is used`);
  if (Object.keys(c).length) config.cookie = c;
  if (typeof cookie.expiresAfterDays === 'number') config.expiresDays = cookie.expiresAfterDays;
  else if (cookie.expiresAfterDays !== undefined) note('cookie.expiresAfterDays as a function has no equivalent; use expiresDays: { accept, reject }');

  const language = isObj(src.language) ? src.language : {};
  const allTranslations = isObj(language.translations) ? language.translations : {};
  const translations: Record<string, Partial<Messages>> = {};
  const sectionsByLang = new Map<string, Map<string, Obj>>();
  for (const [lang, t] of Object.entries(allTranslations)) {
    if (!isObj(t)) {
      note(`translations.${lang} is loaded from a URL or a function: convert that file with this function too`);
      continue;
    }
    const converted = messages(t);
    translations[lang] = converted.messages;
    sectionsByLang.set(lang, converted.sections);
  }
  if (Object.keys(translations).length) config.translations = translations;
  config.language = language.autoDetect ? 'auto' : (str(language.default) ?? 'auto');
  const policy = policyUrl(Object.values(allTranslations).filter(isObj));
  if (policy) config.policyUrl = policy;

  const defaultSections = sectionsByLang.get(str(language.default) ?? '') ?? [...sectionsByLang.values()][0];
  const categories: CategoryConfig[] = [];
  for (const [id, cat] of Object.entries(isObj(src.categories) ? src.categories : {})) {
    const category: CategoryConfig = { id };
    const def = isObj(cat) ? cat : {};
    if (def.readOnly === true) category.required = true;
    else if (def.enabled === true) note(`categories.${id}.enabled: a pre-ticked category is not valid consent; it starts off here`);
    const autoClear = isObj(def.autoClear) ? def.autoClear : {};
    if (autoClear.reloadPage === true) config.reloadOnRevoke = true;
    const tableRows = tableCookies(defaultSections?.get(id)?.cookieTable);
    const known = cookies(autoClear.cookies);
    const list = [...known, ...tableRows.filter((row) => !known.some((k) => k.name === row.name))];
    if (list.length) category.cookies = list;
    if (isObj(def.services)) {
      category.services = Object.entries(def.services).map(([sid, s]): ServiceConfig => {
        const service: ServiceConfig = { id: sid.replace(/[^A-Za-z0-9_-]/g, '-') };
        const label = isObj(s) ? str(s.label) : undefined;
        service.label = label ? text(label) : sid;
        const own = isObj(s) ? cookies(s.cookies) : [];
        if (own.length) service.cookies = own;
        if (isObj(s) && (s.onAccept || s.onReject)) note(`categories.${id}.services.${sid}: use whenGranted('${id}', '${service.id}') or consent-change instead of onAccept/onReject`);
        return service;
      });
    }
    categories.push(category);
  }
  if (categories.length) config.categories = categories;
  for (const hook of ['onFirstConsent', 'onConsent', 'onChange', 'onModalShow', 'onModalHide', 'onModalReady']) {
    if (src[hook]) note(`${hook} has no config equivalent: listen to the consent-* events (see the README's migration table)`);
  }
  return config;
}
