import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

// Built by `vite build web --emptyOutDir` (npm run build:web) into web/dist,
// which the API server serves at `/`. In `vite dev`, /api goes to that server.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: {
    outDir: 'dist',
    target: 'es2022',
    // MapLibre alone is ~1 MB minified; splitting it gains nothing for one page.
    chunkSizeWarningLimit: 1600,
  },
  server: {
    proxy: { '/api': `http://127.0.0.1:${process.env.PORT ?? 8787}` },
  },
})
