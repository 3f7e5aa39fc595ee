// Type test: compiled by `npm run test:types` against the built package (dist/*.d.ts),
// as a TypeScript user sees it. Every `@ts-expect-error` must be an error, or tsc fails.
import { CookieConsent, CookieConsentElement, type ConsentChangeDetail, type ConsentConfig, type ConsentRecord, type CategoryConfig } from 'lit-cookie-consent';
import { parseConsentCookie, isGranted } from 'lit-cookie-consent/server';
import { validate, type Finding } from 'lit-cookie-consent/validate';
import { fromVanillaCookieConsentConfig } from 'lit-cookie-consent/migrate';
import de from 'lit-cookie-consent/locales/de';

const categories: CategoryConfig[] = [
  { id: 'necessary', required: true },
  { id: 'analytics', services: [{ id: 'matomo', cookies: [{ name: '/^_pk_/', duration: '13 months' }] }] },
];
const config: ConsentConfig = { categories, policyUrl: '/privacy', layout: 'box', theme: 'auto', translations: { de }, googleConsentMode: true };
CookieConsent.init(config);

// Events are typed on window, document and elements.
window.addEventListener('consent-change', (e) => {
  const granted: string[] = e.detail.granted;
  const first: boolean = e.detail.first;
  void [granted, first];
});
document.addEventListener('consent-show', (e) => {
  const view: 'banner' | 'preferences' = e.detail.view;
  void view;
});
const el: CookieConsentElement = document.createElement('cookie-consent');
el.addEventListener('consent-ready', (e) => {
  const consent: ConsentRecord | null = e.detail.consent;
  void consent;
});
el.config = config;
const off: () => void = CookieConsent.on('consent-change', (e) => {
  const detail: ConsentChangeDetail = e.detail;
  void detail.changed;
});
off();

const record: ConsentRecord | null = CookieConsent.get();
const yes: boolean = CookieConsent.granted('analytics', 'matomo');
const ready: Promise<void> = CookieConsent.whenGranted('analytics');
const language: Promise<void> = CookieConsent.setLanguage(['de-AT', 'en']);
const findings: Promise<Finding[]> = CookieConsent.validate(config);
void [record, yes, ready, language, findings, validate(config), fromVanillaCookieConsentConfig({})];
void isGranted(parseConsentCookie('cookie_consent=x'), 'analytics');

// @ts-expect-error: layout is 'bar' | 'box' | 'modal'
CookieConsent.init({ layout: 'popup' });
// @ts-expect-error: a category needs an id
const noId: CategoryConfig = { label: 'Stats' };
// @ts-expect-error: the detail of consent-change has no `view`
window.addEventListener('consent-change', (e) => e.detail.view);
// @ts-expect-error: config is read-only
CookieConsent.config = {};
void noId;
