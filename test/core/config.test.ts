import { expect } from '@open-wc/testing';
import { MAX_EXPIRES_DAYS, resolveConfig } from '../../src/core/config.js';

function collect() {
  const errors: string[] = [];
  return { errors, report: (field: string) => void errors.push(field) };
}

describe('config', () => {
  it('applies the documented defaults', () => {
    const c = resolveConfig({}, collect().report);
    expect(c.categories.map((x) => [x.id, x.required])).to.deep.equal([
      ['necessary', true], ['preferences', false], ['analytics', false], ['marketing', false],
    ]);
    expect(c.categories.find((x) => x.id === 'marketing')?.gpc).to.equal(true);
    expect(c.expiresDays).to.deep.equal({ accept: 182, reject: 182 });
    expect(c.cookie).to.deep.equal({ name: 'cookie_consent', path: '/', sameSite: 'Lax' });
    expect(c.revision).to.equal(0);
    expect(c.language).to.equal('auto');
    expect(c.mode).to.equal('opt-in');
    expect(c.respectGPC).to.equal(true);
    expect(c.reopenButton).to.equal('auto');
    expect(c.hideFromBots).to.equal(true);
  });

  it('reports a bad field by name and falls back to its default', () => {
    const { errors, report } = collect();
    const c = resolveConfig(
      { revision: 'two', layout: 'popup', theme: 3, cookie: { name: 'a b', sameSite: 'None' }, policyUrl: 'javascript:alert(1)', respectGPC: 'yes' },
      report,
    );
    expect(errors).to.have.members(['revision', 'layout', 'theme', 'cookie.name', 'cookie.sameSite', 'policyUrl', 'respectGPC']);
    expect(c.revision).to.equal(0);
    expect(c.layout).to.equal('bar');
    expect(c.cookie.name).to.equal('cookie_consent');
    expect(c.policyUrl).to.equal('');
  });

  it('logs a console error naming the field by default', () => {
    const original = console.error;
    const logged: string[] = [];
    console.error = (msg: string) => void logged.push(msg);
    try {
      resolveConfig({ expiresDays: 'forever' });
    } finally {
      console.error = original;
    }
    expect(logged.join()).to.contain('config.expiresDays');
  });

  it('caps the lifetime at 395 days and accepts separate accept/reject lifetimes', () => {
    const { errors, report } = collect();
    expect(resolveConfig({ expiresDays: 500 }, report).expiresDays).to.deep.equal({ accept: MAX_EXPIRES_DAYS, reject: MAX_EXPIRES_DAYS });
    expect(errors).to.deep.equal(['expiresDays']);
    expect(resolveConfig({ expiresDays: { accept: 365, reject: 30 } }, report).expiresDays).to.deep.equal({ accept: 365, reject: 30 });
  });

  it('skips invalid or duplicate categories and keeps the rest in order', () => {
    const { errors, report } = collect();
    const c = resolveConfig({ categories: [{ id: 'necessary', required: true }, { id: 'bad id' }, { label: 'x' }, { id: 'stats' }, { id: 'stats' }] }, report);
    expect(c.categories.map((x) => x.id)).to.deep.equal(['necessary', 'stats']);
    expect(errors).to.deep.equal(['categories[1].id', 'categories[2].id', 'categories[4].id']);
  });

  it('falls back to the default categories when none is usable, and survives non-object input', () => {
    const { errors, report } = collect();
    expect(resolveConfig({ categories: [] }, report).categories).to.have.length(4);
    expect(resolveConfig('nonsense', report).categories).to.have.length(4);
    expect(errors).to.deep.equal(['categories', '']);
  });

  it('tcf: off by default; a missing CMP ID or an unsafe vendor-list URL is reported by name and turns TCF off', () => {
    expect(resolveConfig({}, collect().report).tcf).to.equal(null);
    const good = { cmpId: 300, vendorListUrl: '/gvl/', vendors: [1, 755] };
    expect(resolveConfig({ tcf: good }, collect().report).tcf).to.deep.equal(good);
    for (const bad of [{ vendorListUrl: '/gvl/' }, { cmpId: 1, vendorListUrl: '/gvl/' }, { cmpId: 300, vendorListUrl: 'javascript:alert(1)' }, true]) {
      const { errors, report } = collect();
      expect(resolveConfig({ tcf: bad }, report).tcf).to.equal(null);
      expect(errors).to.deep.equal(['tcf']);
    }
  });

  it('maps googleConsentMode: true to the default mapping', () => {
    const c = resolveConfig({ googleConsentMode: true }, collect().report);
    expect(c.googleConsentMode && c.googleConsentMode.marketing).to.deep.equal(['ad_storage', 'ad_user_data', 'ad_personalization']);
  });
});
