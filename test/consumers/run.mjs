/**
 * The consumer suite (see README.md beside this file): the packed tarball installed into
 * real apps, each built in production mode by its own toolchain, served and checked in
 * Chromium. `node test/consumers/run.mjs [app…]`.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

const here = fileURLToPath(new URL('../../', import.meta.url));
/** The package under test: this repository, or (to show what a test catches) another checkout's. */
const repo = process.env.LCC_REPO ?? here;
const work = process.env.LCC_CONSUMERS_DIR ?? join(tmpdir(), 'lit-cookie-consent-consumers');
const tarball = join(work, '.pack', 'lit-cookie-consent.tgz');
const only = process.argv.slice(2);

/** Every app: `test/consumers/<name>/` and the framework examples in `examples/<name>/`. */
const apps = ['test/consumers', 'examples']
  .flatMap((dir) => readdirSync(join(here, dir)).map((name) => ({ name, source: join(here, dir, name) })))
  .filter(({ source }) => existsSync(join(source, 'package.json')))
  .filter(({ name }) => only.length === 0 || only.includes(name))
  .map((app) => ({ ...app, pkg: JSON.parse(readFileSync(join(app.source, 'package.json'), 'utf8')) }));

const log = (message) => process.stderr.write(`[consumers] ${message}\n`);
const run = (cmd, args, cwd, env = {}) => {
  const t = Date.now();
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
  log(`${relative(work, cwd) || '.'}: ${cmd} ${args.join(' ')} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
};

/** Packs the built repository, copies the apps and installs them all in one npm workspace. */
function prepare() {
  assert.ok(existsSync(join(repo, 'dist/index.js')), 'dist/ is built (npm run build)');
  mkdirSync(join(work, '.pack'), { recursive: true });
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', join(work, '.pack')], { cwd: repo, encoding: 'utf8' }));
  renameSync(join(work, '.pack', filename), tarball);
  for (const { name, source } of apps) {
    const target = join(work, name);
    // A fresh copy of the sources; an app's own node_modules (packages npm could not hoist) is kept.
    for (const entry of existsSync(target) ? readdirSync(target) : []) {
      if (entry !== 'node_modules') rmSync(join(target, entry), { recursive: true, force: true });
    }
    cpSync(source, target, { recursive: true, filter: (path) => !/[\\/](node_modules|dist|\.next|\.angular)([\\/]|$)/.test(relative(source, path)) });
    const pkg = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8'));
    assert.ok(pkg.dependencies?.['lit-cookie-consent'], `${name} depends on lit-cookie-consent`);
    pkg.dependencies['lit-cookie-consent'] = `file:${relative(target, tarball)}`;
    writeFileSync(join(target, 'package.json'), JSON.stringify(pkg, null, 2));
  }
  const all = readdirSync(work).filter((n) => existsSync(join(work, n, 'package.json')) && !n.startsWith('.') && n !== 'node_modules');
  writeFileSync(
    join(work, 'package.json'),
    JSON.stringify({
      name: 'lit-cookie-consent-consumers',
      private: true,
      workspaces: all,
      devDependencies: { publint: '0.3.25', '@arethetypeswrong/cli': '0.18.5' },
      allowScripts: { esbuild: true, '@parcel/watcher': true, lmdb: true, 'msgpackr-extract': true, '@swc/core': true, sharp: true, 'unrs-resolver': true },
    }, null, 2),
  );
  writeFileSync(join(work, '.npmrc'), 'package-lock=false\naudit=false\nfund=false\nupdate-notifier=false\n');
  // npm would keep an installed copy of the same version: the new tarball must replace it.
  rmSync(join(work, 'node_modules/lit-cookie-consent'), { recursive: true, force: true });
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], work);
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.map': 'application/json' };

/** A static file server for a built app (`/x` also finds `x.html` and `x/index.html`). */
function serveStatic(root) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const candidates = [path, `${path}.html`, join(path, 'index.html')].map((p) => join(root, p));
    const file = candidates.find((p) => p.startsWith(root) && existsSync(p) && statSync(p).isFile());
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://localhost:${server.address().port}`, stop: () => server.close() })));
}

let nextPort = 4300;

/** Starts an app's own server (`npm start` with `PORT`) and waits until it answers. */
async function serveApp(dir) {
  const port = nextPort++;
  const child = spawn('npm', ['start'], { cwd: dir, env: { ...process.env, PORT: String(port), NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://localhost:${port}`;
  for (const end = Date.now() + 30_000; ; ) {
    if (child.exitCode !== null) throw new Error(`npm start exited: ${output}`);
    if (Date.now() > end) throw new Error(`npm start did not answer on ${url}: ${output}`);
    try {
      await fetch(url);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return { url, stop: () => process.kill(-child.pid, 'SIGTERM') };
}

/** Strings only one module of the package holds: where each ends up shows how the build split it. */
const de = (await import(join(repo, 'dist/locales/de.js'))).default;
const en = (await import(join(repo, 'dist/locales/en.js'))).default;
const MARKERS = { core: 'consent-ready', views: 'cc-prefs-title', 'locales/de': de.acceptAll, validate: 'Planet49', log: 'keepalive', placeholder: 'min-height:9rem' };

function jsFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, f))
    .filter((f) => /\.m?js$/.test(f) && statSync(f).isFile());
}

const banner = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('cookie-consent')?.shadowRoot;
    const section = root?.querySelector('[part~="banner"]');
    return section && section.getClientRects().length ? root.querySelector('[part~="accept-all"]')?.textContent?.trim() : null;
  });

const serverConsent = (page) => page.$$eval('[data-server-consent]', (els) => els.map((e) => e.textContent.trim()));

describe('consumer apps', { concurrency: false }, () => {
  let browser;
  before(async () => {
    prepare();
    browser = await puppeteer.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
  });
  after(() => browser?.close());

  it('the tarball passes publint --strict and attw (profile esm-only)', () => {
    run('npx', ['publint', '--strict', 'node_modules/lit-cookie-consent'], work);
    run('npx', ['attw', tarball, '--profile', 'esm-only', '--format', 'table-flipped'], work);
  });

  it('every export of the package imports in Node (as in server rendering) and throws nothing', () => {
    const { exports } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
    const locales = readdirSync(join(repo, 'dist/locales')).filter((f) => f.endsWith('.js')).map((f) => `./locales/${f.slice(0, -3)}`);
    const subpaths = Object.keys(exports).flatMap((key) => (key.includes('*') ? locales : [key])).filter((key) => !key.endsWith('.json'));
    const names = subpaths.map((key) => `lit-cookie-consent${key.slice(1)}`);
    const script = `for (const name of ${JSON.stringify(names)}) await import(name); console.log('imported ' + ${names.length});`;
    const out = execFileSync('node', ['--input-type=module', '-e', script], { cwd: work, encoding: 'utf8' });
    assert.equal(out.trim(), `imported ${names.length}`);
  });

  for (const { name, pkg } of apps) {
    describe(name, () => {
      const dir = join(work, name);
      let server;
      let errors;
      /** A page in a fresh browser context (its own cookies), whose errors are collected. */
      const open = async (path = '/') => {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
        page.on('console', (m) => {
          const at = m.location()?.url ?? '';
          // Browsers ask every site for a favicon; the apps have none.
          if (m.type() === 'error' && !at.endsWith('/favicon.ico')) errors.push(`${path}: console.error ${m.text()} ${at}`);
        });
        await page.goto(server.url + path, { waitUntil: 'load' });
        return page;
      };
      const waitFor = (page, fn, ...args) => page.waitForFunction(fn, { timeout: 10_000 }, ...args);

      if (pkg.consumer?.browser === false) {
        it('builds', () => run('npm', ['run', 'build'], dir));
        return;
      }

      before(async () => {
        if (pkg.scripts?.build) run('npm', ['run', 'build'], dir, { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' });
        server = pkg.scripts?.start ? await serveApp(dir) : await serveStatic(join(dir, pkg.consumer?.static ?? 'dist'));
      });
      after(() => server?.stop());

      it('shows the banner in English; Accept all runs the gated script; a reload shows no banner', async () => {
        errors = [];
        const page = await open('/');
        await waitFor(page, () => !!document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="banner"]'));
        assert.equal(await page.evaluate(() => !!window.customElements.get('cookie-consent')), true, 'the element is defined');
        assert.equal(await banner(page), en.acceptAll);
        assert.equal(await page.evaluate(() => window.gatedRuns), undefined, 'nothing gated runs before consent');
        const server = await serverConsent(page);
        assert.ok(server.every((s) => s === 'denied'), `the server sees no consent yet: ${server}`);
        const framework = await page.$('#analytics-off');

        await page.click('pierce/[part~="accept-all"]');
        await waitFor(page, () => window.gatedRuns === 1);
        if (framework) await waitFor(page, () => !!document.querySelector('#analytics-widget'));
        await waitFor(page, () => !document.querySelector('cookie-consent').shadowRoot.querySelector('[part~="banner"]'));

        // The returning visit runs on the start-up code alone: no script it fetches holds the views.
        const scripts = [];
        const onResponse = (r) => r.request().resourceType() === 'script' && scripts.push(r);
        page.on('response', onResponse);
        await page.reload({ waitUntil: 'load' });
        await waitFor(page, () => window.gatedRuns === 1);
        await new Promise((r) => setTimeout(r, 300));
        page.off('response', onResponse);
        assert.equal(await banner(page), null, 'no banner for a returning visitor');
        const withViews = [];
        for (const r of scripts) if ((await r.text().catch(() => '')).includes(MARKERS.views)) withViews.push(r.url());
        assert.deepEqual(withViews, [], 'a returning visit loads no views');
        const granted = await serverConsent(page);
        assert.ok(granted.every((s) => s === 'granted'), `the server reads the cookie the browser wrote as granted: ${granted}`);
        assert.deepEqual(errors, []);
        await page.browserContext().close();
      });

      it('Reject all: nothing gated runs, the server reads the choice as not granted', async () => {
        errors = [];
        const page = await open('/');
        await waitFor(page, () => !!document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="reject-all"]'));
        await page.click('pierce/[part~="reject-all"]');
        await waitFor(page, () => /cookie_consent=/.test(document.cookie));
        await page.reload({ waitUntil: 'load' });
        await new Promise((r) => setTimeout(r, 300));
        assert.equal(await banner(page), null, 'no banner after a choice');
        assert.equal(await page.evaluate(() => window.gatedRuns), undefined);
        const denied = await serverConsent(page);
        assert.ok(denied.every((s) => s === 'denied'), `the server reads the refusal: ${denied}`);
        assert.deepEqual(errors, []);
        await page.browserContext().close();
      });

      it('a lang="de" page shows the banner in German', async () => {
        errors = [];
        const page = await open(pkg.consumer?.de ?? '/de.html');
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
        await waitFor(page, (text) => document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="accept-all"]')?.textContent?.trim() === text, de.acceptAll);
        assert.deepEqual(errors, []);
        await page.browserContext().close();
      });

      it('splits the on-demand modules into chunks of their own', (t) => {
        const output = pkg.consumer?.output;
        if (!output) return t.diagnostic('no consumer.output: a script-tag app, whose modules are files of dist/');
        const files = jsFiles(join(dir, output)).map((f) => ({ f, text: readFileSync(f, 'utf8') }));
        const where = Object.fromEntries(Object.entries(MARKERS).map(([module, marker]) => [module, files.filter((x) => x.text.includes(marker)).map((x) => x.f)]));
        for (const [module, found] of Object.entries(where)) assert.ok(found.length > 0, `${module} is in the build (${MARKERS[module]})`);
        for (const [module, found] of Object.entries(where)) {
          if (module === 'core') continue;
          const shared = found.filter((f) => where.core.includes(f));
          assert.deepEqual(shared.map((f) => relative(dir, f)), [], `${module} is a chunk of its own, not in the core's file`);
        }
      });
    });
  }
});
