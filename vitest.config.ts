import { defineConfig } from 'vitest/config';

// No test may depend on wall-clock time: the runner can be slower and busier than any developer's
// machine. Limits are only there to end a real hang, so they are generous and set here, once.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 900_000,
    hookTimeout: 900_000,
  },
});
