// Writes the German page after `ng build`: a copy of the built index.html with <html lang="de">,
// so it loads the same hashed bundle. The banner takes its language from <html lang>.
import { readFileSync, writeFileSync } from 'node:fs';

const dir = 'dist/example/browser';
const html = readFileSync(`${dir}/index.html`, 'utf8');
const de = html
  .replace(/<html([^>]*)\slang="en"/, '<html$1 lang="de"')
  .replace('<title>lit-cookie-consent with Angular 21</title>', '<title>lit-cookie-consent mit Angular 21</title>');
if (!/<html[^>]*\slang="de"/.test(de)) throw new Error(`${dir}/index.html has no <html lang="en">`);
writeFileSync(`${dir}/de.html`, de);
console.log(`Wrote ${dir}/de.html`);
