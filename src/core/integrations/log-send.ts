/**
 * The proof-of-consent sender (`dist/log.js`), loaded on demand when `log` is configured,
 * so sites without a log pay nothing for it. Self-contained on purpose: the script-tag
 * bundle imports it by URL.
 *
 * Each saved choice is posted exactly once, with a unique `entryId`; a post that fails
 * waits in sessionStorage and is tried again with backoff (1, 2, 4, 8 s on the page, and
 * once on each later page load), at most `MAX_ATTEMPTS` times. An entry already on its way
 * is never posted again meanwhile, so a burst of choices posts one entry each, and a
 * retry that does arrive twice (its answer was lost) carries the same `entryId`.
 */
import type { ConsentLogEntry } from './log.js';

/** Entries kept for retry, oldest dropped first. */
const MAX_QUEUED = 200;
/**
 * Posts on their way at once, at most: browsers refuse keepalive requests past 64 KB in
 * flight, and an entry is under 4 KB.
 */
const MAX_IN_FLIGHT = 8;
/** Posts per entry at most, the first included. */
const MAX_ATTEMPTS = 5;
const FIRST_DELAY_MS = 1000;

interface Waiting {
  entry: ConsentLogEntry & { entryId: string };
  /** Where it goes: a retry goes where the entry was first sent. */
  endpoint: string;
  attempts: number;
  /** When the next try is due (ms since epoch). */
  next: number;
}

const inFlight = new Set<string>();
/** One retry timer per endpoint and queue, for the earliest retry waiting there. */
const timers = new Map<string, { at: number; handle: ReturnType<typeof setTimeout> }>();
let active = 0;
const queued: Array<() => void> = [];

/** Takes one of the slots, or waits for one to be handed over. */
async function slot(): Promise<void> {
  if (active < MAX_IN_FLIGHT) active++;
  else await new Promise<void>((resolve) => queued.push(resolve));
}

/** Hands the slot straight to the next waiting post, so the limit holds between the two. */
function release(): void {
  const next = queued.shift();
  if (next) next();
  else active--;
}

const newId = (): string =>
  typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;

function readQueue(key: string): Waiting[] {
  try {
    const list: unknown = JSON.parse(sessionStorage.getItem(key) ?? '[]');
    return Array.isArray(list) ? (list as Waiting[]).filter((w) => typeof w?.entry?.entryId === 'string') : [];
  } catch {
    return [];
  }
}

function writeQueue(key: string, list: Waiting[]): void {
  try {
    if (list.length) sessionStorage.setItem(key, JSON.stringify(list.slice(-MAX_QUEUED)));
    else sessionStorage.removeItem(key);
  } catch {
    /* storage full or blocked: each post is still tried once */
  }
}

async function post(endpoint: string, entry: ConsentLogEntry): Promise<boolean> {
  const body = JSON.stringify(entry);
  try {
    // keepalive outlives the page like sendBeacon, and tells us whether the server kept it.
    // The page's address goes in the body (without its query); the Referer says the origin
    // at most, and no cookies go to another origin.
    const response = await fetch(endpoint, {
      method: 'POST',
      body,
      keepalive: true,
      credentials: 'same-origin',
      referrerPolicy: 'strict-origin',
      headers: { 'content-type': 'application/json' },
    });
    return response.ok;
  } catch {
    // fetch refused outright (old browser, page unloading): a beacon, and a retry later. A
    // beacon always sends cookies and the full Referer, so only to this origin.
    if (new URL(endpoint, location.href).origin === location.origin) navigator.sendBeacon?.(endpoint, new Blob([body], { type: 'application/json' }));
    return false;
  }
}

async function attempt(endpoint: string, key: string, waiting: Waiting): Promise<void> {
  const { entryId } = waiting.entry;
  inFlight.add(entryId);
  await slot();
  const ok = await post(endpoint, waiting.entry);
  release();
  inFlight.delete(entryId);
  const rest = readQueue(key).filter((w) => w.entry.entryId !== entryId);
  const attempts = waiting.attempts + 1;
  if (!ok && attempts < MAX_ATTEMPTS) {
    const delay = FIRST_DELAY_MS * 2 ** (attempts - 1);
    rest.push({ ...waiting, attempts, next: Date.now() + delay });
  }
  writeQueue(key, rest);
  retryLater(endpoint, key);
}

/** Arms the endpoint's timer for the earliest retry still waiting (re-armed after each attempt). */
function retryLater(endpoint: string, key: string): void {
  const id = `${key} ${endpoint}`;
  const at = Math.min(...readQueue(key).filter((w) => w.endpoint === endpoint && !inFlight.has(w.entry.entryId)).map((w) => w.next));
  const armed = timers.get(id);
  if (!Number.isFinite(at) || (armed && armed.at <= at)) return;
  if (armed) clearTimeout(armed.handle);
  const handle = setTimeout(() => {
    timers.delete(id);
    void flush(endpoint, key, false);
  }, Math.max(0, at - Date.now()));
  timers.set(id, { at, handle });
}

/** Posts what is waiting and not already on its way: all of it (a page load), or what is due. */
function flush(endpoint: string, key: string, all: boolean, extra: Waiting[] = []): Promise<void> {
  const now = Date.now();
  const due = [...extra, ...readQueue(key).filter((w) => w.endpoint === endpoint && (all || w.next <= now))];
  const once = due.filter((w, i) => !inFlight.has(w.entry.entryId) && due.findIndex((x) => x.entry.entryId === w.entry.entryId) === i);
  // Nothing due yet (a timer a moment early): wait for the earliest.
  if (!once.length) retryLater(endpoint, key);
  return Promise.all(once.map((w) => attempt(endpoint, key, w))).then(() => undefined);
}

/**
 * Posts `entry` (a new choice) at once, with a fresh `entryId`, and what else is due; with
 * no entry (a page load), gives everything still waiting one more try.
 */
export function sendLog(endpoint: string, key: string, entry?: ConsentLogEntry): Promise<void> {
  if (!entry) return flush(endpoint, key, true);
  const waiting: Waiting = { entry: { ...entry, entryId: newId() }, endpoint, attempts: 0, next: 0 };
  writeQueue(key, [...readQueue(key), waiting]);
  return flush(endpoint, key, false, [waiting]);
}
