import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Loading wink's model and spawning the real binary take a few hundred milliseconds each.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
