import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// Preact through the automatic JSX runtime; relative asset paths so the built app can be
// served under any prefix; everything bundled (no CDN), the world map as a separate asset.
export default defineConfig({
  root,
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 800,
  },
  server: { proxy: { '/report': 'http://127.0.0.1:4173', '/search': 'http://127.0.0.1:4173' } },
});
