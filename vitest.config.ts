import { defineConfig } from 'vitest/config'

// Projects: pure unit suites run in parallel; API suites run once per database
// (embedded PGlite always, a real PostgreSQL when TEST_DATABASE_URL is set);
// the browser suite drives Debian Chromium against a live server.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['methodologies/**/*.test.ts', 'web/src/**/*.test.ts', 'test/conformance/**/*.test.ts', 'test/cli/**/*.test.ts'],
        },
      },
    ],
  },
})
