// Makes sure a Chromium is there for the browser tests: finds one, or installs
// Debian's `chromium` package when running as root with apt-get. Never downloads a browser elsewhere.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const found = findChromium();
if (found) {
  console.log(`Chromium: ${found}`);
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found: installing Debian\'s "chromium" package (about a minute)...');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  const installed = findChromium();
  if (installed) {
    console.log(`Chromium: ${installed}`);
    process.exit(0);
  }
}
console.error(
  'No Chromium found. Install it with: sudo apt-get update && sudo apt-get install -y chromium  (or set CHROME_PATH to a Chrome/Chromium binary)',
);
process.exit(1);
