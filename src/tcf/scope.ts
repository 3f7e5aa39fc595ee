/**
 * What the site asks for under TCF, from the vendor list: its vendors and the purposes,
 * special purposes, features and special features they declare, and the visitor's
 * choices over them. Legitimate interest is never used for purposes 1 and 3–6 (TCF 2.2).
 */
import type { GVL, Vendor } from '@iabtechlabtcf/core';

/** Purposes for which legitimate interest may be a legal basis. */
export const LI_PURPOSES = [2, 7, 8, 9, 10, 11];

/** The vendor's legitimate-interest purposes that policy allows. */
export const liPurposes = (v: Vendor): number[] => v.legIntPurposes.filter((p) => LI_PURPOSES.includes(p));

export interface TcfScope {
  /** The site's vendors in the list, by name. */
  vendors: Vendor[];
  /** Purposes some vendor asks consent for. */
  purposes: number[];
  /** Purposes some vendor claims legitimate interest for. */
  liPurposes: number[];
  specialPurposes: number[];
  features: number[];
  specialFeatures: number[];
  /** Changes when a vendor joins or leaves, or changes what it declares: the visitor is asked again. */
  fingerprint: string;
}

const union = (vendors: Vendor[], pick: (v: Vendor) => number[]): number[] => [...new Set(vendors.flatMap(pick))].sort((a, b) => a - b);

/** The site's part of the vendor list: `ids` (all active vendors if none). */
export function siteScope(gvl: GVL, ids: readonly number[] | undefined, atps: readonly number[]): TcfScope {
  const vendors = Object.values(gvl.vendors)
    .filter((v) => !v.deletedDate && (!ids || ids.includes(v.id)))
    .sort((a, b) => a.name.localeCompare(b.name));
  const declared = vendors.map((v) => [v.id, v.purposes, liPurposes(v), v.specialPurposes, v.features, v.specialFeatures]).sort((a, b) => (a[0] as number) - (b[0] as number));
  return {
    vendors,
    purposes: union(vendors, (v) => v.purposes),
    liPurposes: union(vendors, liPurposes),
    specialPurposes: union(vendors, (v) => v.specialPurposes),
    features: union(vendors, (v) => v.features),
    specialFeatures: union(vendors, (v) => v.specialFeatures),
    fingerprint: JSON.stringify([declared, atps]),
  };
}

/** The visitor's TCF choices; legitimate interest is on unless objected to. */
export interface TcfChoices {
  purposes: Set<number>;
  /** Legitimate-interest purposes the visitor objected to. */
  purposeObjections: Set<number>;
  specialFeatures: Set<number>;
  vendors: Set<number>;
  /** Vendors whose legitimate interest the visitor objected to. */
  vendorObjections: Set<number>;
  /** Google's other ad technology providers (Additional Consent). */
  atps: boolean;
}

/** Everything consented to (`true`: Accept all), or nothing and every legitimate interest objected to (Reject all). */
export function allOrNothing(scope: TcfScope, all: boolean): TcfChoices {
  const ids = scope.vendors.map((v) => v.id);
  return {
    purposes: new Set(all ? scope.purposes : []),
    purposeObjections: new Set(all ? [] : scope.liPurposes),
    specialFeatures: new Set(all ? scope.specialFeatures : []),
    vendors: new Set(all ? ids : []),
    vendorObjections: new Set(all ? [] : ids),
    atps: all,
  };
}

/** Google's Additional Consent string, version 2: consented ids, then the disclosed but not consented ones. */
export const additionalConsent = (atps: readonly number[], granted: boolean): string =>
  `2~${granted ? atps.join('.') : ''}~dv.${granted ? '' : atps.join('.')}`;
