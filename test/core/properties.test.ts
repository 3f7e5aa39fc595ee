import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { resolveConfig } from '../../src/core/config.js';
import { encodeRecord, parseRecord } from '../../src/core/record.js';
import type { ConsentRecord } from '../../src/core/types.js';
import { parseConsentCookie } from '../../src/server.js';

const DAY = 86_400_000;
const NOW = Date.parse('2026-06-01T12:00:00.000Z');
const categories = [
  { id: 'necessary', required: true },
  { id: 'analytics', services: [{ id: 'matomo' }, { id: 'ga' }] },
  { id: 'marketing' },
];
const known = categories.map((c) => c.id);
const rules = { revision: 2, expiresDays: { accept: 182, reject: 30 }, categories, now: NOW };
const RUNS = { numRuns: 300 };

const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);
const time = fc.integer({ min: NOW - 400 * DAY, max: NOW + 2 * DAY }).map((t) => new Date(t).toISOString());
/** Records of every shape the parser accepts, with ids the config may or may not know. */
const record: fc.Arbitrary<ConsentRecord> = fc.record({
  v: fc.constant(1 as const),
  id,
  revision: fc.nat({ max: 4 }),
  categories: fc.uniqueArray(fc.oneof(fc.constantFrom(...known), id), { maxLength: 5 }),
  declined: fc.uniqueArray(fc.oneof(fc.constantFrom(...known), id), { maxLength: 5 }),
  services: fc.dictionary(fc.oneof(fc.constantFrom(...known), id), fc.uniqueArray(fc.oneof(fc.constantFrom('matomo', 'ga'), id), { maxLength: 3 })),
  given: time,
  updated: time,
});

/** What a valid record must look like after parsing against `rules`. */
function assertValid(r: ConsentRecord, stored: Partial<ConsentRecord> | null): void {
  expect(r.v).to.equal(1);
  expect(r.revision).to.equal(rules.revision);
  expect(r.categories).to.include('necessary');
  for (const c of r.categories) expect(known).to.include(c);
  for (const c of r.declined) expect(r.categories).to.not.include(c);
  // Never a grant that was not stored (the required category aside).
  for (const c of r.categories) if (c !== 'necessary') expect(stored?.categories ?? []).to.include(c);
  for (const [c, services] of Object.entries(r.services)) {
    expect(r.categories).to.include(c);
    for (const s of services) expect(stored?.services?.[c] ?? []).to.include(s);
  }
}

describe('property-based: the record parser', () => {
  it('any string gives a valid record or null, never a throw and never an unstored grant', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.fullUnicodeString(), fc.json()), (value) => {
        const r = parseRecord(value, rules);
        if (r) assertValid(r, JSON.parse(value.trim().startsWith('{') ? value : decodeURIComponent(value)) as ConsentRecord);
      }),
      RUNS,
    );
  });

  it('any JSON value, plain or URI-encoded, gives a valid record or null', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, uri) => {
        const text = JSON.stringify(value) ?? '';
        const r = parseRecord(uri ? encodeURIComponent(text) : text, rules);
        if (r) assertValid(r, value as unknown as ConsentRecord);
      }),
      RUNS,
    );
  });

  it('mutated valid records never throw and never grant what was not stored', () => {
    fc.assert(
      fc.property(record, fc.string(), fc.anything(), (r, key, junk) => {
        const broken = { ...r, [key]: junk };
        const parsed = parseRecord(encodeURIComponent(JSON.stringify(broken)), rules);
        if (parsed) assertValid(parsed, broken);
      }),
      RUNS,
    );
  });

  it('encode → parse round-trips a record of the current revision, known ids and within its lifetime', () => {
    fc.assert(
      fc.property(record, (r) => {
        const current = { ...r, revision: rules.revision };
        const back = parseRecord(encodeURIComponent(encodeRecord(current)), { revision: rules.revision, now: NOW });
        const expired = Date.parse(current.updated) > NOW + DAY;
        expect(back).to.deep.equal(expired ? null : current);
      }),
      RUNS,
    );
  });

  it('another revision, or older than its lifetime, is null', () => {
    fc.assert(
      fc.property(record, (r) => {
        const parsed = parseRecord(encodeRecord(r), rules);
        const grants = r.categories.some((c) => c !== 'necessary' && known.includes(c));
        const age = NOW - Date.parse(r.updated);
        const lifetime = (grants ? 182 : 30) * DAY;
        if (r.revision !== rules.revision || age > lifetime) expect(parsed).to.equal(null);
      }),
      RUNS,
    );
  });

  it('categories and services the config does not know are dropped, never granted', () => {
    fc.assert(
      fc.property(record, (r) => {
        const parsed = parseRecord(encodeRecord({ ...r, revision: 2, updated: new Date(NOW).toISOString() }), rules);
        if (!parsed) return;
        for (const c of parsed.categories) expect(known).to.include(c);
        for (const s of parsed.services.analytics ?? []) expect(['matomo', 'ga']).to.include(s);
        expect(Object.keys(parsed.services).every((c) => c === 'analytics')).to.equal(true);
      }),
      RUNS,
    );
  });
});

describe('property-based: the config resolver', () => {
  it('any JSON value gives a complete config, reports instead of throwing, and keeps required semantics', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.object()), (input) => {
        const reports: string[] = [];
        const c = resolveConfig(input, (field) => void reports.push(field));
        expect(c.categories.length).to.be.greaterThan(0);
        expect(new Set(c.categories.map((x) => x.id)).size).to.equal(c.categories.length);
        expect(['bar', 'box', 'modal']).to.include(c.layout);
        expect(['light', 'dark', 'auto']).to.include(c.theme);
        expect(['opt-in', 'opt-out']).to.include(c.mode);
        expect(c.expiresDays.accept).to.be.within(Number.MIN_VALUE, 395);
        expect(c.expiresDays.reject).to.be.within(Number.MIN_VALUE, 395);
        expect(c.revision).to.be.a('number');
        expect(c.policyUrl).to.not.match(/^\s*javascript:/i);
      }),
      RUNS,
    );
  });

  it('a config of random fields of the right names but any values still resolves, naming each bad field', () => {
    const fields = ['revision', 'policyUrl', 'language', 'layout', 'position', 'theme', 'mode', 'reopenButton', 'log', 'respectGPC', 'hideFromBots', 'expiresDays', 'cookie', 'categories', 'googleConsentMode'];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...fields), fc.jsonValue()), (input) => {
        const reports: string[] = [];
        const c = resolveConfig(input, (field) => void reports.push(field));
        for (const field of reports) expect(fields.some((f) => field === f || field.startsWith(`${f}.`) || field.startsWith(`${f}[`))).to.equal(true, field);
        expect(c.cookie.name).to.match(/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/);
      }),
      RUNS,
    );
  });
});

describe('property-based: the server Cookie header parser', () => {
  it('arbitrary headers never throw and give a record or null', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.fullUnicodeString(), fc.constant(undefined), fc.constant(null)), (header) => {
        const r = parseConsentCookie(header, { revision: 2, categories, now: NOW });
        if (r) assertValid(r, r);
      }),
      RUNS,
    );
  });

  it('finds the consent cookie among arbitrary other cookies', () => {
    fc.assert(
      fc.property(record, fc.array(fc.tuple(fc.stringMatching(/^[a-z]{1,8}$/), fc.stringMatching(/^[a-z0-9]{0,8}$/)), { maxLength: 5 }), (r, others) => {
        const mine = { ...r, revision: 2, categories: ['necessary', 'marketing'], updated: new Date(NOW).toISOString() };
        const header = [...others.filter(([n]) => n !== 'cookie_consent').map(([n, v]) => `${n}=${v}`), `cookie_consent=${encodeURIComponent(JSON.stringify(mine))}`].join('; ');
        expect(parseConsentCookie(header, { revision: 2, categories, now: NOW })?.categories).to.deep.equal(['necessary', 'marketing']);
      }),
      RUNS,
    );
  });
});
