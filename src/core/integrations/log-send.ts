/**
 * The proof-of-consent sender (`dist/log.js`), loaded on demand when `log` is configured,
 * so sites without a log pay nothing for it. Entries wait in sessionStorage until the
 * server answers 2xx, so a failed post is sent again on the next page load (at least
 * once: the receiver keeps one row per `id` + `updated` + `action`).
 * Self-contained on purpose: the script-tag bundle imports it by URL.
 */
import type { ConsentLogEntry } from './log.js';

/** Entries kept for retry, oldest dropped first. */
const MAX_QUEUED = 20;

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
  const delivered = pending.filter((_, i) => results[i]).map((e) => JSON.stringify(e));
  writeQueue(key, readQueue(key).filter((e) => !delivered.includes(JSON.stringify(e))));
}
