#!/usr/bin/env node
/**
 * Summary of a V8 CPU profile (national.mjs --cpu-prof DIR writes one per API process): share of
 * time idle, by package (node_modules/<name>, the API, the domain, Node itself) and the functions
 * with the most self time. Usage: node bench/profile-top.mjs <file.cpuprofile> [--top N]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' } } });
const profile = JSON.parse(readFileSync(positionals[0], 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
// Sample i lasted timeDeltas[i + 1] microseconds.
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0)));
const total = [...self.values()].reduce((s, t) => s + t, 0);

function packageOf(url) {
  if (!url) return '(native / V8)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  if (url.includes('/apps/api/')) return '@gj/api';
  if (url.includes('/packages/domain/')) return '@gj/domain';
  if (url.startsWith('node:')) return 'node';
  return url.split('/').slice(-2).join('/');
}

const packages = new Map();
const functions = new Map();
for (const [id, time] of self) {
  const { callFrame } = byId.get(id);
  const pkg = ['(idle)', '(program)', '(garbage collector)'].includes(callFrame.functionName) ? callFrame.functionName : packageOf(callFrame.url);
  packages.set(pkg, (packages.get(pkg) ?? 0) + time);
  const key = `${callFrame.functionName || '(anonymous)'}  ${packageOf(callFrame.url)}${callFrame.url ? `:${callFrame.lineNumber + 1}` : ''}`;
  functions.set(key, (functions.get(key) ?? 0) + time);
}
const pct = (t) => `${((100 * t) / total).toFixed(1).padStart(5)} %`;
console.log(`${positionals[0]}: ${(total / 1e6).toFixed(1)} s sampled`);
console.log('\nby package (self time)');
for (const [k, t] of [...packages].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${pct(t)}  ${k}`);
console.log('\nfunctions (self time)');
for (const [k, t] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) console.log(`  ${pct(t)}  ${k}`);
