// The server helper in plain Node 20: no DOM, same parser as the browser.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isGranted, parseConsentCookie } from '../../dist/server.js';

const record = {
  v: 1,
  id: '0b6f6c1e-7d1a-4d7e-9a63-2f3f0f6d1a11',
  revision: 3,
  categories: ['necessary', 'analytics'],
  declined: ['marketing'],
  services: {},
  given: '2026-05-01T12:00:00.000Z',
  updated: '2026-05-20T12:00:00.000Z',
};
const now = Date.parse('2026-06-01T00:00:00.000Z');
const value = encodeURIComponent(JSON.stringify(record));

test('reads the record from a whole Cookie header', () => {
  const header = `theme=dark; cookie_consent=${value}; other=1`;
  assert.deepEqual(parseConsentCookie(header, { now }), record);
  assert.equal(isGranted(parseConsentCookie(header, { now }), 'analytics'), true);
  assert.equal(isGranted(parseConsentCookie(header, { now }), 'marketing'), false);
});

test('reads a bare value, encoded or not', () => {
  assert.deepEqual(parseConsentCookie(value, { now }), record);
  assert.deepEqual(parseConsentCookie(JSON.stringify(record), { now }), record);
});

test('honours a custom cookie name, revision and lifetime', () => {
  const header = `site_consent=${value}`;
  assert.equal(parseConsentCookie(header, { now }), null);
  assert.deepEqual(parseConsentCookie(header, { name: 'site_consent', revision: 3, now }), record);
  assert.equal(parseConsentCookie(header, { name: 'site_consent', revision: 4, now }), null);
  assert.equal(parseConsentCookie(header, { name: 'site_consent', expiresDays: 5, now }), null);
});

test('drops categories the config no longer has', () => {
  const r = parseConsentCookie(value, { now, categories: [{ id: 'necessary', required: true }, { id: 'marketing' }] });
  assert.deepEqual(r?.categories, ['necessary']);
});

test('never throws on garbage', () => {
  for (const input of [undefined, null, '', ';;;', 'cookie_consent=', 'cookie_consent=%E0%A4%A', 'cookie_consent={"v":1}', '%7B', '{']) {
    assert.equal(parseConsentCookie(input, { now }), null);
  }
});

// js-cookie's own write converter (the one the browser bundle writes with), from the package itself.
const { default: Cookies } = await import('js-cookie');

test('reads the value exactly as js-cookie writes it (it leaves { } [ ] : unencoded)', () => {
  const written = Cookies.converter.write(JSON.stringify(record), 'cookie_consent');
  assert.match(written, /^\{%22v%22:1%2C/, 'the browser encoding, not encodeURIComponent');
  assert.deepEqual(parseConsentCookie(`cookie_consent=${written}`, { now }), record);
  assert.deepEqual(parseConsentCookie(`a=1;cookie_consent=${written};b=2`, { now }), record);
  assert.deepEqual(parseConsentCookie(written, { now }), record);
  assert.deepEqual(parseConsentCookie(written, { now, revision: 3, categories: [{ id: 'necessary', required: true }, { id: 'analytics' }, { id: 'marketing' }] }), record);
});

test('property: every valid record comes back, however it was encoded', async () => {
  const fc = (await import('fast-check')).default;
  const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);
  const time = fc.integer({ min: Date.parse('2020-01-01'), max: now }).map((t) => new Date(t).toISOString());
  const records = fc.record({
    v: fc.constant(1),
    id: fc.uuid(),
    revision: fc.nat(1000),
    categories: fc.uniqueArray(id, { maxLength: 6 }),
    declined: fc.uniqueArray(id, { maxLength: 6 }),
    services: fc.dictionary(id, fc.uniqueArray(id, { maxLength: 4 }), { maxKeys: 3 }),
    given: time,
    updated: time,
  });
  const encoders = {
    'js-cookie': (json) => Cookies.converter.write(json, 'cookie_consent'),
    encodeURIComponent,
    'decoded (req.cookies, cookies())': (json) => json,
  };
  fc.assert(
    fc.property(records, fc.constantFrom(...Object.keys(encoders)), fc.boolean(), (r, how, header) => {
      const value = encoders[how](JSON.stringify(r));
      const input = header && how !== 'decoded (req.cookies, cookies())' ? `x=1; cookie_consent=${value}` : value;
      const parsed = parseConsentCookie(input, { now: Date.parse(r.updated) });
      assert.deepEqual(parsed, { ...r, services: r.services }, `${how}: ${input}`);
    }),
    { numRuns: 500 },
  );
});

test('ids that are Object method names: never throws, never granted by the prototype', () => {
  const hostile = { ...record, categories: ['necessary', 'constructor', '__proto__'], services: JSON.parse('{"constructor":["svc"],"__proto__":["svc"]}') };
  const value = encodeURIComponent(JSON.stringify(hostile));
  const parsed = parseConsentCookie(value, { now });
  assert.equal(isGranted(parsed, 'constructor', 'svc'), true);
  assert.equal(isGranted(parsed, 'constructor', 'other'), false);
  assert.equal(isGranted(parsed, 'toString', 'svc'), false);
  assert.equal(isGranted(parseConsentCookie(encodeURIComponent(JSON.stringify({ ...record, categories: ['necessary', 'toString'] })), { now }), 'toString', 'svc'), true);
  const known = [{ id: 'necessary', required: true }, { id: '__proto__', services: [{ id: 'svc' }] }, { id: 'constructor', services: [{ id: 'svc' }] }];
  const restricted = parseConsentCookie(value, { now, categories: known });
  assert.deepEqual(Object.keys(restricted.services).sort(), ['__proto__', 'constructor']);
  assert.equal(isGranted(restricted, '__proto__', 'svc'), true);
});

test('bad options never throw: null options, a NaN clock (the real time is used)', () => {
  const fresh = encodeURIComponent(JSON.stringify({ ...record, given: new Date().toISOString(), updated: new Date().toISOString() }));
  assert.doesNotThrow(() => parseConsentCookie(fresh, null));
  assert.equal(parseConsentCookie(fresh, null)?.id, record.id);
  // `now: NaN` must not make a record immortal: judged by the real clock, 2026-05 + 182 days is past in 2026-12.
  const old = encodeURIComponent(JSON.stringify({ ...record, updated: '2020-01-01T00:00:00.000Z', given: '2020-01-01T00:00:00.000Z' }));
  assert.equal(parseConsentCookie(old, { now: Number.NaN }), null);
});
