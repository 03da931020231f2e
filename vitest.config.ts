import { defineConfig } from 'vitest/config';

// Astro cannot render components in jsdom: everything here runs in Node, against real build output.
export default defineConfig({
  test: {
    environment: 'node',
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // Two cores: Astro builds and Chromium inside tests are CPU-bound; running files side by side only slows each.
    fileParallelism: false,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          // Builds the fixture site once for every build-level and browser test.
          globalSetup: ['tests/global-setup.ts'],
        },
      },
    ],
  },
});
