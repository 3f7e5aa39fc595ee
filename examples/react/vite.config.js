import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Two pages, one app: `index.html` (English) and `de.html` (German). The banner takes its
// language from `<html lang>`.
export default defineConfig({
  plugins: [react()],
  build: {
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        de: fileURLToPath(new URL('de.html', import.meta.url)),
      },
    },
  },
});
