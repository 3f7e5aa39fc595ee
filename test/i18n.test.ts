import { expect } from '@open-wc/testing';
import { LOCALE_TIMEOUT_MS } from '../src/core/locale-loader.js';
import { ConsentManager } from '../src/core/manager.js';
import { LOCALES, pickLanguage } from '../src/core/i18n.js';
import { memoryJar } from './helpers.js';

/** Loads locales from the sources, as the built package loads them from dist/. */
const fromSource = (name: string) => import(`/src/${name}.ts`);

function stubLanguages(languages: string[]): () => void {
  Object.defineProperty(Navigator.prototype, 'languages', { get: () => languages, configurable: true, enumerable: true });
  return () => delete (Navigator.prototype as { languages?: unknown }).languages;
}

describe('languages', () => {
  const managers: ConsentManager[] = [];
  let restore = () => undefined as unknown;
  const make = (loadModule = fromSource) => {
    const m = new ConsentManager(memoryJar());
    m.loadModule = loadModule;
    managers.push(m);
    return m;
  };
  afterEach(() => {
    managers.splice(0).forEach((m) => m.destroy());
    document.documentElement.lang = 'en';
    restore();
  });

  it('ships English and 28 more, every official EU language among them', () => {
    const eu = 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv'.split(' ');
    expect(eu.filter((l) => !LOCALES.includes(l))).to.deep.equal([]);
    expect(LOCALES).to.include.members(['no', 'is', 'uk', 'tr', 'ar']);
  });

  it('detects <html lang> first, with region fallback, then navigator.languages, then English', () => {
    expect(pickLanguage(['de-AT', 'fr'], LOCALES)).to.equal('de');
    expect(pickLanguage(['pt-BR'], LOCALES)).to.equal('pt');
    expect(pickLanguage(['', 'xx-YY', 'fr-CA'], LOCALES)).to.equal('fr');
    expect(pickLanguage(['xx', 'yy'], LOCALES)).to.equal('en');
    expect(pickLanguage(['nb-NO'], LOCALES)).to.equal('no');
    expect(pickLanguage(['nn'], LOCALES)).to.equal('no');
  });

  it('a German page gets German buttons, loaded on demand', async () => {
    document.documentElement.lang = 'de-AT';
    const m = make();
    m.init();
    expect(m.localePending).to.equal(true);
    await m.setLanguage(document.documentElement.lang);
    expect(m.lang).to.equal('de');
    expect([m.messages.acceptAll, m.messages.rejectAll]).to.deep.equal(['Alle akzeptieren', 'Alle ablehnen']);
  });

  it('falls back on navigator.languages when the page has no lang', async () => {
    document.documentElement.lang = '';
    restore = stubLanguages(['xx', 'fr-FR', 'de']);
    const m = make();
    m.init();
    await new Promise((r) => setTimeout(r, 200));
    expect(m.lang).to.equal('fr');
    expect(m.messages.rejectAll).to.equal('Tout refuser');
  });

  it('language: "it" forces Italian whatever the page says; setLanguage switches live', async () => {
    document.documentElement.lang = 'de';
    const m = make();
    m.init({ language: 'it' });
    await m.setLanguage('it');
    expect(m.lang).to.equal('it');
    await m.setLanguage('sv');
    expect(m.messages.acceptAll).to.equal('Godkänn alla');
    await m.setLanguage('en');
    expect(m.messages.acceptAll).to.equal('Accept all');
  });

  it('a missing locale file means English, without an error', async () => {
    const m = make(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    m.init({ language: 'de' });
    await m.setLanguage('de');
    expect(m.lang).to.equal('en');
    expect(m.messages.acceptAll).to.equal('Accept all');
    expect(m.localePending).to.equal(false);
  });

  it(`a slow locale file: English after ${LOCALE_TIMEOUT_MS} ms, no blank wait beyond`, async () => {
    const m = make(() => new Promise(() => undefined));
    const started = performance.now();
    await m.init({ language: 'de' }).setLanguage('de');
    const waited = performance.now() - started;
    expect(m.lang).to.equal('en');
    expect(waited).to.be.within(LOCALE_TIMEOUT_MS - 50, LOCALE_TIMEOUT_MS + 1000);
  });

  it('translations override any key of any language, and may add a language', async () => {
    const m = make();
    m.init({
      language: 'de',
      translations: {
        de: { acceptAll: 'Alles klar', categories: { analytics: { label: 'Reichweitenmessung', description: 'Zählt Besuche.' } } },
        ca: { acceptAll: 'Accepta-ho tot' },
      },
    });
    await m.setLanguage('de');
    expect(m.messages.acceptAll).to.equal('Alles klar');
    expect(m.messages.rejectAll).to.equal('Alle ablehnen');
    expect(m.label('analytics')).to.equal('Reichweitenmessung');
    await m.setLanguage('ca-ES');
    expect([m.lang, m.messages.acceptAll, m.messages.rejectAll]).to.deep.equal(['ca', 'Accepta-ho tot', 'Reject all']);
  });
});
