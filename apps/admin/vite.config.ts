import react from '@vitejs/plugin-react';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/**
 * Writes a Brotli (.br) and a gzip (.gz) copy next to every text file of the build, at the
 * highest levels: the API sends them as they are (apps/api/src/app.ts, serveAdminApp), so the
 * cost is paid once here and never per request.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'gj-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async writeBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((f) => /\.(js|css|html|svg|json|txt)$/.test(f) && !f.startsWith('.vite/'));
      await Promise.all(
        files.map(async (name) => {
          const path = join(outDir, name);
          const data = await readFile(path);
          const [br, gzipped] = await Promise.all([
            brotli(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
            gz(data, { level: 9 }),
          ]);
          // Even a 150-byte chunk shrinks; a copy that would not is left out (the file is sent as is).
          await Promise.all([br.length < data.length && writeFile(`${path}.br`, br), gzipped.length < data.length && writeFile(`${path}.gz`, gzipped)]);
        }),
      );
    },
  };
}

export default defineConfig({
  plugins: [react(), precompress()],
  build: {
    // The manifest lets scripts/check-bundle-size.mjs tell initial chunks from lazy ones.
    manifest: true,
    sourcemap: false,
    // The budget that matters is checked by e2e/bundle-size.e2e.test.ts (what the API sends, per route).
    chunkSizeWarningLimit: 700,
  },
  server: {
    // `npm run dev` talks to an API started separately on port 4000 (GraphQL and the report downloads).
    proxy: { '/graphql': 'http://127.0.0.1:4000', '/api': 'http://127.0.0.1:4000' },
  },
});
