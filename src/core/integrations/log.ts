/**
 * Proof of consent: what is sent for each saved choice. The sending itself lives in
 * `log-send.ts`, loaded on demand.
 */
import type { ConsentRecord } from '../types.js';

/**
 * How a choice was made. There is no `gpc` action: the GPC signal in opt-out mode is
 * applied on each page load without saving a choice, so nothing is posted for it.
 */
export type ConsentAction = 'accept-all' | 'reject-all' | 'custom';

/** The JSON body: the record's fields plus how and where the choice was made. */
export interface ConsentLogEntry extends ConsentRecord {
  action: ConsentAction;
  language: string;
  gpc: boolean;
  /** The page, without query string or fragment. */
  url: string;
  /** A short hash of the texts the visitor was shown. */
  textHash: string;
  /** Unique per saved choice, set by the sender: a retry that arrives twice has the same one. */
  entryId?: string;
}

/** The on-demand module's interface. */
export interface LogSender {
  /** Sends `entry` (if given) and every earlier entry still waiting; keeps the ones that failed. */
  sendLog(endpoint: string, key: string, entry?: ConsentLogEntry): Promise<void>;
}

/** FNV-1a, 32 bits, as 8 hex digits: enough to tell two versions of the texts apart. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Posts entries through the on-demand sender (`log`), loaded once. */
export class LogClient {
  #sender?: Promise<LogSender | undefined>;

  /** Sends `entry` (if given) and retries what waits; `key` names the queue in storage. */
  send(loadModule: (name: string) => Promise<unknown>, endpoint: string, key: string, entry?: ConsentLogEntry): void {
    this.#sender ??= loadModule('log').then(
      (mod) => mod as LogSender,
      // The loader has said which file is missing.
      () => undefined,
    );
    void this.#sender.then((sender) => sender?.sendLog(endpoint, key, entry));
  }
}
