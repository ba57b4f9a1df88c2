import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * One config for the client build (Vite) and the test projects (Vitest):
 * - unit:   fast, self-contained tests (tiny fixtures in test/fixtures); `npm test`
 * - integration: tests that spawn the CLI or a heap-limited loader in a child process, and the full
 *   GET fuzz (`npm run test:integration`): seconds each, so they stay out of `npm test`
 * - shared: tests that read the real feeds in ../shared (`npm run test:shared`)
 * - e2e:    a real server driven by headless Chromium (`npm run test:e2e`)
 */
export default defineConfig({
  root: 'client',
  publicDir: 'public',
  // `npx vite` for client work: the API comes from a running server (`npm run dev`, PORT 8080).
  server: { proxy: { '/api': 'http://localhost:8080' } },
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    // Three pages: the planner (/), the compact embed view (/embed) and the embed docs (/embed.html).
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'client/index.html'),
        embed: resolve(import.meta.dirname, 'client/embed/index.html'),
        embedDocs: resolve(import.meta.dirname, 'client/embed-docs/index.html'),
      },
    },
    // The Natural Earth borders are one lazily loaded chunk (~240 kB gzipped); the app itself is small.
    chunkSizeWarningLimit: 800,
  },
  test: {
    root: '.',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          root: '.',
          // Nothing here depends on speed: a loaded 2-core machine may take many times the usual.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          include: ['test/**/*.test.ts'],
          exclude: ['test/shared/**', 'test/e2e/**', 'test/integration/**', 'node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          root: '.',
          include: ['test/integration/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'shared',
          root: '.',
          include: ['test/shared/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          pool: 'forks',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          root: '.',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
