// Three projects: fast unit tests of plain code, end-to-end tests that need PostgreSQL and Redis, and
// browser tests of the web app (Chromium from Debian's package, driven by playwright-core).
const transform = { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] };
module.exports = {
  // End-to-end tests wait for real queues and workers.
  testTimeout: 120000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      rootDir: __dirname,
      testMatch: ['<rootDir>/test/unit/**/*.spec.ts'],
      transform,
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      rootDir: __dirname,
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      transform,
      globalSetup: '<rootDir>/test/e2e/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/e2e/support/global-teardown.ts',
    },
    {
      displayName: 'browser',
      // Keeps a screenshot of the page when a test fails (test/browser/screenshots).
      testEnvironment: '<rootDir>/test/browser/support/screenshot-environment.ts',
      rootDir: __dirname,
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      transform,
      // Builds the web app when web/dist is missing or stale, then creates the run's database.
      globalSetup: '<rootDir>/test/browser/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/e2e/support/global-teardown.ts',
    },
  ],
};
