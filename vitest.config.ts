// Tests mirror src/ under test/; the browser tests (test/e2e) drive Debian's Chromium.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Each test file loads its own segmenter; forks keep native addons apart.
    pool: 'forks',
    // CI (.ci/run) sets GOVGRAPH_CI_NO_SKIP=1: then any skipped test fails the run, by name.
    reporters: process.env.GOVGRAPH_CI_NO_SKIP === '1' ? ['default', './test/no-skip-reporter.ts'] : ['default'],
  },
});
