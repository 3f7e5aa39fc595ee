/**
 * Proof of consent: each saved choice is POSTed to the site's endpoint. Entries wait in
 * sessionStorage until the server answers 2xx, so a failed post is sent again on the
 * next page load (at least once: the receiver keeps one row per `id` + `updated`).
 */
import type { ConsentRecord } from '../types.js';

export type ConsentAction = 'accept-all' | 'reject-all' | 'custom' | 'gpc';

/** The JSON body: the record's fields plus how and where the choice was made. */
export interface ConsentLogEntry extends ConsentRecord {
  action: ConsentAction;
  language: string;
  gpc: boolean;
  /** The page, without query string or fragment. */
  url: string;
  /** A short hash of the texts the visitor was shown. */
  textHash: string;
}

/** Entries kept for retry, oldest dropped first. */
const MAX_QUEUED = 20;

/** FNV-1a, 32 bits, as 8 hex digits: enough to tell two versions of the texts apart. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

function readQueue(key: string): ConsentLogEntry[] {
  try {
    const list: unknown = JSON.parse(sessionStorage.getItem(key) ?? '[]');
    return Array.isArray(list) ? (list as ConsentLogEntry[]) : [];
  } catch {
    return [];
  }
}

function writeQueue(key: string, list: ConsentLogEntry[]): void {
  try {
    if (list.length) sessionStorage.setItem(key, JSON.stringify(list.slice(-MAX_QUEUED)));
    else sessionStorage.removeItem(key);
  } catch {
    /* storage full or blocked: the post is still tried once */
  }
}

async function post(endpoint: string, entry: ConsentLogEntry): Promise<boolean> {
  const body = JSON.stringify(entry);
  try {
    // keepalive outlives the page like sendBeacon, and tells us whether the server kept it.
    const response = await fetch(endpoint, { method: 'POST', body, keepalive: true, headers: { 'content-type': 'application/json' } });
    return response.ok;
  } catch {
    // fetch refused outright (old browser, page unloading): a beacon, and a retry next time.
    navigator.sendBeacon?.(endpoint, new Blob([body], { type: 'application/json' }));
    return false;
  }
}

/** Sends `entry` (if given) and every earlier entry still waiting; keeps the ones that failed. */
export async function sendLog(endpoint: string, key: string, entry?: ConsentLogEntry): Promise<void> {
  const pending = readQueue(key);
  if (entry) pending.push(entry);
  if (!pending.length) return;
  writeQueue(key, pending);
  const results = await Promise.all(pending.map((e) => post(endpoint, e)));
  // Another save may have queued more meanwhile: drop only what was delivered.
  const delivered = pending.filter((_, i) => results[i]);
  writeQueue(key, readQueue(key).filter((e) => !delivered.some((d) => d.id === e.id && d.updated === e.updated && d.action === e.action)));
}
