/** Writes the GraphQL schema to apps/api/schema.graphql (committed, so changes show in diffs). */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSchemaSDL } from '../schema.js';

const target = fileURLToPath(new URL('../../schema.graphql', import.meta.url));
writeFileSync(target, await printSchemaSDL());
console.log(`Esquema escrito en ${target}`);
