import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import regexpPlugin from 'eslint-plugin-regexp'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const features = readdirSync('./src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

/** Layers that are pure TypeScript: no React, no DOM, no Node APIs. */
const PURE = ['parser', 'model', 'search', 'url']
/** Shared code: may be used by features and app, never the other way round. */
const SHARED = [...PURE, 'components', 'lib', 'data', 'storage']

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'postings',
      '.bench',
      '.lighthouse',
    ],
  },
  js.configs.recommended,
  // Type-aware rules: the type checker tells lint which values are promises, so a promise
  // nobody awaits or handles (a lost write, an unhandled rejection) fails lint.
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // A caught error (typed unknown) may be passed on as it is; anything else rejects with an Error.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
    },
  },
  {
    // Plain JavaScript files (this config, the test and browser launchers) are outside
    // tsconfig.json, so they get the syntax rules only.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  // Labels, roles and keyboard access for every JSX element.
  { files: ['**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  ...pluginQuery.configs['flat/recommended'],
  // Regex mistakes and super-linear backtracking are found at lint time, in every pattern file.
  regexpPlugin.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { import: importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'import/no-cycle': 'error',
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            // Features never import each other; the app layer composes them.
            ...features.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'Features do not import each other: compose them in src/app.',
            })),
            {
              target: './src/features',
              from: './src/app',
              message: 'Features do not import the app layer.',
            },
            ...SHARED.map((layer) => ({
              target: `./src/${layer}`,
              from: ['./src/features', './src/app'],
              message: 'Shared code never imports features or the app layer.',
            })),
            ...PURE.map((layer) => ({
              target: `./src/${layer}`,
              from: ['./src/components', './src/data', './src/storage'],
              message: 'Pure layers (parser, model, search, url) use no UI or browser code.',
            })),
          ],
        },
      ],
    },
  },
  {
    // Every spec uses the guarded \`test\` (no request leaves the app's host).
    files: ['e2e/**/*.ts'],
    ignores: ['e2e/fixtures/test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              message: "Import test and expect from './fixtures/test.ts' (the request guard).",
            },
          ],
        },
      ],
    },
  },
  {
    // Each feature is imported by path, file by file: no barrel files.
    files: ['src/features/**/index.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'Program', message: 'No barrel files in features.' },
      ],
    },
  },
  {
    files: PURE.map((layer) => `src/${layer}/**/*.{ts,tsx}`),
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react-dom/*', 'react-router', '@tanstack/*'],
              message: 'Pure layers use no UI libraries.',
            },
            {
              group: ['node:*', 'fs', 'path', 'os', 'url', 'crypto'],
              message: 'Pure layers use no Node APIs: they run in the browser too.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'navigator',
        'process',
        'Buffer',
        'require',
      ],
    },
  },
)
