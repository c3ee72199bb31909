// Jest for unit, component and integration tests (Playwright runs the end-to-end journeys).
// Integration tests get a real, migrated PostgreSQL through DATABASE_URL, started by scripts/test.ts.
const path = require('node:path');
const nextJest = require('next/jest');

const root = path.resolve(__dirname, '..');
const createJestConfig = nextJest({ dir: root });

/** @type {import('jest').Config} */
const config = {
  rootDir: root,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/{unit,component,integration}/**/*.test.{ts,tsx}'],
  setupFilesAfterEnv: ['<rootDir>/tests/support/jest-setup.ts'],
  moduleNameMapper: {
    // 'server-only' throws outside React's server condition; tests call server code directly.
    '^server-only$': '<rootDir>/tests/support/empty-module.js',
    '^@/(.*)$': '<rootDir>/$1',
  },
  testTimeout: 30_000,
};

module.exports = async () => {
  const resolved = await createJestConfig(config)();
  // ESM-only packages (file-type and its helpers) must be transformed too.
  resolved.transformIgnorePatterns = [
    '/node_modules/(?!(file-type|strtok3|token-types|peek-readable|@tokenizer|uint8array-extras|@borewit|@prisma/client)/)',
  ];
  return resolved;
};
