// The size budget: gzip (level 9) and brotli of what users load, failing past the limits
// in size-limit.json. Locale modules are minified first, as a site would serve them.
import { Buffer } from 'node:buffer';
import { readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';

const limits = JSON.parse(readFileSync(new URL('../size-limit.json', import.meta.url), 'utf8'));
const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function files(pattern) {
  if (!pattern.includes('*')) return [pattern];
  const dir = pattern.slice(0, pattern.lastIndexOf('/'));
  const suffix = pattern.slice(pattern.lastIndexOf('*') + 1);
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix) && !f.endsWith('.d.ts'))
    .map((f) => `${dir}/${f}`);
}

let failed = 0;
const rows = [];
for (const [pattern, limit] of Object.entries(limits)) {
  if (pattern.startsWith('$')) continue;
  for (const file of files(pattern)) {
    let code = readFileSync(file);
    // Modules loaded on demand ship unminified (bundlers minify them); measure them as a site would serve them.
    if (!file.endsWith('.min.js')) code = Buffer.from(transformSync(code.toString(), { minify: true, format: 'esm' }).code);
    const gz = gzip(code);
    const ok = gz <= limit;
    if (!ok) failed++;
    rows.push([file, code.length, gz, brotli(code), limit, ok ? 'ok' : 'OVER']);
  }
}
const shown = rows.filter((r) => !r[0].includes('/locales/') || r[5] !== 'ok');
const locales = rows.filter((r) => r[0].includes('/locales/'));
console.log('file'.padEnd(34), 'raw'.padStart(7), 'gzip'.padStart(7), 'brotli'.padStart(7), 'limit'.padStart(7));
for (const [file, raw, gz, br, limit, status] of shown) {
  console.log(file.padEnd(34), String(raw).padStart(7), String(gz).padStart(7), String(br).padStart(7), String(limit).padStart(7), status);
}
if (locales.length) {
  const largest = locales.reduce((a, b) => (b[2] > a[2] ? b : a));
  console.log(`${locales.length} locale modules, largest ${largest[0]} at ${largest[2]} bytes gzip (limit ${largest[4]})`);
}
if (failed) {
  console.error(`Size budget exceeded by ${failed} file(s): see size-limit.json.`);
  process.exit(1);
}
