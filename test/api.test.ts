import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createApi } from '../src/api.js';
import { ConsentManager } from '../src/core/manager.js';
import { memoryJar } from './helpers.js';

// The public API over a manager of its own (no element mounted), as `CookieConsent` wraps the page's.
describe('CookieConsent.init(config, options)', () => {
  let m: ConsentManager;
  beforeEach(() => (m = new ConsentManager(memoryJar())));
  afterEach(() => m.destroy());

  it('options.placeholder makes the stand-in for a held-back embed', async () => {
    await fixture(html`<div><iframe data-category="marketing" data-provider="VideoTube" data-src="/__probe/api-option" title="Video"></iframe></div>`);
    const made: string[] = [];
    createApi(m, false).init({}, {
      placeholder: (embed, o) => {
        made.push(`${embed.dataset.provider}: ${o.text}`);
        const box = document.createElement('div');
        box.setAttribute('data-mine', '');
        return box;
      },
    });
    await waitUntil(() => document.querySelector('[data-mine]'), 'our placeholder in place');
    expect(made).to.deep.equal(['VideoTube: This content from VideoTube is blocked until you allow Marketing cookies.']);
  });

  it('options.loadModule loads the locales (and every optional module) from where the site says', async () => {
    const asked: string[] = [];
    const api = createApi(m, false).init({ language: 'de' }, {
      loadModule: (name) => {
        asked.push(name);
        // The locale's texts; for `validate` (the lint on development hosts), a lint that says nothing.
        return Promise.resolve({ default: { bannerTitle: 'Von woanders' }, lint: () => undefined });
      },
    });
    await waitUntil(() => m.lang === 'de', 'German in place');
    // On this development host the compliance lint (`validate`) comes through it too.
    expect(asked).to.deep.equal(['validate', 'locales/de']);
    expect(m.messages.bannerTitle).to.equal('Von woanders');
    // A later init without options keeps the loader (the locale is loaded once).
    api.init({ language: 'de', translations: { de: { save: 'Speichern!' } } });
    await waitUntil(() => m.messages.save === 'Speichern!', 'the second config in place');
    expect(asked.filter((name) => name.startsWith('locales/'))).to.deep.equal(['locales/de']);
  });

  it('options.nonce: only gated markup carrying it runs', async () => {
    (window as { __ran?: string[] }).__ran = [];
    await fixture(html`<div>
      <script type="text/plain" data-category="necessary" nonce="n-api">window.__ran.push('nonced')</script>
      <script type="text/plain" data-category="necessary">window.__ran.push('bare')</script>
    </div>`);
    createApi(m, false).init({}, { nonce: 'n-api' });
    await waitUntil(() => (window as { __ran?: string[] }).__ran?.length, 'the nonced script ran');
    expect((window as { __ran?: string[] }).__ran).to.deep.equal(['nonced']);
  });
});
