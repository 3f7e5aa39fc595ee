import { expect, waitUntil } from '@open-wc/testing';
import { clearDocumentCookies, documentCookie } from './helpers.js';

interface Frame {
  win: Window & { CookieConsent?: { get(): unknown; granted(c: string): boolean; acceptAll(): void }; __log?: string[] };
  doc: Document;
}

/** Loads the built script-tag bundle in a same-origin iframe, as a site owner would (or a page by URL). */
async function page(body: string, head = '', src?: string): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width:1024px;height:700px';
  if (src) iframe.src = src;
  else iframe.srcdoc = `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
  const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as Frame['win'];
  for (let i = 0; i < 100 && !win.document.querySelector('cookie-consent')?.shadowRoot?.querySelector('section, [part~="reopen"]'); i++) {
    await new Promise((r) => setTimeout(r, 20));
  }
  return { win, doc: win.document };
}

const SCRIPT = '<script src="/dist/cookie-consent.min.js" defer></script>';
const part = (f: Frame, name: string) =>
  f.doc.querySelector('cookie-consent')?.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;

describe('dist/cookie-consent.min.js (script tag)', () => {
  before(() => clearDocumentCookies());
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((f) => f.remove());
    clearDocumentCookies();
  });

  it('with no config shows a working English banner with the four default categories', async () => {
    const listen = `<script>window.__log = []; document.addEventListener('consent-show', (e) => window.__log.push(e.detail.view));</script>`;
    const f = await page('<main><p>Article</p></main>', listen + SCRIPT);
    // The first consent-show already reaches a listener on the document, exactly once.
    expect(f.win.__log).to.deep.equal(['banner']);
    expect(f.win.CookieConsent).to.exist;
    expect(f.doc.querySelectorAll('cookie-consent')).to.have.length(1);
    expect(part(f, 'banner')?.textContent).to.match(/cookies/i);
    expect(part(f, 'accept-all')?.textContent?.trim()).to.equal('Accept all');
    expect(part(f, 'reject-all')?.textContent?.trim()).to.equal('Reject all');
    part(f, 'open-preferences')!.click();
    await new Promise((r) => setTimeout(r, 50));
    const names = [...f.doc.querySelector('cookie-consent')!.shadowRoot!.querySelectorAll<HTMLInputElement>('input[role="switch"]')].map((i) => i.name);
    expect(names).to.deep.equal(['necessary', 'preferences', 'analytics', 'marketing']);
  });

  it('gates scripts until consent, then runs them; returning visits run them without a banner', async () => {
    const gated = `<script type="text/plain" data-category="analytics">(window.__log = window.__log || []).push('analytics')</script>`;
    const f = await page(gated, SCRIPT);
    expect(f.win.__log).to.equal(undefined);
    part(f, 'accept-all')!.click();
    await new Promise((r) => setTimeout(r, 20));
    expect(f.win.__log).to.deep.equal(['analytics']);
    expect(documentCookie('cookie_consent')).to.be.a('string');
    document.querySelector('iframe')!.remove();
    const again = await page(gated, SCRIPT);
    expect(part(again, 'banner')).to.equal(null);
    expect(again.win.__log).to.deep.equal(['analytics']);
  });

  it('the start-up file alone serves a returning visit: no views, no Lit; the reopen button loads them and opens the panel', async () => {
    const loaded = (f: Frame) => f.win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    // A first visit fetches the views (no consent cookie yet).
    const first = await page('<p>x</p>', SCRIPT);
    expect(loaded(first)).to.include('/dist/ui.js');
    part(first, 'accept-all')!.click();
    document.querySelector('iframe')!.remove();
    const back = await page('<p>x</p>', SCRIPT);
    const reopen = part(back, 'reopen')!;
    expect(reopen.getAttribute('aria-label')).to.equal('Cookie settings');
    expect(loaded(back).filter((p) => p.startsWith('/dist/'))).to.deep.equal(['/dist/cookie-consent.min.js']);
    expect(back.doc.querySelector('cookie-consent')!.shadowRoot!.querySelector('section, dialog')).to.equal(null);
    reopen.click();
    const root = back.doc.querySelector('cookie-consent')!.shadowRoot!;
    await waitUntil(() => root.querySelector('dialog')?.open, 'the panel opens', { timeout: 3000 });
    expect(loaded(back)).to.include('/dist/ui.js');
    // The panel shows the choice in force, and Escape gives focus back to the reopen button.
    expect([...root.querySelectorAll<HTMLInputElement>('input[role="switch"]')].every((i) => i.checked)).to.equal(true);
    part(back, 'close')!.click();
    await waitUntil(() => !root.querySelector('dialog')?.open && root.activeElement === part(back, 'reopen'), 'focus back on the reopen button', { timeout: 3000 });
  });

  it('reads an inline JSON config and attributes on an existing element', async () => {
    const config = `<script type="application/json" id="cookie-consent-config">{"categories":[{"id":"necessary","required":true},{"id":"stats","label":"Statistics"}],"policyUrl":"/json-policy"}</script>`;
    const f = await page(`<cookie-consent cookie-name="site_consent"></cookie-consent>${config}`, SCRIPT);
    expect(f.doc.querySelectorAll('cookie-consent')).to.have.length(1);
    expect(part(f, 'banner')?.querySelector('a')?.getAttribute('href')).to.equal('/json-policy');
    part(f, 'accept-all')!.click();
    expect(JSON.parse(decodeURIComponent(documentCookie('site_consent')!))).to.include.keys('categories');
    expect(documentCookie('cookie_consent')).to.equal(undefined);
  });

  /** Loads a bundle from `/__alone/`, where nothing else of dist/ is, on a German page with an embed; collects console errors. */
  async function alone(file: string): Promise<Frame & { errors: () => string[] }> {
    const iframe = document.createElement('iframe');
    iframe.srcdoc = `<!doctype html><html lang="de"><head>
      <script>window.__errors = []; const error = console.error; console.error = (...a) => { window.__errors.push(String(a[0])); error(...a); };</script>
      <script src="/__alone/${file}" defer></script></head>
      <body><iframe data-category="marketing" data-src="/__probe/alone" width="300" height="150"></iframe></body></html>`;
    const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
    document.body.append(iframe);
    await loaded;
    const win = iframe.contentWindow as Frame['win'];
    return { win, doc: iframe.contentDocument!, errors: () => (win as unknown as { __errors: string[] }).__errors };
  }

  it('copied without the rest of dist/: one console error per missing file, naming it and what to do; nothing optional runs', async () => {
    const f = await alone('cookie-consent.min.js');
    await waitUntil(() => f.errors().length >= 3, 'three files named', { timeout: 3000 });
    const origin = location.origin;
    expect([...f.errors()].sort()).to.deep.equal([
      `[cookie-consent] ${origin}/__alone/locales/de.js failed: copy all of dist/`,
      `[cookie-consent] ${origin}/__alone/placeholder.js failed: copy all of dist/`,
      `[cookie-consent] ${origin}/__alone/ui.js failed: copy all of dist/`,
    ]);
    // No views, so no banner; the consent logic stands, and nothing optional is granted.
    expect(part(f, 'banner')).to.equal(null);
    expect(f.win.CookieConsent?.granted('marketing')).to.equal(false);
    f.win.CookieConsent.acceptAll();
    expect(f.win.CookieConsent?.granted('marketing')).to.equal(true);
  });

  it('dist/cookie-consent.all.min.js alone: the English banner and panel from one file; only the page\'s locale is missing, and said so', async () => {
    const f = await alone('cookie-consent.all.min.js');
    await waitUntil(() => part(f, 'accept-all') && f.errors().length >= 1, 'banner and one error', { timeout: 3000 });
    expect(part(f, 'accept-all')?.textContent?.trim()).to.equal('Accept all');
    expect(f.errors()).to.deep.equal([`[cookie-consent] ${location.origin}/__alone/locales/de.js failed: copy all of dist/`]);
    // The embed's placeholder is inside the file too.
    await waitUntil(() => f.doc.querySelector('[data-cc-placeholder]'), 'placeholder', { timeout: 3000 });
    part(f, 'open-preferences')!.click();
    await waitUntil(() => f.doc.querySelector('cookie-consent')!.shadowRoot!.querySelector('dialog')?.open, 'panel', { timeout: 3000 });
    part(f, 'accept-all')!.click();
    expect(f.win.CookieConsent?.granted('marketing')).to.equal(true);
  });

  it('only a <script type="application/json"> is the inline config: a clobbering element with the id is ignored', async () => {
    const clobber = `<div id="cookie-consent-config">{"mode":"opt-out","log":{"endpoint":"https://elsewhere.example/log"}}</div>`;
    const gated = `<script type="text/plain" data-category="marketing">(window.__log = window.__log || []).push('marketing')</script>`;
    const f = await page(clobber + gated, '<script src="/dist/cookie-consent.min.js" data-config="/test/fixtures/consent.json" defer></script>');
    // The site's data-config file is the config: its policy link, opt-in, nothing optional before a choice.
    expect(part(f, 'banner')?.querySelector('a')?.getAttribute('href')).to.equal('/remote-policy');
    expect((f.win as unknown as { CookieConsent: { config: { mode: string; log: unknown } } }).CookieConsent.config).to.include({ mode: 'opt-in', log: null });
    expect(f.win.__log).to.equal(undefined);
    expect(f.win.CookieConsent?.granted('marketing')).to.equal(false);
  });

  it('the banner stacks at the documented z-index default, 2147483000, as minified', async () => {
    const f = await page('<p>x</p>', SCRIPT);
    expect(getComputedStyle(part(f, 'banner')!).zIndex).to.equal('2147483000');
  });

  it('with a nonce on its script tag, only gated markup that carries the nonce runs; injected markup stays inert with a warning', async () => {
    const iframe = document.createElement('iframe');
    iframe.srcdoc = `<!doctype html><html lang="en"><head>
      <script>window.__log = []; window.__warned = []; const warn = console.warn; console.warn = (...a) => { window.__warned.push(String(a[0])); warn(...a); };</script>
      <script src="/dist/cookie-consent.min.js" nonce="n0nce" defer></script></head><body>
      <script type="text/plain" data-category="necessary" nonce="n0nce">window.__log.push('nonced')</script>
      <template data-category="necessary" nonce="n0nce"><script>window.__log.push('template')</script></template>
      <script type="text/plain" data-category="analytics" nonce="n0nce">window.__log.push('analytics')</script>
      <div id="ugc"></div></body></html>`;
    const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
    document.body.append(iframe);
    await loaded;
    const win = iframe.contentWindow as Frame['win'] & { __warned: string[] };
    const f: Frame = { win, doc: iframe.contentDocument! };
    await waitUntil(() => part(f, 'accept-all'), 'part(f, "accept-all")', { timeout: 2000 });
    // User content that reached the page through innerHTML, borrowing a granted category.
    f.doc.getElementById('ugc')!.innerHTML = '<script type="text/plain" data-category="necessary">window.__log.push("injected")</script><template data-category="necessary"><script>window.__log.push("injected template")</script></template>';
    await new Promise((r) => setTimeout(r, 50));
    part(f, 'accept-all')!.click();
    await new Promise((r) => setTimeout(r, 50));
    expect(win.__log).to.deep.equal(['nonced', 'template', 'analytics']);
    expect(win.__warned.filter((w) => w.includes("without the page's nonce"))).to.have.length(2);
  });

  it('loads a config from data-config', async () => {
    const f = await page('', '<script src="/dist/cookie-consent.min.js" data-config="/test/fixtures/consent.json" defer></script>');
    expect(part(f, 'banner')?.querySelector('a')?.getAttribute('href')).to.equal('/remote-policy');
    part(f, 'accept-all')!.click();
    expect(JSON.parse(decodeURIComponent(documentCookie('cookie_consent')!))).to.include({ revision: 7 });
  });

  it('the demo previews short and zoomed screens: "Preview on" opens the page in a frame of that size and zoom', async () => {
    const iframe = document.createElement('iframe');
    iframe.style.cssText = 'width:1400px;height:1200px';
    iframe.src = '/demo/index.html?layout=box&show=1&screen=320x256x4';
    document.body.append(iframe);
    let inner: HTMLIFrameElement | null = null;
    for (let i = 0; i < 100 && !inner?.contentDocument?.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="banner"]'); i++) {
      await new Promise((r) => setTimeout(r, 30));
      inner = iframe.contentDocument?.querySelector('iframe') ?? null;
    }
    expect(iframe.contentWindow!.location.pathname).to.equal('/demo/preview.html');
    expect([inner!.width, inner!.height, inner!.style.transform]).to.deep.equal(['320', '256', 'scale(4)']);
    const section = inner!.contentDocument!.querySelector('cookie-consent')!.shadowRoot!.querySelector<HTMLElement>('[part~="banner"]')!;
    expect(section.scrollWidth).to.be.at.most(section.clientWidth + 1);
  });

  it('the demo: analytics only after consent, and the choice holds on the site\'s other page', async () => {
    const demo = await page('', '', '/demo/index.html');
    expect(part(demo, 'banner')).to.exist;
    expect(demo.doc.getElementById('analytics-status')?.textContent).to.match(/off/i);
    // The video waits behind a placeholder (loaded on demand), the newsletter pixel in its template.
    await waitUntil(() => demo.doc.querySelector('[data-cc-placeholder]'), 'demo.doc.querySelector("[data-cc-placeholder]")', { timeout: 2000 });
    expect(demo.doc.querySelector('[data-cc-placeholder]')?.shadowRoot?.textContent).to.contain('VideoTube');
    expect(demo.doc.querySelector('iframe.video')).to.equal(null);
    expect(demo.doc.getElementById('newsletter')).to.equal(null);
    expect(demo.doc.getElementById('gtag-log')?.textContent).to.match(/^consent default \{"ad_storage":"denied"/);
    part(demo, 'accept-all')!.click();
    for (let i = 0; i < 50 && !/running/i.test(demo.doc.getElementById('analytics-status')?.textContent ?? ''); i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(demo.doc.getElementById('analytics-status')?.textContent).to.match(/running/i);
    expect(demo.doc.getElementById('consent-record')?.textContent).to.contain('"analytics"');
    expect(demo.doc.querySelector('iframe.video')?.getAttribute('src')).to.equal('embed-video.html');
    expect(demo.doc.getElementById('newsletter')).to.exist;
    expect(demo.doc.getElementById('gtag-log')?.textContent).to.contain('event cookie_consent_update');
    const privacy = await page('', '', '/demo/privacy.html');
    expect(privacy.win.CookieConsent.granted('analytics')).to.equal(true);
    expect(part(privacy, 'banner')).to.equal(null);
    privacy.doc.cookie = '_demo_an=; Max-Age=0; Path=/';
  });

  it('a German page gets German buttons from dist/locales/de.js, loaded beside the bundle', async () => {
    const iframe = document.createElement('iframe');
    iframe.srcdoc = `<!doctype html><html lang="de-AT"><body>${SCRIPT}</body></html>`;
    document.body.append(iframe);
    let text = '';
    for (let i = 0; i < 100 && text !== 'Alle ablehnen'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      text = iframe.contentDocument?.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="reject-all"]')?.textContent?.trim() ?? '';
    }
    expect(text).to.equal('Alle ablehnen');
    const wrapper = iframe.contentDocument!.querySelector('cookie-consent')!.shadowRoot!.querySelector('[lang]');
    expect(wrapper?.getAttribute('lang')).to.equal('de');
    const loaded = iframe.contentWindow!.performance.getEntriesByType('resource').map((e) => e.name);
    expect(loaded.some((url) => url.endsWith('/dist/locales/de.js'))).to.equal(true);
  });

  it('included twice, or with async: one API, one element, one banner', async () => {
    const f = await page('<p>x</p>', `${SCRIPT}<script src="/dist/cookie-consent.min.js" async></script>`);
    await new Promise((r) => setTimeout(r, 100));
    expect(f.doc.querySelectorAll('cookie-consent')).to.have.length(1);
    expect(f.doc.querySelector('cookie-consent')!.shadowRoot!.querySelectorAll('[part~="banner"]')).to.have.length(1);
  });

  it('loaded late (after DOMContentLoaded and load) it starts at once', async () => {
    const f = await page('<p>x</p>');
    expect(f.win.CookieConsent).to.equal(undefined);
    const late = f.doc.createElement('script');
    late.src = '/dist/cookie-consent.min.js';
    f.doc.body.append(late);
    await waitUntil(() => part(f, 'banner'), 'part(f, "banner")', { timeout: 2000 });
    expect(part(f, 'banner')).to.exist;
  });

  it('data-manual leaves init to the page', async () => {
    const f = await page('', '<script src="/dist/cookie-consent.min.js" data-manual></script>');
    await new Promise((r) => setTimeout(r, 50));
    expect(f.win.CookieConsent).to.exist;
    expect(f.doc.querySelector('cookie-consent')).to.equal(null);
  });

  it('a broken consent cookie means "ask again", without an error', async () => {
    document.cookie = 'cookie_consent=%7Bbroken; Path=/';
    const errors: string[] = [];
    const f = await page('', SCRIPT);
    f.win.addEventListener('error', (e) => errors.push(e.message));
    expect(part(f, 'banner')).to.exist;
    expect(f.win.CookieConsent.granted('analytics')).to.equal(false);
    expect(errors).to.deep.equal([]);
  });
});
