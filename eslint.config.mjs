import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next/**', '.next-*/**', '.bench/**', 'node_modules/**', 'coverage/**', 'next-env.d.ts', 'test-results/**'] },
  {
    // Links inside the site are plain anchors on purpose: every page is static HTML, and next/link
    // would add its client router code (3.3 kB gzip) to every page a reader downloads, to save a
    // page load that the static page makes fast anyway (bench/RESULTS.md, "JavaScript per chunk").
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  {
    // With type information: a promise nobody awaits is a test that cannot fail (or an error
    // nobody sees), and a promise where a value or a void callback is expected is the same fault.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
];

export default config;
