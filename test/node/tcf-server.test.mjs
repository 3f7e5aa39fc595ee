// The IAB TCF server helpers in plain Node 20: TC and AC strings read from a request, and the
// Global Vendor List served from the site, with the IAB stubbed by the fixture files.
/* global Request, Response, structuredClone */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { GVL, PurposeRestriction, RestrictionType, TCModel, TCString } from '@iabtechlabtcf/core';
import { parseAdditionalConsent, parseTCString, tcfAllows, vendorListHandler } from '../../dist/server.js';

const fixture = (name) => readFileSync(new URL(`../fixtures/gvl/${name}`, import.meta.url), 'utf8');
const FILES = { 'vendor-list.json': fixture('vendor-list.json'), 'purposes-fr.json': fixture('purposes-fr.json'), 'purposes-de.json': fixture('purposes-de.json') };
const LIST = JSON.parse(FILES['vendor-list.json']);
const ALL_VENDORS = Object.keys(LIST.vendors).map(Number);
/** The site works with every fixture vendor but Magnite (52). */
const SITE_VENDORS = [1, 2, 10, 25, 28, 755];
const DAY = 86_400_000;

// ---------------------------------------------------------------------------------------------
// TC strings, made by the IAB's own encoder

/** A TC string from the IAB encoder with the given choices, over the fixture GVL. */
function encode(choices = {}) {
  const model = new TCModel(new GVL(structuredClone(LIST)));
  model.cmpId = 300;
  model.cmpVersion = 4;
  model.consentScreen = 2;
  model.publisherCountryCode = 'DE';
  model.isServiceSpecific = true;
  model.purposeConsents.set(choices.purposeConsents ?? []);
  model.purposeLegitimateInterests.set(choices.purposeLegitimateInterests ?? []);
  model.vendorConsents.set(choices.vendorConsents ?? []);
  model.vendorLegitimateInterests.set(choices.vendorLegitimateInterests ?? []);
  model.specialFeatureOptins.set(choices.specialFeatureOptins ?? []);
  model.vendorsDisclosed.set(choices.vendorsDisclosed ?? SITE_VENDORS);
  for (const [vendor, purpose, type] of choices.restrictions ?? []) model.publisherRestrictions.add(vendor, new PurposeRestriction(purpose, type));
  return TCString.encode(model);
}

const CHOICES = {
  purposeConsents: [1, 2, 3, 4, 7],
  purposeLegitimateInterests: [2, 7, 9, 10],
  vendorConsents: [1, 2, 25, 755],
  vendorLegitimateInterests: [10, 28, 755],
  specialFeatureOptins: [1],
};
const tcString = encode(CHOICES);

describe('parseTCString', () => {
  test('the string has a core and a Disclosed Vendors segment', () => {
    const [core, ...others] = tcString.split('.');
    // A segment's first 3 bits are its type: core strings (v2) start with C, Disclosed Vendors (type 1) with I–P.
    assert.match(core, /^C/);
    assert.ok(others.some((segment) => /^[I-P]/.test(segment)), tcString);
  });

  test('decodes the header fields', () => {
    const tc = parseTCString(tcString);
    assert.equal(tc.version, 2);
    assert.equal(tc.cmpId, 300);
    assert.equal(tc.cmpVersion, 4);
    assert.equal(tc.consentScreen, 2);
    assert.equal(tc.consentLanguage, 'EN');
    assert.equal(tc.vendorListVersion, LIST.vendorListVersion);
    assert.equal(tc.policyVersion, LIST.tcfPolicyVersion);
    assert.equal(tc.isServiceSpecific, true);
    assert.equal(tc.useNonStandardTexts, false);
    assert.equal(tc.purposeOneTreatment, false);
    assert.equal(tc.publisherCountryCode, 'DE');
    // Day-level timestamps since TCF 2.2, as ISO strings.
    assert.match(tc.created, /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);
    assert.equal(tc.lastUpdated, tc.created);
  });

  test('decodes purpose by purpose and vendor by vendor', () => {
    const tc = parseTCString(tcString);
    for (let purpose = 1; purpose <= 11; purpose++) {
      assert.equal(tc.purposeConsents.includes(purpose), CHOICES.purposeConsents.includes(purpose), `consent for purpose ${purpose}`);
      assert.equal(tc.purposeLegitimateInterests.includes(purpose), CHOICES.purposeLegitimateInterests.includes(purpose), `LI for purpose ${purpose}`);
    }
    for (const vendor of ALL_VENDORS) {
      assert.equal(tc.vendorConsents.includes(vendor), CHOICES.vendorConsents.includes(vendor), `consent for vendor ${vendor}`);
      assert.equal(tc.vendorLegitimateInterests.includes(vendor), CHOICES.vendorLegitimateInterests.includes(vendor), `LI for vendor ${vendor}`);
      assert.equal(tc.vendorsDisclosed.includes(vendor), SITE_VENDORS.includes(vendor), `vendor ${vendor} disclosed`);
    }
    assert.deepEqual(tc.specialFeatureOptins, [1]);
    assert.deepEqual(tc.publisherRestrictions, []);
  });

  test('returns plain data that survives JSON', () => {
    const tc = parseTCString(tcString);
    assert.deepEqual(JSON.parse(JSON.stringify(tc)), tc);
  });

  test('decodes publisher restrictions', () => {
    const tc = parseTCString(encode({ ...CHOICES, restrictions: [[755, 2, RestrictionType.REQUIRE_CONSENT], [28, 7, RestrictionType.NOT_ALLOWED], [10, 7, RestrictionType.NOT_ALLOWED]] }));
    const byPurpose = Object.fromEntries(tc.publisherRestrictions.map((r) => [`${r.purposeId}:${r.restrictionType}`, r.vendors]));
    assert.deepEqual(byPurpose, { '2:1': [755], '7:0': [10, 28] });
  });

  test('reads the euconsent-v2 cookie from a whole Cookie header, or a custom cookie name', () => {
    const expected = parseTCString(tcString);
    assert.deepEqual(parseTCString(`theme=dark; euconsent-v2=${tcString}; addtl_consent=2~1.35~dv.`), expected);
    assert.deepEqual(parseTCString(`euconsent-v2=${tcString}`), expected);
    assert.deepEqual(parseTCString(`euconsent-v2="${tcString}"`), expected, 'a quoted cookie value');
    assert.deepEqual(parseTCString(`  ${tcString}  `), expected, 'a bare value');
    assert.deepEqual(parseTCString(`tcf=${tcString}`, { name: 'tcf' }), expected);
    assert.equal(parseTCString(`tcf=${tcString}`), null, 'not under the default name');
    assert.equal(parseTCString(`theme=dark; other=1`), null);
  });

  test('never throws on garbage', () => {
    const garbage = [
      undefined, null, '', ' ', ';;;', 'euconsent-v2=', 'x', 'AAAA', 'CAAAAAAAAAAA', '%%%', '%E0%A4%A', '{"v":1}',
      tcString.slice(0, 20), `${tcString}.`, `${tcString}..`, tcString.replace(/\./, '..'), `${tcString}~`, tcString.slice(0, -1) + '!',
      // A TCF v1 consent string.
      'BOEFEAyOEFEAyAHABDENAI4AAAB9vABAASA',
      'A'.repeat(100_000),
    ];
    for (const input of garbage) assert.equal(parseTCString(input), null, `garbage: ${String(input).slice(0, 40)}`);
    assert.equal(parseTCString(tcString, null)?.cmpId, 300, 'null options are defaults');
  });
});

describe('tcfAllows', () => {
  const tc = parseTCString(tcString);

  test('allows by consent: the purpose and the vendor consented to', () => {
    assert.equal(tcfAllows(tc, 1, [1, 2, 3, 4, 7]), true);
    assert.equal(tcfAllows(tc, 25, [1, 3, 4]), true);
    assert.equal(tcfAllows(tc, 25, [1, 5]), false, 'no consent to purpose 5');
    assert.equal(tcfAllows(tc, 52, [1]), false, 'no consent to the vendor');
  });

  test('allows by legitimate interest where the vendor has it and the visitor did not object', () => {
    assert.equal(tcfAllows(tc, 28, [2, 7, 9, 10]), true);
    assert.equal(tcfAllows(tc, 28, [8]), false, 'no LI for purpose 8');
    assert.equal(tcfAllows(tc, 10, [1]), false, 'never LI for purpose 1');
  });

  test('never by legitimate interest for purposes 3 to 6', () => {
    const everything = parseTCString(encode({ purposeLegitimateInterests: [2, 7, 8, 9, 10, 11], vendorLegitimateInterests: [28], purposeConsents: [] }));
    for (const purpose of [1, 3, 4, 5, 6]) assert.equal(tcfAllows(everything, 28, [purpose]), false, `purpose ${purpose}`);
  });

  test('follows the publisher restrictions', () => {
    const restricted = parseTCString(encode({ ...CHOICES, restrictions: [[755, 2, RestrictionType.REQUIRE_LI], [755, 7, RestrictionType.REQUIRE_CONSENT], [1, 1, RestrictionType.NOT_ALLOWED]] }));
    assert.equal(tcfAllows(restricted, 755, [2]), true, 'LI required and given');
    assert.equal(tcfAllows(restricted, 755, [7]), true, 'consent required and given');
    assert.equal(tcfAllows(restricted, 1, [1]), false, 'not allowed at all');
    assert.equal(tcfAllows(restricted, 1, [2]), true, 'other purposes unaffected');
    const liOnly = parseTCString(encode({ ...CHOICES, restrictions: [[1, 2, RestrictionType.REQUIRE_LI]] }));
    assert.equal(tcfAllows(liOnly, 1, [2]), false, 'vendor 1 has consent but no LI');
  });

  test('no string allows nothing', () => {
    assert.equal(tcfAllows(null, 755, [1]), false);
  });
});

describe('parseAdditionalConsent', () => {
  test('reads version 2 (consented, then disclosed after dv.) and version 1', () => {
    assert.deepEqual(parseAdditionalConsent('2~1.35.41.101~dv.9.21.81'), { version: 2, consented: [1, 35, 41, 101], disclosed: [9, 21, 81] });
    assert.deepEqual(parseAdditionalConsent('2~~dv.9.21'), { version: 2, consented: [], disclosed: [9, 21] });
    assert.deepEqual(parseAdditionalConsent('2~1.35~dv.'), { version: 2, consented: [1, 35], disclosed: [] });
    assert.deepEqual(parseAdditionalConsent('1~1.35.41'), { version: 1, consented: [1, 35, 41], disclosed: [] });
    assert.deepEqual(parseAdditionalConsent('1~'), { version: 1, consented: [], disclosed: [] });
    assert.deepEqual(parseAdditionalConsent('2~41.1.35.1~dv.'), { version: 2, consented: [1, 35, 41], disclosed: [] }, 'sorted, once each');
  });

  test('reads the addtl_consent cookie from a whole Cookie header, or a custom cookie name', () => {
    const expected = { version: 2, consented: [1, 35], disclosed: [9] };
    assert.deepEqual(parseAdditionalConsent(`euconsent-v2=${tcString}; addtl_consent=2~1.35~dv.9; a=b`), expected);
    assert.deepEqual(parseAdditionalConsent('addtl_consent=2%7E1.35%7Edv.9'), expected, 'percent-encoded');
    assert.deepEqual(parseAdditionalConsent('ac=2~1.35~dv.9', { name: 'ac' }), expected);
    assert.equal(parseAdditionalConsent('ac=2~1.35~dv.9'), null);
  });

  test('rejects malformed strings and never throws', () => {
    const garbage = [
      undefined, null, '', ' ', '~', '1', '2', '3~1.2', '0~1', '2~1.2', '2~1.2~9.21', '2~1.2~dv', '2~1..2~dv.', '2~1.2~dv.3.', '2~.1~dv.',
      '1~1.2~dv.3', '1~a.b', '1~0', '1~-1', '1~01', '1~1.5e3', '2~1~dv.2~x', 'addtl_consent=', 'addtl_consent=%E0%A4%A', '1~' + '1.'.repeat(20_000) + '1',
    ];
    for (const input of garbage) assert.equal(parseAdditionalConsent(input), null, `garbage: ${String(input).slice(0, 40)}`);
  });
});

// ---------------------------------------------------------------------------------------------
// The vendor list handler, with the IAB stubbed

const dirs = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const cacheDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'lcc-gvl-test-'));
  dirs.push(dir);
  return dir;
};

/** A stub of vendor-list.consensu.org serving `files`; `down` makes it fail, `delay` slows it. */
function stubIab(files = FILES) {
  const iab = {
    files: { ...files },
    calls: [],
    down: false,
    delay: 0,
    async fetch(url) {
      const href = String(url);
      iab.calls.push(href);
      if (iab.delay) await new Promise((r) => setTimeout(r, iab.delay));
      if (iab.down) throw new TypeError('fetch failed');
      const name = href.replace('https://vendor-list.consensu.org/v3/', '');
      const body = iab.files[name];
      return body === undefined ? new Response('Not Found', { status: 404 }) : new Response(body, { headers: { 'content-type': 'application/json' } });
    },
  };
  return iab;
}

const get = (handler, path, headers = {}, method = 'GET') => handler(new Request(`https://site.example${path}`, { method, headers }));
const json = async (response) => JSON.parse(await response.text());

/** Calls the handler the way Express does; resolves with what it wrote, or `next` if it passed. */
async function express(handler, url, headers = {}) {
  const res = { statusCode: 200, headers: {}, body: undefined, setHeader(n, v) { this.headers[n.toLowerCase()] = v; }, end(b) { this.body = b; } };
  let passed = false;
  await handler({ url, method: 'GET', headers }, res, (error) => { passed = error ?? true; });
  return passed ? { next: passed } : res;
}

/** A raw HTTP GET (the path is sent as is, `..` included). */
function rawGet(port, path, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('vendorListHandler', () => {
  test('fetch-style: serves vendor-list.json filtered to the site\'s vendors, everything else intact', async () => {
    const iab = stubIab();
    const handler = vendorListHandler({ vendors: SITE_VENDORS, cacheDir: cacheDir(), fetch: iab.fetch });
    const response = await get(handler, '/gvl/vendor-list.json?v=1');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^application\/json/);
    assert.match(response.headers.get('cache-control'), /^public, max-age=\d+/);
    assert.match(response.headers.get('etag'), /^"[0-9a-f]{32}"$/);
    const list = await json(response);
    assert.deepEqual(Object.keys(list.vendors).map(Number), SITE_VENDORS);
    assert.equal(list.vendors[52], undefined, 'Magnite is not the site\'s');
    assert.deepEqual(list.vendors[755], LIST.vendors[755]);
    for (const key of ['gvlSpecificationVersion', 'vendorListVersion', 'tcfPolicyVersion', 'lastUpdated', 'purposes', 'specialPurposes', 'features', 'specialFeatures', 'stacks', 'dataCategories']) {
      assert.deepEqual(list[key], LIST[key], key);
    }
    assert.deepEqual(iab.calls, ['https://vendor-list.consensu.org/v3/vendor-list.json']);
  });

  test('without vendors, lists every vendor', async () => {
    const handler = vendorListHandler({ cacheDir: cacheDir(), fetch: stubIab().fetch });
    assert.deepEqual(Object.keys((await json(await get(handler, '/vendor-list.json'))).vendors).map(Number), ALL_VENDORS);
  });

  test('the GVL of the IAB\'s own library reads what it serves', async () => {
    const handler = vendorListHandler({ vendors: SITE_VENDORS, cacheDir: cacheDir(), fetch: stubIab().fetch });
    const gvl = new GVL(await json(await get(handler, '/vendor-list.json')));
    await gvl.readyPromise;
    assert.equal(gvl.vendorListVersion, LIST.vendorListVersion);
    assert.deepEqual(Object.keys(gvl.getVendorsWithConsentPurpose(1)).map(Number), [1, 2, 10, 25, 28, 755]);
    assert.deepEqual(Object.keys(gvl.getVendorsWithSpecialFeature(1)).map(Number), [10, 25, 28]);
  });

  test('serves translations: the languages asked for, lower case only', async () => {
    const iab = stubIab();
    const handler = vendorListHandler({ languages: ['fr', 'DE'], cacheDir: cacheDir(), fetch: iab.fetch });
    const fr = await get(handler, '/gvl/purposes-fr.json');
    assert.equal(fr.status, 200);
    assert.deepEqual(await json(fr), JSON.parse(FILES['purposes-fr.json']));
    const de = await json(await get(handler, '/gvl/purposes-de.json'));
    assert.equal(de.purposes[1].name, 'Speichern von oder Zugriff auf Informationen auf einem Endgerät');
    for (const path of ['/gvl/purposes-es.json', '/gvl/purposes-FR.json', '/gvl/purposes-fr-.json', '/gvl/purposes-../../x.json', '/gvl/purposes-.json']) {
      assert.equal((await get(handler, path)).status, 404, path);
    }
    assert.deepEqual(iab.calls.sort(), ['https://vendor-list.consensu.org/v3/purposes-de.json', 'https://vendor-list.consensu.org/v3/purposes-fr.json']);
  });

  test('by default, any language the IAB translates to; English comes from the vendor list', async () => {
    const iab = stubIab();
    const handler = vendorListHandler({ cacheDir: cacheDir(), fetch: iab.fetch });
    assert.equal((await get(handler, '/purposes-de.json')).status, 200);
    assert.equal((await get(handler, '/purposes-pt-br.json')).status, 502, 'asked of the IAB (the stub has none)');
    assert.ok(iab.calls.includes('https://vendor-list.consensu.org/v3/purposes-pt-br.json'));
    assert.equal((await get(handler, '/purposes-xx.json')).status, 404, 'not a TCF language: never asked');
    assert.ok(!iab.calls.some((u) => u.includes('purposes-xx')));
    const en = await json(await get(handler, '/purposes-en.json'));
    assert.deepEqual(en.purposes, LIST.purposes);
    assert.deepEqual(en.stacks, LIST.stacks);
    assert.equal(en.vendors, undefined);
  });

  test('unknown paths are 404; other methods 405; HEAD has headers only', async () => {
    const handler = vendorListHandler({ cacheDir: cacheDir(), fetch: stubIab().fetch });
    for (const path of ['/', '/gvl/', '/gvl/vendor-list.js', '/gvl/vendor-list.json/x', '/gvl/archives/vendor-list-vx.json', '/gvl/vendor-list-v150.json', '/gvl/purposes-fr.json.bak']) {
      assert.equal((await get(handler, path)).status, 404, path);
    }
    const post = await get(handler, '/vendor-list.json', {}, 'POST');
    assert.equal(post.status, 405);
    assert.equal(post.headers.get('allow'), 'GET, HEAD');
    const head = await get(handler, '/vendor-list.json', {}, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(await head.text(), '');
    assert.ok(Number(head.headers.get('content-length')) > 1000);
  });

  test('ETag: 304 for If-None-Match, weak or in a list; 200 for another tag', async () => {
    const handler = vendorListHandler({ cacheDir: cacheDir(), fetch: stubIab().fetch });
    const first = await get(handler, '/vendor-list.json');
    const etag = first.headers.get('etag');
    for (const tag of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const again = await get(handler, '/vendor-list.json', { 'if-none-match': tag });
      assert.equal(again.status, 304, tag);
      assert.equal(again.headers.get('etag'), etag);
      assert.equal(await again.text(), '');
    }
    assert.equal((await get(handler, '/vendor-list.json', { 'if-none-match': '"other"' })).status, 200);
    const fr = await get(handler, '/purposes-fr.json');
    assert.notEqual(fr.headers.get('etag'), etag, 'one tag per file');
  });

  test('Node http: a listener for http.createServer', async () => {
    const handler = vendorListHandler({ vendors: SITE_VENDORS, cacheDir: cacheDir(), fetch: stubIab().fetch });
    const server = createServer(handler);
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    try {
      const { port } = server.address();
      const list = await rawGet(port, '/consent/gvl/vendor-list.json');
      assert.equal(list.status, 200);
      assert.match(list.headers['content-type'], /^application\/json/);
      assert.deepEqual(Object.keys(JSON.parse(list.body).vendors).map(Number), SITE_VENDORS);
      const notModified = await rawGet(port, '/consent/gvl/vendor-list.json', { 'if-none-match': list.headers.etag });
      assert.equal(notModified.status, 304);
      assert.equal(notModified.body, '');
      const fr = await rawGet(port, '/purposes-fr.json');
      assert.deepEqual(JSON.parse(fr.body), JSON.parse(FILES['purposes-fr.json']));
      for (const path of ['/purposes-../../x.json', '/gvl/purposes-../../../etc/passwd.json', '/purposes-%2e%2e%2fx.json', '/favicon.ico']) {
        assert.equal((await rawGet(port, path)).status, 404, path);
      }
    } finally {
      server.close();
    }
  });

  test('Express/Connect: serves its paths and passes everything else to next()', async () => {
    const handler = vendorListHandler({ vendors: SITE_VENDORS, cacheDir: cacheDir(), fetch: stubIab().fetch });
    const res = await express(handler, '/vendor-list.json');
    assert.equal(res.statusCode, 200);
    assert.match(res.headers['content-type'], /^application\/json/);
    assert.equal(JSON.parse(res.body).vendors[52], undefined);
    assert.deepEqual(await express(handler, '/index.html'), { next: true });
    assert.deepEqual(await express(handler, '/purposes-../../x.json'), { next: true });
    assert.equal((await express(handler, '/vendor-list.json', { 'if-none-match': res.headers.etag })).statusCode, 304);
  });

  test('keeps the files on disk: a second handler with the same cacheDir serves them without fetching', async () => {
    const dir = cacheDir();
    const now = () => Date.parse('2026-01-08T12:00:00Z');
    const first = stubIab();
    const a = vendorListHandler({ vendors: SITE_VENDORS, languages: ['fr'], cacheDir: dir, fetch: first.fetch, now });
    const fromA = await (await get(a, '/vendor-list.json')).text();
    await get(a, '/purposes-fr.json');
    assert.equal(first.calls.length, 2);
    assert.equal(readFileSync(join(dir, 'vendor-list.json'), 'utf8'), FILES['vendor-list.json'], 'the IAB\'s file as it came');
    assert.ok(existsSync(join(dir, `vendor-list-v${LIST.vendorListVersion}.json`)), 'kept as an archive too');
    assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temp files left');

    const second = stubIab();
    second.down = true;
    const b = vendorListHandler({ vendors: SITE_VENDORS, languages: ['fr'], cacheDir: dir, fetch: second.fetch, now });
    assert.equal(await (await get(b, '/vendor-list.json')).text(), fromA);
    assert.equal((await get(b, '/purposes-fr.json')).status, 200);
    assert.deepEqual(second.calls, []);

    const other = vendorListHandler({ vendors: [755], cacheDir: dir, fetch: second.fetch, now });
    assert.deepEqual(Object.keys((await json(await get(other, '/vendor-list.json'))).vendors), ['755'], 'filtered per handler, not on disk');
  });

  test('refreshes after refreshMs (7 days by default), and serves archives of versions it has fetched', async () => {
    let time = Date.parse('2026-01-08T16:00:00Z');
    const iab = stubIab();
    const handler = vendorListHandler({ cacheDir: cacheDir(), fetch: iab.fetch, now: () => time });
    assert.equal((await json(await get(handler, '/vendor-list.json'))).vendorListVersion, 150);
    const next = { ...LIST, vendorListVersion: 151, lastUpdated: '2026-01-15T16:00:00Z' };
    iab.files['vendor-list.json'] = JSON.stringify(next);

    time += 7 * DAY - 1;
    assert.equal((await json(await get(handler, '/vendor-list.json'))).vendorListVersion, 150, 'still fresh');
    assert.equal(iab.calls.length, 1);

    time += 2;
    assert.equal((await json(await get(handler, '/vendor-list.json'))).vendorListVersion, 151, 'fetched again');
    assert.equal(iab.calls.length, 2);

    const v150 = await get(handler, '/gvl/archives/vendor-list-v150.json');
    assert.equal(v150.status, 200);
    assert.equal((await json(v150)).vendorListVersion, 150);
    assert.match(v150.headers.get('cache-control'), /immutable/);
    assert.equal((await json(await get(handler, '/archives/vendor-list-v151.json'))).vendorListVersion, 151);
    assert.equal((await get(handler, '/archives/vendor-list-v149.json')).status, 404, 'never fetched');
    assert.equal(iab.calls.length, 2, 'archives never go to the IAB');
  });

  test('refreshMs is an option', async () => {
    let time = 1_000_000;
    const iab = stubIab();
    const handler = vendorListHandler({ cacheDir: cacheDir(), fetch: iab.fetch, now: () => time, refreshMs: DAY });
    await get(handler, '/vendor-list.json');
    time += DAY;
    await get(handler, '/vendor-list.json');
    assert.equal(iab.calls.length, 2);
  });

  test('serves the stale copy when the IAB fails, and 502 when it has none', async () => {
    let time = Date.parse('2026-01-08T16:00:00Z');
    const iab = stubIab();
    const handler = vendorListHandler({ cacheDir: cacheDir(), fetch: iab.fetch, now: () => time });
    const body = await (await get(handler, '/vendor-list.json')).text();
    iab.down = true;
    time += 8 * DAY;
    const stale = await get(handler, '/vendor-list.json');
    assert.equal(stale.status, 200);
    assert.equal(await stale.text(), body);
    assert.equal(iab.calls.length, 2, 'it tried');
    await get(handler, '/vendor-list.json');
    assert.equal(iab.calls.length, 2, 'and waits a moment before trying again');
    time += 60_000;
    iab.down = false;
    await get(handler, '/vendor-list.json');
    assert.equal(iab.calls.length, 3);

    const broken = stubIab();
    broken.down = true;
    const empty = await get(vendorListHandler({ cacheDir: cacheDir(), fetch: broken.fetch }), '/vendor-list.json');
    assert.equal(empty.status, 502);
    assert.equal(empty.headers.get('cache-control'), 'no-store');
    assert.ok(Number(empty.headers.get('retry-after')) > 0);
  });

  test('refuses what the IAB sends when it is not a vendor list', async () => {
    for (const text of ['not json', '[]', '{"vendors":{}}', JSON.stringify({ ...LIST, vendors: undefined })]) {
      const iab = stubIab({ 'vendor-list.json': text });
      assert.equal((await get(vendorListHandler({ cacheDir: cacheDir(), fetch: iab.fetch }), '/vendor-list.json')).status, 502, text.slice(0, 20));
    }
  });

  test('concurrent requests share one fetch', async () => {
    const iab = stubIab();
    iab.delay = 30;
    const handler = vendorListHandler({ cacheDir: cacheDir(), fetch: iab.fetch });
    const responses = await Promise.all(Array.from({ length: 8 }, () => get(handler, '/vendor-list.json')));
    assert.ok(responses.every((r) => r.status === 200));
    assert.equal(iab.calls.length, 1);
  });

  test('fetch-style with more arguments, as Workers and Deno call it', async () => {
    const handler = vendorListHandler({ cacheDir: cacheDir(), fetch: stubIab().fetch });
    const response = await handler(new Request('https://site.example/vendor-list.json'), { ENV: 1 }, { waitUntil() {} });
    assert.equal(response.status, 200);
    assert.equal((await json(response)).vendorListVersion, 150);
  });

  test('serves from memory, with a warning, when the cache folder cannot be written', async (t) => {
    const warn = t.mock.method(console, 'warn', () => {});
    const blocked = join(cacheDir(), 'a-file');
    writeFileSync(blocked, 'not a folder');
    const iab = stubIab();
    const handler = vendorListHandler({ cacheDir: join(blocked, 'gvl'), fetch: iab.fetch });
    assert.equal((await get(handler, '/vendor-list.json')).status, 200);
    assert.equal((await get(handler, '/vendor-list.json')).status, 200);
    assert.equal(iab.calls.length, 1);
    assert.ok(warn.mock.calls.length > 0);
    assert.match(String(warn.mock.calls[0].arguments[0]), /could not cache vendor-list\.json/);
  });

  test('baseUrl points at another copy of the files', async () => {
    const calls = [];
    const fetch = async (url) => {
      calls.push(String(url));
      return new Response(FILES['vendor-list.json']);
    };
    await get(vendorListHandler({ cacheDir: cacheDir(), fetch, baseUrl: 'https://mirror.example/gvl' }), '/vendor-list.json');
    assert.deepEqual(calls, ['https://mirror.example/gvl/vendor-list.json']);
  });
});
