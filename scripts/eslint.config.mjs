import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// `npm run lint` (and a step of `npm test`). Kept under scripts/ so the repository's top level stays the
// layout of SPEC §12; paths below are relative to the working directory, the repository's root.
export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // A leading underscore names what a destructuring leaves out on purpose (`{ password: _, ...rest }`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Jest reads its configuration as CommonJS.
    files: ['tests/jest.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  globalIgnores(['.next/**', '.next-*/**', '.data/**', 'lib/generated/**', 'next-env.d.ts', 'public/**']),
]);
