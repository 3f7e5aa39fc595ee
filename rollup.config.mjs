import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const locales = Object.fromEntries(
  readdirSync('src/locales')
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [`locales/${f.slice(0, -3)}`, `src/locales/${f}`]),
);

// Members of the store and the gate that only our own code uses, renamed in the minified bundles
// (the rest are ES `#private`, which the minifier renames by itself). Public API names never go here.
const PRIVATE = /^(pageOnly|jar|done|chain|observer|scheduled|requiredIds|changedSince|grantedCategories|needsConsent|held|hold)$/;

/**
 * Swaps a module for a variant (`load-module.js` → `load-module.script.ts`): the script-tag
 * bundles load their optional modules and the views by URL from beside themselves, not
 * through the package's imports.
 */
const swap = (variant, names = ['load-module', 'load-views']) => ({
  name: `swap-${variant}`,
  resolveId(source, importer) {
    const name = names.find((n) => source === `./${n}.js`);
    if (!name || !importer) return null;
    return fileURLToPath(new URL(`${name}.${variant}.ts`, pathToFileURL(importer)));
  },
});

/** The script-tag bundle's types: it defines `window.CookieConsent` (for `import 'lit-cookie-consent/cookie-consent.min.js'`). */
const scriptTypes = {
  name: 'script-types',
  generateBundle() {
    const source = [
        '/** The script-tag bundle: defines `<cookie-consent>` and `window.CookieConsent`, reads the page\'s config and starts. */',
        "import type { CookieConsentApi } from './index.js';",
        '',
        'declare global {',
        '  interface Window {',
        '    CookieConsent: CookieConsentApi;',
        '  }',
        '}',
        '',
        'export {};',
        '',
      ].join('\n');
    for (const fileName of ['cookie-consent.min.d.ts', 'cookie-consent.all.min.d.ts']) this.emitFile({ type: 'asset', fileName, source });
    // What a server gets for the same import (the `node` export condition): nothing to run there.
    this.emitFile({ type: 'asset', fileName: 'cookie-consent.server.js', source: '// The script-tag bundle runs in browsers only; on a server this import does nothing.\nexport {};\n' });
  },
};

const terserOptions = {
  ecma: 2021,
  compress: { passes: 3, pure_getters: true, unsafe: true, unsafe_arrows: true, unsafe_methods: true, keep_fargs: false },
  mangle: { properties: { regex: PRIVATE, builtins: true } },
  format: { comments: false },
};

export default [
  // npm: ES modules, lit and js-cookie left to the consumer's bundler, with .d.ts.
  {
    input: {
      index: 'src/index.ts',
      element: 'src/element.ts',
      core: 'src/core.ts',
      server: 'src/server.ts',
      auto: 'src/auto.ts',
      // The proof-of-consent sender, self-contained: loaded on demand, also by the script-tag bundle.
      log: 'src/core/integrations/log-send.ts',
      placeholder: 'src/core/placeholder.ts',
      validate: 'src/core/validate.ts',
      migrate: 'src/migrate.ts',
      ...locales,
    },
    external: [/^lit(\/|$)/, /^@lit\//, 'js-cookie', /^@iabtechlabtcf\//],
    output: { dir: 'dist', format: 'es', chunkFileNames: 'chunks/[name]-[hash].js', hoistTransitiveImports: false },
    plugins: [typescript({ tsconfig: './tsconfig.json', outDir: 'dist', declaration: true, declarationDir: 'dist' })],
  },
  // Script tag: the start-up file, a minified IIFE with no Lit in it. No `module: true` in
  // terser, or the global is renamed. The views (`ui.js`), locales and modules load beside it.
  {
    input: 'src/auto.ts',
    output: { file: 'dist/cookie-consent.min.js', format: 'iife' },
    plugins: [
      swap('script'),
      nodeResolve({ exportConditions: ['production'] }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist' }),
      minifyHTML(),
      terser(terserOptions),
      scriptTypes,
    ],
  },
  // The views for the script-tag bundle, lit-html inside: an ES module it imports from beside itself.
  {
    input: 'src/ui/view.ts',
    output: { file: 'dist/ui.js', format: 'es' },
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist' }),
      minifyHTML(),
      terser({ ...terserOptions, module: true }),
    ],
  },
  // The IAB TCF CMP for the script-tag bundles (config `tcf`): an ES module beside them, the IAB's packages inside, its texts in `tcf/<lang>.js`.
  {
    input: { tcf: 'src/tcf/cmp.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'tcf/[name]-[hash].js' },
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist' }),
      minifyHTML(),
      terser({ ...terserOptions, module: true }),
    ],
  },
  // Everything English in one file: the start-up code, the views and the optional modules; only other locales load beside it.
  {
    input: 'src/auto.ts',
    output: { file: 'dist/cookie-consent.all.min.js', format: 'iife', inlineDynamicImports: true },
    plugins: [
      swap('all', ['load-module']),
      nodeResolve({ exportConditions: ['production'] }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist' }),
      minifyHTML(),
      terser(terserOptions),
    ],
  },
  // The headless core alone, minified, for the size budget.
  {
    input: 'src/core.ts',
    output: { file: 'dist/size/core.min.js', format: 'es' },
    plugins: [
      swap('script'),
      nodeResolve(),
      typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist/size' }),
      terser(terserOptions),
    ],
  },
];
