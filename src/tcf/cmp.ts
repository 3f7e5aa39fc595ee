/**
 * The IAB TCF 2.3 CMP, loaded on demand when the config has `tcf`: the CMP API v2 from the
 * IAB's own `@iabtechlabtcf/cmpapi` (it takes over the stub's queue), the TC string from
 * `@iabtechlabtcf/core` with the disclosed-vendors segment in the first-party `euconsent-v2`
 * cookie, Google's Additional Consent string in `addtl_consent`, and the TCF part of the views.
 */
import { CmpApi } from '@iabtechlabtcf/cmpapi';
import { GVL, Segment, TCModel, TCString, type VendorList } from '@iabtechlabtcf/core';
import type { ConsentExtension, ViewKit } from '../core/extension.js';
import type { ConsentAction } from '../core/integrations/log.js';
import { documentJar } from '../core/jar.js';
import type { ConsentManager } from '../core/manager.js';
import type { TcfConfig } from '../core/types.js';
import { TCF_MESSAGES, type TcfMessages } from './messages.js';
import { additionalConsent, allOrNothing, liPurposes, siteScope, type TcfChoices, type TcfScope } from './scope.js';
import { tcfBanner, tcfPanel } from './templates.js';
import { gvlLanguage, loadTcfTexts } from './texts.js';

export const TC_COOKIE = 'euconsent-v2';
export const AC_COOKIE = 'addtl_consent';
/** A choice older than this is asked again (TCF policy: at most 13 months). */
const MAX_AGE_DAYS = 395;
/** The vendor list must arrive within this, or the banner shows without the TCF part. */
const GVL_TIMEOUT_MS = 5000;

/** Starts the CMP for `m`'s config; resolves once the vendor list is in (or failed to load). */
export async function startTcf(m: ConsentManager): Promise<ConsentExtension> {
  const cmp = new TcfCmp(m, m.config.tcf as TcfConfig);
  await cmp.ready;
  return cmp;
}

/** The stored TC string when it is still valid: decodable and not older than 13 months. */
function storedString(now = Date.now()): string | null {
  const value = documentJar.get(TC_COOKIE);
  if (!value) return null;
  try {
    const model = TCString.decode(value);
    return now - model.lastUpdated.getTime() <= MAX_AGE_DAYS * 864e5 ? value : null;
  } catch {
    return null;
  }
}

class TcfCmp implements ConsentExtension {
  readonly #m: ConsentManager;
  readonly #config: TcfConfig;
  readonly #api: CmpApi;
  readonly #atps: number[];
  readonly ready: Promise<void>;
  #gvl?: GVL;
  #scope?: TcfScope;
  #texts: TcfMessages = TCF_MESSAGES;
  #string: string | null;
  #uiShown = false;
  /** The panel's switches before Save. */
  #draft?: TcfChoices;
  #lang = 'en';

  constructor(m: ConsentManager, config: TcfConfig) {
    this.#m = m;
    this.#config = config;
    this.#atps = config.googleAtps ?? [];
    this.#api = new CmpApi(config.cmpId, config.cmpVersion ?? 1, true, {
      // Google's Additional Consent string rides along in every TCData.
      getTCData: (next: (data: unknown, ok: boolean) => void, data: unknown, ok: boolean) => {
        if (data && typeof data === 'object' && this.#atps.length) (data as { addtlConsent?: string }).addtlConsent = documentJar.get(AC_COOKIE);
        next(data, ok);
      },
    });
    this.#string = storedString();
    if (config.gdprApplies === false) {
      this.#api.update(null);
      this.ready = Promise.resolve();
      return;
    }
    // A returning visitor's vendors read their consent at once (`tcloaded`), before the vendor list is in.
    if (this.#string) this.#api.update(this.#string);
    this.ready = this.#load().then(
      () => this.#check(),
      (error: unknown) => console.error(`[cookie-consent] tcf.vendorListUrl: the vendor list did not load; no TCF choices can be made`, error),
    );
    m.subscribe(() => this.#viewChanged());
  }

  async #load(): Promise<void> {
    const base = new URL(this.#config.vendorListUrl, document.baseURI).href.replace(/\/?$/, '/');
    GVL.baseUrl = base;
    const response = await fetch(`${base}vendor-list.json`, { signal: AbortSignal.timeout(GVL_TIMEOUT_MS) });
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    const json = (await response.json()) as VendorList;
    // `getVendorList` answers from this copy.
    // (`GVL.CACHE` is public in the library's JavaScript, private only in its types.)
    const cache = (GVL as unknown as { CACHE: Map<number, VendorList> }).CACHE;
    cache.set(json.vendorListVersion, json);
    this.#gvl = new GVL(json);
    await this.#language();
    this.#scope = siteScope(this.#gvl, this.#config.vendors, this.#atps);
  }

  /** The vendor list's translation and our own texts for the page's language (English if there are none). */
  async #language(kit?: ViewKit): Promise<void> {
    const lang = this.#m.lang;
    if (lang === this.#lang || !this.#gvl) return;
    this.#lang = lang;
    const gvlLang = gvlLanguage(lang);
    const [texts] = await Promise.all([
      loadTcfTexts(lang),
      gvlLang ? this.#gvl.changeLanguage(gvlLang).catch((error: unknown) => console.warn(`[cookie-consent] the vendor list's "${gvlLang}" translation did not load`, error)) : undefined,
    ]);
    this.#texts = texts;
    kit?.update();
  }

  /** Asks again when the site's vendors or what they declare changed since the last choice. */
  #check(): void {
    const scope = this.#scope as TcfScope;
    const key = `${this.#m.config.cookie.name}_tcf`;
    let before: string | null = null;
    try {
      before = localStorage.getItem(key);
    } catch {
      // No storage: the vendors disclosed in the string still tell.
    }
    let missing: number[] = [];
    try {
      if (this.#string) {
        const model = TCString.decode(this.#string);
        missing = scope.vendors.map((v) => v.id).filter((id) => !model.vendorsDisclosed.has(id));
      }
    } catch {
      this.#string = null;
    }
    const changed = !this.#string || missing.length > 0 || (before !== null && before !== scope.fingerprint);
    if (changed) this.#m.showBanner();
  }

  /** `cmpuishown` when a view opens; after a view closes with no new choice, the string in force again. */
  #viewChanged(): void {
    if (this.#config.gdprApplies === false) return;
    if (this.#m.preferences && !this.#draft) this.#draft = this.#current();
    if (!this.#m.preferences) this.#draft = undefined;
    const shown = this.#m.view !== null && !this.#m.waiting;
    if (shown === this.#uiShown) return;
    this.#uiShown = shown;
    if (shown) this.#api.update(this.#string ?? '', true);
    else if (this.#string) this.#api.update(this.#string);
  }

  /** The choices in force: from the stored string, else nothing consented and legitimate interest on. */
  #current(): TcfChoices {
    const scope = this.#scope;
    if (!scope) return allOrNothing({ vendors: [], purposes: [], liPurposes: [], specialPurposes: [], features: [], specialFeatures: [], fingerprint: '' }, false);
    const none = allOrNothing(scope, false);
    none.purposeObjections.clear();
    none.vendorObjections.clear();
    if (!this.#string) return none;
    try {
      const model = TCString.decode(this.#string);
      const on = (vector: { has(id: number): boolean }, ids: number[]) => new Set(ids.filter((id) => vector.has(id)));
      const off = (vector: { has(id: number): boolean }, ids: number[]) => new Set(ids.filter((id) => !vector.has(id)));
      const ids = scope.vendors.map((v) => v.id);
      return {
        purposes: on(model.purposeConsents, scope.purposes),
        purposeObjections: off(model.purposeLegitimateInterests, scope.liPurposes),
        specialFeatures: on(model.specialFeatureOptins, scope.specialFeatures),
        vendors: on(model.vendorConsents, ids),
        vendorObjections: off(model.vendorLegitimateInterests, ids.filter((id) => liPurposes(scope.vendors.find((v) => v.id === id) as never).length)),
        atps: /^2~\d/.test(documentJar.get(AC_COOKIE) ?? ''),
      };
    } catch {
      return none;
    }
  }

  changed(what: ConsentAction | 'reset' | 'sync'): void {
    if (what === 'reset') return this.#forget();
    if (what === 'sync') {
      this.#string = storedString();
      if (this.#string) this.#api.update(this.#string);
      return;
    }
    const scope = this.#scope;
    // No vendor list, nothing disclosed: no TCF consent can be recorded.
    if (!scope || !this.#gvl || this.#config.gdprApplies === false) return;
    const choices = what === 'custom' ? (this.#draft ?? this.#current()) : allOrNothing(scope, what === 'accept-all');
    this.#save(choices, what === 'custom' ? 2 : 1, what === 'reject-all');
  }

  #save(c: TcfChoices, screen: number, rejected: boolean): void {
    const gvl = this.#gvl as GVL;
    const scope = this.#scope as TcfScope;
    const config = this.#config;
    const model = new TCModel(gvl);
    model.cmpId = config.cmpId;
    model.cmpVersion = config.cmpVersion ?? 1;
    model.isServiceSpecific = true;
    model.consentScreen = screen;
    model.consentLanguage = gvl.language;
    if (config.publisherCountryCode) model.publisherCountryCode = config.publisherCountryCode;
    model.purposeOneTreatment = config.purposeOneTreatment === true;
    model.purposeConsents.set([...c.purposes]);
    model.purposeLegitimateInterests.set(scope.liPurposes.filter((p) => !c.purposeObjections.has(p)));
    model.specialFeatureOptins.set([...c.specialFeatures]);
    model.vendorConsents.set([...c.vendors]);
    model.vendorLegitimateInterests.set(scope.vendors.filter((v) => liPurposes(v).length && !c.vendorObjections.has(v.id)).map((v) => v.id));
    model.vendorsDisclosed.set(scope.vendors.map((v) => v.id));
    const value = TCString.encode(model, { segments: [Segment.CORE, Segment.VENDORS_DISCLOSED] });
    const { cookie, expiresDays } = this.#m.config;
    const options = { path: cookie.path, domain: cookie.domain, sameSite: cookie.sameSite, secure: location.protocol === 'https:', days: rejected ? expiresDays.reject : expiresDays.accept };
    documentJar.set(TC_COOKIE, value, options);
    if (this.#atps.length) documentJar.set(AC_COOKIE, additionalConsent(this.#atps, c.atps), options);
    try {
      localStorage.setItem(`${cookie.name}_tcf`, scope.fingerprint);
    } catch {
      // Only the vendors disclosed in the string tell next time.
    }
    this.#string = value;
    this.#draft = undefined;
    this.#uiShown = false;
    this.#api.update(value);
  }

  #forget(): void {
    const { path, domain } = this.#m.config.cookie;
    documentJar.remove(TC_COOKIE, { path, domain });
    documentJar.remove(AC_COOKIE, { path, domain });
    this.#string = null;
  }

  banner(kit: ViewKit): unknown {
    void this.#language(kit);
    return this.#scope && this.#gvl ? tcfBanner(kit, this.#gvl, this.#scope, this.#texts) : kit.nothing;
  }

  panel(kit: ViewKit): unknown {
    void this.#language(kit);
    if (!this.#scope || !this.#gvl) return kit.nothing;
    this.#draft ??= this.#current();
    return tcfPanel(kit, this.#gvl, this.#scope, this.#texts, this.#draft, this.#atps);
  }
}
