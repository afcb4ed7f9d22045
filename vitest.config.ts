import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
          exclude: ["tests/e2e/**", "tests/build/**", "tests/firefox/**"],
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
          globalSetup: ["tests/global-setup.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
