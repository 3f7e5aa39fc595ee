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
