/**
 * Where the optional modules come from in the npm package: `log`, `placeholder`,
 * `validate` and `locales/<lang>`, as literal dynamic imports so bundlers split each
 * into its own chunk (and the locales into one glob). The script-tag bundle swaps this
 * file for `load-module.script.ts`, which loads them from beside itself.
 */
export function loadModule(name: string): Promise<unknown> {
  if (name === 'log') return import('./integrations/log-send.js');
  if (name === 'placeholder') return import('./placeholder.js');
  if (name === 'validate') return import('./validate.js');
  return import(`../locales/${name.slice('locales/'.length)}.js`);
}
