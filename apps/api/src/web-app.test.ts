import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressResponses, serveAdminApp } from './app.js';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw GET (fetch would negotiate and decode by itself). */
function get(base: string, path: string, acceptEncoding?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const SCRIPT = `export const rows = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ fila: i, nombre: 'Municipalidad' })))};\n`;
const INDEX = `<!doctype html><html lang="es-PE"><head><title>Gobernando Juntas</title></head><body>${'<div></div>'.repeat(200)}</body></html>`;

describe('the web app and JSON over HTTP', () => {
  let dir: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    // A build as apps/admin leaves it: hashed assets with .br and .gz copies next to them.
    dir = mkdtempSync(join(tmpdir(), 'gj-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), INDEX);
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), SCRIPT);
    writeFileSync(join(dir, 'assets', 'index-abc123.js.br'), brotliCompressSync(SCRIPT));
    writeFileSync(join(dir, 'assets', 'index-abc123.js.gz'), gzipSync(SCRIPT));
    writeFileSync(join(dir, 'assets', 'plain-abc123.css'), 'body{margin:0}');

    const app = express();
    app.use(compressResponses());
    app.get('/graphql', (_req, res) => res.json({ data: { rows: JSON.parse(SCRIPT.slice(20, -2)) as unknown } }));
    app.get('/graphql/small', (_req, res) => res.json({ data: { ok: true } }));
    app.get('/api/exports/x.csv', (_req, res) => res.type('text/csv').send('código,nombre\n'.repeat(500)));
    serveAdminApp(app, dir);
    await new Promise<void>((done) => {
      server = app.listen(0, '127.0.0.1', () => done());
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((done) => server.close(done));
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends the precompressed asset the browser accepts, Brotli first, cached for a year', async () => {
    const br = await get(base, '/assets/index-abc123.js', 'gzip, deflate, br, zstd');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(br.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT);

    const gz = await get(base, '/assets/index-abc123.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);

    for (const refusing of [undefined, 'identity', 'br;q=0, gzip;q=0']) {
      const plain = await get(base, '/assets/index-abc123.js', refusing);
      expect(plain.headers['content-encoding'], String(refusing)).toBeUndefined();
      expect(plain.headers['vary']).toMatch(/Accept-Encoding/i);
      expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(plain.body.toString()).toBe(SCRIPT);
    }
  });

  it('answers HEAD and conditional requests for a precompressed asset', async () => {
    const first = await get(base, '/assets/index-abc123.js', 'br');
    const again = await new Promise<number>((resolve, reject) => {
      const req = request(`${base}/assets/index-abc123.js`, { headers: { 'accept-encoding': 'br', 'if-none-match': String(first.headers['etag']) } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(again).toBe(304);
  });

  it('serves index.html, and the app for its routes, never from a stale cache', async () => {
    for (const path of ['/', '/actividades/1.4', '/index.html']) {
      const res = await get(base, path, 'gzip, br');
      expect(res.status, path).toBe(200);
      expect(res.headers['cache-control'], path).toBe('no-cache');
      const body =
        res.headers['content-encoding'] === 'br'
          ? brotliDecompressSync(res.body)
          : res.headers['content-encoding'] === 'gzip'
            ? gunzipSync(res.body)
            : res.body;
      expect(body.toString(), path).toBe(INDEX);
    }
    expect((await get(base, '/assets/missing-abc.js', 'br')).status).toBe(404);
    expect((await get(base, '/assets/index-abc123.js.br', 'br')).headers['content-encoding']).toBeUndefined();
  });

  it('compresses JSON above 1 KB, not small answers nor downloads', async () => {
    const big = await get(base, '/graphql', 'gzip, deflate, br');
    expect(big.headers['content-encoding']).toMatch(/^(br|gzip)$/);
    expect(big.headers['vary']).toMatch(/Accept-Encoding/i);
    const small = await get(base, '/graphql/small', 'gzip, deflate, br');
    expect(small.headers['content-encoding']).toBeUndefined();
    const download = await get(base, '/api/exports/x.csv', 'gzip, deflate, br');
    expect(download.headers['content-encoding']).toBeUndefined();
    expect(Number(download.headers['content-length'])).toBe(download.body.length);
  });
});
