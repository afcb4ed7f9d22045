/** Builds the extension once before the tests that load it (e2e, web-ext lint). */
import { execFileSync } from "node:child_process";
import path from "node:path";

export default function setup(): void {
  execFileSync("npm", ["run", "-s", "build"], {
    cwd: path.resolve(import.meta.dirname, ".."),
    stdio: "inherit",
  });
}
