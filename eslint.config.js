import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";
import globals from "globals";

export default tseslint.config(
  { ignores: ["node_modules", "dist", "build", "artifacts", "tests/fixtures"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // Core is pure TypeScript shared by Node and the browser: it may not reach into browser or CLI code.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "../page/*",
            "../cli/*",
            "../content/*",
            "../background/*",
            "../popup/*",
            "../shared/*",
            "node:*",
          ],
        },
      ],
    },
  },
);
