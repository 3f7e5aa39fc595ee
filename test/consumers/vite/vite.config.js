import { defineConfig } from 'vite';

// Two pages; nothing configured for the library.
export default defineConfig({
  build: { rollupOptions: { input: { main: 'index.html', de: 'de.html' } } },
});
