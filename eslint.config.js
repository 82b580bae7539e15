// Lint, and the layering of DESIGN.md section 1: which folder may import what. The layering
// rules have their own test (test/unit/lint/layering.test.ts), so they cannot silently rot.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

const NODE_BUILTINS = new Set(builtinModules);
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
/** What the packaged app ships: devDependencies are bundled by Vite into the renderer or are tools. */
const SHIPPED = Object.keys(pkg.dependencies);
/** The browser packages the renderer uses (Vite bundles them). A new one is added here on purpose. */
const RENDERER_PACKAGES = [
  'react',
  'react-dom',
  'react-router-dom',
  'react-hook-form',
  '@hookform/resolvers',
  'i18next',
  'react-i18next',
  '@mui/material',
  '@mui/icons-material',
  '@mui/x-charts',
  '@mui/x-data-grid',
  'zod',
];

/** What a specifier names: a Node built-in, a package, or a project path from the repo's root. */
function importTarget(specifier, filename, cwd) {
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    const resolved = path.resolve(path.dirname(filename), specifier);
    return { folder: path.relative(cwd, resolved).split(path.sep).join('/') };
  }
  const parts = specifier.split('/');
  if (specifier.startsWith('node:') || NODE_BUILTINS.has(parts[0])) return { builtin: true };
  return { package: specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0] };
}

const within = (folder, folders) => folders.some((f) => folder === f || folder.startsWith(`${f}/`));

/** A layer's options: `packages` and `folders` are allow-lists, `deniedFolders` a deny-list. */
function isAllowed(layer, target) {
  if (target.builtin) return layer.builtins;
  if (target.package) return !layer.packages || layer.packages.includes(target.package);
  if (layer.deniedFolders && within(target.folder, layer.deniedFolders)) return false;
  return !layer.folders || within(target.folder, layer.folders);
}

/** The source of a `require('x')`, `import('x')` or `typeof import('x')`, if written as a literal. */
function literalSource(node) {
  const n = node?.type === 'TSLiteralType' ? node.literal : node;
  if (n?.type === 'Literal' && typeof n.value === 'string') return n.value;
  if (n?.type === 'TemplateLiteral' && n.expressions.length === 0) return n.quasis[0].value.cooked;
  return null;
}

/**
 * `layers/imports`: every way a file can load another (static and dynamic import, export from,
 * require, import types) is checked against its layer. `no-restricted-imports` sees neither
 * `import()` nor where a relative path leads, so it cannot hold an allow-list.
 */
const importsRule = {
  meta: {
    type: 'problem',
    schema: [{ type: 'object', additionalProperties: true }],
    messages: {
      refused: "'{{specifier}}' is not allowed here. {{why}}",
      computed: 'A path computed at run time cannot be checked; write it as a string. {{why}}',
    },
  },
  create(context) {
    const [layer] = context.options;
    const check = (node, source) => {
      const specifier = literalSource(source);
      if (specifier === null) {
        context.report({ node, messageId: 'computed', data: { why: layer.message } });
      } else if (!isAllowed(layer, importTarget(specifier, context.filename, context.cwd))) {
        context.report({ node, messageId: 'refused', data: { specifier, why: layer.message } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      TSImportType: (node) => check(node, node.argument),
      TSExternalModuleReference: (node) => check(node, node.expression),
      'CallExpression[callee.type="Identifier"][callee.name="require"]': (node) =>
        check(node, node.arguments[0]),
    };
  },
};

const layers = { rules: { imports: importsRule } };
const layer = (files, options, ignores = []) => ({
  files,
  ignores,
  plugins: { layers },
  rules: { 'layers/imports': ['error', options] },
});

const RENDERER = {
  packages: RENDERER_PACKAGES,
  builtins: false,
  folders: ['renderer', 'shared'],
  message:
    'The renderer imports shared/, itself and the browser packages listed in eslint.config.js; it talks to the services only through the contract client (renderer/src/api).',
};
const PLAIN_NODE =
  "The services, host and CLI run in plain Node: never 'electron' or the shell's folders, and only the packages the app ships (package.json's dependencies).";

/**
 * The browser's own globals (window, document, HTMLElement, localStorage...): the Node layers'
 * typecheck cannot refuse them, since @types/pdfmake references TypeScript's DOM library.
 */
const BROWSER_ONLY_GLOBALS = Object.keys(globals.browser)
  .filter((name) => !(name in globals.node))
  .map((name) => ({ name, message: 'The services, host and CLI run in plain Node.' }));

export const LAYER_RULES = [
  layer(['shared/**/*.ts'], {
    packages: ['zod'],
    builtins: false,
    folders: ['shared'],
    message:
      'shared/ is pure: it imports zod and itself, nothing of the other layers, Node or Electron.',
  }),
  layer(['renderer/**/*.ts', 'renderer/**/*.tsx'], RENDERER, ['renderer/vite.config.ts']),
  // Unit tests of the renderer's pure functions run in Vitest.
  layer(['renderer/**/*.test.ts', 'renderer/**/*.test.tsx'], {
    ...RENDERER,
    packages: [...RENDERER_PACKAGES, 'vitest'],
  }),
  layer(['electron/core/**/*.ts'], {
    packages: SHIPPED,
    builtins: true,
    folders: ['shared', 'electron/core'],
    message: PLAIN_NODE,
  }),
  layer(['electron/host/**/*.ts'], {
    packages: SHIPPED,
    builtins: true,
    folders: ['shared', 'electron/core', 'electron/host'],
    message: PLAIN_NODE,
  }),
  layer(['electron/cli/**/*.ts'], {
    packages: SHIPPED,
    builtins: true,
    folders: ['shared', 'electron/core', 'electron/host', 'electron/cli'],
    message: PLAIN_NODE,
  }),
  {
    files: ['electron/core/**/*.ts', 'electron/host/**/*.ts', 'electron/cli/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...BROWSER_ONLY_GLOBALS] },
  },
  layer(['electron/preload/**/*.ts'], {
    packages: ['electron'],
    builtins: false,
    folders: ['shared', 'electron/preload'],
    message: "The preload imports nothing but shared/ and 'electron'.",
  }),
  layer(['electron/main/**/*.ts', 'electron/ipc/**/*.ts'], {
    builtins: true,
    deniedFolders: ['renderer'],
    message: 'The shell reaches the UI only through the contract.',
  }),
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
