import { expect, fixture, html } from '@open-wc/testing';
import { consentState } from '../../src/core/integrations/consent-mode.js';
import { shortHash, type ConsentLogEntry } from '../../src/core/integrations/log.js';
import { ConsentManager } from '../../src/core/manager.js';
import { clearDocumentCookies, memoryJar } from '../helpers.js';

type Win = Window & {
  dataLayer?: unknown[];
  CookieConsent?: { acceptAll(): void; set(c: string[]): void; granted(c: string): boolean };
  seenByTag?: unknown[];
};

/** A page with the built bundle first in `<head>`, as the README says, then a stand-in for gtag.js. */
async function page(config: object, extraHead = ''): Promise<Win> {
  const iframe = document.createElement('iframe');
  iframe.srcdoc = `<!doctype html><html lang="en"><head>
    <script type="application/json" id="cookie-consent-config">${JSON.stringify(config)}</script>
    <script src="/dist/cookie-consent.min.js"></script>
    <script>window.seenByTag = (window.dataLayer || []).map((a) => Array.from(a));</script>${extraHead}
    </head><body><p>Article</p></body></html>`;
  const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  document.body.append(iframe);
  await loaded;
  return iframe.contentWindow as Win;
}

const commands = (w: Win) =>
  (w.dataLayer ?? []).map((entry) => (Array.isArray(entry) || !('event' in (entry as object)) ? Array.from(entry as ArrayLike<unknown>) : entry));

/** Stubs `navigator.globalPrivacyControl` for one test. */
function gpc(on: boolean): () => void {
  Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => on, configurable: true });
  return () => delete (Navigator.prototype as { globalPrivacyControl?: boolean }).globalPrivacyControl;
}

const V2_DENIED = { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied' };

describe('Google Consent Mode v2', () => {
  // Cookies persist between test files: start from none.
  beforeEach(() => clearDocumentCookies());
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((f) => f.remove());
    clearDocumentCookies();
  });

  it('sends the default before any tag runs: all denied but security_storage, wait_for_update 500', async () => {
    const w = await page({ googleConsentMode: true });
    const [first] = w.seenByTag ?? [];
    expect(first).to.deep.equal([
      'consent',
      'default',
      { ...V2_DENIED, functionality_storage: 'denied', personalization_storage: 'denied', security_storage: 'granted', wait_for_update: 500 },
    ]);
    expect(w.dataLayer?.[0]).to.be.an('arguments');
    expect(typeof (w as { gtag?: unknown }).gtag).to.equal('function');
  });

  it('sends update and a cookie_consent_update event on each change; a returning visitor starts from the stored state', async () => {
    const w = await page({ googleConsentMode: true });
    w.CookieConsent.set(['analytics']);
    const all = commands(w);
    const update = all.find((c) => Array.isArray(c) && c[1] === 'update') as unknown[];
    expect(update[2]).to.include({ analytics_storage: 'granted', ad_storage: 'denied', security_storage: 'granted' });
    const event = all.find((c) => !Array.isArray(c)) as { event: string; cookieConsent: { granted: string[] } };
    expect(event.event).to.equal('cookie_consent_update');
    expect(event.cookieConsent.granted).to.deep.equal(['necessary', 'analytics']);

    const again = await page({ googleConsentMode: true });
    const [first] = again.seenByTag as unknown[][];
    expect(first[1]).to.equal('default');
    expect(first[2]).to.include({ analytics_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied' });
    expect(commands(again).filter((c) => Array.isArray(c) && c[1] === 'default')).to.have.length(1);
  });

  it('keeps a page-defined gtag and sets ads_data_redaction and url_passthrough when asked', async () => {
    const w = await page({ googleConsentMode: true, adsDataRedaction: true, urlPassthrough: true });
    const sets = commands(w).filter((c) => Array.isArray(c) && c[0] === 'set');
    expect(sets).to.deep.equal([
      ['set', 'ads_data_redaction', true],
      ['set', 'url_passthrough', true],
    ]);
  });

  it('maps categories to signals with a custom mapping; nothing is sent without googleConsentMode', async () => {
    expect(consentState({ stats: ['analytics_storage'] }, ['necessary', 'stats'])).to.include({
      analytics_storage: 'granted',
      ad_storage: 'denied',
      security_storage: 'granted',
    });
    const w = await page({});
    expect(w.dataLayer).to.equal(undefined);
  });
});

describe('Global Privacy Control and opt-out mode', () => {
  let restore: () => void = () => undefined;
  const managers: ConsentManager[] = [];
  const make = () => {
    const m = new ConsentManager(memoryJar());
    managers.push(m);
    return m;
  };
  afterEach(() => {
    restore();
    managers.splice(0).forEach((m) => m.destroy());
  });

  it('opt-in: Accept all grants everything except the gpc categories; switching one on alone grants it', () => {
    restore = gpc(true);
    const m = make().init();
    expect(m.acceptAll().granted).to.deep.equal(['necessary', 'preferences', 'analytics']);
    m.set({ marketing: true });
    expect(m.granted('marketing')).to.equal(true);
  });

  it('opt-out with GPC: the gpc categories are denied, no banner, and no choice is made up for the visitor', () => {
    restore = gpc(true);
    const m = make().init({ mode: 'opt-out' });
    expect(m.view).to.equal(null);
    expect(m.granted('analytics')).to.equal(true);
    expect(m.granted('marketing')).to.equal(false);
    expect(m.get()).to.equal(null);
  });

  it('opt-out with GPC overrides an earlier grant of a sale/sharing category', async () => {
    await fixture(html`<div><script type="text/plain" data-category="marketing">(window.__ads = (window.__ads || 0) + 1)</script></div>`);
    const jar = memoryJar();
    restore = gpc(false);
    const before = new ConsentManager(jar).init({ mode: 'opt-out' });
    managers.push(before);
    before.acceptAll();
    expect(before.granted('marketing')).to.equal(true);
    restore();
    restore = gpc(true);
    before.destroy();
    (window as { __ads?: number }).__ads = 0;
    document.querySelector('[data-category="marketing"]')?.remove();
    await fixture(html`<div><script type="text/plain" data-category="marketing">(window.__ads = (window.__ads || 0) + 1)</script></div>`);
    const after = new ConsentManager(jar).init({ mode: 'opt-out' });
    managers.push(after);
    await Promise.resolve();
    expect((window as { __ads?: number }).__ads, 'no marketing script on the page where GPC arrives').to.equal(0);
    expect(after.granted('marketing')).to.equal(false);
    expect(after.granted('analytics')).to.equal(true);
    expect(after.view).to.equal(null);
  });

  it('opt-out without GPC: categories granted until the visitor objects; the banner is a notice', () => {
    restore = gpc(false);
    const m = make().init({ mode: 'opt-out' });
    expect(m.view).to.equal('banner');
    expect(m.granted('marketing')).to.equal(true);
    m.rejectAll();
    expect(m.granted('marketing')).to.equal(false);
    expect(m.granted('analytics')).to.equal(false);
  });

  it('the panel says the opt-out signal is honoured, next to the gpc categories only', async () => {
    restore = gpc(true);
    const { CookieConsent } = await import('../../src/index.js');
    CookieConsent.init({ policyUrl: '/p' });
    CookieConsent.showPreferences();
    const el = document.querySelector('cookie-consent')!;
    await el.updateComplete;
    const rows = [...el.shadowRoot!.querySelectorAll('[part="category"]')];
    const honoured = rows.filter((r) => r.textContent?.includes('Global Privacy Control')).map((r) => r.querySelector('input')?.name);
    expect(honoured).to.deep.equal(['marketing']);
    restore();
    CookieConsent.init({ policyUrl: '/p' });
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.not.contain('Global Privacy Control');
    CookieConsent.hide();
  });

  it('respectGPC: false ignores the signal in both modes', () => {
    restore = gpc(true);
    const m = make().init({ respectGPC: false });
    expect(m.gpc).to.equal(false);
    expect(m.acceptAll().granted).to.include('marketing');
    const o = make().init({ mode: 'opt-out', respectGPC: false });
    expect(o.view).to.equal('banner');
    expect(o.granted('marketing')).to.equal(true);
  });
});

describe('proof-of-consent log', () => {
  const received = async (name: string) => (await (await fetch(`/__log/${name}`)).json()) as ConsentLogEntry[];
  const until = async (test: () => boolean | Promise<boolean>) => {
    for (let i = 0; i < 50 && !(await test()); i++) await new Promise((r) => setTimeout(r, 20));
  };
  afterEach(() => {
    sessionStorage.clear();
    document.querySelectorAll('iframe').forEach((f) => f.remove());
    clearDocumentCookies();
  });

  it('posts each choice as JSON; a refused post is sent again on the next page load', async () => {
    const endpoint = `/__log/t${Date.now()}`;
    const name = endpoint.slice(7);
    const jar = memoryJar();
    // The sender comes through the package's own on-demand import.
    const m = new ConsentManager(jar);
    m.init({ log: { endpoint }, policyUrl: '/privacy' });
    m.set(['analytics']);
    // The receiver refuses the first post: it waits in sessionStorage.
    await until(() => (sessionStorage.getItem('cookie_consent_log') ?? '').includes('"custom"'));
    await new Promise((r) => setTimeout(r, 100));
    expect(await received(name)).to.deep.equal([]);
    m.destroy();

    const next = new ConsentManager(jar);
    next.init({ log: { endpoint }, policyUrl: '/privacy' });
    await until(async () => (await received(name)).length > 0);
    const [entry] = await received(name);
    const record = next.get()!;
    expect(entry).to.deep.include({
      id: record.id,
      revision: 0,
      categories: ['necessary', 'analytics'],
      declined: ['preferences', 'marketing'],
      services: {},
      given: record.given,
      updated: record.updated,
      action: 'custom',
      language: 'en',
      gpc: false,
      url: location.origin + location.pathname,
    });
    expect(entry.textHash).to.match(/^[0-9a-f]{8}$/);
    await until(() => sessionStorage.getItem('cookie_consent_log') === null);
    expect(sessionStorage.getItem('cookie_consent_log')).to.equal(null);
    next.rejectAll();
    await until(async () => (await received(name)).length > 1);
    expect((await received(name)).map((e) => e.action)).to.deep.equal(['custom', 'reject-all']);
    next.destroy();
  });

  it('a burst of ten choices posts exactly ten entries, each with its own entryId, the refused one retried once', async () => {
    const name = `burst${Date.now()}`;
    const m = new ConsentManager(memoryJar());
    m.init({ log: { endpoint: `/__log/${name}` }, policyUrl: '/p' });
    for (let i = 0; i < 10; i++) m.set(i % 2 ? ['analytics'] : ['marketing']);
    // The receiver refuses the first post; the sender tries it again after a second.
    for (let i = 0; i < 60 && (await received(name)).length < 10; i++) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 300));
    const got = await received(name);
    expect(got).to.have.length(10);
    expect(new Set(got.map((e) => e.entryId)).size).to.equal(10);
    expect(sessionStorage.getItem('cookie_consent_log')).to.equal(null);
    m.destroy();
  });

  it('200 rapid choices post 200 entries, no more', async () => {
    const name = `rapid${Date.now()}`;
    await fetch(`/__log/${name}`, { method: 'POST', body: '{}' }); // the receiver's one refusal, spent
    const m = new ConsentManager(memoryJar());
    m.init({ log: { endpoint: `/__log/${name}` }, policyUrl: '/p' });
    for (let i = 0; i < 200; i++) m.set(i % 2 ? ['analytics'] : []);
    for (let i = 0; i < 100 && (await received(name)).length < 200; i++) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 300));
    const got = await received(name);
    expect(got.length).to.equal(200);
    expect(new Set(got.map((e) => e.entryId)).size).to.equal(200);
    m.destroy();
  });

  it('with a failing endpoint a new choice posts itself, not the whole queue again; retries are bounded', async () => {
    const name = `fail${Date.now()}`;
    const posts = async () => Number(await (await fetch(`/__fail/${name}`)).text());
    const m = new ConsentManager(memoryJar());
    m.init({ log: { endpoint: `/__fail/${name}` }, policyUrl: '/p' });
    for (let i = 0; i < 5; i++) {
      m.set(i % 2 ? ['analytics'] : []);
      await new Promise((r) => setTimeout(r, 30));
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(await posts()).to.equal(5);
    const queued = JSON.parse(sessionStorage.getItem('cookie_consent_log') ?? '[]') as Array<{ attempts: number; next: number }>;
    expect(queued).to.have.length(5);
    expect(queued.every((q) => q.attempts === 1 && q.next > Date.now())).to.equal(true);
    m.destroy();
  });

  it('the post sends the origin at most as Referer, the page without its query in the body', async () => {
    const name = `ref${Date.now()}`;
    await fetch(`/__log/${name}`, { method: 'POST', body: '{}' });
    const m = new ConsentManager(memoryJar());
    m.init({ log: { endpoint: `/__log/${name}` }, policyUrl: '/p' });
    m.acceptAll();
    await until(async () => (await received(name)).length > 0);
    const headers = (await (await fetch(`/__log-headers/${name}`)).json()) as Array<{ referer?: string }>;
    expect(location.search, 'the test page has a query').to.not.equal('');
    expect(headers.at(-1)?.referer).to.equal(`${location.origin}/`);
    expect((await received(name))[0]?.url).to.equal(location.origin + location.pathname);
    m.destroy();
  });

  it('the script-tag bundle loads dist/log.js beside itself and posts with it', async () => {
    const name = `b${Date.now()}`;
    const w = await page({ log: { endpoint: `/__log/${name}` } });
    await new Promise((r) => setTimeout(r, 100));
    w.CookieConsent.acceptAll();
    await until(() => (w.sessionStorage.getItem('cookie_consent_log') ?? '').includes('accept-all'));
    w.CookieConsent.set(['analytics']);
    await until(async () => (await received(name)).length > 0);
    const got = await received(name);
    expect(got.map((e) => e.action)).to.include('custom');
    expect(w.performance.getEntriesByType('resource').some((e) => e.name.endsWith('/dist/log.js'))).to.equal(true);
  });

  it('with sessionStorage full or blocked, the choice is still posted once', async () => {
    const name = `s${Date.now()}`;
    // The receiver refuses each name's first post: send a warm-up so the real one is kept.
    await fetch(`/__log/${name}`, { method: 'POST', body: '{}' });
    // eslint-disable-next-line @typescript-eslint/unbound-method -- restored in `finally`
    const { setItem } = Storage.prototype;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const m = new ConsentManager(memoryJar());
      m.init({ log: { endpoint: `/__log/${name}` }, policyUrl: '/p' });
      m.acceptAll();
      await until(async () => (await received(name)).length > 0);
      expect((await received(name)).map((e) => e.action)).to.deep.equal(['accept-all']);
      m.destroy();
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('hashes the texts shown, so a changed text gives another hash', () => {
    expect(shortHash('Accept all')).to.equal(shortHash('Accept all'));
    expect(shortHash('Accept all')).to.not.equal(shortHash('Accept alll'));
  });
});
