/**
 * ESM entry: the element (registered as `<cookie-consent>` on import, in a browser), the
 * API and the types. On a server (SSR) the import touches no DOM global and defines nothing.
 * The class alone, with no registration, is in `lit-cookie-consent/element`.
 * @module lit-cookie-consent
 */
import { CookieConsentElement } from './ui/cookie-consent.js';

CookieConsentElement.define();

export { CookieConsent, type CookieConsentApi, type InitOptions } from './api.js';
export { CookieConsentElement } from './ui/cookie-consent.js';
export { ConsentManager, type Choices } from './core/manager.js';
export { parseRecord, decodeCookieValue } from './core/record.js';
export { resolveConfig, DEFAULT_GCM_MAPPING } from './core/config.js';
export {
  CONSENT_CHANGE,
  CONSENT_HIDE,
  CONSENT_READY,
  CONSENT_SHOW,
  type ConsentChangeDetail,
  type ConsentEventMap,
  type ConsentEventType,
  type ConsentReadyDetail,
  type ConsentView,
  type ConsentViewDetail,
} from './core/events.js';
export type { ConsentChange } from './core/store.js';
export type * from './core/types.js';
export type { PlaceholderFactory, PlaceholderOptions } from './core/embed.js';
export type { Finding } from './core/validate.js';
