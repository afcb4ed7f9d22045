/**
 * package.json lists what ships as `dependencies` and tools as `devDependencies`, so that an audit
 * of what ships (`npm audit --omit=dev`, a licence check) looks at the code the extension runs.
 */
import * as esbuild from "esbuild";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
/** npm marks a package of the lock file `dev` when only devDependencies bring it in. */
const lock = JSON.parse(readFileSync(path.join(root, "package-lock.json"), "utf8")) as {
  packages: Record<string, { dev?: boolean }>;
};
/** The bundles scripts/build.ts writes. */
const ENTRIES = [
  "src/background/background.ts",
  "src/content/content.ts",
  "src/popup/popup.tsx",
  "src/options/options.tsx",
  "src/welcome/welcome.tsx",
  "src/content/readability-entry.ts",
];

function packageOf(input: string): string | null {
  const at = input.lastIndexOf("node_modules/");
  if (at < 0) return null;
  const parts = input.slice(at + "node_modules/".length).split("/");
  return parts[0]!.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

test("every package bundled into the extension is a dependency, and no dependency is also a dev one", async () => {
  const result = await esbuild.build({
    entryPoints: ENTRIES.map((e) => path.join(root, e)),
    bundle: true,
    write: false,
    metafile: true,
    outdir: "out",
    jsx: "automatic",
    jsxImportSource: "preact",
    logLevel: "silent",
  });
  const shipped = new Set(
    Object.keys(result.metafile.inputs)
      .map(packageOf)
      .filter((p) => p !== null),
  );
  expect([...shipped].sort()).toEqual(expect.arrayContaining(["mark.js", "preact", "webextension-polyfill"]));
  // A shipped package is a dependency, or is brought in by one (@floating-ui/dom's own utils).
  for (const name of shipped) {
    expect(lock.packages[`node_modules/${name}`], `${name} ships`).toBeDefined();
    expect(lock.packages[`node_modules/${name}`]!.dev, `${name} ships but is a dev-only package`).not.toBe(
      true,
    );
  }
  const direct = new Set(
    Object.keys(result.metafile.inputs)
      .filter((input) => !input.includes("node_modules/"))
      .flatMap((input) => result.metafile.inputs[input]!.imports.map((i) => packageOf(i.path)))
      .filter((p) => p !== null),
  );
  for (const name of direct)
    expect(pkg.dependencies, `${name} is imported by the extension`).toHaveProperty([name]);
  for (const name of Object.keys(pkg.dependencies)) expect(pkg.devDependencies).not.toHaveProperty([name]);
});

test("versions are exact, so a build is reproducible from the lock file", () => {
  for (const [name, version] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies }))
    expect(version, name).toMatch(/^\d+\.\d+\.\d+$/);
});
