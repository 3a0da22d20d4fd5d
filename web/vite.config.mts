import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The app is served by the API at /admin (src/web-app/web-app.module.ts); in development `vite --config
// web/vite.config.mts` proxies the API calls to a service on :3000.
const apiPaths = ['/auth', '/statements', '/articles', '/speakers', '/claims', '/exports', '/api-keys', '/health'];

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/admin/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: true },
  server: { proxy: Object.fromEntries(apiPaths.map((p) => [p, 'http://127.0.0.1:3000'])) },
});
