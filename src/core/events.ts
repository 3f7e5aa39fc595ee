import { deepFreeze, type ConsentChange } from './store.js';
import type { ConsentRecord } from './types.js';

export const CONSENT_READY = 'consent-ready';
export const CONSENT_CHANGE = 'consent-change';
export const CONSENT_SHOW = 'consent-show';
export const CONSENT_HIDE = 'consent-hide';

export type ConsentView = 'banner' | 'preferences';

export interface ConsentReadyDetail {
  readonly consent: ConsentRecord | null;
}
export type ConsentChangeDetail = Readonly<ConsentChange>;
export interface ConsentViewDetail {
  readonly view: ConsentView;
}

export interface ConsentEventMap {
  'consent-ready': CustomEvent<ConsentReadyDetail>;
  'consent-change': CustomEvent<ConsentChangeDetail>;
  'consent-show': CustomEvent<ConsentViewDetail>;
  'consent-hide': CustomEvent<ConsentViewDetail>;
}

export type ConsentEventType = keyof ConsentEventMap;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface WindowEventMap extends ConsentEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends ConsentEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends ConsentEventMap {}
}

/** Dispatches a bubbling, composed event with a frozen detail. */
export function emit<K extends ConsentEventType>(
  target: EventTarget,
  type: K,
  detail: ConsentEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail: deepFreeze(detail), bubbles: true, composed: true }));
}
