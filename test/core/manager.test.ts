import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { ConsentChangeDetail, ConsentViewDetail } from '../../src/core/events.js';
import { isBot } from '../../src/core/agents.js';
import { ConsentManager } from '../../src/core/manager.js';
import { memoryJar } from '../helpers.js';

declare global {
  interface Window {
    __log?: string[];
  }
}

function record<T>(m: ConsentManager, type: 'consent-change' | 'consent-show' | 'consent-hide') {
  const got: T[] = [];
  const off = m.on(type, (e) => void got.push(e.detail as T));
  return { got, off };
}

describe('ConsentManager (headless, events on window)', () => {
  let m: ConsentManager;
  const offs: Array<() => void> = [];
  beforeEach(() => {
    m = new ConsentManager(memoryJar());
    window.__log = [];
  });
  const extra: ConsentManager[] = [];
  const another = (jar = memoryJar()) => {
    const x = new ConsentManager(jar);
    extra.push(x);
    return x;
  };
  afterEach(() => {
    offs.splice(0).forEach((off) => off());
    for (const x of [m, ...extra.splice(0)]) x.destroy();
  });

  it('fires consent-ready once, after init, with the stored consent', async () => {
    const ready = oneEvent(window, 'consent-ready');
    m.init();
    const event = await ready;
    expect(event.detail).to.deep.equal({ consent: null });
    let again = 0;
    offs.push(m.on('consent-ready', () => again++));
    m.init();
    await Promise.resolve();
    expect(again).to.equal(0);
  });

  it('shows the banner on a first visit and says so with consent-show', () => {
    const shows = record<ConsentViewDetail>(m, 'consent-show');
    offs.push(shows.off);
    m.init();
    expect(m.view).to.equal('banner');
    expect(shows.got).to.deep.equal([{ view: 'banner' }]);
  });

  it('acceptAll grants every category and fires consent-change with the contract detail', () => {
    m.init();
    const changes = record<ConsentChangeDetail>(m, 'consent-change');
    const hides = record<ConsentViewDetail>(m, 'consent-hide');
    offs.push(changes.off, hides.off);
    m.acceptAll();
    expect(m.view).to.equal(null);
    expect(hides.got).to.deep.equal([{ view: 'banner' }]);
    expect(changes.got).to.have.length(1);
    const d = changes.got[0];
    expect(d.first).to.equal(true);
    expect(d.granted).to.deep.equal(['necessary', 'preferences', 'analytics', 'marketing']);
    expect(d.changed).to.deep.equal(['preferences', 'analytics', 'marketing']);
    expect(d.consent).to.deep.equal(m.get());
    expect(Object.isFrozen(d)).to.equal(true);
    expect(m.granted('marketing')).to.equal(true);
  });

  it('rejectAll grants the required categories only', () => {
    m.init();
    m.rejectAll();
    expect(m.get()?.categories).to.deep.equal(['necessary']);
    expect(m.get()?.declined).to.deep.equal(['preferences', 'analytics', 'marketing']);
    expect(m.granted('analytics')).to.equal(false);
  });

  it('set() with an array means exactly these; with a map, changes to the current choice', () => {
    m.init();
    m.set(['analytics', 'marketing']);
    expect(m.get()?.categories).to.deep.equal(['necessary', 'analytics', 'marketing']);
    const change = m.set({ marketing: false, preferences: true });
    expect(m.get()?.categories).to.deep.equal(['necessary', 'preferences', 'analytics']);
    expect(change.changed).to.deep.equal(['preferences', 'marketing']);
    expect(change.first).to.equal(false);
    m.set({ necessary: false });
    expect(m.granted('necessary')).to.equal(true);
  });

  it('whenGranted resolves once the category is granted, at once if it already is', async () => {
    m.init();
    let resolved = false;
    const p = m.whenGranted('analytics').then(() => (resolved = true));
    await Promise.resolve();
    expect(resolved).to.equal(false);
    m.rejectAll();
    await Promise.resolve();
    expect(resolved).to.equal(false);
    m.set({ analytics: true });
    await p;
    expect(resolved).to.equal(true);
    await m.whenGranted('analytics');
  });

  it('whenGranted(category, service) waits for that service, not just its category', async () => {
    m.init({ categories: [{ id: 'necessary', required: true }, { id: 'analytics', services: [{ id: 'matomo' }, { id: 'hotjar' }] }] });
    let hotjar = false;
    const p = m.whenGranted('analytics', 'hotjar').then(() => (hotjar = true));
    m.set(['analytics'], { analytics: ['matomo'] });
    await Promise.resolve();
    expect(hotjar).to.equal(false);
    m.set(['analytics'], { analytics: ['matomo', 'hotjar'] });
    await p;
    expect(hotjar).to.equal(true);
  });

  it('showPreferences / hide switch views and fire show/hide; hide never grants', () => {
    m.init();
    const shows = record<ConsentViewDetail>(m, 'consent-show');
    const hides = record<ConsentViewDetail>(m, 'consent-hide');
    offs.push(shows.off, hides.off);
    m.showPreferences();
    expect(m.view).to.equal('preferences');
    m.hide();
    expect(m.view).to.equal(null);
    expect(shows.got).to.deep.equal([{ view: 'preferences' }]);
    expect(hides.got).to.deep.equal([{ view: 'preferences' }, { view: 'banner' }]);
    expect(m.get()).to.equal(null);
    m.showBanner();
    expect(m.view).to.equal('banner');
  });

  it('the panel opens over the banner; dismissing it leaves the banner', () => {
    m.init();
    m.showPreferences();
    expect(m.view).to.equal('preferences');
    expect(m.banner).to.equal(true);
    m.dismissPreferences();
    expect(m.view).to.equal('banner');
    expect(m.get()).to.equal(null);
  });

  it('reset forgets the consent, clears the optional cookies and shows the banner again', () => {
    const jar = memoryJar();
    m = new ConsentManager(jar);
    m.init({ categories: [{ id: 'necessary', required: true }, { id: 'analytics', cookies: [{ name: '_ga' }] }] });
    m.acceptAll();
    jar.set('_ga', '1', {});
    m.reset();
    expect(jar.names()).to.deep.equal([]);
    expect(m.get()).to.equal(null);
    expect(m.granted('analytics')).to.equal(false);
    expect(m.view).to.equal('banner');
  });

  it('on() returns a working unsubscriber', () => {
    m.init();
    let n = 0;
    const off = m.on('consent-change', () => n++);
    m.acceptAll();
    off();
    m.rejectAll();
    expect(n).to.equal(1);
  });

  it('does not show the banner to a returning visitor, and runs their gated scripts', async () => {
    const jar = memoryJar();
    another(jar).init().set(['analytics']);
    await fixture(html`<div><script type="text/plain" data-category="analytics">window.__log.push('returning')</script></div>`);
    const again = another(jar).init();
    expect(again.view).to.equal(null);
    await Promise.resolve();
    expect(window.__log).to.deep.equal(['returning']);
  });

  it('runs gated scripts when their category is granted, never before', async () => {
    await fixture(html`<div><script type="text/plain" data-category="marketing">window.__log.push('ad')</script></div>`);
    m.init();
    m.set(['analytics']);
    await Promise.resolve();
    expect(window.__log).to.deep.equal([]);
    m.set({ marketing: true });
    await Promise.resolve();
    expect(window.__log).to.deep.equal(['ad']);
  });

  it('a gated script (or template) runs exactly once, however often consent is given, revoked and given again', async () => {
    await fixture(html`<div>
      <script type="text/plain" data-category="analytics" src="/test/fixtures/log-a.js"></script>
      <script type="text/plain" data-category="analytics">window.__log.push('inline')</script>
      <template data-category="analytics"><script>window.__log.push('tpl')</script></template>
    </div>`);
    m.init();
    for (let i = 0; i < 3; i++) {
      m.set(['analytics']);
      m.set([]);
    }
    m.set(['analytics']);
    await waitUntil(() => (window.__log?.length ?? 0) >= 3, '(window.__log?.length ?? 0) >= 3', { timeout: 2000 });
    await new Promise((r) => setTimeout(r, 50));
    expect(window.__log).to.deep.equal(['a', 'inline', 'tpl']);
  });

  it('a late-added template is inserted once its category is granted', async () => {
    m.init();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = '<template data-category="marketing"><p class="late-pixel">pixel</p></template>';
    await Promise.resolve();
    expect(host.querySelector('.late-pixel')).to.equal(null);
    m.set(['marketing']);
    await Promise.resolve();
    expect(host.querySelector('.late-pixel')?.textContent).to.equal('pixel');
  });

  it('page hooks: data-cc="preferences" | "accept-all" | "reject-all"', async () => {
    m.init();
    const el = await fixture<HTMLDivElement>(html`<div>
      <a href="#" data-cc="preferences">Cookie settings</a>
      <button data-cc="accept-all">ok</button>
      <button data-cc="reject-all"><span>no</span></button>
    </div>`);
    el.querySelector<HTMLElement>('[data-cc="preferences"]')!.click();
    expect(m.view).to.equal('preferences');
    expect(location.hash).to.equal('');
    el.querySelector<HTMLElement>('[data-cc="accept-all"]')!.click();
    expect(m.granted('marketing')).to.equal(true);
    el.querySelector<HTMLElement>('[data-cc="reject-all"] span')!.click();
    expect(m.granted('marketing')).to.equal(false);
  });

  it('Accept all leaves GPC "sale/sharing" categories off when the browser sends GPC', () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    try {
      m.init();
      m.acceptAll();
      expect(m.granted('analytics')).to.equal(true);
      expect(m.granted('marketing')).to.equal(false);
      m.set({ marketing: true });
      expect(m.granted('marketing')).to.equal(true);
    } finally {
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    }
  });

  it('recognises crawlers by user agent only', () => {
    expect(isBot('Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)')).to.equal(true);
    expect(isBot('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0 Safari/537.36')).to.equal(false);
    expect(isBot(navigator.userAgent)).to.equal(false);
  });

  it('follows a choice saved in another tab', async () => {
    const jar = memoryJar();
    const tab1 = another(jar).init();
    const tab2 = another(jar).init();
    expect(tab2.view).to.equal('banner');
    tab1.acceptAll();
    // No manual refresh: the BroadcastChannel message alone must bring tab 2 along.
    await waitUntil(() => tab2.view === null, 'tab2.view === null', { timeout: 2000 });
    expect(tab2.view).to.equal(null);
    expect(tab2.granted('analytics')).to.equal(true);
  });

  it('a reset in another tab: this tab asks again, tells nothing is granted and clears the cookies', async () => {
    const jar = memoryJar();
    const config = { categories: [{ id: 'necessary', required: true }, { id: 'analytics', cookies: [{ name: '_ga' }] }] };
    const tab1 = another(jar).init(config);
    const tab2 = another(jar).init(config);
    tab1.acceptAll();
    await waitUntil(() => tab2.view === null, 'tab2.view === null', { timeout: 2000 });
    jar.set('_ga', '1', {});
    tab1.reset();
    jar.set('_ga', 'set again by tab 2', {});
    await waitUntil(() => tab2.view === 'banner', 'tab2.view === "banner"', { timeout: 2000 });
    expect(tab2.view).to.equal('banner');
    expect(tab2.saved).to.equal(0);
    expect(jar.names()).to.deep.equal([]);
  });

  it('a queued script whose consent is withdrawn while an earlier one loads does not run', async () => {
    await fixture(html`<div>
      <script type="text/plain" data-category="analytics" src="/__slow/a.js"></script>
      <script type="text/plain" data-category="analytics">window.__log.push('after')</script>
    </div>`);
    m.init();
    m.set(['analytics']);
    // The slow script is on its way; consent goes before it arrives.
    await new Promise((r) => setTimeout(r, 100));
    m.set([]);
    await new Promise((r) => setTimeout(r, 600));
    expect(window.__log).to.deep.equal(['slow']);
    m.set(['analytics']);
    await new Promise((r) => setTimeout(r, 50));
    expect(window.__log).to.deep.equal(['slow', 'after']);
  });

  it('a first choice made by a map (an embed\'s one-click allow) declines nothing else and keeps the banner', () => {
    m.init();
    m.set({ marketing: true });
    expect(m.get()?.categories).to.deep.equal(['necessary', 'marketing']);
    expect(m.get()?.declined).to.deep.equal([]);
    expect(m.view).to.equal('banner');
    m.rejectAll();
    expect(m.view).to.equal(null);
  });

  it('takes any config without throwing: null, a reactive proxy, callbacks', () => {
    expect(() => m.init(null as never)).to.not.throw();
    const proxied = new Proxy({ policyUrl: '/p', categories: [{ id: 'necessary', required: true }, { id: 'stats', onAccept() {} }] }, {});
    expect(() => m.init(proxied)).to.not.throw();
    expect(m.config.categories.map((c) => c.id)).to.deep.equal(['necessary', 'stats']);
  });

  it('clears a revoked category\'s cookies at once, and again on each page load while it stays denied', () => {
    const config = { categories: [{ id: 'necessary', required: true }, { id: 'analytics', cookies: [{ name: '/^_ga/' }, { name: '_gid' }] }] };
    // Set before any consent (an ungated tag): cleared at start-up.
    const jar = memoryJar({ _ga: '0', other: '4' });
    const tab = another(jar).init(config);
    expect(jar.names()).to.have.members(['other']);
    tab.set(['analytics']);
    // The granted tags set theirs.
    for (const [name, value] of [['_ga', '1'], ['_ga_ABC', '2'], ['_gid', '3']]) jar.set(name, value, {});
    expect(jar.names()).to.have.members(['_ga', '_ga_ABC', '_gid', 'other', 'cookie_consent']);
    const change = tab.set({ analytics: false });
    expect(change.changed).to.deep.equal(['analytics']);
    expect(jar.names()).to.have.members(['other', 'cookie_consent']);
    jar.set('_ga', 'recreated by a tag', {});
    another(jar).init(config);
    expect(jar.names()).to.have.members(['other', 'cookie_consent']);
  });

  it('revoking one service clears its cookies while its category stays granted', () => {
    const jar = memoryJar({ keep: '1' });
    const tab = another(jar).init({
      categories: [
        { id: 'necessary', required: true },
        { id: 'analytics', services: [{ id: 'matomo', cookies: [{ name: '/^_pk_/' }] }, { id: 'hotjar', cookies: [{ name: '/^_hj/' }] }] },
      ],
    });
    tab.set(['analytics']);
    jar.set('_pk_id', '1', {});
    jar.set('_hjSession', '1', {});
    expect(jar.names()).to.have.members(['_pk_id', '_hjSession', 'keep', 'cookie_consent']);
    tab.set(['analytics'], { analytics: ['matomo'] });
    expect(tab.granted('analytics')).to.equal(true);
    expect(jar.names()).to.have.members(['_pk_id', 'keep', 'cookie_consent']);
  });

  it('hands out a frozen resolved config and leaves the caller\'s objects alone', () => {
    const categories = [{ id: 'necessary', required: true }, { id: 'stats' }];
    m.init({ categories });
    expect(Object.isFrozen(m.config)).to.equal(true);
    expect(Object.isFrozen(m.config.categories[1])).to.equal(true);
    expect(m.config.categories[1]?.required).to.equal(false);
    expect(Object.isFrozen(categories[1])).to.equal(false);
  });

  it('shows no banner to a crawler, judged by user agent', () => {
    Object.defineProperty(navigator, 'userAgent', { value: 'Mozilla/5.0 (compatible; Googlebot/2.1)', configurable: true });
    try {
      m.init();
      expect(m.view).to.equal(null);
      another().init({ hideFromBots: false });
      expect(extra[0]?.view).to.equal('banner');
    } finally {
      delete (navigator as { userAgent?: string }).userAgent;
    }
  });

  it('runs nothing gated for a crawler, even in opt-out mode', async () => {
    await fixture(html`<div><script type="text/plain" data-category="analytics">window.__log.push('bot ran')</script></div>`);
    Object.defineProperty(navigator, 'userAgent', { value: 'Mozilla/5.0 (compatible; bingbot/2.0)', configurable: true });
    try {
      m.init({ mode: 'opt-out' });
      await new Promise((r) => setTimeout(r, 20));
      expect(window.__log).to.deep.equal([]);
      expect(m.view).to.equal(null);
    } finally {
      delete (navigator as { userAgent?: string }).userAgent;
    }
  });
});
