// @vitest-environment node
import { generate } from '@graphql-codegen/cli';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../../codegen';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('generated GraphQL types', () => {
  it('match the committed schema and the operations in src (run `npm run codegen` if not)', async () => {
    const outputs = (await generate({ ...config, cwd: root, silent: true }, false)) as { filename: string; content: string }[];
    expect(outputs.map((o) => o.filename.replace(/^.*src\/gql\//, '')).sort()).toEqual(['gql.ts', 'graphql.ts', 'index.ts']);
    for (const output of outputs) {
      const committed = readFileSync(join(root, output.filename), 'utf8');
      expect(committed, `${output.filename} is stale: run "npm run codegen --workspace=@gj/admin"`).toBe(output.content);
    }
  }, 60_000);
});
