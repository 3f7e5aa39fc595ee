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

/** Records the rules accept: the current revision, changed within the shorter (reject) lifetime. */
const recent = fc.integer({ min: NOW - 29 * DAY, max: NOW }).map((t) => new Date(t).toISOString());
const validRecord: fc.Arbitrary<ConsentRecord> = fc.tuple(record, recent).map(([r, updated]) => ({ ...r, revision: rules.revision, given: updated, updated }));
/** The cookie value as each writer would write it: js-cookie's encoding, encodeURIComponent, or already decoded. */
const encoded = fc.tuple(validRecord, fc.constantFrom('js-cookie', 'uri', 'plain')).map(([r, how]) => {
  const json = encodeRecord(r);
  const value = how === 'plain' ? json : how === 'uri' ? encodeURIComponent(json) : encodeURIComponent(json).replace(/%(2[346BF]|3[AC-F]|40|5[BDE]|60|7[BCD])/g, decodeURIComponent);
  return { r, value };
});
/** A string edit: cut, insert or replace a character somewhere. */
const edit = fc.tuple(fc.nat(), fc.constantFrom('cut', 'insert', 'replace'), fc.char());

/** Runs a property and counts how often it reached `valid`: a property that never gets there proves nothing. */
function reaching(property: (hit: () => void) => fc.IPropertyWithHooks<unknown> | fc.IProperty<unknown>, atLeast: number): void {
  let hits = 0;
  fc.assert(property(() => void hits++), RUNS);
  expect(hits, 'runs that reached the validity check').to.be.at.least(atLeast);
}

describe('property-based: the record parser', () => {
  it('a valid cookie value, in every encoding and with one character cut, inserted or replaced, parses to null or to a valid record that grants nothing unstored', () => {
    reaching(
      (hit) =>
        fc.property(encoded, edit, fc.boolean(), ({ r, value }, [at, kind, char], mutate) => {
          const i = at % (value.length + 1);
          const text = !mutate ? value : kind === 'cut' ? value.slice(0, i) + value.slice(i + 1) : kind === 'insert' ? value.slice(0, i) + char + value.slice(i) : value.slice(0, i) + char + value.slice(i + 1);
          const parsed = parseRecord(text, rules);
          if (!parsed) return;
          hit();
          assertValid(parsed, r);
        }),
      RUNS.numRuns / 3,
    );
  });

  it('arbitrary strings never throw and never parse to a record', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.fullUnicodeString(), fc.json()), (value) => {
        expect(parseRecord(value, rules)).to.equal(null);
      }),
      RUNS,
    );
  });

  it('a valid record with one field replaced by any JSON value parses to null or to a valid record that grants nothing unstored', () => {
    const fields = ['v', 'id', 'revision', 'categories', 'declined', 'services', 'given', 'updated'] as const;
    reaching(
      (hit) =>
        // Any JSON, or values of the shapes the fields take (so that many runs stay valid and reach the check).
        fc.property(validRecord, fc.constantFrom(...fields), fc.oneof(fc.jsonValue(), fc.uniqueArray(fc.oneof(fc.constantFrom(...known), id)), recent, fc.nat(4), id), fc.boolean(), (r, field, junk, uri) => {
          const broken = { ...r, [field]: junk };
          const text = JSON.stringify(broken);
          const parsed = parseRecord(uri ? encodeURIComponent(text) : text, rules);
          if (!parsed) return;
          hit();
          // Judged against what was stored: the broken record.
          assertValid(parsed, broken);
        }),
      // About one run in seven stays valid (the junk fits the field).
      RUNS.numRuns / 15,
    );
  });

  it('a valid record with any extra key and value parses, to a valid record that grants nothing unstored', () => {
    reaching(
      (hit) =>
        fc.property(validRecord, fc.string(), fc.anything(), (r, key, junk) => {
          if (key in r) return;
          const parsed = parseRecord(encodeURIComponent(JSON.stringify({ ...r, [key]: junk })), rules);
          expect(parsed, 'extra keys are ignored').to.not.equal(null);
          hit();
          assertValid(parsed!, r);
        }),
      RUNS.numRuns / 2,
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

describe('fuzz: the config resolver under hostile input', () => {
  const HOSTILE = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
  const FIELDS = ['revision', 'policyUrl', 'language', 'translations', 'layout', 'position', 'theme', 'mode', 'reopenButton', 'log', 'respectGPC', 'hideFromBots', 'expiresDays', 'cookie', 'categories', 'googleConsentMode', 'debug'];
  const key = fc.oneof(fc.constantFrom(...FIELDS, ...HOSTILE), fc.string());
  const value = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, fc.jsonValue(), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 4 })),
  })).node;

  it('random JSON with hostile keys: zero throws, and every field either valid or reported', () => {
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 8 }), (input) => {
        const reported: string[] = [];
        const c = resolveConfig(JSON.parse(JSON.stringify(input)) as unknown, (field) => void reported.push(field));
        expect(Object.getPrototypeOf(c)).to.equal(Object.prototype);
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
        for (const field of FIELDS) {
          const given = (input as Record<string, unknown>)[field];
          if (given === undefined) continue;
          const used = JSON.stringify((c as unknown as Record<string, unknown>)[field]);
          const named = reported.some((r) => r === field || r.startsWith(`${field}.`) || r.startsWith(`${field}[`));
          // Taken as given, or reported (then the default or the valid part is used).
          if (!named && field !== 'translations' && field !== 'categories' && field !== 'expiresDays' && field !== 'cookie' && field !== 'googleConsentMode') expect(used, field).to.equal(JSON.stringify(given));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('huge arrays resolve without throwing: 10,000 categories, 10,000 cookies', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({ id: `c${i}`, cookies: [{ name: `k${i}` }] }));
    const c = resolveConfig({ categories: many }, () => undefined);
    expect(c.categories).to.have.length(10_000);
    const cookies = resolveConfig({ categories: [{ id: 'a', cookies: Array.from({ length: 10_000 }, (_, i) => ({ name: `k${i}` })) }] }, () => undefined);
    expect(cookies.categories[0]?.cookies).to.have.length(10_000);
  });
});

describe('property-based: the server Cookie header parser', () => {
  it('arbitrary headers never throw and never give a record', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.fullUnicodeString(), fc.constant(undefined), fc.constant(null)), (header) => {
        expect(parseConsentCookie(header, { revision: 2, categories, now: NOW })).to.equal(null);
      }),
      RUNS,
    );
  });

  it('a header with the consent cookie in any encoding, amid junk cookies, gives the stored record judged against the config', () => {
    const junk = fc.array(fc.tuple(fc.stringMatching(/^[a-z_]{1,8}$/), fc.stringMatching(/^[^;,\s]{0,12}$/)), { maxLength: 5 });
    reaching(
      (hit) =>
        fc.property(encoded, junk, (written, others) => {
          const cookies = others.filter(([n]) => n !== 'cookie_consent').map(([n, v]) => `${n}=${v}`);
          const header = [...cookies, `cookie_consent=${written.value}`].join('; ');
          const parsed = parseConsentCookie(header, { revision: 2, expiresDays: rules.expiresDays, categories, now: NOW });
          expect(parsed).to.deep.equal(parseRecord(encodeRecord(written.r), rules));
          if (parsed) {
            hit();
            assertValid(parsed, written.r);
          }
        }),
      RUNS.numRuns / 2,
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
