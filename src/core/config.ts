import { ID } from './record.js';
import type {
  CategoryConfig,
  CookieInfo,
  ExpiryDays,
  ResolvedCategory,
  ResolvedConfig,
  ServiceConfig,
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

/** The embedded default: `necessary` (required), `preferences`, `analytics`, `marketing` (a GPC purpose). */
export const defaultCategories = (): ResolvedCategory[] =>
  ['necessary', 'preferences', 'analytics', 'marketing'].map((id) => ({ id, required: id === 'necessary', gpc: id === 'marketing', thirdParty: id === 'marketing' }));

/**
 * Reports a bad config field; the resolver then falls back to the default. What each
 * field expects is spelled out by `validate()` (the `validate` module), which the
 * library loads to print it when a field is bad.
 */
export type ConfigReporter = (field: string, got: unknown) => void;

/** A bad value as the site wrote it: `Infinity` and `NaN` as themselves (JSON would say `null`). */
export const shown = (got: unknown): string => (typeof got === 'number' ? String(got) : (JSON.stringify(got) ?? typeof got));

/** The short form, printed when the `validate` module cannot explain more. */
export const consoleReporter: ConfigReporter = (field, got) => {
  console.error(`[cookie-consent] config.${field}: ${shown(got)} is not valid; default used`);
};

const COOKIE_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,128}$/;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isString = (v: unknown): v is string => typeof v === 'string';

/**
 * True when `url` is an http(s) URL as the browser will judge it: resolved by the URL
 * parser against the page (which strips tabs, newlines and leading control characters,
 * so `java\tscript:` is `javascript:`). Relative URLs take the page's scheme; on a server
 * (build-time validation) they count as https.
 */
export function isSafeUrl(url: string): boolean {
  try {
    return /^https?:$/.test(new URL(url, globalThis.document?.baseURI ?? 'https://localhost/').protocol);
  } catch {
    return false;
  }
}

type Check = [test: (v: unknown) => boolean, fallback: unknown];
const oneOf = (...values: unknown[]): Check => [(v) => values.includes(v), values[0]];
const BOOL_TRUE: Check = [isBool, true];
const BOOL_FALSE: Check = [isBool, false];

/** The simple fields: how to check each one, and its default. */
const FIELDS: Record<string, Check> = {
  revision: [(v) => Number.isInteger(v) && (v as number) >= 0, 0],
  policyUrl: [(v) => isString(v) && isSafeUrl(v), ''],
  language: [(v) => isString(v) && v.length > 0, 'auto'],
  translations: [isObject, {}],
  layout: oneOf('bar', 'box', 'modal'),
  // Checked against the layout by validate(); an unknown one just falls back to the layout's default place.
  position: [isString, 'bottom'],
  theme: oneOf('light', 'dark', 'auto'),
  adsDataRedaction: BOOL_FALSE,
  urlPassthrough: BOOL_FALSE,
  respectGPC: BOOL_TRUE,
  mode: oneOf('opt-in', 'opt-out'),
  reopenButton: oneOf('auto', true, false),
  log: [(v) => isObject(v) && isString(v.endpoint) && v.endpoint !== '' && isSafeUrl(v.endpoint), null],
  hideFromBots: BOOL_TRUE,
  reloadOnRevoke: BOOL_FALSE,
  debug: BOOL_FALSE,
  // The rest of `tcf` is checked by validate() and by the TCF module.
  tcf: [(v) => isObject(v) && Number.isInteger(v.cmpId) && (v.cmpId as number) > 1 && isString(v.vendorListUrl) && isSafeUrl(v.vendorListUrl), null],
};

/**
 * Applies defaults to a user config and checks every field. A bad field is reported
 * (by default with a console error naming it) and replaced by its default, so a broken
 * config never stops the page or the banner.
 */
export function resolveConfig(input: unknown = {}, report: ConfigReporter = consoleReporter): ResolvedConfig {
  const c: Record<string, unknown> = isObject(input) ? input : {};
  if (!isObject(input) && input != null) report('', input);
  const out: Record<string, unknown> = {};
  for (const [field, [test, fallback]] of Object.entries(FIELDS)) {
    const v = c[field];
    const ok = v === undefined || test(v);
    if (!ok) report(field, v);
    out[field] = ok && v !== undefined ? v : fallback;
  }
  return {
    ...(out as unknown as ResolvedConfig),
    categories: resolveCategories(c.categories, report),
    expiresDays: resolveExpiry(c.expiresDays, report),
    cookie: resolveCookie(c.cookie, report),
    googleConsentMode: resolveGcm(c.googleConsentMode, report),
  };
}

/** Keeps the valid items of an optional array field, reporting the others. */
function validItems<T>(list: unknown, field: string, key: 'id' | 'name', report: ConfigReporter, ok: (v: unknown) => boolean): T[] | undefined {
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) {
    report(field, list);
    return undefined;
  }
  return list.filter((item: unknown, i) => {
    const value = isObject(item) ? item[key] : item;
    if (isObject(item) && ok(value)) return true;
    report(`${field}[${i}].${key}`, value);
    return false;
  }) as T[];
}

const resolveCookieList = (list: unknown, field: string, report: ConfigReporter) =>
  validItems<CookieInfo>(list, field, 'name', report, (v) => isString(v) && v !== '');

function resolveServices(list: unknown, field: string, report: ConfigReporter): ServiceConfig[] | undefined {
  return validItems<ServiceConfig>(list, field, 'id', report, (v) => isString(v) && ID.test(v))?.map((s, i) => ({
    ...s,
    cookies: resolveCookieList(s.cookies, `${field}[${i}].cookies`, report),
  }));
}

function resolveCategories(list: unknown, report: ConfigReporter): ResolvedCategory[] {
  if (list === undefined) return defaultCategories();
  const seen = new Set<string>();
  const valid = validItems<CategoryConfig>(list, 'categories', 'id', report, (v) => isString(v) && ID.test(v) && !seen.has(v) && !!seen.add(v));
  if (!valid?.length) {
    if (Array.isArray(list) && !list.length) report('categories', list);
    return defaultCategories();
  }
  return valid.map((category) => {
    const field = `categories[${(list as unknown[]).indexOf(category)}]`;
    return {
      ...category,
      required: category.required === true,
      gpc: isBool(category.gpc) ? category.gpc : category.id === 'marketing',
      thirdParty: isBool(category.thirdParty) ? category.thirdParty : category.id === 'marketing',
      cookies: resolveCookieList(category.cookies, `${field}.cookies`, report),
      services: resolveServices(category.services, `${field}.services`, report),
    };
  });
}

function resolveExpiry(value: unknown, report: ConfigReporter): ExpiryDays {
  const days = (v: unknown, field: string): number => {
    const ok = typeof v === 'number' && v > 0 && v <= MAX_EXPIRES_DAYS;
    if (!ok) report(field, v);
    // Too long is capped; anything else that is not a positive number gets the default.
    return ok ? v : typeof v === 'number' && v > MAX_EXPIRES_DAYS ? MAX_EXPIRES_DAYS : DEFAULT_EXPIRES_DAYS;
  };
  if (value === undefined) return { accept: DEFAULT_EXPIRES_DAYS, reject: DEFAULT_EXPIRES_DAYS };
  if (isObject(value)) return { accept: days(value.accept, 'expiresDays.accept'), reject: days(value.reject, 'expiresDays.reject') };
  const d = days(value, 'expiresDays');
  return { accept: d, reject: d };
}

/** The `cookie` options and how to check each one. */
const COOKIE_FIELDS: Record<string, (v: unknown) => boolean> = {
  name: (v) => isString(v) && COOKIE_NAME.test(v),
  domain: (v) => isString(v) && /^\.?[a-z0-9.-]+$/i.test(v),
  path: (v) => isString(v) && v.startsWith('/'),
  sameSite: (v) => v === 'Lax' || v === 'Strict',
};

function resolveCookie(value: unknown, report: ConfigReporter): ResolvedConfig['cookie'] {
  const out: Record<string, unknown> = { name: DEFAULT_COOKIE_NAME, path: '/', sameSite: 'Lax' };
  if (value !== undefined && !isObject(value)) report('cookie', value);
  for (const [key, test] of Object.entries(COOKIE_FIELDS)) {
    const v = isObject(value) ? value[key] : undefined;
    if (v === undefined) continue;
    if (test(v)) out[key] = v;
    else report(`cookie.${key}`, v);
  }
  return out as ResolvedConfig['cookie'];
}

function resolveGcm(value: unknown, report: ConfigReporter): false | Record<string, string[]> {
  if (value === undefined || value === false) return false;
  if (value === true) return DEFAULT_GCM_MAPPING;
  if (isObject(value) && Object.values(value).every((v) => Array.isArray(v) && v.every((s) => typeof s === 'string'))) {
    return value as Record<string, string[]>;
  }
  report('googleConsentMode', value);
  return false;
}
