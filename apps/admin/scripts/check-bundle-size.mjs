#!/usr/bin/env node
/**
 * Fails when the JavaScript a browser downloads before the first screen (the entry chunk and
 * every chunk it imports statically) exceeds the budget, gzipped. Lazy chunks (coordination
 * pages, charts) are listed apart, with the Brotli size the API actually sends (the .br copy the
 * build writes). Run after `vite build`: `npm run size`. The budget per route, as a browser gets
 * it from the API, is checked by e2e/bundle-size.e2e.test.ts.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 300 * 1024;
const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

/** @typedef {{ file: string, isEntry?: boolean, isDynamicEntry?: boolean, imports?: string[], dynamicImports?: string[] }} Chunk */

/** @returns {{ initial: { file: string, gzip: number, br: number | null }[], lazy: { file: string, gzip: number, br: number | null }[], initialBytes: number }} */
export function measure(dist = DIST) {
  /** @type {Record<string, Chunk>} */
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const initialKeys = new Set();
  const visit = (/** @type {string} */ key) => {
    if (initialKeys.has(key)) return;
    initialKeys.add(key);
    for (const dep of manifest[key]?.imports ?? []) visit(dep);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);

  const gz = (/** @type {string} */ file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  const br = (/** @type {string} */ file) => (existsSync(join(dist, `${file}.br`)) ? statSync(join(dist, `${file}.br`)).size : null);
  const sizes = (/** @type {string} */ file) => ({ file, gzip: gz(file), br: br(file) });
  const jsChunks = Object.entries(manifest).filter(([, c]) => c.file.endsWith('.js'));
  const initial = jsChunks.filter(([k]) => initialKeys.has(k)).map(([, c]) => sizes(c.file));
  const lazy = jsChunks.filter(([k]) => !initialKeys.has(k)).map(([, c]) => sizes(c.file));
  return { initial, lazy, initialBytes: initial.reduce((s, c) => s + c.gzip, 0) };
}

const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} KB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { initial, lazy, initialBytes } = measure();
  const line = (/** @type {{ file: string, gzip: number, br: number | null }} */ c) =>
    console.log(`  ${c.file.padEnd(48)} ${kb(c.gzip).padStart(9)} gzip ${c.br === null ? '' : `${kb(c.br).padStart(9)} br`}`);
  console.log('Initial JavaScript:');
  initial.forEach(line);
  console.log(`  ${'total'.padEnd(48)} ${kb(initialBytes).padStart(9)} gzip (budget ${kb(BUDGET_BYTES)})`);
  console.log('Loaded on demand:');
  lazy.forEach(line);
  if (initialBytes > BUDGET_BYTES) {
    console.error(`Initial JavaScript is ${kb(initialBytes)} gzipped, above the ${kb(BUDGET_BYTES)} budget.`);
    process.exit(1);
  }
}
