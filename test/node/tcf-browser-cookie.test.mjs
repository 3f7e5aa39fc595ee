/* global Response */
// The server side of TCF with what a real browser wrote: Chromium opens the fixture page on the
// script-tag bundle, its vendor list served by our own vendorListHandler (the IAB's side a
// stub serving the fixture files), the visitor makes a custom choice in the panel, and
// parseTCString / parseAdditionalConsent read the cookies exactly as the browser holds them.
import assert from 'node:assert/strict';
import { createReadStream, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { parseAdditionalConsent, parseTCString, tcfAllows, vendorListHandler } from '../../dist/server.js';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

const root = new URL('../..', import.meta.url).pathname;
const fixtures = new URL('../fixtures/gvl/', import.meta.url);
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
// The IAB's side: the fixture files, no network.
const iab = async (url) => {
  const file = new URL(String(url).split('/').pop(), fixtures);
  return existsSync(file) ? new Response(readFileSync(file), { headers: { 'content-type': 'application/json' } }) : new Response('no', { status: 404 });
};
const gvl = vendorListHandler({ vendors: [1, 2, 10, 25, 28, 755], cacheDir: mkdtempSync(join(tmpdir(), 'lcc-gvl-')), fetch: iab });
let requests = 0;
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path.startsWith('/gvl/')) {
    requests++;
    return gvl(req, res);
  }
  const file = join(root, normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, ''));
  if (!existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
let browser;
let port;

before(async () => {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = server.address().port;
  browser = await puppeteer.launch({ executablePath: findChromium() ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
  server.close();
});

test('a custom choice made in Chromium, read back on the server from the Cookie header', async () => {
  const page = await browser.newPage();
  await page.goto(`http://www.news.example:${port}/test/fixtures/tcf.html?clear&action=custom&gvl=/gvl/`);
  await page.waitForFunction(() => window.__result !== undefined, { timeout: 10000 });
  const result = await page.evaluate(() => window.__result);
  const header = (await page.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  await page.close();
  assert.ok(requests > 0, 'the page loaded its vendor list through vendorListHandler');

  const tc = parseTCString(header);
  assert.ok(tc, 'parseTCString reads the euconsent-v2 cookie');
  assert.equal(result.tcString, /euconsent-v2=([^;]+)/.exec(header)[1]);
  assert.equal(tc.cmpId, 300);
  assert.equal(tc.isServiceSpecific, true);
  assert.equal(tc.publisherCountryCode, 'DE');
  assert.deepEqual(tc.purposeConsents, [1]);
  assert.deepEqual(tc.vendorConsents, [755]);
  assert.deepEqual(tc.vendorsDisclosed, [1, 2, 10, 25, 28, 755]);
  assert.ok(!tc.purposeLegitimateInterests.includes(7), 'the objection to purpose 7');
  for (const p of [1, 3, 4, 5, 6]) assert.ok(!tc.purposeLegitimateInterests.includes(p), `no legitimate interest for purpose ${p}`);
  assert.equal(tcfAllows(tc, 755, [1]), true);
  assert.equal(tcfAllows(tc, 1, [1]), false);

  assert.deepEqual(parseAdditionalConsent(header), { version: 2, consented: [], disclosed: [89, 1097] });
});
