import type { Config } from 'jest';
import nextJest from 'next/jest.js';

const createJestConfig = nextJest({ dir: './' });

const config: Config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/tests/{unit,integration}/**/*.test.{ts,tsx}'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/$1',
    // Server-only guards are for the Next bundler; tests run that code directly.
    '^server-only$': '<rootDir>/tests/fixtures/empty-module.ts',
  },
  setupFilesAfterEnv: ['<rootDir>/tests/setup.ts'],
};

export default async function jestConfig(): Promise<Config> {
  const resolved = await createJestConfig(config)();
  // ESM-only packages (groq-js, Portable Text, Sanity's client and its get-it/eventsource, feed, entities,
  // and what block-tools and jsdom 29 load for the importer…) must be transformed for jest's CommonJS runtime too.
  resolved.transformIgnorePatterns = [
    '/node_modules/(?!(groq-js|obug|@portabletext|@sanity|next-sanity|groq|feed|xml-js|get-it|eventsource|eventsource-parser|entities|lodash-es|@asamuzakjp/dom-selector|@csstools/color-helpers|@csstools/css-color-parser|@csstools/css-parser-algorithms|@csstools/css-calc|@csstools/css-tokenizer|@asamuzakjp/generational-cache|@asamuzakjp/css-color|parse5|@exodus/bytes|leven|arrify)/)',
  ];
  return resolved;
}
