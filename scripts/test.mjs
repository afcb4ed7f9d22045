/**
 * `npm test`: type check, lint, then every vitest test, ending with one plain summary line
 * ("N passed, N failed") that CI and people can read, whatever happened before it.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const results = path.join(root, "build", "test-results.json");
const step = (label, command, args) => {
  console.log(`\n▶ ${label}`);
  return spawnSync(command, args, { cwd: root, stdio: "inherit", shell: false }).status === 0;
};

mkdirSync(path.dirname(results), { recursive: true });
rmSync(results, { force: true });
const checks = [
  step("type check", "npx", ["tsc", "-p", "tsconfig.json"]) &&
    step("type check (core: no DOM, no Node)", "npx", ["tsc", "-p", "src/core/tsconfig.json"]),
  step("lint", "npx", ["eslint", "."]) && step("format", "npx", ["prettier", "--check", "."]),
];
const vitest = step("tests", "npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${results}`,
]);

let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync(results, "utf8"));
  passed = report.numPassedTests;
  failed = report.numFailedTests;
  // A file that fails to load fails no test but the run: count it.
  if (!report.success && failed === 0) failed = 1;
} catch {
  failed += 1; // vitest did not even report: count it as a failure
}
failed += checks.filter((ok) => !ok).length;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(vitest && checks.every(Boolean) && failed === 0 ? 0 : 1);
