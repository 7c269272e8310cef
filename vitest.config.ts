import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration suites share MariaDB/PostgreSQL databases and loopback ports: keep files isolated
    // but bounded so a 2-core CI machine is not oversubscribed.
    pool: 'forks',
    maxWorkers: 2,
  },
});
