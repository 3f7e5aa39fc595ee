import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    vue({
      template: {
        compilerOptions: {
          // <cookie-consent> is a web component, not a Vue component.
          isCustomElement: (tag) => tag === 'cookie-consent',
        },
      },
    }),
  ],
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
