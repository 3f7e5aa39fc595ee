/**
 * Where the optional modules come from in the script-tag bundle: beside the bundle's own
 * URL (`dist/log.js`, `dist/locales/de.js`, …), taken while the script runs.
 */
const base = (document.currentScript as HTMLScriptElement | null)?.src || location.href;

export function loadModule(name: string): Promise<unknown> {
  return import(new URL(`${name}.js`, base).href);
}
