/**
 * Where the optional modules come from in the script-tag bundle: beside the bundle's own
 * URL (`dist/log.js`, `dist/locales/de.js`, …), taken while the script runs. A file that
 * does not load is named in the console with what to do: a site that copied only
 * `cookie-consent.min.js` gets English text and no placeholders, and is told why.
 */
const base = (document.currentScript as HTMLScriptElement | null)?.src || location.href;

export function loadModule(name: string): Promise<unknown> {
  const url = new URL(`${name}.js`, base).href;
  return import(url).catch((error: unknown) => {
    // A file that is not there (the browser's TypeError), or one that threw as it ran (a
    // policy of the page refused it, for instance): said differently, so the fix is clear.
    // (Chromium and Firefox: "… dynamically imported module"; Safari: "Importing a module script failed.")
    const missing = error instanceof TypeError && /dynamically imported module|importing a module script failed/i.test(error.message);
    console.error(missing ? `[cookie-consent] ${url} failed: copy all of dist/` : `[cookie-consent] ${url} failed as it ran: ${String(error)}`, error);
    throw error;
  });
}
