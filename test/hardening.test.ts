import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { manager } from '../src/api.js';
import { isBot } from '../src/core/agents.js';
import { ConsentManager } from '../src/core/manager.js';
import { ConsentStore } from '../src/core/store.js';
import { resolveConfig } from '../src/core/config.js';
import { validate, validateRendered } from '../src/core/validate.js';
import { CookieConsent } from '../src/index.js';
import { clearDocumentCookies, memoryJar, nextFrame } from './helpers.js';

/** The on-demand modules, from the sources (the package loads them from dist/). */
const SOURCES: Record<string, string> = { validate: 'core/validate', placeholder: 'core/placeholder', log: 'core/integrations/log-send' };
const fromSource = (name: string) => import(`/src/${SOURCES[name] ?? name}.ts`);

/** Collects console.error / console.warn output while `fn` runs (and a little after). */
async function console_(fn: () => unknown, wait = 100): Promise<string[]> {
  const lines: string[] = [];
  const { error, warn } = console;
  console.error = (...a: unknown[]) => void lines.push(a.map(String).join(' '));
  console.warn = console.error;
  try {
    await fn();
    await new Promise((r) => setTimeout(r, wait));
  } finally {
    Object.assign(console, { error, warn });
  }
  return lines;
}

/** Managers on an in-memory jar with the on-demand modules from the sources, destroyed after each test. */
function managersForThisBlock(): () => ConsentManager {
  const managers: ConsentManager[] = [];
  afterEach(() => managers.splice(0).forEach((m) => m.destroy()));
  return () => {
    const m = new ConsentManager(memoryJar());
    m.loadModule = fromSource;
    managers.push(m);
    return m;
  };
}

describe('validate(): config errors and the dark-pattern lint', () => {
  it('names each bad field with what it expects, and uses the default', () => {
    const findings = validate({ layout: 'popup', expiresDays: 'forever', cookie: { sameSite: 'None' }, categories: [{ id: 'a b' }] });
    const errors = findings.filter((f) => f.level === 'error');
    expect(errors.map((f) => f.field)).to.have.members(['layout', 'expiresDays', 'cookie.sameSite', 'categories[0].id']);
    expect(errors.find((f) => f.field === 'layout')?.message).to.equal('expected \'bar\', \'box\' or \'modal\', got "popup"; the default is used');
    expect(errors.find((f) => f.field === 'categories[0].id')?.message).to.contain('letters, digits');
  });

  it('warns about what regulators call non-compliant', () => {
    const warnings = validate({
      mode: 'opt-out',
      expiresDays: 500,
      translations: { en: { rejectAll: ' ' } },
      categories: [
        { id: 'necessary', required: true, cookies: [{ name: 'session' }, { name: '_ga' }, { name: '/^_gcl_/' }], services: [{ id: 'px', cookies: [{ name: '_fbp' }] }] },
        { id: 'analytics', enabled: true },
      ],
    })
      .filter((f) => f.level === 'warning')
      .map((f) => f.field);
    expect(warnings).to.have.members([
      'policyUrl',
      'mode',
      'expiresDays',
      'translations.en.rejectAll',
      'categories[1].enabled',
      'categories[0].cookies[1].name',
      'categories[0].cookies[2].name',
      'categories[0].cookies[3].name',
    ]);
  });

  it('checks the position against the layout, and says a too-long lifetime is capped', () => {
    const findings = validate({ policyUrl: '/p', layout: 'bar', position: 'top-left', expiresDays: 500 });
    expect(findings.find((f) => f.field === 'position')?.message).to.contain("'bottom', 'top'".replace(/'/g, '').split(', ')[0]);
    expect(findings.find((f) => f.field === 'expiresDays' && f.level === 'error')?.message).to.contain('capped at 395');
    expect(validate({ policyUrl: '/p', layout: 'box', position: 'top-left' })).to.deep.equal([]);
  });

  it('flags translation keys that are not lower case (they would never match)', () => {
    expect(validate({ policyUrl: '/p', translations: { 'pt-BR': { acceptAll: 'Aceitar' } } }).map((f) => f.field)).to.deep.equal(['translations.pt-BR']);
  });

  it('a compliant config has no findings', () => {
    expect(validate({ policyUrl: '/privacy', categories: [{ id: 'necessary', required: true, cookies: [{ name: 'session' }] }, { id: 'analytics', cookies: [{ name: '_ga' }] }] })).to.deep.equal([]);
  });

  it('is CookieConsent.validate(), loading the module on demand', async () => {
    manager.loadModule = fromSource;
    const findings = await CookieConsent.validate({ policyUrl: '/p', layout: 'nope' as 'bar' });
    expect(findings.map((f) => f.field)).to.deep.equal(['layout']);
  });
});

describe('runtime checks on a development host (localhost here)', () => {
  const make = managersForThisBlock();

  it('prints each compliance warning once, with a link to the README', async () => {
    const lines = await console_(() => {
      make().init({ categories: [{ id: 'necessary', required: true, cookies: [{ name: '_gid' }] }] });
      make().init({ categories: [{ id: 'necessary', required: true, cookies: [{ name: '_gid' }] }] });
    });
    const gid = lines.filter((l) => l.includes('_gid'));
    expect(gid).to.have.length(1);
    expect(gid[0]).to.contain('#compliance-warnings');
    expect(lines.filter((l) => l.includes('config.policyUrl'))).to.have.length(1);
  });

  it('a bad field: a console error naming it and what it expects; briefly if the explainer cannot load', async () => {
    let lines = await console_(() => make().init({ policyUrl: '/p', theme: 'neon' as 'dark' }));
    expect(lines.find((l) => l.includes('config.theme'))).to.contain("expected 'light', 'dark' or 'auto'");
    const offline = make();
    offline.loadModule = () => Promise.reject(new Error('offline'));
    lines = await console_(() => offline.init({ policyUrl: '/p', layout: 'nope' as 'bar' }));
    expect(lines).to.deep.equal(['[cookie-consent] config.layout: "nope" is not valid; default used']);
  });

  it('flags a Reject all hidden or shrunk by the site\'s CSS', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<button part="accept-all" style="width:120px;height:44px">A</button><button part="reject-all" style="width:120px;height:44px">R</button>';
    expect(validateRendered(root)).to.deep.equal([]);
    root.querySelector<HTMLElement>('[part="reject-all"]')!.style.visibility = 'hidden';
    expect(validateRendered(root).map((f) => f.field)).to.deep.equal(['::part(reject-all)']);
  });
});

describe('fail safe', () => {
  beforeEach(() => clearDocumentCookies());
  afterEach(() => {
    CookieConsent.hide();
    clearDocumentCookies();
  });
  const banners = () => [...document.querySelectorAll('cookie-consent')].filter((el) => el.shadowRoot?.querySelector('[part~="banner"]'));
  const settle = async () => {
    for (const el of document.querySelectorAll('cookie-consent')) await el.updateComplete;
    await nextFrame();
  };

  it('two <cookie-consent> elements: one banner; the second takes over when the first goes', async () => {
    CookieConsent.init({ policyUrl: '/p' });
    const second = document.createElement('cookie-consent');
    document.body.append(second);
    await settle();
    expect(banners()).to.have.length(1);
    const first = banners()[0];
    expect(first).to.not.equal(second);
    first.remove();
    await settle();
    expect(banners()).to.deep.equal([second]);
    // Re-added: it renders again (the views stay with whoever holds them now).
    document.body.append(first);
    await settle();
    expect(banners()).to.have.length(1);
    second.remove();
    await settle();
    expect(banners()).to.deep.equal([first]);
  });

  it('an element given its config before it is in the page: no second element, its attributes win', async () => {
    document.querySelectorAll('cookie-consent').forEach((e) => e.remove());
    const own = document.createElement('cookie-consent');
    own.setAttribute('policy-url', '/from-attribute');
    own.config = { policyUrl: '/from-config' };
    expect(document.querySelectorAll('cookie-consent')).to.have.length(0);
    document.body.append(own);
    await settle();
    expect(document.querySelectorAll('cookie-consent')).to.have.length(1);
    expect(CookieConsent.config.policyUrl).to.equal('/from-attribute');
    expect(banners()).to.deep.equal([own]);
  });

  it('init called twice keeps one banner and one set of page listeners', async () => {
    let clicks = 0;
    const off = CookieConsent.on('consent-change', () => clicks++);
    CookieConsent.init({ policyUrl: '/p' });
    CookieConsent.init({ policyUrl: '/p' });
    await settle();
    expect(banners()).to.have.length(1);
    const link = await fixture<HTMLAnchorElement>(html`<a href="#" data-cc="accept-all">accept</a>`);
    link.click();
    off();
    expect(clicks).to.equal(1);
  });

  it('a cookie over 4 KB is never written: complete service lists are left out first, then it stays page-only', () => {
    const many = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}-${'x'.repeat(40)}` }));
    const config = resolveConfig({ categories: [{ id: 'necessary', required: true }, { id: 'a', services: many(60, 'a') }, { id: 'b', services: many(60, 'b') }] }, () => undefined);
    const jar = memoryJar();
    const store = new ConsentStore(config, jar);
    let lines: string[] = [];
    const { warn } = console;
    console.warn = (m: string) => void lines.push(m);
    // Every service of "a" and "b": the full lists are implied, so the cookie fits.
    store.save(['a', 'b']);
    const written = jar.get('cookie_consent')!;
    expect(encodeURIComponent(written).length).to.be.below(4096);
    expect((JSON.parse(written) as { services: object }).services).to.deep.equal({});
    expect(store.granted('b', 'b59-' + 'x'.repeat(40))).to.equal(true);
    expect(lines.join()).to.contain('4 KB');
    // A real partial choice that cannot fit: not written, kept for the page.
    lines = [];
    const partial = Object.fromEntries(['a', 'b'].map((c) => [c, many(59, c).map((s) => s.id)]));
    store.save(['a', 'b'], partial);
    console.warn = warn;
    expect(jar.get('cookie_consent')).to.equal(written);
    expect(store.granted('a', 'a59-' + 'x'.repeat(40))).to.equal(false);
    expect(store.granted('a', 'a1-' + 'x'.repeat(40))).to.equal(true);
  });
});

describe('no HTML from config or translations', () => {
  const attack = '<img src=x onerror="window.__pwned=1">';
  afterEach(() => {
    CookieConsent.hide();
    clearDocumentCookies();
  });

  it('every string renders as text: messages, categories, services, cookie tables, placeholders', async () => {
    const strings = Object.fromEntries(
      ['bannerTitle', 'bannerText', 'acceptAll', 'rejectAll', 'customize', 'policyLink', 'preferencesTitle', 'preferencesText', 'save', 'close', 'alwaysOn', 'reopen', 'cookieName', 'cookieProvider', 'cookiePurpose', 'cookieDuration', 'cookieTable', 'embedText', 'embedButton'].map((k) => [k, `${k} ${attack}`]),
    );
    const cookie = { name: attack, provider: attack, purpose: attack, duration: attack };
    CookieConsent.init({
      policyUrl: '/privacy',
      translations: { en: strings },
      categories: [
        { id: 'necessary', required: true, label: attack, description: attack, cookies: [cookie] },
        { id: 'marketing', label: attack, description: attack, services: [{ id: 'v', label: attack, description: attack, cookies: [cookie] }] },
      ],
    });
    manager.loadModule = fromSource;
    await fixture(html`<div><iframe data-category="marketing" data-provider=${attack} data-src="/__probe/x" title="x"></iframe></div>`);
    CookieConsent.showPreferences();
    const el = document.querySelector('cookie-consent')!;
    await el.updateComplete;
    await waitUntil(() => document.querySelector('[data-cc-placeholder]'), 'document.querySelector("[data-cc-placeholder]")', { timeout: 2000 });
    const roots = [el.shadowRoot!, document.querySelector('[data-cc-placeholder]')!.shadowRoot!];
    for (const root of roots) {
      expect(root.querySelector('img'), 'no <img> element').to.equal(null);
      expect(root.textContent).to.contain('<img src=x');
    }
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('URLs: javascript: and other schemes are refused in policyUrl and the log endpoint', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x']) {
      const c = resolveConfig({ policyUrl: url, log: { endpoint: url } }, () => undefined);
      expect([c.policyUrl, c.log]).to.deep.equal(['', null]);
    }
    const ok = resolveConfig({ policyUrl: '/privacy', log: { endpoint: 'https://example.com/consent' } }, () => undefined);
    expect([ok.policyUrl, ok.log?.endpoint]).to.deep.equal(['/privacy', 'https://example.com/consent']);
  });

  // What the URL parser strips: tabs and newlines anywhere, C0 controls and spaces in front.
  const DISGUISED = ['java\tscript:top.__pwned=1', 'java\nscript:top.__pwned=1', 'java\rscript:top.__pwned=1', '\u0001javascript:top.__pwned=1', '\u0000javascript:top.__pwned=1', '\u001fjavascript:top.__pwned=1', 'jav\tas\ncript:top.__pwned=1'];

  it('URLs are judged by the URL parser: a tab, newline or control character does not get a javascript: URL past', () => {
    for (const url of DISGUISED) {
      const reported: string[] = [];
      const c = resolveConfig({ policyUrl: url, log: { endpoint: url } }, (field) => reported.push(field));
      expect([c.policyUrl, c.log], JSON.stringify(url)).to.deep.equal(['', null]);
      expect(reported, 'each field named').to.deep.equal(['policyUrl', 'log']);
    }
    const fine = ['/privacy', 'privacy.html', '//cdn.example/p', 'https://example.com/p?q=1#x', 'HTTP://EXAMPLE.COM/'];
    for (const url of fine) expect(resolveConfig({ policyUrl: url }, () => undefined).policyUrl, url).to.equal(url);
  });

  it('the policy-url attribute with an entity-encoded tab renders no javascript: link', async () => {
    document.querySelectorAll('cookie-consent').forEach((e) => e.remove());
    const el = await fixture<HTMLElement>(html`<div></div>`);
    el.innerHTML = '<cookie-consent policy-url="java&#9;script:window.__pwned=1"></cookie-consent>';
    const errors = await console_(async () => {
      CookieConsent.init({});
      await document.querySelector('cookie-consent')!.updateComplete;
    });
    const links = [...document.querySelector('cookie-consent')!.shadowRoot!.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([]);
    expect(errors.some((e) => e.includes('config.policyUrl'))).to.equal(true);
  });

  it('an embed whose data-src is a disguised javascript: URL is not loaded when granted, with a console error', async () => {
    manager.loadModule = fromSource;
    await fixture(html`<div>${DISGUISED.map((src) => html`<iframe data-category="marketing" data-src=${src} title="x"></iframe>`)}</div>`);
    const errors = await console_(async () => {
      CookieConsent.init({});
      CookieConsent.acceptAll();
      await new Promise((r) => setTimeout(r, 50));
    });
    const frames = [...document.querySelectorAll('iframe[title="x"]')];
    expect(frames).to.have.length(DISGUISED.length);
    for (const f of frames) expect(f.hasAttribute('src'), f.getAttribute('data-src')!).to.equal(false);
    expect(errors.filter((e) => e.includes('data-src')).length).to.equal(DISGUISED.length);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

describe('memory and listeners', () => {
  it('200 panel openings and 200 consent changes leave no growing listener count and bounded heap', async () => {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- restored in `finally`, called with `apply`
    const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;
    // Listeners on what lives as long as the page; those on re-rendered nodes go with the nodes.
    const lasting = (t: EventTarget) => t === window || t === document || t === document.body || t instanceof HTMLElement && t.localName === 'cookie-consent';
    let live = 0;
    EventTarget.prototype.addEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['addEventListener']>) {
      if (lasting(this)) live++;
      return add.apply(this, args);
    };
    EventTarget.prototype.removeEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['removeEventListener']>) {
      if (lasting(this)) live--;
      return remove.apply(this, args);
    };
    const gc = (window as { gc?: () => void }).gc;
    const heap = () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
    const el = () => document.querySelector('cookie-consent')!;
    try {
      CookieConsent.init({ policyUrl: '/p', categories: [{ id: 'necessary', required: true }, { id: 'analytics', services: [{ id: 'a' }, { id: 'b' }] }] });
      const cycle = async (i: number) => {
        CookieConsent.showPreferences();
        await el().updateComplete;
        el().shadowRoot!.querySelector('dialog')!.close();
        await el().updateComplete;
        CookieConsent.set(i % 2 ? ['analytics'] : []);
        await el().updateComplete;
      };
      for (let i = 0; i < 20; i++) await cycle(i);
      gc?.();
      const [listeners, before] = [live, heap()];
      for (let i = 0; i < 200; i++) await cycle(i);
      gc?.();
      expect(live - listeners, 'listeners added and not removed').to.be.at.most(0);
      expect(heap() - before, 'heap growth in bytes').to.be.below(1_000_000);
    } finally {
      EventTarget.prototype.addEventListener = add;
      EventTarget.prototype.removeEventListener = remove;
      CookieConsent.reset();
      CookieConsent.hide();
      clearDocumentCookies();
    }
  });
});

describe('round 2: ids, event details, crawlers and small ones', () => {
  const make = managersForThisBlock();
  const HOSTILE = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

  it('ids that are Object method names are ids like any other: saved, granted, with services', () => {
    const m = make().init({
      categories: [{ id: 'necessary', required: true }, ...HOSTILE.map((id) => ({ id, services: [{ id: 'svc' }, { id: 'constructor' }] }))],
    });
    expect(() => m.acceptAll()).to.not.throw();
    expect(m.get()?.categories).to.deep.equal(['necessary', ...HOSTILE]);
    for (const id of HOSTILE) {
      expect(m.granted(id), id).to.equal(true);
      expect(m.granted(id, 'constructor'), `${id}:constructor`).to.equal(true);
      expect(Object.hasOwn(m.get()!.services, id), `services.${id} is an own key`).to.equal(true);
    }
    m.set(JSON.parse('{"constructor":false,"__proto__":false}') as Record<string, boolean>, { toString: ['svc'] });
    expect(m.granted('constructor')).to.equal(false);
    expect(m.granted('toString', 'svc')).to.equal(true);
    expect(m.granted('toString', 'constructor')).to.equal(false);
    expect(Object.getPrototypeOf(m.get()!.services)).to.not.equal(null, 'a plain object to listeners');
  });

  it('event details are deeply frozen: a listener cannot change what the next one, the API or the cookie sees', () => {
    const m = make().init({ categories: [{ id: 'necessary', required: true }, { id: 'analytics' }, { id: 'marketing' }] });
    const seen: string[][] = [];
    const meddle = (e: Event) => {
      const { detail } = e as CustomEvent<{ granted: string[]; changed: string[]; consent: { categories: string[] } }>;
      for (const list of [detail.granted, detail.changed, detail.consent.categories]) {
        try {
          list.push('marketing');
        } catch {
          /* frozen, as it should be */
        }
      }
    };
    const look = (e: Event) => seen.push([...(e as CustomEvent<{ granted: string[] }>).detail.granted]);
    window.addEventListener('consent-change', meddle);
    window.addEventListener('consent-change', look);
    try {
      m.set(['analytics']);
    } finally {
      window.removeEventListener('consent-change', meddle);
      window.removeEventListener('consent-change', look);
    }
    expect(seen).to.deep.equal([['necessary', 'analytics']]);
    expect(m.granted('marketing')).to.equal(false);
    expect(m.get()?.categories).to.deep.equal(['necessary', 'analytics']);
  });

  it('without crypto.getRandomValues, Accept all still saves (the id falls back to Math.random)', () => {
    const original = Object.getOwnPropertyDescriptor(Crypto.prototype, 'getRandomValues')!;
    Object.defineProperty(Crypto.prototype, 'getRandomValues', { value: undefined, configurable: true });
    try {
      const m = make().init({});
      expect(() => m.acceptAll()).to.not.throw();
      expect(m.get()?.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(Crypto.prototype, 'getRandomValues', original);
    }
  });

  it('an out-of-range number is reported as what it is, not as null', () => {
    const lines: string[] = [];
    resolveConfig({ revision: Infinity, expiresDays: -Infinity }, (field, got) => lines.push(`${field} ${String(got)}`));
    expect(lines).to.deep.equal(['revision Infinity', 'expiresDays -Infinity']);
    const shown = validate({ revision: Infinity }).find((f) => f.field === 'revision');
    expect(shown?.message).to.contain('Infinity').and.not.contain('null').and.not.contain('395');
  });

  it('crawlers by user agent: zero of 10,000 real browser user agents, real phones named *BOT included, and every listed crawler', async () => {
    const corpus = (await (await fetch('/node_modules/user-agents/dist/user-agents.json')).json()) as Array<{ userAgent: string }>;
    const phones = [
      'Mozilla/5.0 (Linux; Android 10; CUBOT X30) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
      'Mozilla/5.0 (Linux; Android 11; CUBOT_NOTE_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Mobile Safari/537.36',
      'Mozilla/5.0 (Linux; Android 13; KingKong 9 Build/TP1A.220624.014; CUBOT) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0 Mobile Safari/537.36',
      'Mozilla/5.0 (Linux; Android 12; ROBOT X1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0 Mobile Safari/537.36',
    ];
    const browsers = [...corpus.map((u) => u.userAgent), ...phones];
    expect(browsers.length).to.be.greaterThan(10_000);
    expect(browsers.filter(isBot)).to.deep.equal([]);
    const crawlers = [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; Googlebot/2.1; +http://www.google.com/bot.html) Chrome/120.0 Safari/537.36',
      'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
      'DuckDuckBot/1.1; (+http://duckduckgo.com/duckduckbot.html)',
      'Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)',
      'Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)',
      'Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)',
      'Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)',
      'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
      'Twitterbot/1.0',
      'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)',
      'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
      'AdsBot-Google (+http://www.google.com/adsbot.html)',
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15 (Applebot/0.1; +http://www.apple.com/go/applebot)',
      'Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)',
      'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36 Chrome-Lighthouse',
      'Mozilla/5.0 (compatible; GPTBot/1.2; +https://openai.com/gptbot)',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Prerender (+https://github.com/prerender/prerender)',
    ];
    expect(crawlers.filter((ua) => !isBot(ua))).to.deep.equal([]);
  });
});
