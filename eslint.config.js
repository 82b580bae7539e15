// Lint, and the layering of DESIGN.md section 1: which folder may import what. The layering
// rules have their own test (test/unit/lint/layering.test.ts), so they cannot silently rot.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_AND_DB = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'url'];
const DB = ['typeorm', 'sqlite3', 'reflect-metadata', 'conf', 'electron-store'];
const restrict = (patterns, message) => ['error', { patterns: [{ group: patterns, message }] }];

export const LAYER_RULES = [
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [
          'electron',
          ...NODE_AND_DB,
          ...DB,
          'react',
          'react-*',
          '@mui/*',
          '**/electron/**',
          '**/renderer/**',
        ],
        'shared/ is pure: it imports nothing of the other layers, Node or Electron.',
      ),
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/vite.config.ts'],
    rules: {
      'no-restricted-imports': restrict(
        ['electron', ...NODE_AND_DB, ...DB, '**/electron/**'],
        'The renderer talks to the services only through the contract client (renderer/src/api).',
      ),
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/host/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        ['electron', '**/renderer/**', '**/main/**', '**/ipc/**', '**/preload/**'],
        "The services, host and CLI run in plain Node: never 'electron' or the shell's folders.",
      ),
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!electron$|(\\.\\./)+shared/|\\./)',
              message: "The preload imports nothing but shared/ and 'electron'.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/ipc/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        ['**/renderer/**'],
        'The shell reaches the UI only through the contract.',
      ),
    },
  },
];

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'test-results/', 'playwright-report/', 'coverage/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['test/**/*.{ts,js}', 'electron/*.js', 'electron/cli/bin.js', '*.js'],
    rules: { 'no-console': 'off' },
  },
  ...LAYER_RULES,
);
