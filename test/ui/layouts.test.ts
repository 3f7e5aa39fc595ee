import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { manager } from '../../src/api.js';
import { CookieConsent, type ConsentConfig } from '../../src/index.js';
import { el, part, root, settle } from './element.js';
import { clearDocumentCookies, nextFrame } from '../helpers.js';

const show = async (config: ConsentConfig) => {
  CookieConsent.init(config);
  await settle();
};
const openPanel = async () => {
  part('open-preferences')!.click();
  await settle();
};

/** WCAG relative luminance contrast of two computed `rgb()` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

const SERVICES: ConsentConfig = {
  categories: [
    { id: 'necessary', required: true, cookies: [{ name: 'cookie_consent', provider: 'This site', purpose: 'Stores your choice', duration: '6 months' }] },
    {
      id: 'analytics',
      services: [
        { id: 'matomo', label: 'Matomo', cookies: [{ name: '/^_pk_/', purpose: 'Statistics', duration: '13 months' }] },
        { id: 'hotjar', label: 'Hotjar' },
      ],
    },
    { id: 'marketing' },
  ],
};

describe('<cookie-consent> layouts, themes and services', () => {
  // Locales load from the sources here, as they load from dist/ in the package.
  before(() => (manager.loadModule = (name) => import(`/src/${name}.ts`)));
  beforeEach(() => clearDocumentCookies());
  afterEach(async () => {
    CookieConsent.hide();
    clearDocumentCookies();
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
  });

  for (const layout of ['bar', 'box', 'modal'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`${layout}, ${theme}: banner and panel pass axe, text contrast at least 4.5:1`, async () => {
        await show({ layout, theme, policyUrl: '/privacy', ...SERVICES });
        await expect(el()).to.be.accessible();
        const banner = part('banner')!;
        const bg = getComputedStyle(banner).backgroundColor;
        for (const text of [banner.querySelector('h2')!, banner.querySelector('p')!, part('open-preferences')!]) {
          expect(contrast(getComputedStyle(text).color, bg), text.textContent ?? '').to.be.at.least(4.5);
        }
        const accept = part('accept-all')!;
        expect(contrast(getComputedStyle(accept).color, getComputedStyle(accept).backgroundColor)).to.be.at.least(4.5);
        await openPanel();
        await expect(el()).to.be.accessible();
      });
    }
  }

  it('dark and light themes differ; auto follows prefers-color-scheme', async () => {
    await show({ theme: 'dark' });
    const dark = getComputedStyle(part('banner')!).backgroundColor;
    await show({ theme: 'light' });
    const light = getComputedStyle(part('banner')!).backgroundColor;
    expect(dark).to.not.equal(light);
    await show({ theme: 'auto' });
    await emulateMedia({ colorScheme: 'dark' });
    expect(getComputedStyle(part('banner')!).backgroundColor).to.equal(dark);
    await emulateMedia({ colorScheme: 'light' });
    expect(getComputedStyle(part('banner')!).backgroundColor).to.equal(light);
  });

  it('a site colour set with --cc-* wins over the theme', async () => {
    el().style.setProperty('--cc-bg', 'rgb(1, 2, 3)');
    await show({ theme: 'dark' });
    expect(getComputedStyle(part('banner')!).backgroundColor).to.equal('rgb(1, 2, 3)');
    el().style.removeProperty('--cc-bg');
  });

  it('positions: bar top and bottom, box in a corner or centred, modal centred over a dimmed page', async () => {
    await setViewport({ width: 1000, height: 700 });
    await show({ layout: 'bar', position: 'top' });
    expect(part('banner')!.getBoundingClientRect().top).to.equal(0);
    await show({ layout: 'bar' });
    const bar = part('banner')!.getBoundingClientRect();
    expect([bar.bottom, bar.width]).to.deep.equal([700, 1000]);

    await show({ layout: 'box', position: 'bottom-left' });
    let box = part('banner')!.getBoundingClientRect();
    expect(box.left).to.equal(16);
    expect(box.bottom).to.equal(700 - 16);
    expect(box.width).to.be.below(500);
    await show({ layout: 'box', position: 'top-right' });
    box = part('banner')!.getBoundingClientRect();
    expect([box.top, box.right]).to.deep.equal([16, 1000 - 16]);
    await show({ layout: 'box', position: 'bottom-center' });
    box = part('banner')!.getBoundingClientRect();
    expect(Math.abs(box.left + box.width / 2 - 500)).to.be.below(2);

    await show({ layout: 'modal' });
    const modal = part('banner')!.getBoundingClientRect();
    expect(Math.abs(modal.top + modal.height / 2 - 350)).to.be.below(2);
    expect(Math.abs(modal.left + modal.width / 2 - 500)).to.be.below(2);
    expect(part('backdrop')).to.exist;
    expect(part('reject-all')).to.exist;
    // Dimmed, not blocked: the banner is a non-modal region, so the page stays reachable.
    expect(document.elementFromPoint(5, 5)).to.not.equal(el());
  });

  it('mirrors for right-to-left languages: a bottom-right box sits bottom-left', async () => {
    await setViewport({ width: 1000, height: 700 });
    CookieConsent.init({ layout: 'box', language: 'ar' });
    await CookieConsent.setLanguage('ar');
    await settle();
    expect(root().querySelector('[dir]')?.getAttribute('dir')).to.equal('rtl');
    expect(part('reject-all')?.textContent).to.equal('رفض الكل');
    expect(part('banner')!.getBoundingClientRect().left).to.equal(16);
  });

  it('reflows at 320 px: no horizontal scroll, every target at least 24 x 24 inside the screen', async () => {
    await setViewport({ width: 320, height: 640 });
    for (const layout of ['bar', 'box', 'modal'] as const) {
      await show({
        layout,
        translations: { en: { acceptAll: 'Accept all cookies and similar technologies for every purpose' } },
        ...SERVICES,
      });
      for (const view of [part('banner')!, null]) {
        if (!view) await openPanel();
        const scope = view ?? root().querySelector('dialog')!;
        expect(document.documentElement.scrollWidth, layout).to.be.at.most(320);
        for (const target of scope.querySelectorAll<HTMLElement>('button, input, summary')) {
          const r = target.getBoundingClientRect();
          expect(r.width, `${layout} ${target.getAttribute('part') ?? target.tagName}`).to.be.at.least(24);
          expect(r.height).to.be.at.least(24);
          expect(r.left).to.be.at.least(0);
          expect(r.right).to.be.at.most(320);
        }
      }
      CookieConsent.hide();
    }
  });

  it('prefers-reduced-motion turns the animation off', async () => {
    await show({});
    expect(getComputedStyle(part('banner')!).animationName).to.not.equal('none');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(part('banner')!).animationName).to.equal('none');
  });

  it('keyboard only: Tab reaches every banner button in order, Enter opens the panel, Space toggles, Escape closes', async () => {
    await show({});
    const before = document.createElement('button');
    before.textContent = 'page';
    document.body.prepend(before);
    before.focus();
    const reached: string[] = [];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Tab' });
      reached.push(root().activeElement?.getAttribute('part') ?? '');
    }
    expect(reached).to.deep.equal(['button accept-all', 'button reject-all', 'button open-preferences']);
    await sendKeys({ press: 'Enter' });
    await settle();
    const dialog = root().querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.contains(root().activeElement)).to.equal(true);
    const analytics = root().querySelector<HTMLInputElement>('input[name="analytics"]')!;
    analytics.focus();
    await sendKeys({ press: 'Space' });
    expect(analytics.checked).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await settle();
    expect(dialog.open).to.equal(false);
    expect(CookieConsent.granted('analytics')).to.equal(false);
    expect(root().activeElement?.getAttribute('part')).to.equal('button open-preferences');
    before.remove();
  });

  it('WCAG 2.4.11: page content focused under the banner is scrolled clear of it', async () => {
    await setViewport({ width: 800, height: 600 });
    const page = await fixture<HTMLDivElement>(html`<div style="height:2000px;position:relative">
      <a href="#" id="under" style="position:absolute;top:560px">a link near the bottom</a>
    </div>`);
    window.scrollTo(0, 0);
    await show({});
    const banner = part('banner')!.getBoundingClientRect();
    const link = page.querySelector<HTMLAnchorElement>('#under')!;
    expect(link.getBoundingClientRect().bottom).to.be.above(banner.top);
    link.focus();
    await nextFrame();
    const after = link.getBoundingClientRect();
    expect(after.bottom <= part('banner')!.getBoundingClientRect().top || after.top >= part('banner')!.getBoundingClientRect().bottom).to.equal(true);
    window.scrollTo(0, 0);
  });

  it('no button is pre-focused or highlighted when the banner shows', async () => {
    await show({});
    expect(root().activeElement).to.equal(null);
    const accept = getComputedStyle(part('accept-all')!);
    const reject = getComputedStyle(part('reject-all')!);
    expect([reject.backgroundColor, reject.color, reject.borderColor]).to.deep.equal([accept.backgroundColor, accept.color, accept.borderColor]);
  });

  it('services: one switch each; the category switch shows all, some or none and sets them all', async () => {
    await show(SERVICES);
    await openPanel();
    const category = root().querySelector<HTMLInputElement>('input[name="analytics"]')!;
    const services = [...root().querySelectorAll<HTMLInputElement>('input[part="service"]')];
    expect(services.map((s) => s.name)).to.deep.equal(['analytics:matomo', 'analytics:hotjar']);
    expect(services.every((s) => s.getAttribute('role') === 'switch' && !s.checked)).to.equal(true);
    services[0].click();
    await settle();
    expect(category.indeterminate).to.equal(true);
    expect(category.checked).to.equal(false);
    part('save')!.click();
    await settle();
    expect(CookieConsent.get()?.services).to.deep.equal({ analytics: ['matomo'] });
    expect(CookieConsent.granted('analytics', 'matomo')).to.equal(true);
    expect(CookieConsent.granted('analytics', 'hotjar')).to.equal(false);

    CookieConsent.showPreferences();
    await settle();
    const again = root().querySelector<HTMLInputElement>('input[name="analytics"]')!;
    expect(again.indeterminate).to.equal(true);
    again.click();
    await settle();
    expect([...root().querySelectorAll<HTMLInputElement>('input[part="service"]')].map((s) => s.checked)).to.deep.equal([true, true]);
    expect(again.checked && !again.indeterminate).to.equal(true);
    part('save')!.click();
    expect(CookieConsent.get()?.services).to.deep.equal({ analytics: ['matomo', 'hotjar'] });
  });

  it('cookie tables: name, provider, purpose and duration per category, service cookies included', async () => {
    await show(SERVICES);
    await openPanel();
    const tables = [...root().querySelectorAll<HTMLTableElement>('table[part="cookies"]')];
    expect(tables).to.have.length(2);
    const rows = (t: HTMLTableElement) => [...t.rows].map((r) => [...r.cells].map((c) => c.textContent?.trim()));
    expect(rows(tables[0])).to.deep.equal([
      ['Name', 'Provider', 'Purpose', 'Duration'],
      ['cookie_consent', 'This site', 'Stores your choice', '6 months'],
    ]);
    // A pattern reads as words: /^_pk_/ is "names starting with _pk_".
    expect(rows(tables[1])[1]).to.deep.equal(['names starting with _pk_', 'Matomo', 'Statistics', '13 months']);
    expect(tables[0].closest('details')?.querySelector('summary')?.textContent).to.contain('Cookies used (1)');
  });
});
