// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Node built-ins, by bare name and with the node: prefix; renderer/ and shared/ may import none of them. */
const nodeBuiltins = [
  'assert',
  'buffer',
  'child_process',
  'cluster',
  'crypto',
  'dgram',
  'dns',
  'events',
  'fs',
  'fs/promises',
  'http',
  'http2',
  'https',
  'module',
  'net',
  'os',
  'path',
  'perf_hooks',
  'process',
  'readline',
  'stream',
  'stream/promises',
  'timers',
  'tls',
  'tty',
  'url',
  'util',
  'v8',
  'vm',
  'worker_threads',
  'zlib',
];
const nodeOnlyPackages = ['better-sqlite3', 'yauzl', 'yazl', 'tsx', 'playwright-core'];

const boundary = {
  paths: [
    { name: 'electron', message: 'renderer/ and shared/ must not import electron: talk to window.api.' },
    ...nodeBuiltins.map((name) => ({ name, message: 'renderer/ and shared/ must not import Node modules.' })),
    ...nodeOnlyPackages.map((name) => ({
      name,
      message: 'This package is Node-only; keep it in electron/.',
    })),
  ],
  patterns: [
    { group: ['node:*'], message: 'renderer/ and shared/ must not import Node modules.' },
    {
      group: ['**/electron/**', 'electron/*'],
      message: 'renderer/ and shared/ must not import from electron/.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'dist/',
      'coverage/',
      'tests/e2e/artifacts/',
      'tests/.tmp/',
      'bench-data/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'shared/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', boundary] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Archive text is never rendered as HTML.',
        },
      ],
    },
  },
);
