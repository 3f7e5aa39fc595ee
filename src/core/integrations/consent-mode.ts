/**
 * Google Consent Mode v2: a `default` command before any Google tag reads it, an
 * `update` and a GTM event on each change.
 */

import type { ResolvedConfig } from '../types.js';

type Gtag = (...args: unknown[]) => void;

declare global {
  interface Window {
    dataLayer?: unknown[];
    gtag?: Gtag;
  }
}

/** The seven consent types of Consent Mode v2. */
export const CONSENT_TYPES = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;

export type ConsentState = Record<string, 'granted' | 'denied'>;

/** Every type `denied` except `security_storage` and those a granted category maps to. */
export function consentState(mapping: Record<string, readonly string[]>, granted: readonly string[]): ConsentState {
  const state: ConsentState = {};
  for (const type of CONSENT_TYPES) state[type] = type === 'security_storage' ? 'granted' : 'denied';
  for (const id of granted) for (const type of mapping[id] ?? []) state[type] = 'granted';
  return state;
}

/** Google's standard stub: commands queue in `dataLayer` as `arguments` objects until gtag.js loads. */
function gtag(...args: unknown[]): void {
  const w = window;
  const layer = (w.dataLayer ??= []);
  w.gtag ??= function () {
    // eslint-disable-next-line prefer-rest-params -- gtag.js only reads Arguments objects
    layer.push(arguments);
  };
  w.gtag(...args);
}

let defaulted = false;

/** What the two commands need of the resolved config. */
type ConsentModeConfig = Pick<ResolvedConfig, 'googleConsentMode' | 'adsDataRedaction' | 'urlPassthrough'>;

/** Sends `consent default` for the categories in force, once per page (the first call wins); nothing without a mapping. */
export function consentDefault(config: ConsentModeConfig, granted: readonly string[]): void {
  const mapping = config.googleConsentMode;
  if (!mapping || defaulted) return;
  defaulted = true;
  gtag('consent', 'default', { ...consentState(mapping, granted), wait_for_update: 500 });
  if (config.adsDataRedaction) gtag('set', 'ads_data_redaction', true);
  if (config.urlPassthrough) gtag('set', 'url_passthrough', true);
}

/** Sends `consent update` and a `cookie_consent_update` event for GTM triggers; nothing without a mapping. */
export function consentUpdate(config: ConsentModeConfig, granted: readonly string[]): void {
  const mapping = config.googleConsentMode;
  if (!mapping) return;
  const state = consentState(mapping, granted);
  gtag('consent', 'update', state);
  window.dataLayer?.push({ event: 'cookie_consent_update', cookieConsent: { granted: [...granted], state } });
}
