import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  build: {
    // Two pages, one app: `index.html` (English) and `de.html` (German). The banner takes its
    // language from `<html lang>`.
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        de: fileURLToPath(new URL('de.html', import.meta.url)),
      },
    },
  },
});
