// ESLint flat config: typescript-eslint's type-aware rules, React hooks, and the project's layering
// as rules, so the architecture in the README cannot erode quietly. `npm run lint` fails on any warning.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// What runs outside the browser or must stay pure may not reach for browser-side modules.
const BROWSER_MODULES = [
  { group: ['#imports', 'wxt', 'wxt/*'], message: 'Browser APIs belong in entrypoints/ or lib/ modules that run in the browser.' },
  { group: ['dexie'], message: 'The database is the log layer’s (lib/log), reached from the background.' },
  { group: ['@webext-core/*'], message: 'Messaging is wiring: entrypoints/ and lib/messaging only.' },
];
const NO_ENTRYPOINTS = { group: ['**/entrypoints/**'], message: 'lib/ is imported by entrypoints, never the other way round.' };
// Modules that run only in the background (service worker): the log's database and handlers, the
// tabs' released records, each layer's message handlers.
const BACKGROUND_ONLY = {
  group: ['dexie', '**/log/db', '**/log/publication-log', '**/log/log-*', '**/log/released', '**/*/background', '@/lib/*/background'],
  message: 'Runs only in the background; the editor page reaches it through messages (lib/messaging).',
};
const BROWSER_GLOBALS = ['browser', 'chrome', 'document', 'window', 'navigator', 'localStorage', 'indexedDB'].map((name) => ({
  name,
  message: 'The engine and the rules are pure: no DOM and no browser APIs.',
}));

export default tseslint.config(
  {
    ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test/fixtures/platforms/dist/**', '.tmp/**', 'test-results/**'],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Callbacks handed to listeners and React props are fire-and-forget by design; a forgotten
      // promise that nobody awaits is still an error.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['**/*.tsx', 'components/**/*.ts', 'entrypoints/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  // Props are plain functions, not methods with a `this`: destructuring them is safe.
  {
    files: ['components/**/*.tsx', 'entrypoints/**/*.tsx'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  // Tests read JSON they produced and stub async APIs with sync bodies; the checks above guard
  // product code, where `any` must not cross a boundary.
  {
    files: ['**/*.test.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  // Only entrypoints wire: nothing in lib/ or components/ imports an entrypoint.
  {
    files: ['lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [NO_ENTRYPOINTS],
        },
      ],
    },
  },
  // The editor-page layer: what runs in the content script reaches background-only code through messages.
  {
    files: ['lib/page/**/*.{ts,tsx}', 'entrypoints/content/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [NO_ENTRYPOINTS, BACKGROUND_ONLY] }],
    },
  },
  // Approvals sit below settings, the page and the log: they are handed what they need (the keys, the
  // policy's answer), never the settings or the record that use them. A draft's content hash is the
  // engine's (lib/engine/canonical.ts, lib/engine/hash.ts).
  {
    files: ['lib/approval/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NO_ENTRYPOINTS,
            {
              group: ['**/settings', '**/settings/**', '**/page/**', '**/log/**', '**/cli/**', '**/components/**'],
              message: 'lib/approval is below settings, the page, the log and the CLI: take what is needed as an argument.',
            },
          ],
        },
      ],
    },
  },
  // The CLI's parts import downwards only: check.ts uses approval-check.ts, never the reverse.
  {
    files: ['lib/cli/approval-check.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [NO_ENTRYPOINTS, { group: ['./check', './check.ts'], message: 'check.ts imports this file, not the reverse.' }] },
      ],
    },
  },
  // One SHA-256 helper (lib/engine/hash.ts): a second one cannot drift from it.
  {
    files: ['**/*.{ts,tsx}'],
    ignores: ['lib/engine/hash.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: ":matches(FunctionDeclaration, VariableDeclarator)[id.name='sha256Hex']",
          message: 'SHA-256 as hex is lib/engine/hash.ts sha256Hex: import it.',
        },
      ],
    },
  },
  // Layering: the engine and the rules import nothing browser-side and no layer above them.
  {
    files: ['lib/engine/**/*.ts', 'lib/rules/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...BROWSER_MODULES,
            {
              group: [
                '**/page/**',
                '**/adapters/**',
                '**/log/**',
                '**/approval/**',
                '**/settings/**',
                '**/messaging/**',
                '**/cli/**',
                '**/components/**',
                '**/entrypoints/**',
                'react',
                'react-dom',
                'preact',
                'preact/*',
              ],
              message: 'lib/engine and lib/rules are the bottom layer: they import only each other, zod and pure helpers.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
    },
  },
  // Components are props in, callbacks out: no messaging, no database, no browser APIs.
  {
    files: ['components/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...BROWSER_MODULES,
            {
              group: ['**/lib/messaging/**', '**/lib/log/db', '**/lib/log/publication-log', '**/entrypoints/**'],
              message: 'Components receive data as props; entrypoints wire them to messaging and storage.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['browser', 'chrome', 'indexedDB'].map((name) => ({
          name,
          message: 'Components use no browser APIs; pass what they need as props.',
        })),
      ],
    },
  },
);
