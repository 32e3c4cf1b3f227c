// @ts-check
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The lint that keeps the code's shape (docs/architecture.md): no value import
 * circles, shared/ free of the server and the client, small files, hooks used
 * as React requires. `npm run lint`; `npm test` runs it before the unit tests.
 */
export default tseslint.config(
  { ignores: ['dist/**', 'reports/**', 'test-results/**', 'playwright-report/**', 'node_modules/**', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      // Dependencies are TypeScript too: parse them, or a circle through them goes unseen.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      // Type-only imports (`import type`) are not followed: they vanish at run time.
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './shared', from: './server', message: 'shared/ is used by the server and the client alike: it imports neither.' },
            { target: './shared', from: './client', message: 'shared/ is used by the server and the client alike: it imports neither.' },
          ],
        },
      ],
      'max-lines': ['error', { max: 300 }],
      'prefer-const': ['error', { destructuring: 'all' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Feature types are filled in by declaration merging (shared/domain/state.ts).
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'always' }],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    // The two classic rules; the compiler-era ones of the recommended set would ask for rewrites, not checks.
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
);
