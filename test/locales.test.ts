import { expect } from '@open-wc/testing';
import en from '../src/locales/en.js';
import type { Messages } from '../src/core/types.js';

const LANGS = ['bg', 'cs', 'da', 'de', 'el', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv', 'no', 'is', 'uk', 'tr', 'ar'];

/** Every string leaf of a messages object, keyed by its path. */
function leaves(m: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(m)) {
    if (typeof v === 'object' && v !== null) for (const [p, x] of leaves(v as object, `${prefix}${k}.`)) out.set(p, x);
    else out.set(prefix + k, v);
  }
  return out;
}

describe('locales', () => {
  const reference = leaves(en);

  for (const lang of LANGS) {
    it(`${lang}: every key of English, none empty, no HTML, the withdrawal notice kept`, async () => {
      const mod = (await import(`../src/locales/${lang}.ts`)) as { default: Messages };
      const messages = leaves(mod.default);
      expect([...messages.keys()].sort()).to.deep.equal([...reference.keys()].sort());
      for (const [key, value] of messages) {
        expect(value, `${lang}.${key}`).to.be.a('string').and.not.equal('');
        expect(value, `${lang}.${key}`).to.not.match(/<[a-z]/i);
      }
      expect(mod.default.bannerText, `${lang}.bannerText names the settings link`).to.contain(mod.default.reopen);
      expect(mod.default.gpcHonoured).to.contain('Global Privacy Control');
      expect(mod.default.purposesText, `${lang}.purposesText names the button`).to.contain(mod.default.acceptAll);
      for (const [key, value] of reference) {
        const placeholders = (text: unknown) => String(text).match(/\{\w+\}/g)?.sort() ?? [];
        expect(placeholders(messages.get(key)), `${lang}.${key} placeholders`).to.deep.equal(placeholders(value));
      }
    });
  }

  it('English names the settings link and says consent can be withdrawn at any time', () => {
    expect(en.bannerText).to.contain(en.reopen);
    expect(en.bannerText).to.match(/withdraw/i);
    expect(en.bannerText).to.match(/any time/i);
  });
});

describe('on-demand locale modules', () => {
  it('every shipped language but English has a literal import in the npm loader, and no other', async () => {
    const { LOCALES } = await import('../src/core/i18n.js');
    const { LOADABLE_LOCALES } = await import('../src/core/load-module.js');
    expect([...LOADABLE_LOCALES].sort()).to.deep.equal(LOCALES.filter((l) => l !== 'en').sort());
  });
});
