import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CookieConsent, type ConsentChangeDetail } from '../../src/index.js';
import { el, part, root, settle } from './element.js';
import { clearDocumentCookies, documentCookie } from '../helpers.js';

const storedRecord = () => JSON.parse(decodeURIComponent(documentCookie('cookie_consent') ?? 'null')) as { categories: string[]; declined: string[] } | null;

describe('<cookie-consent>', () => {
  beforeEach(async () => {
    clearDocumentCookies();
    CookieConsent.init({ policyUrl: '/privacy' });
    await settle();
  });
  afterEach(() => {
    CookieConsent.hide();
    clearDocumentCookies();
  });

  it('is mounted by init() with an open shadow root and shows the banner on a first visit', () => {
    expect(document.querySelectorAll('cookie-consent')).to.have.length(1);
    expect(el().shadowRoot).to.not.equal(null);
    const banner = part('banner')!;
    expect(banner).to.exist;
    expect(banner.getAttribute('aria-labelledby')).to.equal('cc-title');
    expect(root().getElementById('cc-title')?.textContent).to.contain('privacy');
    expect(banner.textContent).to.match(/withdraw/i);
    expect(banner.querySelector('a')?.getAttribute('href')).to.equal('/privacy');
  });

  it('offers Accept all, Reject all and Customize as equally styled buttons', () => {
    const accept = part('accept-all')!;
    const reject = part('reject-all')!;
    expect(accept.tagName).to.equal('BUTTON');
    expect(reject.tagName).to.equal('BUTTON');
    expect(part('open-preferences')?.tagName).to.equal('BUTTON');
    for (const p of [accept, reject]) expect(p.getAttribute('part')).to.contain('button');
    const a = getComputedStyle(accept);
    const r = getComputedStyle(reject);
    for (const prop of ['font-size', 'font-weight', 'background-color', 'color', 'border', 'padding', 'height']) {
      expect(r.getPropertyValue(prop), prop).to.equal(a.getPropertyValue(prop));
    }
    expect(Math.abs(accept.offsetWidth - reject.offsetWidth)).to.be.below(accept.offsetWidth * 0.35);
  });

  it('Reject all stores the required category only and closes the banner', async () => {
    const change = oneEvent(document, 'consent-change');
    part('reject-all')!.click();
    const event = (await change) as CustomEvent<ConsentChangeDetail>;
    expect(event.detail.first).to.equal(true);
    await settle();
    expect(part('banner')).to.equal(null);
    expect(storedRecord()?.categories).to.deep.equal(['necessary']);
    expect(storedRecord()?.declined).to.deep.equal(['preferences', 'analytics', 'marketing']);
  });

  it('Accept all stores every category; events reach document listeners exactly once', async () => {
    let count = 0;
    const listener = () => count++;
    document.addEventListener('consent-change', listener);
    part('accept-all')!.click();
    document.removeEventListener('consent-change', listener);
    expect(count).to.equal(1);
    expect(storedRecord()?.categories).to.deep.equal(['necessary', 'preferences', 'analytics', 'marketing']);
    await settle();
    expect(root().querySelector('[role="status"]')?.textContent).to.match(/saved/i);
  });

  it('the panel: a locked required switch, nothing pre-ticked, Save stores exactly the selection', async () => {
    part('open-preferences')!.click();
    await settle();
    const dialog = root().querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.getAttribute('part')).to.equal('preferences');
    const toggles = [...root().querySelectorAll<HTMLInputElement>('input[part="toggle"]')];
    expect(toggles.map((t) => t.name)).to.deep.equal(['necessary', 'preferences', 'analytics', 'marketing']);
    for (const t of toggles) {
      expect(t.type).to.equal('checkbox');
      expect(t.getAttribute('role')).to.equal('switch');
    }
    expect(toggles[0].checked && toggles[0].disabled).to.equal(true);
    expect(toggles.slice(1).map((t) => t.checked)).to.deep.equal([false, false, false]);
    expect(root().querySelectorAll('[part="category"]')).to.have.length(4);
    toggles[2].click();
    part('save')!.click();
    await settle();
    expect(dialog.open).to.equal(false);
    expect(storedRecord()?.categories).to.deep.equal(['necessary', 'analytics']);
  });

  it('the panel reopens showing the stored choice', async () => {
    CookieConsent.set(['marketing']);
    CookieConsent.showPreferences();
    await settle();
    const checked = [...root().querySelectorAll<HTMLInputElement>('input[part="toggle"]')].filter((t) => t.checked).map((t) => t.name);
    expect(checked).to.deep.equal(['necessary', 'marketing']);
  });

  it('Escape closes the panel without granting anything and returns to the banner', async () => {
    part('open-preferences')!.click();
    await settle();
    root().querySelector<HTMLInputElement>('input[name="analytics"]')!.click();
    await sendKeys({ press: 'Escape' });
    await settle();
    expect(root().querySelector('dialog')!.open).to.equal(false);
    expect(documentCookie('cookie_consent')).to.equal(undefined);
    expect(CookieConsent.granted('analytics')).to.equal(false);
    expect(part('banner')).to.exist;
  });

  it('the close button never grants and restores focus to the opener', async () => {
    const opener = part('open-preferences')!;
    opener.focus();
    opener.click();
    await settle();
    expect(part('close')?.getAttribute('aria-label')).to.match(/without saving/i);
    part('close')!.click();
    await settle();
    expect(CookieConsent.get()).to.equal(null);
    expect(el().shadowRoot!.activeElement).to.equal(part('open-preferences'));
  });

  it('after a choice shows the floating re-open button when the page has no settings link', async () => {
    part('reject-all')!.click();
    await settle();
    const reopen = part('reopen')!;
    expect(reopen.getAttribute('aria-label')).to.equal('Cookie settings');
    reopen.click();
    await settle();
    expect(root().querySelector('dialog')!.open).to.equal(true);
  });

  it('hides the re-open button when the page has a data-cc="preferences" link', async () => {
    await fixture(html`<footer><a href="#" data-cc="preferences">Cookie settings</a></footer>`);
    part('reject-all')!.click();
    await settle();
    expect(part('reopen')).to.equal(null);
  });

  it('reopenButton: false never shows it; true shows it even beside a settings link', async () => {
    await fixture(html`<footer><a href="#" data-cc="preferences">Cookie settings</a></footer>`);
    CookieConsent.init({ reopenButton: true });
    CookieConsent.rejectAll();
    await settle();
    expect(part('reopen')).to.exist;
    CookieConsent.init({ reopenButton: false });
    await settle();
    expect(part('reopen')).to.equal(null);
  });

  it('renders config text as text, never as HTML', async () => {
    CookieConsent.init({ translations: { en: { bannerTitle: '<img src=x onerror="window.__pwned=1">' } } });
    await settle();
    expect(root().querySelector('img')).to.equal(null);
    expect(root().getElementById('cc-title')?.textContent).to.contain('<img');
  });

  it('is accessible in both views', async () => {
    await expect(el()).to.be.accessible();
    part('open-preferences')!.click();
    await settle();
    await expect(el()).to.be.accessible();
  });

  it('takes attributes (theme, layout, policy-url) over the config', async () => {
    const host = el();
    host.setAttribute('policy-url', '/attr-policy');
    host.setAttribute('theme', 'dark');
    host.config = { policyUrl: '/config-policy', theme: 'light' };
    await settle();
    expect(CookieConsent.config.policyUrl).to.equal('/attr-policy');
    expect(CookieConsent.config.theme).to.equal('dark');
    CookieConsent.init({ policyUrl: '/init-policy', revision: 4 });
    expect(CookieConsent.config.policyUrl).to.equal('/attr-policy');
    expect(CookieConsent.config.revision).to.equal(4);
    host.removeAttribute('policy-url');
    host.removeAttribute('theme');
  });

  it('takes every documented attribute: lang, layout, position, revision, cookie-name', async () => {
    const host = el();
    const attributes = { lang: 'de', layout: 'box', position: 'top-left', revision: '3', 'cookie-name': 'site_consent' };
    for (const [name, value] of Object.entries(attributes)) host.setAttribute(name, value);
    CookieConsent.init({ language: 'fr', layout: 'bar', revision: 1 });
    const c = CookieConsent.config;
    expect([c.language, c.layout, c.position, c.revision, c.cookie.name]).to.deep.equal(['de', 'box', 'top-left', 3, 'site_consent']);
    for (const name of Object.keys(attributes)) host.removeAttribute(name);
    CookieConsent.init({ policyUrl: '/privacy' });
    await settle();
  });
});
