#!/usr/bin/env node
/**
 * Creates a national-scale benchmark database on MariaDB/MySQL and leaves it there (see
 * lib/generate.mjs for what it holds). Options: --db NAME (default gj_bench_<time>),
 * --participations N (200000), --years N (5), --seed N. Drop it afterwards with --drop NAME.
 */
import { parseArgs } from 'node:util';
import { openDatabase } from './lib/common.mjs';
import { prepareNationalDatabase } from './lib/generate.mjs';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    participations: { type: 'string', default: '200000' },
    years: { type: 'string', default: '5' },
    seed: { type: 'string', default: '2024' },
    drop: { type: 'string' },
  },
});
if (values.drop) {
  if (!values.drop.startsWith('gj_bench_')) throw new Error('Only gj_bench_* databases are dropped here.');
  await openDatabase(values.drop).drop();
  console.log(`dropped ${values.drop}`);
} else {
  const name = values.db ?? `gj_bench_${Date.now()}`;
  const { db } = await prepareNationalDatabase(name, {
    participations: Number(values.participations),
    years: Number(values.years),
    seed: Number(values.seed),
    log: console.log,
  });
  console.log(`database ${db.name}: DATABASE_URL=${db.url}`);
}
