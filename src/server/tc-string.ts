/**
 * IAB TCF on the server: the TC string (`euconsent-v2`) and Google's Additional Consent string
 * (`addtl_consent`) read from a request, as plain data.
 */
import { TCString } from '@iabtechlabtcf/core';
import type { PurposeRestriction, TCModel, Vector } from '@iabtechlabtcf/core';
import { cookieFromHeader, decodeCookieValue } from '../core/record.js';

// ---------------------------------------------------------------------------------------------
// TC string

/** A publisher restriction of the TC string: how `vendors` may process for `purposeId`. */
export interface TCPublisherRestriction {
  purposeId: number;
  /** `0` not allowed, `1` consent required, `2` legitimate interest required (the IAB's `RestrictionType`). */
  restrictionType: 0 | 1 | 2;
  vendors: number[];
}

/** A decoded TC string: plain data (ids as sorted number arrays, dates as ISO strings). */
export interface TCStringData {
  version: number;
  created: string;
  lastUpdated: string;
  cmpId: number;
  cmpVersion: number;
  consentScreen: number;
  /** Two-letter upper-case language of the consent screen, e.g. `EN`. */
  consentLanguage: string;
  vendorListVersion: number;
  policyVersion: number;
  isServiceSpecific: boolean;
  useNonStandardTexts: boolean;
  purposeOneTreatment: boolean;
  publisherCountryCode: string;
  specialFeatureOptins: number[];
  purposeConsents: number[];
  /** Purposes whose legitimate interest was disclosed and not objected to. */
  purposeLegitimateInterests: number[];
  vendorConsents: number[];
  /** Vendors whose legitimate interest was disclosed and not objected to. */
  vendorLegitimateInterests: number[];
  /** Vendors the visitor was shown (the Disclosed Vendors segment, mandatory since TCF 2.3). */
  vendorsDisclosed: number[];
  publisherRestrictions: TCPublisherRestriction[];
  /** The publisher's own purposes (Publisher TC segment), when present. */
  publisherConsents: number[];
  publisherLegitimateInterests: number[];
}

/** Where to find the TC string in a `Cookie` header. */
export interface ParseTCStringOptions {
  /** Cookie name (default `euconsent-v2`). */
  name?: string;
}

/** Purposes for which TCF 2.2+ allows no legitimate interest. */
const CONSENT_ONLY_PURPOSES = new Set([1, 3, 4, 5, 6]);
/** Longer than any real cookie value; refused before decoding. */
const MAX_VALUE_LENGTH = 32_768;

/**
 * The cookie's value from a whole `Cookie` header, or the input itself when it is a bare value
 * (TC and AC strings never contain `=`).
 */
function cookieValue(input: string | null | undefined, name: string): string | undefined {
  if (typeof input !== 'string') return undefined;
  const trimmed = input.trim();
  const raw = trimmed.includes('=') ? cookieFromHeader(trimmed, name) : trimmed;
  if (!raw || raw.length > MAX_VALUE_LENGTH) return undefined;
  try {
    return decodeCookieValue(raw.replace(/^"(.*)"$/, '$1'));
  } catch {
    return undefined;
  }
}

const ids = (vector: Vector): number[] => Array.from(vector.values()).sort((a, b) => a - b);
const int = (value: number | string): number => Number(value);

function restrictions(model: TCModel): TCPublisherRestriction[] {
  return model.publisherRestrictions.getRestrictions().map((r: PurposeRestriction) => ({
    purposeId: r.purposeId,
    restrictionType: r.restrictionType,
    vendors: model.publisherRestrictions.getVendors(r).sort((a, b) => a - b),
  }));
}

function toData(model: TCModel): TCStringData {
  return {
    version: int(model.version),
    created: model.created.toISOString(),
    lastUpdated: model.lastUpdated.toISOString(),
    cmpId: int(model.cmpId),
    cmpVersion: int(model.cmpVersion),
    consentScreen: int(model.consentScreen),
    consentLanguage: model.consentLanguage,
    vendorListVersion: int(model.vendorListVersion),
    policyVersion: int(model.policyVersion),
    isServiceSpecific: model.isServiceSpecific,
    useNonStandardTexts: model.useNonStandardTexts,
    purposeOneTreatment: model.purposeOneTreatment,
    publisherCountryCode: model.publisherCountryCode,
    specialFeatureOptins: ids(model.specialFeatureOptins),
    purposeConsents: ids(model.purposeConsents),
    purposeLegitimateInterests: ids(model.purposeLegitimateInterests),
    vendorConsents: ids(model.vendorConsents),
    vendorLegitimateInterests: ids(model.vendorLegitimateInterests),
    vendorsDisclosed: ids(model.vendorsDisclosed),
    publisherRestrictions: restrictions(model),
    publisherConsents: ids(model.publisherConsents),
    publisherLegitimateInterests: ids(model.publisherLegitimateInterests),
  };
}

/** A version 2 string with sane header fields; the decoder accepts some garbage without them. */
const isPlausible = (tc: TCStringData): boolean =>
  tc.version === 2 &&
  tc.cmpId > 0 &&
  tc.vendorListVersion > 0 &&
  tc.policyVersion > 0 &&
  /^[A-Z]{2}$/.test(tc.consentLanguage) &&
  Number.isFinite(Date.parse(tc.created));

/**
 * Decodes the IAB TCF TC string (cookie `euconsent-v2`) from a whole `Cookie` header or from a
 * bare TC string. Returns `null` for anything missing, invalid or not TCF v2. Never throws.
 */
export function parseTCString(cookieHeaderOrValue: string | null | undefined, options: ParseTCStringOptions | null = {}): TCStringData | null {
  const value = cookieValue(cookieHeaderOrValue, options?.name ?? 'euconsent-v2');
  if (!value || !/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(value)) return null;
  try {
    const tc = toData(TCString.decode(value));
    return isPlausible(tc) ? tc : null;
  } catch {
    return null;
  }
}

/** The publisher restriction type for `vendorId` and `purpose`, if any. */
function restrictionOf(tc: TCStringData, vendorId: number, purpose: number): number | undefined {
  const types = tc.publisherRestrictions.filter((r) => r.purposeId === purpose && r.vendors.includes(vendorId)).map((r) => r.restrictionType);
  return types.length ? Math.min(...types) : undefined;
}

/** Whether `vendorId` may process for one `purpose`, by consent or by legitimate interest. */
function allowsPurpose(tc: TCStringData, vendorId: number, purpose: number): boolean {
  const restriction = restrictionOf(tc, vendorId, purpose);
  if (restriction === 0) return false;
  const consent = tc.purposeConsents.includes(purpose) && tc.vendorConsents.includes(vendorId);
  const li =
    !CONSENT_ONLY_PURPOSES.has(purpose) && tc.purposeLegitimateInterests.includes(purpose) && tc.vendorLegitimateInterests.includes(vendorId);
  if (restriction === 1) return consent;
  if (restriction === 2) return li;
  return consent || li;
}

/**
 * Whether the TC string lets `vendorId` process for every one of `purposes`. Per purpose, either
 * by consent (the visitor consented to the purpose and to the vendor) or by legitimate interest
 * (disclosed for the purpose and the vendor and not objected to; never for purposes 1 and 3–6),
 * within the publisher's restrictions. It reads the string only: whether the vendor declared that
 * legal basis in the Global Vendor List is the vendor's to check. `false` for a `null` string.
 */
export function tcfAllows(tc: TCStringData | null, vendorId: number, purposes: readonly number[]): boolean {
  return !!tc && purposes.every((purpose) => allowsPurpose(tc, vendorId, purpose));
}

// ---------------------------------------------------------------------------------------------
// Additional Consent string

/** A decoded Google Additional Consent string. */
export interface AdditionalConsentData {
  version: 1 | 2;
  /** Google Ad Tech Provider ids the visitor consented to. */
  consented: number[];
  /** Ids disclosed to the visitor without consent (version 2; always empty for version 1). */
  disclosed: number[];
}

/** Where to find the AC string in a `Cookie` header. */
export interface ParseAdditionalConsentOptions {
  /** Cookie name (default `addtl_consent`). */
  name?: string;
}

const ID_LIST = /^(?:[1-9]\d{0,8}(?:\.[1-9]\d{0,8})*)?$/;
const AC_V1 = /^1~([^~]*)$/;
const AC_V2 = /^2~([^~]*)~dv\.([^~]*)$/;

const idList = (list: string): number[] => [...new Set(list ? list.split('.').map(Number) : [])].sort((a, b) => a - b);

/**
 * Decodes Google's Additional Consent string (cookie `addtl_consent`): version 1
 * (`1~1.35.41`) or version 2 (`2~1.35.41~dv.9.21`), from a whole `Cookie` header or a bare
 * value. Returns `null` for anything missing or malformed. Never throws.
 */
export function parseAdditionalConsent(
  cookieHeaderOrValue: string | null | undefined,
  options: ParseAdditionalConsentOptions | null = {},
): AdditionalConsentData | null {
  const value = cookieValue(cookieHeaderOrValue, options?.name ?? 'addtl_consent');
  if (!value) return null;
  const v2 = AC_V2.exec(value);
  if (v2) {
    const [, consented = '', disclosed = ''] = v2;
    return ID_LIST.test(consented) && ID_LIST.test(disclosed) ? { version: 2, consented: idList(consented), disclosed: idList(disclosed) } : null;
  }
  const consented = AC_V1.exec(value)?.[1];
  return consented !== undefined && ID_LIST.test(consented) ? { version: 1, consented: idList(consented), disclosed: [] } : null;
}

