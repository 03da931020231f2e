import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Astro cannot render components in jsdom; everything here runs in Node against real build output.
    environment: 'node',
    // Builds the fixture site once for every build-level and browser test.
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // Two cores: Astro builds inside tests are CPU-bound, running files side by side only slows each down.
    fileParallelism: false,
  },
});
