/**
 * Builds the framework examples: `examples/<framework>/dist/app.js`, with esbuild only.
 * The examples live inside this package, so `import … from 'lit-cookie-consent'` resolves to it
 * (package self-reference, through the `exports` of package.json into dist/): build that first.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { compile } from 'svelte/compiler';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(`${root}dist/index.js`)) execSync('npm run build', { cwd: root, stdio: 'inherit' });

/** Compiles `.svelte` files to JavaScript (Svelte 5, client side). */
const sveltePlugin = {
  name: 'svelte',
  setup(b) {
    b.onLoad({ filter: /\.svelte$/ }, async ({ path }) => {
      const { js, warnings } = compile(await readFile(path, 'utf8'), { filename: path });
      return { contents: js.code, loader: 'js', warnings: warnings.map((w) => ({ text: w.message })) };
    });
  },
};

const examples = {
  react: { entry: 'main.jsx', jsx: 'automatic' },
  vue: {
    entry: 'main.js',
    // The full build: it compiles the components' string templates in the browser.
    alias: { vue: 'vue/dist/vue.esm-bundler.js' },
    define: { __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  },
  svelte: { entry: 'main.js', plugins: [sveltePlugin] },
  angular: { entry: 'main.ts', tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } } },
};

const started = performance.now();
await Promise.all(
  Object.entries(examples).map(async ([name, { entry, define, ...options }]) => {
    const t = performance.now();
    await build({
      entryPoints: [`${root}examples/${name}/${entry}`],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      logLevel: 'warning',
      define: { 'process.env.NODE_ENV': '"production"', ...define },
      // The package's optional modules (log sender, placeholder, validate, locales) become lazy chunks.
      splitting: true,
      outdir: `${root}examples/${name}/dist`,
      entryNames: 'app',
      ...options,
    });
    console.log(`examples/${name}/dist/app.js  ${Math.round(performance.now() - t)} ms`);
  }),
);
console.log(`built ${Object.keys(examples).length} examples in ${Math.round(performance.now() - started)} ms`);
