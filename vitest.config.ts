import { defineConfig } from 'vitest/config'
import type { TestProjectInlineConfiguration } from 'vitest/config'

// Projects: pure unit suites run in parallel; the API suite runs once per
// database — embedded PGlite always, a real PostgreSQL when TEST_DATABASE_URL
// is set (required under CI); the browser suite drives Debian Chromium.
const apiSuite = ['test/api/**/*.test.ts']

const projects: TestProjectInlineConfiguration[] = [
  {
    test: {
      name: 'unit',
      include: [
        'methodologies/**/*.test.ts',
        'api/**/*.test.ts',
        'web/src/**/*.test.ts',
        'test/conformance/**/*.test.ts',
        'test/cli/**/*.test.ts',
      ],
      setupFiles: ['test/support/fast-check.setup.ts'],
      testTimeout: 30_000,
    },
  },
  {
    test: {
      name: 'api-embedded',
      include: [...apiSuite, 'test/embedded/**/*.test.ts'],
      globalSetup: ['test/support/global-setup.embedded.ts'],
      // PGlite is one backend behind a socket: files take turns on it.
      fileParallelism: false,
      testTimeout: 60_000,
      hookTimeout: 120_000,
    },
  },
  {
    test: {
      name: 'browser',
      include: ['test/browser/**/*.test.ts'],
      fileParallelism: false,
      testTimeout: 120_000,
      hookTimeout: 180_000,
    },
  },
]

if (process.env.TEST_DATABASE_URL || process.env.CI === 'true') {
  projects.push({
    test: {
      name: 'api-server',
      include: apiSuite,
      globalSetup: ['test/support/global-setup.server.ts'],
      testTimeout: 60_000,
      hookTimeout: 120_000,
    },
  })
}

export default defineConfig({ test: { projects } })
