/// <reference types="node" />
/**
 * Serving the IAB Global Vendor List and its translations from the site's own origin.
 * Node's built-in modules are loaded only inside `vendorListHandler`, on first use, so that
 * edge runtimes can import `lit-cookie-consent/server` for the parsers alone.
 */
import { ConsentLanguages } from '@iabtechlabtcf/core';

// ---------------------------------------------------------------------------------------------
// Serving the Global Vendor List

/** Options of {@link vendorListHandler}. */
export interface VendorListHandlerOptions {
  /** GVL ids of the vendors the site works with; `vendor-list.json` lists only these (default: all). */
  vendors?: readonly number[];
  /** Languages served as `purposes-<lang>.json`, lower case (default: every language the IAB translates to). */
  languages?: readonly string[];
  /** Where the downloaded files are kept (default: `lit-cookie-consent-gvl` in the system's temp folder). */
  cacheDir?: string;
  /** Where the IAB publishes the files (default `https://vendor-list.consensu.org/v3/`). */
  baseUrl?: string;
  /** How long a downloaded file is used before it is fetched again, in ms (default: 7 days). */
  refreshMs?: number;
  /** The `fetch` used to download from the IAB (default `globalThis.fetch`). */
  fetch?: typeof fetch;
  /** The current time in ms (default `Date.now`). */
  now?: () => number;
}

/** The parts of Node's `IncomingMessage` (or Express's `req`) the handler reads. */
export interface NodeRequestLike {
  url?: string;
  method?: string;
  headers: { [name: string]: string | string[] | undefined };
}

/** The parts of Node's `ServerResponse` (or Express's `res`) the handler writes. */
export interface NodeResponseLike {
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(chunk?: string): unknown;
}

/**
 * A request handler in three shapes: fetch-style `(request) => Promise<Response>`, Node `http`
 * `(req, res)` and Express/Connect `(req, res, next)` (paths it does not serve go to `next`).
 */
export interface VendorListHandler {
  (request: Request): Promise<Response>;
  (req: NodeRequestLike, res: NodeResponseLike, next?: (error?: unknown) => void): Promise<void>;
}

const DEFAULT_BASE_URL = 'https://vendor-list.consensu.org/v3/';
const DAY_MS = 86_400_000;
/** After a failed download, the copy at hand (or the error) is served this long before the next try. */
const RETRY_MS = 60_000;
const LANGUAGE = /^[a-z]{2}(-[a-z]{2,4})?$/;
const LATEST = 'vendor-list.json';

/** A file ready to send. */
interface Prepared {
  body: string;
  etag: string;
  bytes: number;
}

/** A downloaded file: its text as the IAB sent it and when it was fetched. */
interface Download {
  text: string;
  fetchedAt: number;
}

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** What the cache keeps on disk; without Node's modules (edge runtimes), nothing. */
interface Store {
  read(file: string): Promise<Download | undefined>;
  write(file: string, download: Download): Promise<void>;
}

type Route = { file: string; kind: 'latest' | 'archive' | 'language'; language?: string };

/** Which file a path asks for, by its last segments, or `undefined`. */
function routeOf(url: string): Route | undefined {
  let segments: string[];
  try {
    segments = new URL(url, 'http://localhost').pathname.split('/');
  } catch {
    return undefined;
  }
  const last = segments.at(-1) ?? '';
  if (last === LATEST) return { file: LATEST, kind: 'latest' };
  const archive = /^vendor-list-v([1-9]\d{0,5})\.json$/.exec(last);
  if (archive && segments.at(-2) === 'archives') return { file: last, kind: 'archive' };
  const language = /^purposes-(.+)\.json$/.exec(last)?.[1];
  if (language && LANGUAGE.test(language)) return { file: last, kind: 'language', language };
  return undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses a downloaded file, or `undefined` when it is not the kind of file expected. */
function parseFile(text: string, kind: Route['kind']): Record<string, unknown> | undefined {
  try {
    const json: unknown = JSON.parse(text);
    if (!isObject(json) || !isObject(json.purposes)) return undefined;
    if (kind !== 'language' && (typeof json.vendorListVersion !== 'number' || !isObject(json.vendors))) return undefined;
    return json;
  } catch {
    return undefined;
  }
}

/** The vendor list with only the site's vendors; everything else intact. */
function filterVendors(list: Record<string, unknown>, vendors: ReadonlySet<number> | undefined): Record<string, unknown> {
  if (!vendors) return list;
  const all = list.vendors as Record<string, unknown>;
  return { ...list, vendors: Object.fromEntries(Object.entries(all).filter(([id]) => vendors.has(Number(id)))) };
}

/** The English "translation" file, taken from the vendor list (the IAB publishes none). */
function englishFrom(list: Record<string, unknown>): Record<string, unknown> {
  const { vendorListVersion, lastUpdated, purposes, specialPurposes, features, specialFeatures, stacks, dataCategories } = list;
  return { vendorListVersion, lastUpdated, purposes, specialPurposes, features, specialFeatures, stacks, dataCategories };
}

async function prepare(json: unknown): Promise<Prepared> {
  const body = JSON.stringify(json);
  const bytes = new TextEncoder().encode(body);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const etag = `"${Array.from(digest.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('')}"`;
  return { body, etag, bytes: bytes.length };
}

/** The disk store: one file per download, its mtime the time it was fetched, written atomically. */
async function diskStore(dir: string | undefined): Promise<Store> {
  try {
    const [fs, path, os] = await Promise.all([import('node:fs/promises'), import('node:path'), import('node:os')]);
    const root = dir ?? path.join(os.tmpdir(), 'lit-cookie-consent-gvl');
    return {
      async read(file) {
        try {
          const at = path.join(root, file);
          const [text, stat] = await Promise.all([fs.readFile(at, 'utf8'), fs.stat(at)]);
          return { text, fetchedAt: stat.mtimeMs };
        } catch {
          return undefined;
        }
      },
      async write(file, { text, fetchedAt }) {
        const at = path.join(root, file);
        const temp = `${at}.${crypto.randomUUID()}.tmp`;
        try {
          await fs.mkdir(root, { recursive: true });
          await fs.writeFile(temp, text);
          await fs.utimes(temp, fetchedAt / 1000, fetchedAt / 1000);
          await fs.rename(temp, at);
        } catch (error) {
          await fs.rm(temp, { force: true }).catch(() => undefined);
          console.warn(`lit-cookie-consent: could not cache ${file} in ${root}: ${String(error)}`);
        }
      },
    };
  } catch {
    return { read: () => Promise.resolve(undefined), write: () => Promise.resolve() };
  }
}

/** Downloads one file from the IAB; `undefined` when that fails or it is not what was asked for. */
async function download(url: string, kind: Route['kind'], fetcher: typeof fetch, at: number): Promise<Download | undefined> {
  try {
    const response = await fetcher(url, { headers: { accept: 'application/json' } });
    if (!response.ok) return undefined;
    const text = await response.text();
    return parseFile(text, kind) ? { text, fetchedAt: at } : undefined;
  } catch {
    return undefined;
  }
}

const archiveName = (version: number) => `vendor-list-v${version}.json`;
const versions = new WeakMap<Download, number>();

/** The `vendorListVersion` of a downloaded vendor list (parsed once per download). */
function versionOf(list: Download): number {
  let version = versions.get(list);
  if (version === undefined) {
    version = parseFile(list.text, 'latest')?.vendorListVersion as number;
    versions.set(list, version);
  }
  return version;
}

/** Whether an `If-None-Match` header names `etag`. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}

const plain = (status: number, text: string, extra: Record<string, string> = {}): Reply => ({
  status,
  headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...extra },
  body: text,
});

/** The downloads, the prepared files and the disk behind them, shared by every request to one handler. */
function createCache(options: VendorListHandlerOptions) {
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/?$/, '/');
  const refreshMs = options.refreshMs ?? 7 * DAY_MS;
  const now = options.now ?? Date.now;
  const vendors = options.vendors ? new Set(options.vendors) : undefined;
  const downloads = new Map<string, Download>();
  const prepared = new Map<string, { from: Download; file: Promise<Prepared> }>();
  const pending = new Map<string, Promise<Download | undefined>>();
  const failedAt = new Map<string, number>();
  let store: Promise<Store> | undefined;
  const disk = () => (store ??= diskStore(options.cacheDir));

  async function fetchFresh(file: string, kind: Route['kind']): Promise<Download | undefined> {
    const fetcher = options.fetch ?? globalThis.fetch;
    const fresh = await download(new URL(file, baseUrl).href, kind, fetcher, now());
    if (!fresh) {
      failedAt.set(file, now());
      return undefined;
    }
    downloads.set(file, fresh);
    const onDisk = await disk();
    await onDisk.write(file, fresh);
    // Kept on disk only: old versions are read back when asked for, not held in memory.
    if (kind === 'latest') await onDisk.write(archiveName(versionOf(fresh)), fresh);
    return fresh;
  }

  const isFresh = (d: Download, kind: Route['kind']) => kind === 'archive' || now() - d.fetchedAt < refreshMs;
  const mayRetry = (file: string) => now() - (failedAt.get(file) ?? -Infinity) >= RETRY_MS;

  /** The newest copy of `file`: from memory, disk or the IAB; a stale one when the IAB fails. */
  async function resolve(file: string, kind: Route['kind']): Promise<Download | undefined> {
    let copy = downloads.get(file);
    if (!copy) {
      copy = await (await disk()).read(file);
      if (copy && parseFile(copy.text, kind)) downloads.set(file, copy);
      else copy = undefined;
    }
    if ((copy && isFresh(copy, kind)) || kind === 'archive' || !mayRetry(file)) return copy;
    return (await fetchFresh(file, kind)) ?? copy;
  }

  /** {@link resolve}, with concurrent requests for one file sharing one download. */
  function get(file: string, kind: Route['kind']): Promise<Download | undefined> {
    const known = downloads.get(file);
    if (known && isFresh(known, kind)) return Promise.resolve(known);
    let job = pending.get(file);
    if (!job) {
      job = resolve(file, kind).finally(() => pending.delete(file));
      pending.set(file, job);
    }
    return job;
  }

  /** The download behind `route`: the vendor list for English; for an archive, the latest list when it is that version. */
  function sourceOf(route: Route): Promise<Download | undefined> {
    if (route.language === 'en') return get(LATEST, 'latest');
    const latest = downloads.get(LATEST);
    if (route.kind === 'archive' && latest && archiveName(versionOf(latest)) === route.file) return Promise.resolve(latest);
    return get(route.file, route.kind);
  }

  /** The file to send for `route`, prepared once per download. */
  async function file(route: Route): Promise<Prepared | undefined> {
    const from = await sourceOf(route);
    if (!from) return undefined;
    const cached = prepared.get(route.file);
    if (cached?.from === from) return cached.file;
    const json = parseFile(from.text, route.language === 'en' ? 'latest' : route.kind) as Record<string, unknown>;
    const out = route.language === 'en' ? englishFrom(json) : route.kind === 'language' ? json : filterVendors(json, vendors);
    const next = { from, file: prepare(out) };
    prepared.set(route.file, next);
    return next.file;
  }

  return { file };
}

/** The languages the IAB translates the GVL to, lower case. */
function defaultLanguages(): Set<string> {
  const all = new Set<string>();
  new ConsentLanguages().forEach((lang) => all.add(lang.toLowerCase()));
  return all;
}

/** What the handler reads of a request, whatever its shape. */
interface RequestFacts {
  url: string;
  method: string;
  ifNoneMatch: string | undefined;
}

/** Answers one request: the reply, or `undefined` when the path is not one this handler serves. */
type Respond = (request: RequestFacts) => Promise<Reply | undefined>;

async function answer(cache: ReturnType<typeof createCache>, languages: ReadonlySet<string>, request: RequestFacts): Promise<Reply | undefined> {
  const route = routeOf(request.url);
  if (!route || (route.language && !languages.has(route.language))) return undefined;
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method Not Allowed', { allow: 'GET, HEAD' });
  const file = await cache.file(route);
  if (!file) {
    return route.kind === 'archive' ? undefined : plain(502, 'The IAB vendor list could not be fetched', { 'retry-after': String(RETRY_MS / 1000) });
  }
  const headers = {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': route.kind === 'archive' ? 'public, max-age=31536000, immutable' : 'public, max-age=86400',
    etag: file.etag,
    'x-content-type-options': 'nosniff',
  };
  if (matches(request.ifNoneMatch, file.etag)) return { status: 304, headers, body: '' };
  const body = request.method === 'HEAD' ? '' : file.body;
  return { status: 200, headers: { ...headers, 'content-length': String(file.bytes) }, body };
}

const NOT_FOUND = plain(404, 'Not Found');

const isNodeResponse = (v: unknown): v is NodeResponseLike => typeof (v as NodeResponseLike | undefined)?.setHeader === 'function';
const header = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value.join(', ') : value);

async function serveFetch(respond: Respond, request: Request): Promise<Response> {
  let reply: Reply;
  try {
    reply = (await respond({ url: request.url, method: request.method, ifNoneMatch: request.headers.get('if-none-match') ?? undefined })) ?? NOT_FOUND;
  } catch {
    reply = plain(500, 'Internal Server Error');
  }
  const empty = reply.status === 304 || request.method === 'HEAD';
  return new Response(empty ? null : reply.body, { status: reply.status, headers: reply.headers });
}

async function serveNode(
  respond: Respond,
  req: NodeRequestLike,
  res: NodeResponseLike,
  next: ((error?: unknown) => void) | undefined,
): Promise<void> {
  let reply: Reply | undefined;
  try {
    reply = await respond({ url: req.url ?? '/', method: req.method ?? 'GET', ifNoneMatch: header(req.headers['if-none-match']) });
  } catch (error) {
    if (next) return next(error);
    reply = plain(500, 'Internal Server Error');
  }
  if (!reply && next) return next();
  reply ??= NOT_FOUND;
  res.statusCode = reply.status;
  for (const [name, value] of Object.entries(reply.headers)) res.setHeader(name, value);
  res.end(reply.body);
}

/**
 * A request handler that serves the IAB Global Vendor List (v3) and its translations from the
 * site's own origin, as the TCF requires: `vendor-list.json` (filtered to `vendors`),
 * `purposes-<lang>.json` and `archives/vendor-list-v<N>.json` (versions it has downloaded),
 * matched by the last segments of the path wherever it is mounted. Files are downloaded from
 * the IAB on first request, kept on disk, fetched again after `refreshMs` (the old copy is
 * served if that fails; 502 when there is none) and sent with an `ETag`.
 *
 * Works as a fetch-style handler (`Request` → `Response`), a Node `http` listener and
 * Express/Connect middleware (paths it does not serve go to `next`).
 */
export function vendorListHandler(options: VendorListHandlerOptions = {}): VendorListHandler {
  const cache = createCache(options);
  const languages = new Set((options.languages ?? [...defaultLanguages()]).map((l) => l.toLowerCase()).filter((l) => LANGUAGE.test(l)));
  const respond: Respond = (request) => answer(cache, languages, request);
  function handler(request: Request): Promise<Response>;
  function handler(req: NodeRequestLike, res: NodeResponseLike, next?: (error?: unknown) => void): Promise<void>;
  function handler(a: Request | NodeRequestLike, b?: NodeResponseLike, next?: (error?: unknown) => void): Promise<Response | void> {
    if (isNodeResponse(b)) return serveNode(respond, a as NodeRequestLike, b, next);
    return serveFetch(respond, a as Request);
  }
  return handler;
}
