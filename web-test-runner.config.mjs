import { Buffer } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

/**
 * A proof-of-consent receiver for the tests: `POST /__log/<name>` refuses the first post
 * with 503 (to test the retry) and keeps the others; `GET /__log/<name>` lists them.
 */
const received = new Map();
/** `GET /__probe/<anything>` answers with a tiny page and is remembered; `GET /__probed` lists them; `/__slow/…` is a script that takes 300 ms. */
const probed = [];
async function probe(ctx, next) {
  if (ctx.path === '/__probed') {
    ctx.type = 'json';
    ctx.body = JSON.stringify(probed);
    return;
  }
  if (ctx.path.startsWith('/__slow/')) {
    // A script that takes 300 ms to arrive.
    await new Promise((r) => setTimeout(r, 300));
    ctx.type = 'js';
    ctx.body = "(window.__log = window.__log || []).push('slow');";
    return;
  }
  if (!ctx.path.startsWith('/__probe/')) return next();
  probed.push(ctx.url);
  ctx.type = ctx.path.endsWith('.gif') ? 'image/gif' : 'html';
  ctx.body = ctx.path.endsWith('.gif') ? Buffer.from('R0lGODlhAQABAAAAACw=', 'base64') : '<p>embedded</p>';
}

/**
 * `executeServerCommand('visit', { url })` opens `url` in a new tab of the test browser
 * (e.g. on http://www.shop.example.test:PORT, which resolves to this server) and returns
 * the page's `window.__result` once it is set.
 */
const visitCommand = {
  name: 'visit-command',
  async executeCommand({ command, payload, session }) {
    if (command !== 'visit') return undefined;
    const page = await session.browser.getPage(session.id).browserContext().newPage();
    try {
      await page.goto(payload.url);
      await page.waitForFunction(() => window.__result !== undefined, { timeout: 5000 });
      return await page.evaluate(() => window.__result);
    } finally {
      await page.close();
    }
  },
};

/**
 * `executeServerCommand('forced-colors', { active })`: Windows high contrast, emulated through
 * the DevTools protocol (the runner's own emulateMedia does not pass forced-colors on).
 */
const cdpSessions = new WeakMap();
const forcedColorsCommand = {
  name: 'forced-colors-command',
  async executeCommand({ command, payload, session }) {
    if (command !== 'forced-colors') return undefined;
    // The override lasts as long as its DevTools session: keep one per page.
    const page = session.browser.getPage(session.id);
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    await cdpSessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload.active ? 'active' : '' }] });
    return true;
  },
};

/**
 * `/__alone/cookie-consent.min.js` and `/__alone/cookie-consent.all.min.js`: a bundle copied
 * alone, without the rest of dist/ beside it (everything else there is a 404).
 */
async function alone(ctx, next) {
  if (!ctx.path.startsWith('/__alone/')) return next();
  const file = ctx.path.slice('/__alone/'.length);
  if (file !== 'cookie-consent.min.js' && file !== 'cookie-consent.all.min.js') {
    ctx.status = 404;
    return;
  }
  ctx.type = 'js';
  ctx.body = await readFile(new URL(`./dist/${file}`, import.meta.url), 'utf8');
}

/** The strict-CSP fixture is served with the policy a careful site would use. */
async function strictCsp(ctx, next) {
  await next();
  if (ctx.path === '/test/fixtures/trusted-types.html') {
    ctx.set('Content-Security-Policy', `require-trusted-types-for 'script'; trusted-types ${ctx.query.policies ?? "'none'"}`);
  }
  if (ctx.path === '/test/fixtures/csp.html') {
    ctx.set('Content-Security-Policy', "default-src 'self'; script-src 'self' 'nonce-r4nd0m'; style-src 'self'");
  }
}

/** The headers each log post came with: `GET /__log-headers/<name>`. */
const logHeaders = new Map();
/** `POST /__fail/<name>` always answers 500 and is counted; `GET /__fail/<name>` gives the count. */
const failed = new Map();

async function logReceiver(ctx, next) {
  const fail = /^\/__fail\/([\w-]+)$/.exec(ctx.path);
  if (fail) {
    if (ctx.method === 'POST') failed.set(fail[1], (failed.get(fail[1]) ?? 0) + 1);
    ctx.status = ctx.method === 'POST' ? 500 : 200;
    if (ctx.method === 'GET') ctx.body = String(failed.get(fail[1]) ?? 0);
    return;
  }
  const headers = /^\/__log-headers\/([\w-]+)$/.exec(ctx.path);
  if (headers) {
    ctx.type = 'json';
    ctx.body = JSON.stringify(logHeaders.get(headers[1]) ?? []);
    return;
  }
  const match = /^\/__log\/([\w-]+)$/.exec(ctx.path);
  if (!match) return next();
  if (ctx.method === 'POST') logHeaders.set(match[1], [...(logHeaders.get(match[1]) ?? []), { referer: ctx.get('referer'), cookie: ctx.get('cookie') }]);
  const list = received.get(match[1]) ?? [];
  received.set(match[1], list);
  if (ctx.method === 'GET') {
    ctx.body = JSON.stringify(list.filter((e) => e !== 'refused'));
    ctx.type = 'json';
    return;
  }
  let body = '';
  for await (const chunk of ctx.req) body += chunk;
  if (!list.includes('refused')) {
    list.push('refused');
    ctx.status = 503;
    return;
  }
  list.push(JSON.parse(body));
  ctx.status = 204;
}

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 8000 } },
  middleware: [strictCsp, logReceiver, probe, alone],
  plugins: [visitCommand, forcedColorsCommand, esbuildPlugin({ ts: true, tsconfig, target: 'es2021' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChromium() ?? '/usr/bin/chromium', headless: true, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'] },
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
