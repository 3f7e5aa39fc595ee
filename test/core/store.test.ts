import { expect } from '@open-wc/testing';
import { resolveConfig } from '../../src/core/config.js';
import { documentJar } from '../../src/core/jar.js';
import { encodeRecord } from '../../src/core/record.js';
import { ConsentStore } from '../../src/core/store.js';
import type { ConsentConfig } from '../../src/core/types.js';
import { clearDocumentCookies, days, documentCookie, memoryJar, spyCookieWrites } from '../helpers.js';

const T0 = Date.parse('2026-03-01T10:00:00.000Z');
const make = (config: ConsentConfig = {}, jar = memoryJar(), now = () => T0) =>
  ({ store: new ConsentStore(resolveConfig(config), jar, now), jar });

describe('ConsentStore', () => {
  afterEach(clearDocumentCookies);

  it('starts with no consent: only required categories granted', () => {
    const { store } = make();
    expect(store.get()).to.equal(null);
    expect(store.needsConsent()).to.equal(true);
    expect(store.granted('necessary')).to.equal(true);
    expect(store.granted('analytics')).to.equal(false);
  });

  it('saves exactly the chosen categories plus required ones, and declines the rest', () => {
    const { store, jar } = make();
    const change = store.save(['analytics', 'unknown']);
    expect(change.first).to.equal(true);
    expect(change.granted).to.deep.equal(['necessary', 'analytics']);
    expect(change.changed).to.deep.equal(['analytics']);
    const r = store.get()!;
    expect(r.categories).to.deep.equal(['necessary', 'analytics']);
    expect(r.declined).to.deep.equal(['preferences', 'marketing']);
    expect(r.revision).to.equal(0);
    expect(r.given).to.equal('2026-03-01T10:00:00.000Z');
    expect(r.id).to.match(/^[0-9a-f-]{36}$/);
    expect(store.needsConsent()).to.equal(false);
    expect(jar.get('cookie_consent')).to.equal(encodeRecord(r));
    expect(jar.cookies.get('cookie_consent')?.options).to.include({ path: '/', sameSite: 'Lax', secure: false, days: 182 });
  });

  it('hands out frozen snapshots', () => {
    const { store } = make();
    store.save(['analytics']);
    const r = store.get()!;
    expect(Object.isFrozen(r)).to.equal(true);
    expect(Object.isFrozen(r.categories)).to.equal(true);
  });

  it('keeps id and `given` across updates and renews `updated`', () => {
    let now = T0;
    const { store, jar } = make({}, memoryJar(), () => now);
    const first = store.save(['analytics']).consent;
    now = T0 + days(10);
    const second = store.save(['marketing']);
    expect(second.first).to.equal(false);
    expect(second.changed).to.deep.equal(['analytics', 'marketing']);
    expect(second.consent.id).to.equal(first.id);
    expect(second.consent.given).to.equal(first.given);
    expect(second.consent.updated).to.equal(new Date(now).toISOString());
    // A new store on the same cookie reads the same record.
    expect(new ConsentStore(resolveConfig({}), jar, () => now).get()).to.deep.equal(second.consent);
  });

  it('asks again for a category added to the config later, keeping existing grants', () => {
    const jar = memoryJar();
    make({ categories: [{ id: 'necessary', required: true }, { id: 'analytics' }] }, jar).store.save(['analytics']);
    const { store } = make({ categories: [{ id: 'necessary', required: true }, { id: 'analytics' }, { id: 'social' }] }, jar);
    expect(store.needsConsent()).to.equal(true);
    expect(store.granted('analytics')).to.equal(true);
    expect(store.granted('social')).to.equal(false);
  });

  it('treats a stored consent of another revision as none', () => {
    const jar = memoryJar();
    make({ revision: 1 }, jar).store.save(['analytics']);
    const { store } = make({ revision: 2 }, jar);
    expect(store.get()).to.equal(null);
    expect(store.granted('analytics')).to.equal(false);
    expect(store.needsConsent()).to.equal(true);
  });

  it('expires from `updated` with the accept or reject lifetime, whatever the cookie says', () => {
    const jar = memoryJar();
    const config = { expiresDays: { accept: 100, reject: 20 } };
    make(config, jar).store.save(['analytics']);
    expect(jar.cookies.get('cookie_consent')?.options.days).to.equal(100);
    expect(make(config, jar, () => T0 + days(99)).store.get()).to.not.equal(null);
    expect(make(config, jar, () => T0 + days(101)).store.get()).to.equal(null);
    make(config, jar).store.save([]);
    expect(jar.cookies.get('cookie_consent')?.options.days).to.equal(20);
    expect(make(config, jar, () => T0 + days(21)).store.get()).to.equal(null);
  });

  it('treats a broken cookie as no consent without throwing', () => {
    for (const value of ['%%%', '{"v":1}', 'null', encodeURIComponent('{"v":9}')]) {
      const { store } = make({}, memoryJar({ cookie_consent: value }));
      expect(store.get()).to.equal(null);
      expect(store.needsConsent()).to.equal(true);
    }
  });

  it('grants services of a granted category: all by default, or the chosen ones', () => {
    const config = { categories: [{ id: 'necessary', required: true }, { id: 'analytics', services: [{ id: 'matomo' }, { id: 'ga' }] }] };
    const { store } = make(config);
    expect(store.granted('analytics', 'matomo')).to.equal(false);
    store.save(['analytics']);
    expect(store.get()?.services).to.deep.equal({ analytics: ['matomo', 'ga'] });
    expect(store.granted('analytics', 'ga')).to.equal(true);
    store.save(['analytics'], { analytics: ['matomo'] });
    expect(store.granted('analytics', 'matomo')).to.equal(true);
    expect(store.granted('analytics', 'ga')).to.equal(false);
    expect(store.granted('analytics', 'nope')).to.equal(false);
  });

  it('reset forgets the consent; clearDenied then deletes what is no longer granted', () => {
    const jar = memoryJar({ _ga: '1', _ga_XYZ: '2', keep: '3' });
    const { store } = make({ categories: [{ id: 'necessary', required: true, cookies: [{ name: 'keep' }] }, { id: 'analytics', cookies: [{ name: '/^_ga/' }] }] }, jar);
    store.save(['analytics']);
    store.clearDenied();
    expect(jar.names()).to.have.members(['_ga', '_ga_XYZ', 'keep', 'cookie_consent']);
    store.reset();
    expect(store.get()).to.equal(null);
    expect(jar.names()).to.have.members(['_ga', '_ga_XYZ', 'keep']);
    store.clearDenied();
    expect(jar.names()).to.deep.equal(['keep']);
  });

  it('keeps a choice for the page when cookies cannot be written', () => {
    const jar = memoryJar();
    jar.set = () => {
      throw new Error('blocked');
    };
    const { store } = make({}, jar);
    expect(() => store.save(['analytics'])).to.not.throw();
    expect(store.granted('analytics')).to.equal(true);
    store.load();
    expect(store.granted('analytics')).to.equal(true);
  });

  it('writes a real cookie with Path=/, SameSite=Lax and Max-Age/Expires from expiresDays', () => {
    const spy = spyCookieWrites();
    try {
      new ConsentStore(resolveConfig({}), documentJar).save(['analytics']);
    } finally {
      spy.restore();
    }
    const written = spy.writes.find((w) => w.startsWith('cookie_consent='))!;
    expect(written).to.match(/; path=\//i);
    expect(written).to.match(/; samesite=Lax/i);
    expect(written).to.match(/; max-age=15724800/i);
    expect(written).to.match(/; expires=/i);
    expect(written).to.not.match(/secure/i);
    const raw = documentCookie('cookie_consent')!;
    expect(JSON.parse(decodeURIComponent(raw))).to.include({ v: 1 });
    expect(new ConsentStore(resolveConfig({}), documentJar).granted('analytics')).to.equal(true);
  });
});
