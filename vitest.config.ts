import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/unit/**/*.test.{ts,tsx}',
      'test/integration/**/*.test.ts',
      'renderer/src/**/*.test.{ts,tsx}',
    ],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Electron's package tries to download its binary when imported; this makes it a path.
    env: { ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent' },
  },
});
