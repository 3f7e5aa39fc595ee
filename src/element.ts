/**
 * The `<cookie-consent>` element class with no side effects: nothing is registered. For
 * a tag of your own: `CookieConsentElement.define('my-consent')`.
 * @module lit-cookie-consent/element
 */
export { CookieConsentElement } from './ui/cookie-consent.js';
export { CookieConsent, type CookieConsentApi } from './api.js';
