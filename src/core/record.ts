import type { ConsentRecord, ExpiryDays } from './types.js';

/** What the parser needs to know of the config to judge a stored record. */
export interface RecordRules {
  /** The config's revision; a record with another one is void. Unset: any revision. */
  revision?: number;
  /** Lifetime in days, judged from `updated`. */
  expiresDays?: ExpiryDays;
  /** The config's categories; ids not listed are dropped, required ones always granted. */
  categories?: ReadonlyArray<{ id: string; required?: boolean; services?: ReadonlyArray<{ id: string }> }>;
  /** The current time, for expiry. */
  now?: number;
}

export const RECORD_VERSION = 1;
const DAY_MS = 86_400_000;
/** A category, service or record id; the config checks ids with the same pattern, so no stored id is ever judged differently. */
export const ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * `obj[key]` for an own property only: ids such as `constructor`, `toString` or `__proto__`
 * are data, never what `Object.prototype` has under that name.
 */
export const own = <T>(obj: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  obj && Object.hasOwn(obj, key) ? obj[key] : undefined;

const isIdList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string' && ID.test(s));
const isTime = (v: unknown): v is string => typeof v === 'string' && v.length <= 40 && Number.isFinite(Date.parse(v));
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Serialises a record as JSON with the documented key order. */
export function encodeRecord(r: ConsentRecord): string {
  return JSON.stringify({
    v: r.v,
    id: r.id,
    revision: r.revision,
    categories: r.categories,
    declined: r.declined,
    services: r.services,
    given: r.given,
    updated: r.updated,
  });
}

/**
 * Undoes the cookie's URI encoding, whichever encoder wrote it: js-cookie (which leaves
 * `{ } [ ] :` and a few more as they are and encodes the rest), `encodeURIComponent`, or
 * none at all (a value a framework's cookie parser already decoded): each run of `%XX` is
 * decoded, as js-cookie reads. A record's JSON never holds a literal `%`, so decoding a
 * decoded value changes nothing. Throws on a malformed escape. The browser (through the
 * cookie jar) and the server helper both read with this.
 */
export const decodeCookieValue = (value: string): string => value.replace(/(%[\dA-F]{2})+/gi, decodeURIComponent);

function decodeJson(value: string): unknown {
  try {
    return JSON.parse(decodeCookieValue(value)) as unknown;
  } catch {
    return null;
  }
}

/** True when the record grants any category beyond the required ones. */
export function grantsOptional(record: Pick<ConsentRecord, 'categories'>, requiredIds: ReadonlyArray<string>): boolean {
  return record.categories.some((id) => !requiredIds.includes(id));
}

/**
 * Turns any string (URI-encoded or plain JSON) into a valid record, or `null`.
 * Never throws. `null` means "no consent": not JSON, unknown `v`, a field of the
 * wrong type, another revision, or expired. With `rules.categories`, unknown
 * categories and services are dropped (never granted) and required ones added.
 */
export function parseRecord(value: unknown, rules: RecordRules = {}): ConsentRecord | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 8192) return null;
  const data = decodeJson(value);
  if (!isObject(data) || data.v !== RECORD_VERSION) return null;
  const { id, revision, categories, declined, services, given, updated } = data;
  if (typeof id !== 'string' || !ID.test(id)) return null;
  if (!Number.isInteger(revision) || (revision as number) < 0) return null;
  if (!isIdList(categories) || !isIdList(declined) || !isObject(services)) return null;
  if (!Object.values(services).every(isIdList)) return null;
  if (!isTime(given) || !isTime(updated)) return null;
  if (rules.revision !== undefined && revision !== rules.revision) return null;

  const known = rules.categories;
  const requiredIds = known ? known.filter((c) => c.required).map((c) => c.id) : ['necessary'];
  let record: ConsentRecord = {
    v: RECORD_VERSION,
    id,
    revision: revision as number,
    categories: [...new Set(categories)],
    declined: [...new Set(declined)],
    services: services as Record<string, string[]>,
    given,
    updated,
  };
  if (known) record = restrictTo(record, known);

  // A clock that is not a number (NaN) would make every record immortal: use the real one.
  const now = Number.isFinite(rules.now) ? (rules.now as number) : Date.now();
  const changedAt = Date.parse(updated);
  if (changedAt > now + DAY_MS) return null;
  if (rules.expiresDays) {
    const days = grantsOptional(record, requiredIds) ? rules.expiresDays.accept : rules.expiresDays.reject;
    if (now > changedAt + days * DAY_MS) return null;
  }
  return record;
}

function restrictTo(record: ConsentRecord, known: NonNullable<RecordRules['categories']>): ConsentRecord {
  const byId = new Map(known.map((c) => [c.id, c]));
  const categories = known.filter((c) => c.required || record.categories.includes(c.id)).map((c) => c.id);
  const declined = record.declined.filter((id) => byId.has(id) && !categories.includes(id));
  // Built with fromEntries, so an id such as `__proto__` is an own key, never the prototype.
  const services = Object.fromEntries(
    Object.entries(record.services).flatMap(([category, ids]) => {
      const serviceIds = byId.get(category)?.services?.map((s) => s.id);
      return serviceIds && categories.includes(category) ? [[category, ids.filter((s) => serviceIds.includes(s))]] : [];
    }),
  );
  return { ...record, categories, declined, services };
}

/** Finds one cookie's raw value in a `Cookie` request header. */
export function cookieFromHeader(header: string, name: string): string | undefined {
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** A random RFC 4122 version 4 UUID; works outside secure contexts too. */
export function uuid(): string {
  // The id is not a secret: without Web Crypto (old or stripped-down runtimes), Math.random does.
  const b = (globalThis.crypto as Partial<Crypto> | undefined)?.getRandomValues ? crypto.getRandomValues(new Uint8Array(16)) : Uint8Array.from({ length: 16 }, () => Math.random() * 256);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
