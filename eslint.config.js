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
  // One data-access discipline (electron/core/db/disciplined-driver.ts): only electron/core/db/
  // opens SQLite connections or query runners; a service reaching the driver would write around
  // the single writer, or read rows not yet committed (test/unit/lint/data-access.test.ts).
  {
    files: ['electron/**/*.{ts,js}'],
    ignores: ['electron/core/db/**'],
    plugins: { 'data-access': { rules: { 'through-the-data-source': throughTheDataSource() } } },
    rules: { 'data-access/through-the-data-source': 'error' },
  },
);

function throughTheDataSource() {
  const driverModule = (name) =>
    typeof name === 'string' && (name === 'sqlite3' || name.startsWith('typeorm/driver/'));
  const what = {
    Database: 'new Database',
    databaseConnection: 'the driver’s connection',
    createQueryRunner: 'createQueryRunner()',
  };
  return {
    meta: {
      type: 'problem',
      messages: {
        bypass:
          '{{what}} outside electron/core/db/ goes around the single writer and the read-only ' +
          'reader: use the DataSource (ds.transaction for writes, its repositories for reads).',
      },
    },
    create(context) {
      const report = (node, name) =>
        context.report({ node, messageId: 'bypass', data: { what: what[name] ?? name } });
      return {
        ImportDeclaration: (node) =>
          driverModule(node.source.value) && report(node, node.source.value),
        ImportExpression: (node) =>
          driverModule(node.source.value) && report(node, node.source.value),
        NewExpression: (node) => {
          const name = node.callee.property?.name ?? node.callee.name;
          if (name === 'Database') report(node, name);
        },
        MemberExpression: (node) => {
          const name = node.property.name;
          if (name === 'databaseConnection' || name === 'createQueryRunner') report(node, name);
        },
      };
    },
  };
}
