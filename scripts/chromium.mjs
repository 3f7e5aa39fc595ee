// Finds Debian's Chromium (or another local Chrome) for the browser tests and the bench.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', 'chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function which(name) {
  if (name.startsWith('/')) return existsSync(name) ? name : null;
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** CHROME_PATH, then the usual names on PATH; null if none. */
export function findChromium() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  for (const name of CANDIDATES) {
    const found = which(name);
    if (found) return found;
  }
  return null;
}

/** Flags for headless Chromium on a machine with no display, as root, with no outside network. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP *.example.test 127.0.0.1, MAP *.news.example 127.0.0.1',
];
