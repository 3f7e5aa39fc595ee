/**
 * Where the optional modules come from in the npm package: `log`, `placeholder`,
 * `validate` and `locales/<lang>`. Every one is a literal `import()`, so that every
 * bundler (Vite/Rollup, webpack, esbuild, Parcel) splits each into its own chunk with no
 * configuration: Vite skips template-literal imports inside `node_modules`. The
 * script-tag bundle swaps this file for `load-module.script.ts`, which loads them from
 * beside itself.
 */
const LOCALE_MODULES: Record<string, () => Promise<unknown>> = {
  bg: () => import('../locales/bg.js'),
  cs: () => import('../locales/cs.js'),
  da: () => import('../locales/da.js'),
  de: () => import('../locales/de.js'),
  el: () => import('../locales/el.js'),
  es: () => import('../locales/es.js'),
  et: () => import('../locales/et.js'),
  fi: () => import('../locales/fi.js'),
  fr: () => import('../locales/fr.js'),
  ga: () => import('../locales/ga.js'),
  hr: () => import('../locales/hr.js'),
  hu: () => import('../locales/hu.js'),
  it: () => import('../locales/it.js'),
  lt: () => import('../locales/lt.js'),
  lv: () => import('../locales/lv.js'),
  mt: () => import('../locales/mt.js'),
  nl: () => import('../locales/nl.js'),
  pl: () => import('../locales/pl.js'),
  pt: () => import('../locales/pt.js'),
  ro: () => import('../locales/ro.js'),
  sk: () => import('../locales/sk.js'),
  sl: () => import('../locales/sl.js'),
  sv: () => import('../locales/sv.js'),
  no: () => import('../locales/no.js'),
  is: () => import('../locales/is.js'),
  uk: () => import('../locales/uk.js'),
  tr: () => import('../locales/tr.js'),
  ar: () => import('../locales/ar.js'),
};

/** The languages with a module of their own (English is built in). */
export const LOADABLE_LOCALES = Object.keys(LOCALE_MODULES);

/** Loads one optional module; a chunk that fails to load is named once in the console. */
export function loadModule(name: string): Promise<unknown> {
  return importModule(name).catch((error: unknown) => {
    console.error(`[cookie-consent] the "${name}" module (a chunk of your build) did not load`, error);
    throw error;
  });
}

function importModule(name: string): Promise<unknown> {
  if (name === 'log') return import('./integrations/log-send.js');
  if (name === 'placeholder') return import('./placeholder.js');
  if (name === 'validate') return import('./validate.js');
  if (name === 'tcf') return import('../tcf/cmp.js');
  const lang = name.startsWith('locales/') ? name.slice('locales/'.length) : '';
  const load = Object.hasOwn(LOCALE_MODULES, lang) ? LOCALE_MODULES[lang] : undefined;
  return load ? load() : Promise.reject(new Error(`[cookie-consent] no module "${name}"`));
}
