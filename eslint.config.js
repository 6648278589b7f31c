// ESLint flat config. The core's purity (no Office, DOM or Node) is enforced here
// and by tests/core/purity.test.ts.
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'build/**', 'coverage/**', '**/*.js'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'util', 'stream', 'buffer', 'zlib'], message: 'src/core is pure: no Node imports.' },
            { group: ['react', 'react-dom', '@fluentui/*', 'exceljs', 'docx', '@microsoft/*', 'office-*'], message: 'src/core is pure: no UI, Office or file-format libraries.' },
            { group: ['../hosts/*', '../ui/*', '../cli/*', '**/hosts/**', '**/ui/**', '**/cli/**'], message: 'src/core must not depend on hosts, UI or CLI.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'Office', 'Excel', 'Word', 'document', 'window', 'navigator', 'process', 'Buffer', 'require'],
    },
  },
);
