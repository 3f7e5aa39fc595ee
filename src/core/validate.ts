/**
 * Config validation and a dark-pattern lint (`lit-cookie-consent/validate`, `dist/validate.js`).
 * For build-time use (`validate(config)`), and loaded on demand by the library on
 * development hosts (or with `debug: true`) to print each finding once in the console.
 */
import { MAX_EXPIRES_DAYS, resolveConfig, shown } from './config.js';

export interface Finding {
  /** `error`: the field is invalid and its default is used. `warning`: valid, but regulators call it non-compliant. */
  level: 'error' | 'warning';
  /** The config path, e.g. `categories[0].cookies[1].name`. */
  field: string;
  message: string;
}

/** Where the README explains each warning. */
export const DOCS = 'https://www.npmjs.com/package/lit-cookie-consent#compliance-warnings';

/** Analytics and advertising cookies (exact names, prefixes, or `/regex/` written for them). */
const TRACKERS = /^\/?\^?(_ga|_gid|_gat|_gcl_|_fbp|_fbc|IDE$|_pk_|_hj|_uet|_ttp|MUID|_clck|_clsk|li_fat_id|__utm|_scid|_pin_unauth)/;

/** Keys other libraries use to pre-tick a category; ours has none, on purpose. */
const PRETICK = ['enabled', 'default', 'checked', 'preselected', 'defaultEnabled'];

/** What each field expects, by path without indices (`categories[2].id` → `categories.id`). */
const EXPECTED: Record<string, string> = {
  '': 'a config object',
  revision: 'a whole number >= 0',
  policyUrl: 'an http(s) or relative URL',
  language: "a language tag or 'auto'",
  translations: 'an object of messages per language',
  layout: "'bar', 'box' or 'modal'",
  position: "'bottom', 'top', 'bottom-right', 'bottom-left', 'top-right', 'top-left', 'bottom-center' or 'center'",
  theme: "'light', 'dark' or 'auto'",
  mode: "'opt-in' or 'opt-out'",
  reopenButton: "true, false or 'auto'",
  log: '{ endpoint: an http(s) or relative URL }',
  googleConsentMode: 'true, false or a mapping of categories to consent types',
  expiresDays: `a number of days from 1 to ${MAX_EXPIRES_DAYS}, or { accept, reject }`,
  cookie: 'an object { name, domain, path, sameSite }',
  'cookie.name': 'a valid cookie name',
  'cookie.domain': 'a domain name',
  'cookie.path': 'a path starting with "/"',
  'cookie.sameSite': "'Lax' or 'Strict'",
  categories: 'a non-empty array of categories',
  'categories.id': 'a unique id of letters, digits, - or _',
  'categories.services': 'an array of services',
  'categories.services.id': 'an id of letters, digits, - or _',
  'categories.cookies': 'an array of cookies',
  'categories.cookies.name': 'a cookie name or /regex/',
  'categories.services.cookies': 'an array of cookies',
  'categories.services.cookies.name': 'a cookie name or /regex/',
  tcf: '{ cmpId: your IAB CMP ID (a whole number >= 2), vendorListUrl: an http(s) or relative URL, … } (README: IAB TCF)',
};

/** What `field` expects; the simple switches all expect a boolean. */
export function expected(field: string): string {
  const path = field.replace(/\[\d+\]/g, '');
  return EXPECTED[path] ?? EXPECTED[path.split('.')[0] ?? ''] ?? 'a boolean';
}

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Every problem with a config: invalid fields (errors) and non-compliant choices (warnings). */
export function validate(input: unknown): Finding[] {
  const findings: Finding[] = [];
  const config = resolveConfig(input, (field, got) =>
    findings.push({
      level: 'error',
      field,
      message: `expected ${expected(field)}, got ${shown(got)}; ${field.startsWith('expiresDays') && typeof got === 'number' && got > MAX_EXPIRES_DAYS ? `capped at ${MAX_EXPIRES_DAYS}` : 'the default is used'}`,
    }),
  );
  const warn = (field: string, message: string) => findings.push({ level: 'warning', field, message });
  const raw = isObject(input) ? input : {};

  const positions: Record<string, string[]> = {
    bar: ['bottom', 'top'],
    box: ['bottom', 'bottom-right', 'bottom-left', 'top-right', 'top-left', 'bottom-center'],
    modal: ['bottom', 'center'],
  };
  if (!positions[config.layout]?.includes(config.position)) {
    findings.push({ level: 'error', field: 'position', message: `expected ${positions[config.layout]?.join(', ')} for the ${config.layout} layout, got ${JSON.stringify(config.position)}; the layout's default place is used` });
  }
  if (!config.policyUrl) warn('policyUrl', 'no privacy policy link: visitors must be able to read what each purpose means before they choose');
  if (config.mode === 'opt-out') {
    warn('mode', 'opt-out grants non-required categories before any choice: that is not valid consent under the GDPR and the ePrivacy Directive; use it only for visitors under US-style opt-out laws');
  }
  const days = isObject(raw.expiresDays) ? Math.max(Number(raw.expiresDays.accept) || 0, Number(raw.expiresDays.reject) || 0) : Number(raw.expiresDays);
  if (days > MAX_EXPIRES_DAYS) warn('expiresDays', `consent should be asked again within 13 months; the lifetime is capped at ${MAX_EXPIRES_DAYS} days`);
  for (const [lang, messages] of Object.entries(config.translations)) {
    if (lang !== lang.toLowerCase()) findings.push({ level: 'error', field: `translations.${lang}`, message: `language tags are matched in lower case: write "${lang.toLowerCase()}"` });
    if (isObject(messages) && typeof messages.rejectAll === 'string' && !messages.rejectAll.trim()) {
      warn(`translations.${lang}.rejectAll`, 'an empty "Reject all" hides the refusal: refusing must be as easy as accepting, on the same layer');
    }
  }
  list(raw.categories).forEach((c, i) => {
    if (!isObject(c)) return;
    for (const key of PRETICK) {
      if (c[key] === true && c.required !== true) {
        warn(`categories[${i}].${key}`, 'a pre-ticked category is not valid consent (CJEU, Planet49); it is ignored: nothing non-required is granted before the visitor chooses');
      }
    }
    if (c.required !== true) return;
    const cookies = [...list(c.cookies), ...list(c.services).flatMap((s) => (isObject(s) ? list(s.cookies) : []))];
    cookies.forEach((k, j) => {
      const name = isObject(k) ? k.name : undefined;
      if (typeof name === 'string' && TRACKERS.test(name)) {
        warn(`categories[${i}].cookies[${j}].name`, `"${name}" is an analytics or advertising cookie: it needs consent and cannot be in a required category`);
      }
    });
  });
  return findings;
}

/**
 * Where the rendered banner is looked up: a shadow root or any element. Typed by shape, so
 * the module's types need no DOM library (it is also a build-time tool in Node).
 */
export interface RenderedRoot {
  querySelector(selectors: string): unknown;
}

/** What the rendered banner shows: Reject all as visible and as large as Accept all. */
export function validateRendered(root: RenderedRoot): Finding[] {
  const accept = root.querySelector('[part~="accept-all"]') as HTMLElement | null;
  const reject = root.querySelector('[part~="reject-all"]') as HTMLElement | null;
  if (!accept) return [];
  const area = (el: HTMLElement | null) => {
    if (!el) return 0;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return style.visibility === 'hidden' || Number(style.opacity) === 0 ? 0 : box.width * box.height;
  };
  const rejectArea = area(reject);
  return rejectArea >= area(accept) * 0.8
    ? []
    : [{ level: 'warning', field: '::part(reject-all)', message: 'Reject all is hidden or smaller than Accept all: refusing must be as easy as accepting, with the same prominence' }];
}

const printed = new Set<string>();

/**
 * What the library runs when it loads this module: the config's errors, and with
 * `warnings` (development hosts, `debug`) its warnings and, once the banner is on screen,
 * the prominence check. Each finding is printed once.
 */
export function lint(input: unknown, warnings = true): void {
  report(validate(input).filter((f) => warnings || f.level === 'error'));
  if (!warnings) return;
  requestAnimationFrame(() => {
    const root = document.querySelector('cookie-consent')?.shadowRoot;
    if (root) report(validateRendered(root));
  });
}

/** Prints each finding once per page, with a link to the README. */
export function report(findings: Finding[]): void {
  for (const f of findings) {
    const line = `[cookie-consent] config.${f.field}: ${f.message}` + (f.level === 'warning' ? ` (${DOCS})` : '');
    if (printed.has(line)) continue;
    printed.add(line);
    if (f.level === 'error') console.error(line);
    else console.warn(line);
  }
}
