import { expect } from '@open-wc/testing';
import { encodeRecord, parseRecord, uuid } from '../../src/core/record.js';
import type { ConsentRecord } from '../../src/core/types.js';
import { days } from '../helpers.js';

const NOW = Date.parse('2026-06-01T12:00:00.000Z');
const categories = [
  { id: 'necessary', required: true },
  { id: 'analytics', services: [{ id: 'matomo' }, { id: 'ga' }] },
  { id: 'marketing' },
];
const rules = { revision: 2, expiresDays: { accept: 182, reject: 30 }, categories, now: NOW };

function record(overrides: Partial<ConsentRecord> = {}): ConsentRecord {
  return {
    v: 1,
    id: '0b6f6c1e-7d1a-4d7e-9a63-2f3f0f6d1a11',
    revision: 2,
    categories: ['necessary', 'analytics'],
    declined: ['marketing'],
    services: { analytics: ['matomo'] },
    given: '2026-05-01T12:00:00.000Z',
    updated: '2026-05-20T12:00:00.000Z',
    ...overrides,
  };
}

const encoded = (r: unknown) => encodeURIComponent(JSON.stringify(r));

describe('record', () => {
  it('round-trips encode → parse, URI-encoded or plain', () => {
    const r = record();
    expect(parseRecord(encodeURIComponent(encodeRecord(r)), rules)).to.deep.equal(r);
    expect(parseRecord(encodeRecord(r), rules)).to.deep.equal(r);
  });

  it('writes the documented keys in the documented order', () => {
    expect(Object.keys(JSON.parse(encodeRecord(record())) as object)).to.deep.equal([
      'v', 'id', 'revision', 'categories', 'declined', 'services', 'given', 'updated',
    ]);
  });

  it('returns null for anything that is not a valid record', () => {
    const bad: unknown[] = [
      undefined, null, 42, '', 'garbage', '%E0%A4%A', '{', '[]', 'null', '"x"',
      encoded({ ...record(), v: 2 }),
      encoded({ ...record(), v: '1' }),
      encoded({ ...record(), id: 5 }),
      encoded({ ...record(), id: 'has space' }),
      encoded({ ...record(), revision: -1 }),
      encoded({ ...record(), revision: 1.5 }),
      encoded({ ...record(), categories: 'analytics' }),
      encoded({ ...record(), categories: [1] }),
      encoded({ ...record(), declined: null }),
      encoded({ ...record(), services: [] }),
      encoded({ ...record(), services: { analytics: 'matomo' } }),
      encoded({ ...record(), given: 'yesterday' }),
      encoded({ ...record(), updated: 12 }),
      encoded({ v: 1 }),
    ];
    for (const value of bad) expect(parseRecord(value, rules), String(value)).to.equal(null);
  });

  it('treats another revision as no consent', () => {
    expect(parseRecord(encoded(record({ revision: 1 })), rules)).to.equal(null);
    expect(parseRecord(encoded(record({ revision: 1 })), { ...rules, revision: undefined })).to.not.equal(null);
  });

  it('expires from `updated` plus the accept or reject lifetime', () => {
    const accepted = (ago: number) => encoded(record({ updated: new Date(NOW - days(ago)).toISOString() }));
    expect(parseRecord(accepted(181), rules)).to.not.equal(null);
    expect(parseRecord(accepted(183), rules)).to.equal(null);
    const rejected = (ago: number) =>
      encoded(record({ categories: ['necessary'], declined: ['analytics', 'marketing'], services: {}, updated: new Date(NOW - days(ago)).toISOString() }));
    expect(parseRecord(rejected(29), rules)).to.not.equal(null);
    expect(parseRecord(rejected(31), rules)).to.equal(null);
  });

  it('rejects a record dated in the future', () => {
    expect(parseRecord(encoded(record({ updated: new Date(NOW + days(3)).toISOString() })), rules)).to.equal(null);
  });

  it('ignores categories and services the config no longer has, and adds required ones', () => {
    const r = parseRecord(
      encoded(record({ categories: ['analytics', 'retired'], declined: ['gone', 'marketing'], services: { analytics: ['matomo', 'old'], retired: ['x'] } })),
      rules,
    );
    expect(r?.categories).to.deep.equal(['necessary', 'analytics']);
    expect(r?.declined).to.deep.equal(['marketing']);
    expect(r?.services).to.deep.equal({ analytics: ['matomo'] });
  });

  it('never grants a category only listed in `declined` or forged as required', () => {
    const r = parseRecord(encoded(record({ categories: [], declined: ['analytics'] })), rules);
    expect(r?.categories).to.deep.equal(['necessary']);
  });

  it('makes random v4 UUIDs', () => {
    const a = uuid();
    expect(a).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuid()).to.not.equal(a);
  });
});
