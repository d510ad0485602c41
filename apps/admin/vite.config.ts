import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    // The manifest lets scripts/check-bundle-size.mjs tell initial chunks from lazy ones.
    manifest: true,
    sourcemap: false,
    // The budget that matters is checked by scripts/check-bundle-size.mjs (initial JS ≤ 300 KB gzip).
    chunkSizeWarningLimit: 700,
  },
  server: {
    // `npm run dev` talks to an API started separately on port 4000 (GraphQL and the report downloads).
    proxy: { '/graphql': 'http://127.0.0.1:4000', '/api': 'http://127.0.0.1:4000' },
  },
});
