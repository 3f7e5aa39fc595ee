import type {
  CategoryConfig,
  ConsentConfig,
  CookieInfo,
  ExpiryDays,
  Layout,
  Messages,
  Mode,
  ResolvedCategory,
  ResolvedConfig,
  ServiceConfig,
  Theme,
} from './types.js';

/** Longest consent lifetime we allow: about 13 months, under browsers' 400-day cap. */
export const MAX_EXPIRES_DAYS = 395;
export const DEFAULT_EXPIRES_DAYS = 182;
export const DEFAULT_COOKIE_NAME = 'cookie_consent';

/** The Google Consent Mode v2 signals each default category maps to. */
export const DEFAULT_GCM_MAPPING: Record<string, string[]> = {
  necessary: ['security_storage'],
  preferences: ['functionality_storage', 'personalization_storage'],
  analytics: ['analytics_storage'],
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
};

export function defaultCategories(): ResolvedCategory[] {
  return [
    { id: 'necessary', required: true, gpc: false },
    { id: 'preferences', required: false, gpc: false },
    { id: 'analytics', required: false, gpc: false },
    { id: 'marketing', required: false, gpc: true },
  ];
}

/** Reports a bad config field; the resolver then falls back to the default. */
export type ConfigReporter = (field: string, expected: string, got: unknown) => void;

export const consoleReporter: ConfigReporter = (field, expected, got) => {
  console.error(
    `[cookie-consent] config.${field}: expected ${expected}, got ${describe(got)}; using the default.`,
  );
};

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (typeof value === 'object') return 'an object';
  return `${value as string}`;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const COOKIE_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,128}$/;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** True for http(s) and relative URLs; false for `javascript:` and other schemes. */
export function isSafeUrl(url: string): boolean {
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url);
  return !scheme || /^https?$/i.test(scheme[1] ?? '');
}

/**
 * Applies defaults to a user config and checks every field. A bad field is reported
 * (by default with a console error naming it) and replaced by its default, so a broken
 * config never stops the page or the banner.
 */
export function resolveConfig(input: unknown = {}, report: ConfigReporter = consoleReporter): ResolvedConfig {
  const c: Record<string, unknown> = isObject(input) ? input : {};
  if (!isObject(input) && input !== undefined && input !== null) report('', 'an object', input);

  const pick = <T>(field: keyof ConsentConfig, ok: (v: unknown) => v is T, expected: string, fallback: T): T => {
    const v = c[field];
    if (v === undefined) return fallback;
    if (ok(v)) return v;
    report(field, expected, v);
    return fallback;
  };
  const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
  const oneOf =
    <T extends string>(...values: T[]) =>
    (v: unknown): v is T =>
      values.includes(v as T);

  return {
    categories: resolveCategories(c.categories, report),
    revision: pick('revision', (v): v is number => Number.isInteger(v) && (v as number) >= 0, 'a whole number ≥ 0', 0),
    expiresDays: resolveExpiry(c.expiresDays, report),
    cookie: resolveCookie(c.cookie, report),
    policyUrl: pick('policyUrl', (v): v is string => typeof v === 'string' && isSafeUrl(v), 'an http(s) or relative URL', ''),
    language: pick('language', (v): v is string => typeof v === 'string' && v.length > 0, "a language tag or 'auto'", 'auto'),
    translations: pick('translations', (v): v is Record<string, Partial<Messages>> => isObject(v), 'an object of messages per language', {}),
    layout: pick<Layout>('layout', oneOf('bar', 'box', 'modal'), "'bar', 'box' or 'modal'", 'bar'),
    position: pick('position', (v): v is string => typeof v === 'string', 'a position string', 'bottom'),
    theme: pick<Theme>('theme', oneOf('light', 'dark', 'auto'), "'light', 'dark' or 'auto'", 'light'),
    googleConsentMode: resolveGcm(c.googleConsentMode, report),
    respectGPC: pick('respectGPC', isBool, 'a boolean', true),
    mode: pick<Mode>('mode', oneOf('opt-in', 'opt-out'), "'opt-in' or 'opt-out'", 'opt-in'),
    reopenButton: pick('reopenButton', (v): v is boolean | 'auto' => isBool(v) || v === 'auto', "a boolean or 'auto'", 'auto'),
    log: pick(
      'log',
      (v): v is { endpoint: string } | null =>
        isObject(v) && typeof v.endpoint === 'string' && isSafeUrl(v.endpoint) && v.endpoint.length > 0,
      '{ endpoint: an http(s) or relative URL }',
      null,
    ),
    hideFromBots: pick('hideFromBots', isBool, 'a boolean', true),
    reloadOnRevoke: pick('reloadOnRevoke', isBool, 'a boolean', false),
  };
}

function resolveCookieList(list: unknown, field: string, report: ConfigReporter): CookieInfo[] | undefined {
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) {
    report(field, 'an array of { name, provider?, purpose?, duration? }', list);
    return undefined;
  }
  const out: CookieInfo[] = [];
  list.forEach((item: unknown, i) => {
    if (isObject(item) && typeof item.name === 'string' && item.name.length > 0) out.push(item as unknown as CookieInfo);
    else report(`${field}[${i}].name`, 'a cookie name or /regex/', isObject(item) ? item.name : item);
  });
  return out;
}

function resolveServices(list: unknown, field: string, report: ConfigReporter): ServiceConfig[] | undefined {
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) {
    report(field, 'an array of { id, label?, description?, cookies? }', list);
    return undefined;
  }
  const out: ServiceConfig[] = [];
  list.forEach((item: unknown, i) => {
    if (!isObject(item) || typeof item.id !== 'string' || !ID.test(item.id)) {
      report(`${field}[${i}].id`, 'an id of letters, digits, "-" or "_"', isObject(item) ? item.id : item);
      return;
    }
    const cookies = resolveCookieList(item.cookies, `${field}[${i}].cookies`, report);
    out.push({ ...(item as unknown as ServiceConfig), cookies });
  });
  return out;
}

function resolveCategories(list: unknown, report: ConfigReporter): ResolvedCategory[] {
  if (list === undefined) return defaultCategories();
  if (!Array.isArray(list) || list.length === 0) {
    report('categories', 'a non-empty array of { id, label?, description?, required? }', list);
    return defaultCategories();
  }
  const out: ResolvedCategory[] = [];
  list.forEach((item: unknown, i) => {
    const field = `categories[${i}]`;
    if (!isObject(item) || typeof item.id !== 'string' || !ID.test(item.id)) {
      report(`${field}.id`, 'an id of letters, digits, "-" or "_"', isObject(item) ? item.id : item);
      return;
    }
    if (out.some((c) => c.id === item.id)) {
      report(`${field}.id`, 'a unique id', item.id);
      return;
    }
    const category = item as unknown as CategoryConfig;
    out.push({
      ...category,
      required: category.required === true,
      gpc: typeof category.gpc === 'boolean' ? category.gpc : category.id === 'marketing',
      cookies: resolveCookieList(item.cookies, `${field}.cookies`, report),
      services: resolveServices(item.services, `${field}.services`, report),
    });
  });
  return out.length > 0 ? out : defaultCategories();
}

function resolveExpiry(value: unknown, report: ConfigReporter): ExpiryDays {
  const days = (v: unknown, field: string): number => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
      report(field, `a number of days between 1 and ${MAX_EXPIRES_DAYS}`, v);
      return DEFAULT_EXPIRES_DAYS;
    }
    if (v > MAX_EXPIRES_DAYS) {
      report(field, `at most ${MAX_EXPIRES_DAYS} days (about 13 months)`, v);
      return MAX_EXPIRES_DAYS;
    }
    return v;
  };
  if (value === undefined) return { accept: DEFAULT_EXPIRES_DAYS, reject: DEFAULT_EXPIRES_DAYS };
  if (isObject(value)) return { accept: days(value.accept, 'expiresDays.accept'), reject: days(value.reject, 'expiresDays.reject') };
  const d = days(value, 'expiresDays');
  return { accept: d, reject: d };
}

function resolveCookie(value: unknown, report: ConfigReporter): ResolvedConfig['cookie'] {
  const out: ResolvedConfig['cookie'] = { name: DEFAULT_COOKIE_NAME, path: '/', sameSite: 'Lax' };
  if (value === undefined) return out;
  if (!isObject(value)) {
    report('cookie', 'an object { name?, domain?, path?, sameSite? }', value);
    return out;
  }
  if (value.name !== undefined) {
    if (typeof value.name === 'string' && COOKIE_NAME.test(value.name)) out.name = value.name;
    else report('cookie.name', 'a valid cookie name', value.name);
  }
  if (value.domain !== undefined) {
    if (typeof value.domain === 'string' && /^\.?[a-z0-9.-]+$/i.test(value.domain)) out.domain = value.domain;
    else report('cookie.domain', 'a domain name', value.domain);
  }
  if (value.path !== undefined) {
    if (typeof value.path === 'string' && value.path.startsWith('/')) out.path = value.path;
    else report('cookie.path', 'a path starting with "/"', value.path);
  }
  if (value.sameSite !== undefined) {
    if (value.sameSite === 'Lax' || value.sameSite === 'Strict') out.sameSite = value.sameSite;
    else report('cookie.sameSite', "'Lax' or 'Strict'", value.sameSite);
  }
  return out;
}

function resolveGcm(value: unknown, report: ConfigReporter): false | Record<string, string[]> {
  if (value === undefined || value === false) return false;
  if (value === true) return DEFAULT_GCM_MAPPING;
  if (isObject(value) && Object.values(value).every((v) => Array.isArray(v) && v.every((s) => typeof s === 'string'))) {
    return value as Record<string, string[]>;
  }
  report('googleConsentMode', 'a boolean or { category: [consent types] }', value);
  return false;
}
