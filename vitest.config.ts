import { defineConfig } from "vitest/config";

/**
 * Three tiers: `unit` (no browser, no build; fast), `e2e` (the built extension in Chromium and
 * Firefox, the packaging checks) and `slow` (a 20 MB page, the benchmark's smoke run). A file named
 * `*.slow.test.ts` belongs to the slow tier wherever it lives.
 */
const SLOW = "tests/**/*.slow.test.ts";
const BROWSER = ["tests/e2e/**", "tests/build/**", "tests/firefox/**"];

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
          exclude: [...BROWSER, SLOW],
          environment: "node",
          // The CLI tests spawn processes; on a busy 2-core machine one can take several seconds.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: [
            "tests/e2e/**/*.e2e.test.ts",
            "tests/firefox/**/*.e2e.test.ts",
            "tests/build/**/*.test.ts",
          ],
          exclude: [SLOW],
          globalSetup: ["tests/global-setup.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: "slow",
          include: [SLOW],
          globalSetup: ["tests/global-setup.ts"],
          environment: "node",
          testTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
