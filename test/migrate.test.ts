import { expect } from '@open-wc/testing';
import { resolveConfig } from '../src/core/config.js';
import { validate } from '../src/core/validate.js';
import { fromVanillaCookieConsentConfig } from '../src/migrate.js';

/** The "basic example config" of vanilla-cookieconsent v3's Getting Started guide. */
const BASIC = {
  onConsent() {},
  onChange() {},
  categories: {
    necessary: { enabled: true, readOnly: true },
    analytics: { enabled: false, readOnly: false, autoClear: { cookies: [{ name: /^_ga/ }, { name: '_gid' }] } },
  },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'We use cookies',
          description: 'Cookie modal description',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Manage Individual preferences',
        },
        preferencesModal: {
          title: 'Manage cookie preferences',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Accept current selection',
          closeIconLabel: 'Close modal',
          sections: [
            { title: 'Somebody said ... cookies?', description: 'I want one!' },
            { title: 'Strictly Necessary cookies', description: 'These cookies are essential for the proper functioning of the website and cannot be disabled.', linkedCategory: 'necessary' },
            { title: 'Performance and Analytics', description: 'These cookies collect information about how you use our website. All of the data is anonymized and cannot be used to identify you.', linkedCategory: 'analytics' },
            { title: 'More information', description: 'For any queries in relation to my policy on cookies and your choices, please <a href="#contact-page">contact us</a>' },
          ],
        },
      },
    },
  },
};

/** A fuller config in the shape of the v3 configuration reference: layout, cookie, services, cookie tables, a URL translation. */
const FULL = {
  revision: 3,
  mode: 'opt-in',
  hideFromBots: false,
  cookie: { name: 'cc_cookie', domain: 'example.com', path: '/', sameSite: 'Lax', expiresAfterDays: 365 },
  guiOptions: { consentModal: { layout: 'box wide', position: 'bottom left' }, preferencesModal: { layout: 'box' } },
  categories: {
    necessary: { readOnly: true },
    analytics: {
      autoClear: { cookies: [{ name: /^(_ga|_gid)/ }], reloadPage: true },
      services: { ga: { label: 'Google Analytics', onAccept() {}, onReject() {}, cookies: [{ name: /^_ga/ }] }, 'Hot jar': { label: 'Hotjar' } },
    },
    ads: { enabled: true },
  },
  language: {
    default: 'en',
    autoDetect: 'browser',
    translations: {
      en: {
        consentModal: { title: 'Hello <b>traveller</b>', description: 'Read our <a href="/privacy">privacy policy</a>.', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all' },
        preferencesModal: {
          sections: [
            {
              title: 'Analytics',
              linkedCategory: 'analytics',
              cookieTable: {
                headers: { name: 'Cookie', domain: 'Domain', desc: 'Description', expiration: 'Expiration' },
                body: [
                  { name: '_ga', domain: 'example.com', desc: 'Distinguishes users', expiration: '2 years' },
                  { name: '_gid', domain: 'example.com', desc: 'Distinguishes users', expiration: '1 day' },
                ],
              },
            },
          ],
        },
      },
      de: '/assets/cookieconsent/de.json',
    },
  },
};

describe('fromVanillaCookieConsentConfig (vanilla-cookieconsent v3)', () => {
  it('converts the Getting Started example: categories, autoClear cookies, texts, sections', () => {
    const notes: string[] = [];
    const c = fromVanillaCookieConsentConfig(BASIC, (m) => notes.push(m));
    expect(c.categories).to.deep.equal([
      { id: 'necessary', required: true },
      { id: 'analytics', cookies: [{ name: '/^_ga/' }, { name: '_gid' }] },
    ]);
    expect(c.language).to.equal('en');
    expect(c.translations?.en).to.deep.include({
      bannerTitle: 'We use cookies',
      acceptAll: 'Accept all',
      rejectAll: 'Reject all',
      customize: 'Manage Individual preferences',
      preferencesTitle: 'Manage cookie preferences',
      preferencesText: 'I want one!',
      save: 'Accept current selection',
      close: 'Close modal',
    });
    expect(c.translations?.en?.categories?.analytics?.label).to.equal('Performance and Analytics');
    expect(c.policyUrl).to.equal(undefined);
    expect(notes.join('\n')).to.match(/onConsent/).and.match(/onChange/);
    expect(validate(c).filter((f) => f.level === 'error')).to.deep.equal([]);
  });

  it('converts layout, cookie settings, services, cookie tables and revision; notes what has no equivalent', () => {
    const notes: string[] = [];
    const c = fromVanillaCookieConsentConfig(FULL, (m) => notes.push(m));
    expect(c).to.deep.include({ revision: 3, mode: 'opt-in', hideFromBots: false, layout: 'box', position: 'bottom-left', expiresDays: 365, reloadOnRevoke: true, language: 'auto', policyUrl: '/privacy' });
    expect(c.cookie).to.deep.equal({ name: 'cc_cookie', domain: 'example.com', path: '/', sameSite: 'Lax' });
    const analytics = c.categories?.find((x) => x.id === 'analytics');
    expect(analytics?.services).to.deep.equal([
      { id: 'ga', label: 'Google Analytics', cookies: [{ name: '/^_ga/' }] },
      { id: 'Hot-jar', label: 'Hotjar' },
    ]);
    expect(analytics?.cookies).to.deep.equal([
      { name: '/^(_ga|_gid)/' },
      { name: '_ga', provider: 'example.com', purpose: 'Distinguishes users', duration: '2 years' },
      { name: '_gid', provider: 'example.com', purpose: 'Distinguishes users', duration: '1 day' },
    ]);
    expect(c.categories?.find((x) => x.id === 'ads')).to.deep.equal({ id: 'ads' });
    expect(c.translations?.en?.bannerTitle).to.equal('Hello traveller');
    expect(c.translations?.en?.bannerText).to.equal('Read our privacy policy.');
    expect(notes.join('\n')).to.contain('translations.de').and.contain('categories.ads.enabled').and.contain("whenGranted('analytics', 'ga')");
    const resolved = resolveConfig(c, () => expect.fail('the converted config is valid'));
    expect(resolved.categories.map((x) => x.id)).to.deep.equal(['necessary', 'analytics', 'ads']);
  });

  it('survives anything: no config, nonsense, middle positions', () => {
    expect(fromVanillaCookieConsentConfig(undefined, () => undefined)).to.deep.equal({ language: 'auto' });
    expect(fromVanillaCookieConsentConfig('x', () => undefined)).to.deep.equal({ language: 'auto' });
    expect(fromVanillaCookieConsentConfig({ guiOptions: { consentModal: { layout: 'cloud inline', position: 'middle center' } } }, () => undefined).layout).to.equal('modal');
    expect(fromVanillaCookieConsentConfig({ guiOptions: { consentModal: { layout: 'bar inline', position: 'top' } } }, () => undefined)).to.deep.include({ layout: 'bar', position: 'top' });
  });
});
