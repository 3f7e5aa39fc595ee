import { clearCookies } from './clear.js';
import { documentJar, type CookieJar } from './jar.js';
import { encodeRecord, grantsOptional, own, parseRecord, RECORD_VERSION, uuid } from './record.js';
import type { ConsentRecord, CookieInfo, ResolvedConfig } from './types.js';

/** What one saved choice changed; the detail of `consent-change`. */
export interface ConsentChange {
  consent: ConsentRecord;
  granted: string[];
  changed: string[];
  first: boolean;
}

/** Freezes an object and everything in it, so snapshots handed out cannot be changed. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** True when the browser sends Global Privacy Control and the config honours it. */
export const gpcSignal = (config: Pick<ResolvedConfig, 'respectGPC'>): boolean =>
  config.respectGPC && (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true;

/** Browsers keep cookies up to 4096 bytes, name and attributes included. */
const MAX_COOKIE = 3800;

const freeze = (r: ConsentRecord): ConsentRecord => deepFreeze(structuredClone(r));

/**
 * The consent state: reads and writes the consent cookie and answers `granted()`.
 * `save()` is the one write path. Knows nothing of the DOM beyond the cookie jar.
 */
export class ConsentStore {
  private record: ConsentRecord | null = null;
  /** The last choice could not be stored in a cookie; it lives for this page only. */
  private pageOnly = false;

  constructor(
    readonly config: ResolvedConfig,
    private readonly jar: CookieJar = documentJar,
    private readonly now: () => number = Date.now,
  ) {
    this.load();
  }

  /** Re-reads the cookie; an invalid, expired or outdated one counts as none. */
  load(): ConsentRecord | null {
    let raw: string | undefined;
    try {
      raw = this.jar.get(this.config.cookie.name);
    } catch {
      raw = undefined;
    }
    const parsed = parseRecord(raw, {
      revision: this.config.revision,
      expiresDays: this.config.expiresDays,
      categories: this.config.categories,
      now: this.now(),
    });
    // Keep a choice made on this page when cookies cannot be written or read back.
    if (!(this.pageOnly && raw === undefined)) this.record = parsed && freeze(parsed);
    return this.record;
  }

  /** The stored record, frozen, or `null` when the visitor has not chosen. */
  get(): ConsentRecord | null {
    return this.record;
  }

  get requiredIds(): string[] {
    return this.config.categories.filter((c) => c.required).map((c) => c.id);
  }

  /**
   * Categories in force now: the stored ones, or before a choice the required ones (in
   * opt-out mode, all). In opt-out mode with Global Privacy Control the `gpc` categories
   * are off whatever is stored: the signal wins, and nothing is saved for it.
   */
  grantedCategories(): string[] {
    const { mode, categories } = this.config;
    const ids = this.record ? this.record.categories : mode === 'opt-out' ? categories.map((c) => c.id) : this.requiredIds;
    return ids.filter((id) => !(mode === 'opt-out' && gpcSignal(this.config) && categories.some((c) => c.id === id && c.gpc)));
  }

  granted(category: string, service?: string): boolean {
    if (!this.grantedCategories().includes(category)) return false;
    if (service === undefined) return true;
    const config = this.config.categories.find((c) => c.id === category);
    if (!config?.services?.some((s) => s.id === service)) return false;
    const chosen = own(this.record?.services, category);
    return !chosen || chosen.includes(service);
  }

  /** True when the banner should ask: no valid record, or a category the visitor never saw. */
  needsConsent(): boolean {
    const r = this.record;
    // Opt-out mode with GPC: the signal is the answer, no banner needed.
    if (!r) return !(this.config.mode === 'opt-out' && gpcSignal(this.config));
    return this.config.categories.some((c) => !c.required && !r.categories.includes(c.id) && !r.declined.includes(c.id));
  }

  /** Categories whose grant differs from `before`, in config order. */
  changedSince(before: ReadonlyArray<string>): string[] {
    const now = this.grantedCategories();
    return this.config.categories.filter((c) => before.includes(c.id) !== now.includes(c.id)).map((c) => c.id);
  }

  /**
   * Saves exactly these categories (plus the required ones) and returns what changed.
   * Unknown ids are ignored. The choice applies to the page even if the cookie cannot be written.
   */
  save(categories: Iterable<string>, services: Record<string, string[]> = {}, seen?: ReadonlyArray<string>): ConsentChange {
    const wanted = new Set(categories);
    const before = this.grantedCategories();
    const ids = this.config.categories.filter((c) => c.required || wanted.has(c.id)).map((c) => c.id);
    // Declined: what the visitor saw (all, unless told otherwise) and did not grant; the rest asks again.
    const declined = this.config.categories
      .filter((c) => !ids.includes(c.id) && (!seen || seen.includes(c.id) || this.record?.declined.includes(c.id)))
      .map((c) => c.id);
    // fromEntries: an id such as `__proto__` is an own key, never the prototype.
    const serviceChoice = Object.fromEntries(
      this.config.categories.flatMap((c) => {
        if (!c.services?.length || !ids.includes(c.id)) return [];
        const all = c.services.map((s) => s.id);
        const asked = own(services, c.id);
        return [[c.id, Array.isArray(asked) ? all.filter((s) => asked.includes(s)) : all]];
      }),
    );
    const time = new Date(this.now()).toISOString();
    const first = this.record === null;
    const record = freeze({
      v: RECORD_VERSION,
      id: this.record?.id ?? uuid(),
      revision: this.config.revision,
      categories: ids,
      declined,
      services: serviceChoice,
      given: this.record?.given ?? time,
      updated: time,
    });
    this.record = record;
    this.write(record);
    return { consent: record, granted: [...ids], changed: this.changedSince(before), first };
  }

  /** Forgets the choice: deletes the consent cookie (the manager then clears what is no longer granted). */
  reset(): void {
    this.removeCopies();
    this.record = null;
    this.pageOnly = false;
  }

  /**
   * Deletes the cookies of every category and service not granted now (a revoked service
   * inside a granted category included). Tags re-create cookies, so this runs on each
   * load and after each change; cookies that are not there cost nothing.
   */
  clearDenied(): void {
    const infos: CookieInfo[] = [];
    for (const c of this.config.categories) {
      if (!this.granted(c.id)) infos.push(...(c.cookies ?? []));
      for (const s of c.services ?? []) if (!this.granted(c.id, s.id)) infos.push(...(s.cookies ?? []));
    }
    try {
      clearCookies(infos, this.jar, this.where());
    } catch {
      /* cookies unavailable: nothing to clear */
    }
  }

  private where(): { hostname: string; pathname: string; paths: string[] } {
    return { hostname: location.hostname, pathname: location.pathname, paths: [this.config.cookie.path] };
  }

  /**
   * Deletes the consent cookie on this host, each parent domain and each path: a copy set
   * for `.shop.example` by a sibling subdomain (or planted) would otherwise be read first
   * and overrule the visitor's own choice. The write that follows sets the one copy.
   */
  private removeCopies(): void {
    try {
      clearCookies([{ name: this.config.cookie.name }], this.jar, this.where());
    } catch {
      /* cookies unavailable: nothing to remove */
    }
  }

  private write(record: ConsentRecord): void {
    const { name, path, domain, sameSite } = this.config.cookie;
    const days = grantsOptional(record, this.requiredIds) ? this.config.expiresDays.accept : this.config.expiresDays.reject;
    let value = encodeRecord(record);
    if (encodeURIComponent(value).length > MAX_COOKIE) {
      // Too big for a cookie: first drop the service lists that grant every service (no list means all).
      const services = Object.fromEntries(
        Object.entries(record.services).filter(([id, list]) => list.length < (this.config.categories.find((c) => c.id === id)?.services?.length ?? 0)),
      );
      value = encodeRecord({ ...record, services });
      console.warn('[cookie-consent] the consent cookie would pass 4 KB: complete service lists left out');
    }
    // Still too big: never written (browsers would drop it); the choice holds for this page.
    if (encodeURIComponent(value).length > MAX_COOKIE) {
      this.pageOnly = true;
      return;
    }
    this.removeCopies();
    try {
      this.jar.set(name, value, {
        path,
        domain,
        sameSite,
        secure: location.protocol === 'https:',
        days,
      });
      this.pageOnly = this.jar.get(name) === undefined;
    } catch {
      // Cookies blocked: the choice still applies to this page.
      this.pageOnly = true;
    }
  }
}
