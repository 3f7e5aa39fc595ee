// Benchmark: lit-cookie-consent against vanilla-cookieconsent and klaro (and a page with no
// banner at all), loaded the way a script-tag user loads them, in headless Debian Chromium.
//
//   npm run bench                      # builds, then 15 rounds on localhost and 15 with --rtt 150
//   node bench/run.mjs --runs 5        # after `npm run build`; or BENCH_RUNS=5
//   node bench/run.mjs --rtt 150       # every request takes a 150 ms round trip; or BENCH_RTT=150
//   node bench/run.mjs --libs klaro    # some libraries only (none and vanilla-cookieconsent always
//                                      # run, as baseline and reference); or BENCH_LIBS=a,b
//
// Writes bench/RESULTS.md (Markdown tables) and bench/results/latest.json (raw numbers); with
// --rtt N (N > 0) bench/RESULTS-rttN.md and bench/results/latest-rttN.json instead.
// Browser-side code is kept in strings, so it runs as written and ESLint sees only Node code.
import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH_DIR = join(ROOT, 'bench');
const RESULTS_DIR = join(BENCH_DIR, 'results');

const DEFAULT_RUNS = 15;
const WARMUP_ROUNDS = 1; // one extra round first, not recorded: warms the disk cache and Chromium
const BANNER_TIMEOUT_MS = 10_000;
const SETTLE_MS = 500; // after the banner shows / after load, for animations, shifts and late work
const VIEWPORT = { width: 1280, height: 800 };
const STARTUP_GOAL_GZIP = 12_000; // bytes: the goal for the script-tag start-up file, gzip -9

class BenchError extends Error {}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// Texts shared by the three libraries, so each banner shows the same English copy.

const TEXT = {
  title: 'We value your privacy',
  description:
    'We use cookies to recognise your device when you come back, to remember your preferences and to gather anonymised statistics on how our site is used. Only the cookies the site needs to work are set without your consent. You can change or withdraw your consent at any time via the "Cookie settings" link.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  save: 'Save choices',
  close: 'Close without saving',
  preferencesTitle: 'Cookie settings',
  preferencesText:
    'Choose which cookies we may use. Strictly necessary cookies are always on because the site cannot work without them. Your choice applies to this site and can be changed at any time.',
  categories: {
    necessary: {
      label: 'Strictly necessary',
      description: 'Needed for the site to work, for example to keep it secure and to remember your cookie choices. They cannot be switched off.',
    },
    preferences: {
      label: 'Preferences',
      description: 'Remember settings such as your language or region so the site works the way you chose.',
    },
    analytics: {
      label: 'Analytics',
      description: 'Help us understand how the site is used through anonymised statistics, so we can improve it.',
    },
    marketing: {
      label: 'Marketing',
      description: 'Used by us and our partners to show you more relevant advertising and to measure its effect.',
    },
  },
};
const CATEGORY_IDS = ['necessary', 'preferences', 'analytics', 'marketing'];

const vanillaConfig = {
  hideFromBots: false, // it hides itself from navigator.webdriver (i.e. from us) otherwise
  guiOptions: {
    consentModal: { layout: 'bar', position: 'bottom', equalWeightButtons: true, flipButtons: false },
    preferencesModal: { layout: 'box', equalWeightButtons: true },
  },
  categories: {
    necessary: { enabled: true, readOnly: true },
    preferences: {},
    analytics: {},
    marketing: {},
  },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: TEXT.title,
          description: TEXT.description,
          acceptAllBtn: TEXT.acceptAll,
          acceptNecessaryBtn: TEXT.rejectAll,
          showPreferencesBtn: TEXT.customize,
        },
        preferencesModal: {
          title: TEXT.preferencesTitle,
          acceptAllBtn: TEXT.acceptAll,
          acceptNecessaryBtn: TEXT.rejectAll,
          savePreferencesBtn: TEXT.save,
          closeIconLabel: TEXT.close,
          sections: [
            { description: TEXT.preferencesText },
            ...CATEGORY_IDS.map((id) => ({
              title: TEXT.categories[id].label,
              description: TEXT.categories[id].description,
              linkedCategory: id,
            })),
          ],
        },
      },
    },
  },
};

const klaroConfig = {
  version: 1,
  elementID: 'klaro',
  storageMethod: 'cookie',
  cookieName: 'klaro',
  cookieExpiresAfterDays: 182,
  lang: 'en',
  default: false,
  mustConsent: false, // a notice, not a blocking modal
  acceptAll: true,
  hideDeclineAll: false,
  hideLearnMore: false,
  noticeAsModal: false,
  groupByPurpose: true,
  showNoticeTitle: true,
  htmlTexts: false,
  styling: { theme: ['light', 'bottom', 'wide'] }, // a full-width bar at the bottom
  translations: {
    en: {
      consentNotice: { title: TEXT.title, description: TEXT.description, learnMore: TEXT.customize },
      consentModal: { title: TEXT.preferencesTitle, description: TEXT.preferencesText },
      acceptAll: TEXT.acceptAll,
      ok: TEXT.acceptAll, // the notice's accept button: accepts every service
      decline: TEXT.rejectAll,
      save: TEXT.save,
      close: TEXT.close,
      purposes: Object.fromEntries(
        CATEGORY_IDS.map((id) => [id, { title: TEXT.categories[id].label, description: TEXT.categories[id].description }]),
      ),
      session: { title: 'Session', description: 'Keeps you signed in and the site secure.' },
      language: { title: 'Language', description: 'Remembers your language and region.' },
      statistics: { title: 'Statistics', description: 'Anonymised visitor statistics.' },
      ads: { title: 'Advertising', description: 'Relevant advertising and its measurement.' },
    },
  },
  // Klaro lists purposes through services: one per category.
  services: [
    { name: 'session', purposes: ['necessary'], required: true },
    { name: 'language', purposes: ['preferences'] },
    { name: 'statistics', purposes: ['analytics'] },
    { name: 'ads', purposes: ['marketing'] },
  ],
};

// JSON inside an inline <script>: keep "</script>" and friends from closing it.
const inlineJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

// ---------------------------------------------------------------------------------------------
// The libraries. `files` is what the page's tags load (URL path -> file on disk), which must
// exist; `dir` (if any) is a directory served whole under `prefix`, for the files a library
// imports on demand; `prefix` is the URL path under which a library's own files live, which
// tells its fetches apart; `optional` libraries run only when their files exist (they are
// skipped with a log line otherwise). `find` (browser-side source) returns the banner element
// or null; `accept` (browser-side source) is the banner's "accept all" button; `cookie` is the
// consent cookie it writes.

const OURS = {
  prefix: '/dist/',
  dir: 'dist',
  head: '',
  find: `document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="banner"]') ?? null`,
  accept: `document.querySelector('cookie-consent').shadowRoot.querySelector('[part~="banner"] [part~="accept-all"]')`,
  cookie: 'cookie_consent',
};

const LIBRARIES = [
  {
    id: 'none',
    name: 'none',
    prefix: null,
    files: {},
    head: '',
    body: '',
    find: 'null',
    accept: null,
    cookie: null,
  },
  {
    ...OURS,
    id: 'lit-cookie-consent',
    name: 'lit-cookie-consent',
    files: { '/dist/cookie-consent.min.js': 'dist/cookie-consent.min.js' },
    body: '<script src="/dist/cookie-consent.min.js"></script>',
  },
  {
    // Everything in one file, for comparison with the start-up file that loads the rest on demand.
    ...OURS,
    id: 'lit-cookie-consent-all',
    name: 'lit-cookie-consent (all)',
    optional: true,
    files: { '/dist/cookie-consent.all.min.js': 'dist/cookie-consent.all.min.js' },
    body: '<script src="/dist/cookie-consent.all.min.js"></script>',
  },
  {
    id: 'vanilla-cookieconsent',
    name: 'vanilla-cookieconsent',
    prefix: '/node_modules/vanilla-cookieconsent/',
    files: {
      '/node_modules/vanilla-cookieconsent/dist/cookieconsent.css': 'node_modules/vanilla-cookieconsent/dist/cookieconsent.css',
      '/node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js': 'node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js',
    },
    head: '<link rel="stylesheet" href="/node_modules/vanilla-cookieconsent/dist/cookieconsent.css">',
    body:
      '<script src="/node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js"></script>\n' +
      `<script>CookieConsent.run(${inlineJson(vanillaConfig)});</script>`,
    find: `document.querySelector('#cc-main .cm')`,
    accept: `document.querySelector('#cc-main .cm [data-role="all"]')`,
    cookie: 'cc_cookie',
  },
  {
    id: 'klaro',
    name: 'klaro',
    prefix: '/node_modules/klaro/',
    files: { '/node_modules/klaro/dist/klaro.js': 'node_modules/klaro/dist/klaro.js' },
    head: '',
    body:
      `<script>window.klaroConfig = ${inlineJson(klaroConfig)};</script>\n` +
      '<script src="/node_modules/klaro/dist/klaro.js"></script>',
    find: `document.querySelector('.klaro .cookie-notice')`,
    accept: `document.querySelector('.klaro .cookie-notice .cn-buttons .cm-btn-success')`,
    cookie: 'klaro',
  },
];
const REFERENCE = 'vanilla-cookieconsent';
const ALWAYS = ['none', REFERENCE]; // the baseline and the reference, in every run
const STARTUP_FILE = 'dist/cookie-consent.min.js';

// ---------------------------------------------------------------------------------------------
// One article template for every page.

const ARTICLE = `
<header class="site">
  <a class="logo" href="/">The Harbour Gazette</a>
  <nav><a href="/">News</a> <a href="/">Business</a> <a href="/">Science</a> <a href="/">Culture</a> <a href="/">Sport</a> <a href="/">Opinion</a></nav>
</header>
<main>
  <article>
    <p class="kicker">Science &amp; environment</p>
    <h1>City's tidal barrier passes its first winter, but engineers warn the real test is still to come</h1>
    <p class="byline">By Maren Osei, environment correspondent · 14 March · 6 min read</p>
    <figure><div class="ph" role="img" aria-label="The barrier gates at low tide"></div><figcaption>The barrier's eight steel gates at low tide. Each weighs more than 300 tonnes.</figcaption></figure>
    <p class="lede">The harbour's new tidal barrier has closed eleven times since October, holding back surges that would once have flooded the old market quarter, according to figures released by the port authority on Tuesday.</p>
    <p>The structure, which took six years to build and ran nearly a third over budget, was designed to protect about 40,000 homes and businesses from storm surges driven up the estuary by strong south-westerly winds. Its first full winter brought three named storms and the highest tide recorded in the city since 1953.</p>
    <p>"It did exactly what it was built to do," said the authority's chief engineer, who led the project from its first survey. "But one winter is one winter. The gates are designed for a hundred years, and the sea is not going to stand still for a hundred years."</p>
    <h2>Closures came sooner than expected</h2>
    <p>When the barrier was approved, planners expected it to close perhaps four or five times a year. The eleven closures this winter reflect both unusually stormy weather and a change in the rules: the gates now close earlier, at a lower forecast surge, after a near miss during testing in 2022 left water lapping at the quayside steps.</p>
    <p>Each closure costs about £40,000 in staff time, fuel for the hydraulic pumps and delays to shipping, which must wait outside the harbour until the gates reopen. The port's largest operator said the delays had been "manageable", though two ferries were held for more than five hours in January.</p>
    <p>Residents of the market quarter, which flooded four times in the decade before construction began, were more effusive. "For the first time in years I didn't move the furniture upstairs every time the forecast turned," said one shop owner, whose premises sit a few metres from the old harbour wall.</p>
    <aside class="pull"><p>"One winter is one winter. The sea is not going to stand still for a hundred years."</p></aside>
    <h2>A question of height</h2>
    <p>The barrier's crest sits 6.2 metres above the local datum, a figure chosen to allow for about 60 centimetres of sea-level rise by the end of the century. Recent projections from the national climate service put the upper end of the likely range closer to a metre, and the authority has asked its consultants to report by the autumn on whether the gates could be raised.</p>
    <p>Raising the crest would not be simple. The gates pivot on bearings set into the river bed, and engineers say any increase in height would need new foundations on at least two of the eight piers. A preliminary estimate put the cost at between £90m and £140m, roughly a third of the original build.</p>
    <p>Independent experts said the authority was right to look ahead. "The worst time to plan an upgrade is after the barrier has been overtopped," said a coastal engineer at the university, who was not involved in the project. "Thirty years of lead time sounds like a lot. For a structure like this it is not."</p>
    <h2>What happens next</h2>
    <p>The authority will publish a full performance report in June, including data from the sensors embedded in each gate, which record strain, vibration and corrosion. It has also opened a public consultation on the closure rules, after shipping companies asked for more notice before the gates are lowered.</p>
    <p>Meanwhile, work continues on the secondary defences upstream, where a new floodwall and a series of storage ponds are due to be finished next year. Without them, officials say, heavy rain coinciding with a closed barrier could still push the river over its banks in the city centre.</p>
    <p>For now, the market quarter is enjoying a dry spring. The quayside cafés have put their tables back out, and the sandbags that used to line the old harbour wall have been cleared away, though a few residents admit they have kept theirs in the cellar, just in case.</p>
  </article>
  <aside class="rail">
    <h3>Most read</h3>
    <ol>
      <li><a href="/">Council approves new cycle bridge after decade of delays</a></li>
      <li><a href="/">Why the harbour seals are moving upstream</a></li>
      <li><a href="/">Local bakery wins national sourdough prize</a></li>
      <li><a href="/">Rail timetable changes: what they mean for commuters</a></li>
      <li><a href="/">Review: a bold new staging of an old favourite</a></li>
    </ol>
  </aside>
</main>
<footer class="site"><p>© The Harbour Gazette. A demonstration page for a benchmark; not a real newspaper.</p></footer>
`;

const STYLE = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font:18px/1.6 Georgia,'Times New Roman',serif;color:#1b1b1b;background:#fff}
header.site{display:flex;flex-wrap:wrap;gap:1rem;align-items:baseline;justify-content:space-between;padding:1rem 2rem;border-bottom:3px solid #1b1b1b;font-family:system-ui,sans-serif}
header.site .logo{font:700 1.6rem/1 Georgia,serif;color:inherit;text-decoration:none}
header.site nav a{margin-left:1rem;color:#333;text-decoration:none;font-size:.95rem}
main{display:grid;grid-template-columns:minmax(0,1fr) 18rem;gap:3rem;max-width:72rem;margin:0 auto;padding:2rem}
article h1{font-size:2.4rem;line-height:1.15;margin:.25rem 0 1rem}
article h2{font-size:1.4rem;margin:2rem 0 .5rem}
.kicker{margin:0;color:#b3261e;font:700 .85rem/1 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.05em}
.byline{color:#555;font:.9rem system-ui,sans-serif}
.lede{font-size:1.2rem}
figure{margin:1.5rem 0}
.ph{aspect-ratio:16/9;width:100%;background:linear-gradient(160deg,#9fb8c8,#385a6e)}
figcaption{color:#555;font:.85rem system-ui,sans-serif;margin-top:.4rem}
.pull{margin:2rem 0;padding-left:1rem;border-left:4px solid #b3261e;font-size:1.3rem;font-style:italic}
.rail{font-family:system-ui,sans-serif;font-size:.95rem}
.rail a{color:#1b1b1b}
footer.site{padding:2rem;border-top:1px solid #ccc;color:#555;font:.85rem system-ui,sans-serif;text-align:center}
@media (max-width:50rem){main{grid-template-columns:1fr}}
`;

function pageHtml(lib) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>City's tidal barrier passes its first winter — The Harbour Gazette</title>
<style>${STYLE}</style>
${lib.head}
</head>
<body>
${ARTICLE}
${lib.body}
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------
// Static server: the generated pages plus the libraries' files, read from disk once (a build
// running meanwhile changes nothing that a run serves).

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};
const typeOf = (path) => TYPES[path.slice(path.lastIndexOf('.'))];

/** Files under `dir` (relative to ROOT), recursively, as paths relative to ROOT with "/". */
function listFiles(dir) {
  const found = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) found.push(...listFiles(path));
    else if (entry.isFile()) found.push(path);
  }
  return found;
}

/** The files of `lib` that must exist; the first missing one, or null. */
function missingFile(lib) {
  return Object.values(lib.files).find((file) => !existsSync(join(ROOT, file))) ?? null;
}

/** URL path -> { body, type, file }: the pages of `libs` and every file they may load. */
function loadAssets(libs = LIBRARIES.filter((lib) => !lib.optional || !missingFile(lib))) {
  const assets = new Map();
  const add = (urlPath, file) => assets.set(urlPath, { body: readFileSync(join(ROOT, file)), type: typeOf(urlPath), file });
  for (const lib of libs) {
    const missing = missingFile(lib);
    if (missing) {
      const hint = missing.startsWith('dist/') ? 'run `npm run build` first' : 'run `npm install` in the repository';
      throw new BenchError(`${lib.id}: ${missing} is missing (${hint}).`);
    }
    // The whole directory (.d.ts, .map and the like skipped): what the library imports on demand loads too.
    if (lib.dir) {
      for (const file of listFiles(lib.dir)) {
        const urlPath = lib.prefix + file.slice(lib.dir.length + 1);
        if (typeOf(urlPath) && !file.endsWith('.d.ts')) add(urlPath, file);
      }
    }
    for (const [urlPath, file] of Object.entries(lib.files)) add(urlPath, file);
    assets.set(`/${lib.id}.html`, { body: Buffer.from(pageHtml(lib)), type: TYPES['.html'], file: null });
  }
  return assets;
}

/** Starts the server on 127.0.0.1 with a free port; resolves to { origin, close() }. */
export function startServer(assets = loadAssets()) {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const asset = assets.get(path);
    if (!asset) {
      res.writeHead(path === '/favicon.ico' ? 204 : 404, { 'Cache-Control': 'no-store' });
      res.end();
      return;
    }
    // no-store: every visit fetches and compiles the library afresh, the same for every library.
    res.writeHead(200, { 'Content-Type': asset.type, 'Content-Length': asset.body.length, 'Cache-Control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : asset.body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        // A production-like host name (mapped to 127.0.0.1 by the browser's resolver rules):
        // on localhost or 127.0.0.1 lit-cookie-consent would also load its development lint.
        origin: `http://www.news.example:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// (a) Bytes: the library files a visit fetched, each compressed on its own from disk.

const compressed = new Map(); // file -> { raw, gzip, brotli }

function fileBytes(file) {
  if (!compressed.has(file)) {
    const buffer = readFileSync(join(ROOT, file));
    compressed.set(file, {
      raw: buffer.length,
      gzip: gzipSync(buffer, { level: 9 }).length,
      brotli: brotliCompressSync(buffer, {
        params: {
          [zlibConstants.BROTLI_PARAM_QUALITY]: zlibConstants.BROTLI_MAX_QUALITY,
          [zlibConstants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
          [zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT,
        },
      }).length,
    });
  }
  return compressed.get(file);
}

/** Raw, gzip -9 and brotli -11 bytes of `files` (paths relative to ROOT), each compressed on its own. */
function measureBytes(files) {
  const total = { files, raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const b = fileBytes(file);
    total.raw += b.raw;
    total.gzip += b.gzip;
    total.brotli += b.brotli;
  }
  return total;
}

/**
 * The library files (URL paths) one visit's samples fetched: the union in first-fetched order,
 * and whether the runs disagreed (they should not: the same page, the same cookie).
 */
function fetchedFiles(samples, key) {
  const union = [];
  for (const s of samples) for (const path of s[key]) if (!union.includes(path)) union.push(path);
  const same = samples.every((s) => s[key].length === union.length);
  return { paths: union, varied: !same };
}

// ---------------------------------------------------------------------------------------------
// Browser-side code (strings).

/** Visibility helpers shared by the init script and the returning-visit check. */
const VISIBILITY_HELPERS = `
  const laidOut = (el) => {
    if (!el || !el.isConnected) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  };
  // Laid out in the viewport, not display:none / visibility:hidden, and no transparent ancestor
  // (through shadow roots): the first frame where some of the banner can actually be seen.
  const shown = (el) => {
    if (!laidOut(el)) return false;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility !== 'visible') return false;
    for (let node = el; node; node = node.parentElement || (node.getRootNode() && node.getRootNode().host) || null) {
      if (Number(getComputedStyle(node).opacity) === 0) return false;
    }
    return true;
  };
`;

/** Runs before any page script: rAF loop for the banner, layout-shift observer. */
function initScript(lib) {
  return `(() => {
  if (window.top !== window) return;
  ${VISIBILITY_HELPERS}
  const find = () => { try { return ${lib.find}; } catch (e) { return null; } };
  const B = (window.__bench = { renderedAt: null, visibleAt: null, cls: 0, shifts: 0, probeMs: 0, frames: 0 });
  let resolveVisible;
  B.visible = new Promise((resolve) => { resolveVisible = resolve; });
  B.whenVisible = (ms) => Promise.race([B.visible, new Promise((resolve) => setTimeout(() => resolve(false), ms))]);
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        B.cls += entry.value;
        B.shifts += 1;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch (e) { B.clsError = String(e); }
  const tick = () => {
    const start = performance.now();
    B.frames += 1;
    const el = find();
    if (el && laidOut(el)) {
      if (B.renderedAt === null) B.renderedAt = start;
      if (shown(el)) {
        B.visibleAt = start;
        B.probeMs += performance.now() - start;
        resolveVisible(true);
        return;
      }
    }
    requestAnimationFrame(tick);
    B.probeMs += performance.now() - start;
  };
  ${lib.find === 'null' ? '' : 'requestAnimationFrame(tick);'}
})();`;
}

function bannerShownExpr(lib) {
  return `(() => { ${VISIBILITY_HELPERS} let el = null; try { el = ${lib.find}; } catch (e) { el = null; } return shown(el); })()`;
}

// ---------------------------------------------------------------------------------------------
// Measurements.

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Records the page's requests from CDP Network events: URL, and status once loaded or error once failed. */
function trackRequests(cdp) {
  const requests = new Map(); // requestId -> { url, status, done, error }
  cdp.on('Network.requestWillBeSent', ({ requestId, request }) => {
    requests.set(requestId, { url: request.url, status: null, done: false, error: null });
  });
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    const r = requests.get(requestId);
    if (r) r.status = response.status;
  });
  cdp.on('Network.loadingFinished', ({ requestId }) => {
    const r = requests.get(requestId);
    if (r) r.done = true;
  });
  cdp.on('Network.loadingFailed', ({ requestId, errorText, canceled }) => {
    const r = requests.get(requestId);
    if (r && !canceled) r.error = errorText;
  });
  return requests;
}

/**
 * The URL paths under `lib.prefix` that the page has asked for so far, in that order (one still
 * loading counts, with a warning); a library file that failed or was not found is an error.
 */
function libraryFetches(requests, lib, visit) {
  const paths = [];
  if (!lib.prefix) return paths;
  for (const r of requests.values()) {
    let path;
    try {
      path = new URL(r.url).pathname;
    } catch {
      continue; // data: and the like
    }
    if (!path.startsWith(lib.prefix)) continue;
    if (r.error) throw new BenchError(`${lib.id}: ${path} failed to load on the ${visit} visit (${r.error}).`);
    if (r.status !== null && r.status !== 200) {
      throw new BenchError(`${lib.id}: ${path} answered ${r.status} on the ${visit} visit (is it in ${lib.dir ?? 'the served files'}/? the bench reads the files once, at start).`);
    }
    if (!r.done) console.warn(`Warning: ${lib.id}: ${path} was still loading at the ${visit} visit's measurement point; counted.`);
    if (!paths.includes(path)) paths.push(path);
  }
  return paths;
}

async function newPage(context, rtt) {
  const page = await context.newPage();
  await page.setViewport(VIEWPORT);
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await cdp.send('HeapProfiler.enable');
  const requests = trackRequests(cdp);
  await cdp.send('Network.enable');
  if (rtt > 0) {
    // Every request of this page (the page itself too) waits one round trip before its response.
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: rtt, downloadThroughput: -1, uploadThroughput: -1 });
  }
  return { page, cdp, requests };
}

/**
 * When the page's own HTML had arrived (navigation `responseEnd`): with an emulated round trip it
 * cannot be sooner. (Chromium holds back the body, not the headers: `responseStart` stays early.)
 */
const DOCUMENT_EXPR = 'performance.getEntriesByType("navigation")[0].responseEnd';

function checkRtt(documentMs, rtt, lib, visit) {
  if (rtt > 0 && !(documentMs >= rtt * 0.9)) {
    throw new BenchError(
      `${lib.id}: the ${visit} visit's HTML had arrived after ${fmt(documentMs, 1)} ms with a ${rtt} ms round trip emulated: Network.emulateNetworkConditions had no effect.`,
    );
  }
}

async function findCookie(context, name) {
  const cookies = await context.cookies();
  return cookies.find((c) => c.name === name) ?? null;
}

/**
 * One measurement of one library in its own incognito context: the first visit (banner time,
 * layout shift, heap), "accept all", then a returning visit in a new tab of the same context.
 */
async function measureOnce(browser, origin, lib, rtt) {
  const context = await browser.createBrowserContext();
  try {
    const url = `${origin}/${lib.id}.html`;

    // First visit.
    const first = await newPage(context, rtt);
    await first.page.evaluateOnNewDocument(initScript(lib));
    await first.page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    if (lib.find !== 'null') {
      const ok = await first.page.evaluate(`window.__bench.whenVisible(${BANNER_TIMEOUT_MS})`);
      if (!ok) {
        libraryFetches(first.requests, lib, 'first'); // a file that did not load is the likelier cause: named first
        throw new BenchError(
          `${lib.id}: the banner never became visible within ${BANNER_TIMEOUT_MS / 1000} s (looked for ${lib.find}).`,
        );
      }
    }
    await sleep(SETTLE_MS);
    const firstFiles = libraryFetches(first.requests, lib, 'first');
    const seen = await first.page.evaluate(
      `({ probeMs: window.__bench.probeMs, frames: window.__bench.frames, renderedAt: window.__bench.renderedAt, visibleAt: window.__bench.visibleAt, cls: window.__bench.cls, shifts: window.__bench.shifts, clsError: window.__bench.clsError || null, documentMs: ${DOCUMENT_EXPR}, dcl: performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd, load: performance.getEntriesByType("navigation")[0].loadEventEnd, fcp: (performance.getEntriesByName("first-contentful-paint")[0] || { startTime: null }).startTime })`,
    );
    if (seen.clsError) throw new BenchError(`layout-shift observer failed: ${seen.clsError}`);
    checkRtt(seen.documentMs, rtt, lib, 'first');
    const firstScript = (await metrics(first.cdp)).ScriptDuration;
    await first.cdp.send('HeapProfiler.collectGarbage');
    const heap = (await metrics(first.cdp)).JSHeapUsedSize;

    // Accept all, so the returning visit finds that library's own consent cookie.
    let consentCookie = null;
    if (lib.accept) {
      const clicked = await first.page.evaluate(`(() => { const b = ${lib.accept}; if (!b) return false; b.click(); return true; })()`);
      if (!clicked) throw new BenchError(`${lib.id}: no "accept all" button found (${lib.accept}).`);
      const deadline = Date.now() + 5_000;
      while (!(consentCookie = await findCookie(context, lib.cookie))) {
        if (Date.now() > deadline) throw new BenchError(`${lib.id}: "accept all" did not set the cookie "${lib.cookie}".`);
        await sleep(25);
      }
    }
    await first.page.close();

    // Returning visit: a new tab in the same context (same cookie jar), no init script.
    const back = await newPage(context, rtt);
    await back.page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await sleep(SETTLE_MS);
    const returnScript = (await metrics(back.cdp)).ScriptDuration;
    const returnFiles = libraryFetches(back.requests, lib, 'returning');
    await back.cdp.send('HeapProfiler.collectGarbage');
    const returnHeap = (await metrics(back.cdp)).JSHeapUsedSize;
    checkRtt(await back.page.evaluate(DOCUMENT_EXPR), rtt, lib, 'returning');
    if (lib.find !== 'null' && (await back.page.evaluate(bannerShownExpr(lib)))) {
      throw new BenchError(`${lib.id}: the banner showed again on the returning visit; the consent cookie was not recognised.`);
    }
    await back.page.close();

    return {
      renderedMs: seen.renderedAt,
      visibleMs: seen.visibleAt,
      fcpMs: seen.fcp,
      documentMs: seen.documentMs,
      cls: seen.cls,
      layoutShifts: seen.shifts,
      domContentLoadedMs: seen.dcl,
      loadMs: seen.load,
      // Not reported: it includes the rAF loop above, whose cost varies with how long each banner takes.
      firstVisitScriptMsIncludingProbe: firstScript * 1000,
      probeMs: seen.probeMs,
      probeFrames: seen.frames,
      heapBytes: heap,
      returnScriptMs: returnScript * 1000,
      returnHeapBytes: returnHeap,
      firstFiles,
      returnFiles,
      consentCookie: consentCookie && `${consentCookie.name}=${consentCookie.value}`,
    };
  } finally {
    await context.close().catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------
// Statistics and reporting.

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function summarize(values) {
  return { min: Math.min(...values), median: median(values), max: Math.max(...values) };
}

const METRICS = [
  { key: 'visibleMs', label: 'First visit: banner visible', unit: 'ms', digits: 1, banner: true },
  { key: 'fcpMs', label: 'First visit: first contentful paint', unit: 'ms', digits: 1 },
  { key: 'cls', label: 'First visit: layout shift (CLS)', unit: '', digits: 4 },
  { key: 'heapAdded', label: 'First visit: JS heap added', unit: 'KiB', digits: 1, scale: 1 / 1024 },
  { key: 'returnScriptAdded', label: 'Returning visit: script time added', unit: 'ms', digits: 1 },
  { key: 'returnHeapAdded', label: 'Returning visit: JS heap added', unit: 'KiB', digits: 1, scale: 1 / 1024 },
];
const VISITS = [
  { key: 'firstVisit', samples: 'firstFiles', label: 'First visit' },
  { key: 'returningVisit', samples: 'returnFiles', label: 'Returning visit' },
];

function fmt(value, digits) {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function ratio(value, reference) {
  if (!Number.isFinite(value) || !Number.isFinite(reference) || Math.abs(reference) < 1e-9) return '—';
  return `${(value / reference).toFixed(2)}×`;
}

/** A library file's name in the tables: its path under the library's prefix, without "dist/". */
const shortName = (lib, path) => path.slice(lib.prefix.length).replace(/^dist\//, '');

function buildTables(libs, bytes, summary) {
  const head = ['Library'];
  for (const visit of VISITS) head.push(`${visit.label}: files`, 'gzip -9 KiB', 'brotli -11 KiB', 'gzip × vanilla');
  const bytesRows = libs
    .filter((lib) => lib.id !== 'none')
    .map((lib) => {
      const row = [lib.name];
      for (const visit of VISITS) {
        const b = bytes[lib.id][visit.key];
        const names = b.paths.map((path) => shortName(lib, path)).join(' + ') || '—';
        row.push(names + (b.varied ? ' †' : ''), fmt(b.gzip / 1024, 1), fmt(b.brotli / 1024, 1), ratio(b.gzip, bytes[REFERENCE][visit.key].gzip));
      }
      return row;
    });
  const bytesTable = { head, rows: bytesRows, numeric: head.map((h) => !h.endsWith('files') && h !== 'Library') };

  const runRows = [];
  for (const metric of METRICS) {
    for (const lib of libs) {
      if (metric.banner && lib.id === 'none') continue;
      const s = summary[lib.id][metric.key];
      const ref = summary[REFERENCE][metric.key];
      const scale = metric.scale ?? 1;
      runRows.push([
        metric.label + (metric.unit ? ` (${metric.unit})` : ''),
        lib.name,
        fmt(s.min * scale, metric.digits),
        fmt(s.median * scale, metric.digits),
        fmt(s.max * scale, metric.digits),
        lib.id === 'none' ? '—' : ratio(s.median, ref.median),
      ]);
    }
  }
  const runTable = { head: ['Metric', 'Library', 'min', 'median', 'max', 'median × vanilla'], rows: runRows };
  return { bytesTable, runTable };
}

/** Lines under the bytes table: the start-up file against its goal, and files that varied between runs. */
function bytesNotes(libs, bytes, startup) {
  const notes = [];
  if (startup) {
    const over = startup.gzip - STARTUP_GOAL_GZIP;
    const all = startup.all ? `; \`${startup.all.file}\` (everything in one file): ${fmt(startup.all.gzip, 0)} B gzip -9` : '';
    notes.push(
      `Script-tag start-up file \`${startup.file}\` alone: ${fmt(startup.gzip, 0)} B gzip -9 (goal ≤ ${fmt(STARTUP_GOAL_GZIP, 0)} B: ${over > 0 ? `${fmt(over, 0)} B over` : `${fmt(-over, 0)} B under`}), ${fmt(startup.brotli, 0)} B brotli -11; vanilla-cookieconsent js + css: ${fmt(startup.reference.gzip, 0)} B gzip -9${all}.`,
    );
  }
  const varied = libs.flatMap((lib) => VISITS.filter((visit) => bytes[lib.id]?.[visit.key].varied).map((visit) => `${lib.name} (${visit.label.toLowerCase()})`));
  if (varied.length) {
    notes.push(`† The files fetched differed between runs for ${varied.join(', ')}: the union is shown (each run's list is in the json).`);
  }
  return notes;
}

function textTable({ head, rows, numeric = head.map((_, i) => i >= 2) }) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function markdownTable({ head, rows, numeric = head.map((_, i) => i >= 2) }) {
  const align = numeric.map((n) => (n ? '---:' : '---'));
  return [head, align, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** The value of `--name V` / `--name=V` (the last one wins), else of the environment variable `env`. */
function option(argv, name, env) {
  let value = process.env[env];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === `--${name}`) value = argv[i + 1];
    else if (argv[i].startsWith(`--${name}=`)) value = argv[i].slice(name.length + 3);
  }
  return value === undefined || value === '' ? undefined : value;
}

function parseRuns(argv) {
  const value = option(argv, 'runs', 'BENCH_RUNS');
  if (value === undefined) return DEFAULT_RUNS;
  const runs = Number(value);
  if (!Number.isInteger(runs) || runs < 1) throw new BenchError(`--runs / BENCH_RUNS must be a whole number ≥ 1, got "${value}".`);
  return runs;
}

function parseRtt(argv) {
  const value = option(argv, 'rtt', 'BENCH_RTT');
  if (value === undefined) return 0;
  const rtt = Number(value);
  if (!Number.isInteger(rtt) || rtt < 0) throw new BenchError(`--rtt / BENCH_RTT must be a whole number of milliseconds ≥ 0, got "${value}".`);
  return rtt;
}

/** The libraries to run, in LIBRARIES order: all, or those of --libs / BENCH_LIBS, plus none and the reference. */
function parseLibs(argv) {
  const value = option(argv, 'libs', 'BENCH_LIBS');
  const asked = value === undefined ? null : value.split(',').map((id) => id.trim()).filter(Boolean);
  for (const id of asked ?? []) {
    if (!LIBRARIES.some((lib) => lib.id === id)) {
      throw new BenchError(`--libs / BENCH_LIBS: unknown library "${id}"; known: ${LIBRARIES.map((lib) => lib.id).join(', ')}.`);
    }
  }
  const libs = [];
  for (const lib of LIBRARIES) {
    if (asked && !asked.includes(lib.id) && !ALWAYS.includes(lib.id)) continue;
    const missing = lib.optional && missingFile(lib);
    if (missing) {
      if (asked?.includes(lib.id)) throw new BenchError(`${lib.id}: ${missing} is missing (run \`npm run build\` first, or leave it out of --libs).`);
      console.log(`Skipping ${lib.name}: ${missing} is not built.`);
      continue;
    }
    libs.push(lib);
  }
  return libs;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const argv = process.argv.slice(2);
  const runs = parseRuns(argv);
  const rtt = parseRtt(argv);
  const libs = parseLibs(argv);
  const executablePath = findChromium();
  if (!executablePath) {
    throw new BenchError(
      'No Chromium found. Install it with: sudo apt-get update && sudo apt-get install -y chromium  (or set CHROME_PATH).',
    );
  }
  const assets = loadAssets(libs);
  const suffix = rtt > 0 ? `-rtt${rtt}` : '';
  const mdFile = `bench/RESULTS${suffix}.md`; // relative to ROOT
  const jsonFile = `bench/results/latest${suffix}.json`;
  const network =
    rtt > 0
      ? `${rtt} ms round trip on every request (CDP \`Network.emulateNetworkConditions\`: latency ${rtt} ms, throughput not limited)`
      : 'localhost, no round trip added';

  const server = await startServer(assets);
  let browser;
  try {
    browser = await puppeteer.launch({ executablePath, args: CHROMIUM_ARGS, headless: true, defaultViewport: VIEWPORT });
    const version = await browser.version();
    console.log(`Chromium: ${version} (${executablePath})`);
    console.log(`Server: ${server.origin}; ${runs} rounds (+${WARMUP_ROUNDS} warm-up), libraries round-robin: ${libs.map((lib) => lib.id).join(', ')}.`);
    console.log(`Network: ${network.replace(/`/g, '')}.`);

    const samples = Object.fromEntries(libs.map((lib) => [lib.id, []]));
    const started = Date.now();
    const loadBefore = loadavg()[0];
    if (loadBefore > cpus().length) {
      console.warn(`Warning: the machine is busy (1-min load ${loadBefore.toFixed(1)} on ${cpus().length} cores); timings will be noisy.`);
    }
    for (let round = -WARMUP_ROUNDS; round < runs; round++) {
      // Rotate the order each round so no library always runs first or right after another.
      const offset = ((round % libs.length) + libs.length) % libs.length;
      const order = libs.map((_, i) => libs[(i + offset) % libs.length]);
      for (const lib of order) {
        const sample = await measureOnce(browser, server.origin, lib, rtt);
        if (round >= 0) samples[lib.id].push(sample);
      }
      const label = round < 0 ? 'warm-up' : `round ${round + 1}/${runs}`;
      console.log(`  ${label} done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }

    // Baselines from the page with no library: heap and script time are reported as "added".
    const none = samples.none;
    const baseHeap = median(none.map((s) => s.heapBytes));
    const baseReturnScript = median(none.map((s) => s.returnScriptMs));
    const baseReturnHeap = median(none.map((s) => s.returnHeapBytes));
    for (const list of Object.values(samples)) {
      for (const s of list) {
        s.heapAdded = s.heapBytes - baseHeap;
        s.returnScriptAdded = s.returnScriptMs - baseReturnScript;
        s.returnHeapAdded = s.returnHeapBytes - baseReturnHeap;
      }
    }
    const summary = {};
    for (const lib of libs) {
      summary[lib.id] = {};
      const keys = [...METRICS.map((m) => m.key), 'renderedMs', 'documentMs', 'heapBytes', 'returnScriptMs', 'returnHeapBytes', 'domContentLoadedMs', 'loadMs'];
      for (const key of keys) {
        const values = samples[lib.id].map((s) => s[key]).filter((v) => typeof v === 'number');
        summary[lib.id][key] = values.length ? summarize(values) : { min: null, median: null, max: null };
      }
    }

    // Bytes of the library files each visit fetched (the same in every run, or the union).
    const bytes = {};
    for (const lib of libs) {
      bytes[lib.id] = {};
      for (const visit of VISITS) {
        const { paths, varied } = fetchedFiles(samples[lib.id], visit.samples);
        if (varied) console.warn(`Warning: ${lib.id}: the files fetched on the ${visit.label.toLowerCase()} differed between runs; using their union.`);
        bytes[lib.id][visit.key] = { paths, varied, ...measureBytes(paths.map((path) => assets.get(path).file)) };
      }
    }
    const reference = LIBRARIES.find((lib) => lib.id === REFERENCE);
    const allLib = libs.find((lib) => lib.id === 'lit-cookie-consent-all');
    const startup = existsSync(join(ROOT, STARTUP_FILE))
      ? {
          file: STARTUP_FILE,
          ...fileBytes(STARTUP_FILE),
          goalGzip: STARTUP_GOAL_GZIP,
          reference: measureBytes(Object.values(reference.files)),
          all: allLib ? { file: Object.values(allLib.files)[0], ...fileBytes(Object.values(allLib.files)[0]) } : null,
        }
      : null;

    const { bytesTable, runTable } = buildTables(libs, bytes, summary);
    const notes = bytesNotes(libs, bytes, startup);
    console.log(`\nBytes of the library files each visit fetched (JS + CSS):\n\n${textTable(bytesTable)}\n${notes.map((n) => `\n${n}`).join('')}`);
    console.log(`\nRuntime, ${runs} runs per library (min / median / max):\n\n${textTable(runTable)}\n`);

    const loadAfter = loadavg()[0];
    const date = new Date().toISOString();
    const cpu = cpus();
    const machine = `${cpu.length} × ${cpu[0]?.model?.trim() ?? 'unknown CPU'}, Node ${process.version}, ${process.platform}; 1-min load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after`;
    const versions = {
      'lit-cookie-consent': `lit-cookie-consent ${readJson('package.json').version} (\`${STARTUP_FILE}\`, the whole \`dist/\` served)`,
      'lit-cookie-consent-all': `lit-cookie-consent (all) (\`dist/cookie-consent.all.min.js\`)`,
      'vanilla-cookieconsent': `vanilla-cookieconsent ${readJson('node_modules/vanilla-cookieconsent/package.json').version}`,
      klaro: `klaro ${readJson('node_modules/klaro/package.json').version}`,
    };
    const command = `node bench/run.mjs --runs N${rtt > 0 ? ` --rtt ${rtt}` : ''}`;
    const md = `# Benchmark results${rtt > 0 ? `, ${rtt} ms round trip` : ''}

- Date: ${date}
- Browser: ${version} (headless, \`${executablePath}\`)
- Machine: ${machine}
- Network: ${network}
- Runs: ${runs} per library (+${WARMUP_ROUNDS} warm-up round, discarded), libraries alternated round-robin
- Libraries: ${libs.filter((lib) => versions[lib.id]).map((lib) => versions[lib.id]).join(', ')}

Regenerate with \`npm run bench\` (or \`${command}\` after \`npm run build\`). Raw numbers: \`${jsonFile}\`.

## Method

Every library is loaded as a script-tag user would load it: synchronous \`<script>\` tags at the end of the body of the same generated news-article page (vanilla-cookieconsent's stylesheet in the head), with an equivalent config: four categories (necessary, read-only; preferences; analytics; marketing), the same English banner text and a bar at the bottom (vanilla-cookieconsent with \`hideFromBots: false\`, klaro with \`mustConsent: false\`); \`none\` is the same page without a library. lit-cookie-consent's page loads \`${STARTUP_FILE}\`, and the whole \`dist/\` directory is served beside it, so what it imports on demand (UI, locales, log sender) loads from there; *lit-cookie-consent (all)*, when built, loads \`dist/cookie-consent.all.min.js\`, everything in one file. Pages are served from 127.0.0.1, opened under the production-like host name www.news.example (on localhost lit-cookie-consent would also load its development lint), with \`Cache-Control: no-store\` and opened in headless Chromium (viewport ${VIEWPORT.width}×${VIEWPORT.height}) through puppeteer-core, every measurement in a fresh incognito browser context, so in a cold renderer process: absolute times include that start-up and are best read against \`none\`'s first contentful paint. ${rtt > 0 ? `Every request of every page waits a ${rtt} ms round trip before its response (CDP \`Network.emulateNetworkConditions\` with latency ${rtt} ms and unlimited throughput, set on each page before it navigates; checked: no page's own HTML arrived sooner), so each file loaded one after another costs another round trip.` : 'The server is on the same machine, with no round trip added (see `--rtt`).'} *Bytes* are the library's own files (URL paths under \`/dist/\`, \`/node_modules/vanilla-cookieconsent/\` or \`/node_modules/klaro/\`) that each visit fetched, as CDP \`Network\` events reported them: on the first visit until its measurement point ${SETTLE_MS} ms after the banner showed, on the returning visit until ${SETTLE_MS} ms after its load event; each file compressed on its own from disk with gzip level 9 and brotli quality 11 (the server sends them uncompressed); the files were the same in every run unless marked. *Banner visible* is the time from navigation start to the first animation frame in which the banner is in the viewport with a non-zero size, \`visibility: visible\` and no fully transparent ancestor (a slide- or fade-in counts from its first visible frame), checked by a \`requestAnimationFrame\` loop installed before any page script. *Layout shift* is the sum of \`layout-shift\` entries (buffered \`PerformanceObserver\`) until ${SETTLE_MS} ms after the banner showed. *First visit: JS heap added* is CDP \`JSHeapUsedSize\` after a forced garbage collection (\`HeapProfiler.collectGarbage\`), ${SETTLE_MS} ms after the banner showed, minus the median of the \`none\` page; *Returning visit: JS heap added* is the same ${SETTLE_MS} ms after the returning visit's load event. *Script time added* is CDP \`Performance.getMetrics\` \`ScriptDuration\` (main-thread CPU time, \`timeDomain: threadTicks\`) ${SETTLE_MS} ms after the load event, minus the median of the \`none\` page, on the returning visit only (the first visit runs the measuring loop); for the returning visit the library's own "accept all" button was clicked on the first visit and the page then opened again in a new tab of the same context, so the library finds its own consent cookie (checked: no banner). Medians are compared with vanilla-cookieconsent's (× vanilla; below 1 is better for every metric). Timings on a shared 2-core machine are noisy: compare medians, and treat differences of about a frame (17 ms) as noise.

## Bytes (the library's JS + CSS files each visit fetched)

${markdownTable(bytesTable)}
${notes.map((n) => `\n${n}\n`).join('')}
## Runtime (min / median / max over ${runs} runs)

${markdownTable(runTable)}
`;
    writeFileSync(join(ROOT, mdFile), md);
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(
      join(ROOT, jsonFile),
      JSON.stringify(
        {
          date,
          browser: version,
          executablePath,
          machine,
          runs,
          warmupRounds: WARMUP_ROUNDS,
          settleMs: SETTLE_MS,
          viewport: VIEWPORT,
          rttMs: rtt,
          libraries: libs.map((lib) => lib.id),
          reference: REFERENCE,
          baseline: { heapBytes: baseHeap, returnScriptMs: baseReturnScript, returnHeapBytes: baseReturnHeap },
          startup,
          bytes,
          summary,
          samples,
        },
        null,
        2,
      ) + '\n',
    );
    console.log(`Wrote ${mdFile} and ${jsonFile}.`);
  } finally {
    if (browser) await browser.close().catch(() => {});
    await server.close();
  }
}

function readJson(file) {
  return JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
}

export { LIBRARIES, pageHtml, initScript };

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error instanceof BenchError ? `bench: ${error.message}` : error);
    process.exit(1);
  });
}
