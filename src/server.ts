/**
 * Server-side reading of the consent cookie and of the IAB TCF strings, and serving the IAB
 * Global Vendor List, for Node and edge runtimes (no DOM).
 * @module lit-cookie-consent/server
 */
import { DEFAULT_COOKIE_NAME, DEFAULT_EXPIRES_DAYS } from './core/config.js';
import { cookieFromHeader, own, parseRecord } from './core/record.js';
import type { ConsentRecord, ExpiryDays } from './core/types.js';

export type { ConsentRecord } from './core/types.js';
export { parseAdditionalConsent, parseTCString, tcfAllows } from './server/tc-string.js';
export type { AdditionalConsentData, ParseAdditionalConsentOptions, ParseTCStringOptions, TCPublisherRestriction, TCStringData } from './server/tc-string.js';
export { vendorListHandler } from './server/vendor-list.js';
export type { NodeRequestLike, NodeResponseLike, VendorListHandler, VendorListHandlerOptions } from './server/vendor-list.js';

/** Pass the same values as the site's browser config, so both judge a record alike. */
export interface ParseConsentOptions {
  /** Cookie name (default `cookie_consent`). */
  name?: string;
  /** The config's revision; records of another revision count as no consent. */
  revision?: number;
  /** Consent lifetime in days (default 182). */
  expiresDays?: number | ExpiryDays;
  /** The config's categories; unknown ones are never reported as granted. */
  categories?: ReadonlyArray<{ id: string; required?: boolean; services?: ReadonlyArray<{ id: string }> }>;
  /** The current time in ms, for expiry (default `Date.now()`). */
  now?: number;
}

/**
 * Reads a consent record from a whole `Cookie` header or from the cookie's bare value.
 * Returns `null` (no consent) for anything missing, invalid, expired or of another revision.
 * Never throws.
 */
export function parseConsentCookie(
  cookieHeaderOrValue: string | null | undefined,
  options: ParseConsentOptions | null = {},
): ConsentRecord | null {
  if (typeof cookieHeaderOrValue !== 'string') return null;
  options ??= {};
  const input = cookieHeaderOrValue.trim();
  const bare = input.startsWith('{') || /^%7B/i.test(input);
  const value = bare ? input : cookieFromHeader(input, options.name ?? DEFAULT_COOKIE_NAME);
  const days = options.expiresDays ?? DEFAULT_EXPIRES_DAYS;
  return parseRecord(value, {
    revision: options.revision,
    expiresDays: typeof days === 'number' ? { accept: days, reject: days } : days,
    categories: options.categories,
    now: options.now,
  });
}

/** True when `record` grants `category` (and `service`, when given). */
export function isGranted(record: ConsentRecord | null, category: string, service?: string): boolean {
  if (!record || !record.categories.includes(category)) return false;
  const services = own(record.services, category);
  return service === undefined || !services || services.includes(service);
}
