import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { manager } from '../../src/api.js';
import { CookieConsent, type ConsentConfig } from '../../src/index.js';
import { el, part, root, settle } from './element.js';
import { clearDocumentCookies, nextFrame } from '../helpers.js';

const CONFIG: ConsentConfig = { policyUrl: '/privacy', categories: [{ id: 'necessary', required: true }, { id: 'analytics' }, { id: 'marketing' }] };
const forcedColors = (active: boolean) => executeServerCommand('forced-colors', { active });
const show = async (config: ConsentConfig) => {
  CookieConsent.init(config);
  await settle();
};

describe('accessibility on every screen and in every mode', () => {
  before(() => (manager.loadModule = (name) => import(`/src/${name === 'validate' ? 'core/validate' : name}.ts`)));
  beforeEach(() => clearDocumentCookies());
  afterEach(async () => {
    CookieConsent.hide();
    clearDocumentCookies();
    await setViewport({ width: 800, height: 600 });
    await forcedColors(false);
  });

  // A phone held sideways, a 1280×720 window at 200 %, a 1280×1024 window at 400 %.
  for (const [width, height] of [[667, 375], [640, 360], [320, 256]] as const) {
    for (const layout of ['bar', 'box', 'modal'] as const) {
      it(`WCAG 1.4.10: ${layout} at ${width}×${height} keeps Accept all, Reject all and Customize reachable by vertical scrolling`, async () => {
        await setViewport({ width, height });
        await show({ ...CONFIG, layout });
        const section = part('banner')!;
        expect(section.scrollWidth, 'no second column beside the card').to.be.at.most(section.clientWidth + 1);
        const box = section.getBoundingClientRect();
        expect(box.left).to.be.at.least(-1);
        expect(box.right).to.be.at.most(width + 1);
        for (const name of ['accept-all', 'reject-all', 'open-preferences']) {
          const button = part(name)!;
          button.scrollIntoView({ block: 'nearest' });
          await nextFrame();
          const b = button.getBoundingClientRect();
          const s = section.getBoundingClientRect();
          expect(b.left >= s.left - 1 && b.right <= s.right + 1, `${name} inside the card horizontally`).to.equal(true);
          expect(b.top >= Math.max(0, s.top) - 1 && b.bottom <= Math.min(height, s.bottom) + 1, `${name} scrolled into view`).to.equal(true);
          expect(document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2)).to.equal(el(), `${name} is what is on top there`);
        }
      });
    }
  }

  it('forced colours: the switches show on, off and locked by shape and position, the reopen button its icon; axe passes', async () => {
    await forcedColors(true);
    expect(matchMedia('(forced-colors: active)').matches, 'emulated').to.equal(true);
    await show(CONFIG);
    part('open-preferences')!.click();
    await settle();
    const sw = (name: string) => root().querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
    sw('analytics').click();
    await settle();
    const looks = (input: HTMLInputElement) => {
      const s = getComputedStyle(input);
      return { adjust: s.forcedColorAdjust, image: s.backgroundImage, color: s.backgroundColor };
    };
    const [locked, on, off] = [looks(sw('necessary')), looks(sw('analytics')), looks(sw('marketing'))];
    for (const l of [locked, on, off]) {
      expect(l.adjust).to.equal('none');
      expect(l.image, 'the knob is drawn').to.contain('radial-gradient');
    }
    // The knob sits left when off and right when on or locked; the fill tells on from off too.
    expect(on.image).to.not.equal(off.image);
    expect(on.color).to.not.equal(off.color);
    expect(locked.color).to.not.equal(on.color);
    await expect(el()).to.be.accessible();
    CookieConsent.acceptAll();
    await settle();
    const reopen = part('reopen')!;
    expect(getComputedStyle(reopen).forcedColorAdjust).to.equal('none');
    expect(getComputedStyle(reopen).backgroundImage).to.contain('radial-gradient');
  });

  for (const zoom of [200, 400]) {
    it(`axe passes on banner and panel at ${zoom} % zoom (1280×720 at ${zoom} %)`, async () => {
      await setViewport({ width: Math.round(1280 / (zoom / 100)), height: Math.round(720 / (zoom / 100)) });
      for (const layout of ['bar', 'box', 'modal'] as const) {
        await show({ ...CONFIG, layout });
        await expect(el()).to.be.accessible();
        part('open-preferences')!.click();
        await settle();
        await expect(el()).to.be.accessible();
        CookieConsent.hide();
        await settle();
      }
    });
  }

  it('WCAG 2.4.3: after Accept all from the keyboard, focus goes back to where the visitor was', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><button id="before">Before</button><button id="after">After</button></div>`);
    await show(CONFIG);
    page.querySelector<HTMLElement>('#before')!.focus();
    part('accept-all')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(document.activeElement).to.equal(page.querySelector('#before'));
  });

  it('WCAG 2.4.3: after Reject all with no earlier focus, focus goes to the page control after the banner', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><button id="next">Next</button></div>`);
    await show(CONFIG);
    // Focus came from nowhere (the page had none): first Tab into the banner.
    (document.activeElement as HTMLElement | null)?.blur();
    part('reject-all')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(document.activeElement).to.equal(page.querySelector('#next'));
  });

  it('WCAG 2.4.3: Save in a panel opened from Customize gives focus back to the page, not to <body>', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><button id="here">Here</button></div>`);
    await show(CONFIG);
    page.querySelector<HTMLElement>('#here')!.focus();
    part('open-preferences')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    part('save')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    await new Promise((r) => setTimeout(r, 50));
    expect(document.activeElement).to.equal(page.querySelector('#here'));
  });

  it('WCAG 4.1.3: every save is announced, not only the first (the status text changes each time)', async () => {
    await show(CONFIG);
    const status = () => root().querySelector('[role="status"]')!.textContent;
    CookieConsent.set(['analytics']);
    await settle();
    const first = status();
    CookieConsent.set(['marketing']);
    await settle();
    const second = status();
    expect(first.trim()).to.equal(manager.messages.saved);
    expect(second.trim()).to.equal(manager.messages.saved);
    expect(second).to.not.equal(first);
  });

  it('GPC with an earlier grant: the notice beside a switched-on Marketing says it is on by the visitor, not that it stays off', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    try {
      await show(CONFIG);
      CookieConsent.set(['marketing']);
      CookieConsent.showPreferences();
      await settle();
      const notice = () => [...root().querySelectorAll('li[part~="category"] p')].map((p) => p.textContent.trim()).find((t) => t.includes('Global Privacy Control'));
      expect(notice()).to.equal(manager.messages.gpcOverridden);
      root().querySelector<HTMLInputElement>('input[name="marketing"]')!.click();
      await settle();
      expect(notice()).to.equal(manager.messages.gpcHonoured);
    } finally {
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    }
  });

  it('a page in a language without a locale: English, and a development warning naming the language and how to add it', async () => {
    const warned: string[] = [];
    const { warn } = console;
    console.warn = (...a: unknown[]) => void warned.push(String(a[0]));
    try {
      await show({ ...CONFIG, language: 'ja' });
    } finally {
      console.warn = warn;
    }
    expect(part('accept-all')!.textContent.trim()).to.equal('Accept all');
    expect(warned.filter((w) => w.includes('"ja"') && w.includes('translations'))).to.have.length(1);
  });
});

describe('WCAG 2.4.11: page controls focused while the banner is open are not hidden by it', () => {
  before(() => (manager.loadModule = (name) => import(`/src/${name === 'validate' ? 'core/validate' : name}.ts`)));
  beforeEach(() => clearDocumentCookies());
  afterEach(async () => {
    CookieConsent.hide();
    clearDocumentCookies();
    window.scrollTo(0, 0);
    await setViewport({ width: 800, height: 600 });
  });

  const cases = [
    ['bar', 'bottom', 1280, 720],
    ['bar', 'top', 1280, 720],
    ['bar', 'bottom', 375, 667],
    ['bar', 'bottom', 320, 568],
    ['box', 'bottom-right', 320, 568],
    ['bar', 'bottom', 320, 180],
  ] as const;
  for (const [layout, position, width, height] of cases) {
    it(`${layout} at the ${position}, ${width}×${height}: every control from the page's first to its very last can be focused clear of the banner`, async () => {
      await setViewport({ width, height });
      // A page like the demo: navigation at the top, an article, footer links at the very end.
      const page = await fixture<HTMLDivElement>(html`<div>
        <nav>${[1, 2, 3, 4].map((i) => html`<a href="#n${i}">Section ${i}</a> `)}</nav>
        ${[1, 2, 3, 4, 5, 6].map((i) => html`<p style="margin:0;height:${height / 2}px">Paragraph ${i} <a href="#p${i}">link ${i}</a></p>`)}
        <footer>${[1, 2, 3].map((i) => html`<a href="#f${i}">Footer ${i}</a> `)}</footer>
      </div>`);
      await show({ ...CONFIG, layout, position });
      const hidden: string[] = [];
      for (const link of page.querySelectorAll('a')) {
        link.focus();
        await nextFrame();
        await nextFrame();
        const a = link.getBoundingClientRect();
        const b = part('banner')!.getBoundingClientRect();
        const overlaps = a.bottom > b.top && a.top < b.bottom && a.right > b.left && a.left < b.right;
        const fullyHidden = overlaps && a.top >= b.top && a.bottom <= b.bottom && a.left >= b.left && a.right <= b.right;
        if (fullyHidden || overlaps) hidden.push(link.textContent);
      }
      expect(hidden).to.deep.equal([]);
    });
  }

  for (const [width, height] of [[640, 360], [375, 667], [667, 375]] as const) {
    it(`the compact bar at ${width}×${height} covers at most half the screen and keeps all three choices in sight (its text scrolls)`, async () => {
      await setViewport({ width, height });
      await show({ ...CONFIG, layout: 'bar' });
      const section = part('banner')!.getBoundingClientRect();
      expect(section.height).to.be.at.most(height / 2 + 1);
      for (const name of ['accept-all', 'reject-all', 'open-preferences']) {
        const b = part(name)!.getBoundingClientRect();
        expect(b.top >= section.top - 1 && b.bottom <= section.bottom + 1 && b.bottom <= height + 1, `${name} in sight without scrolling`).to.equal(true);
      }
    });
  }

  it('the room is given back when the banner closes', async () => {
    await show({ ...CONFIG, layout: 'bar' });
    expect(getComputedStyle(document.documentElement).scrollPaddingBottom).to.not.equal('auto');
    CookieConsent.acceptAll();
    await settle();
    expect(getComputedStyle(document.documentElement).scrollPaddingBottom).to.equal('auto');
  });
});

describe('informed consent: the first layer names what Accept all grants', () => {
  before(() => (manager.loadModule = (name) => import(`/src/${name === 'validate' ? 'core/validate' : name}.ts`)));
  beforeEach(() => clearDocumentCookies());
  afterEach(() => {
    CookieConsent.hide();
    clearDocumentCookies();
  });
  const text = () => part('banner')!.querySelector('p')!.textContent;

  it('the default categories: every purpose Accept all grants is named, and that Marketing data goes to third parties', async () => {
    await show({ policyUrl: '/privacy' });
    const m = manager.messages;
    expect(text()).to.contain(m.purposesText.replace('{purposes}', 'Preferences, Analytics, Marketing'));
    expect(text()).to.contain(m.thirdPartiesText.replace('{purposes}', 'Marketing'));
    expect(text(), 'no purpose the config does not have, in the fixed text').to.not.match(/statistic|advertis/i);
  });

  it('a site without marketing mentions neither advertising nor third parties; one that shares analytics says so', async () => {
    await show({ policyUrl: '/privacy', categories: [{ id: 'necessary', required: true }, { id: 'analytics' }] });
    expect(text()).to.contain(manager.messages.purposesText.replace('{purposes}', 'Analytics'));
    expect(text()).to.not.match(/marketing|advertis|third part/i);
    CookieConsent.hide();
    await show({ policyUrl: '/privacy', categories: [{ id: 'necessary', required: true }, { id: 'analytics', cookies: [{ name: '_ga', thirdParty: true }] }] });
    expect(text()).to.contain(manager.messages.thirdPartiesText.replace('{purposes}', 'Analytics'));
  });

  it('cookie tables: a first-/third-party column where the config says so, an accessible name, patterns in words', async () => {
    await show({
      policyUrl: '/privacy',
      categories: [
        { id: 'necessary', required: true, cookies: [{ name: 'cookie_consent', thirdParty: false }] },
        { id: 'analytics', cookies: [{ name: '/^_ga/', provider: 'Google', thirdParty: true }, { name: '/^_pk_(id|ses)/' }] },
      ],
    });
    CookieConsent.showPreferences();
    await settle();
    const tables = [...root().querySelectorAll('table')];
    expect(tables.map((t) => t.getAttribute('aria-label'))).to.deep.equal(['Cookies used: Strictly necessary', 'Cookies used: Analytics']);
    const rows = (t: HTMLTableElement) => [...t.rows].map((r) => [...r.cells].map((c) => c.textContent.trim()));
    expect(rows(tables[1])).to.deep.equal([
      ['Name', 'Provider', 'Purpose', 'Duration', 'Set by'],
      ['names starting with _ga', 'Google', '', '', 'Third party'],
      ['names matching ^_pk_(id|ses)', '', '', '', ''],
    ]);
    expect(rows(tables[0])[1]).to.deep.equal(['cookie_consent', '', '', '', 'This site']);
  });
});
