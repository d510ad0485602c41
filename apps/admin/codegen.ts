import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for every operation, from the API's committed schema. The output is committed too; a
 * test (src/gql/codegen.test.ts) regenerates it into a temporary folder and fails when it differs,
 * so a schema or operation change without `npm run codegen` cannot go unnoticed.
 */
export const GENERATED_DIR = 'src/gql/';

const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '!src/**/*.test.{ts,tsx}', '!src/test/**/*'],
  ignoreNoDocuments: false,
  generates: {
    [GENERATED_DIR]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTimeISO: 'string' },
        defaultScalarType: 'unknown',
        skipTypename: false,
      },
    },
  },
};

export default config;
