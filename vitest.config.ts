/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Three suites: `unit` (pure TypeScript and Astro components through the
// container API), `build` (astro build runs over fixture content and the
// built dist/), and `browser` (real Chromium against the built site).
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 240_000, hookTimeout: 240_000 },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
