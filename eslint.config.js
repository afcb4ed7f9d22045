import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";
import globals from "globals";

/** A ternary nested deeper than the option (two: `a ? b : c ? d : e` is the deepest allowed). */
const maxTernaryDepth = {
  meta: { type: "suggestion", schema: [{ type: "integer", minimum: 1 }] },
  create(context) {
    const max = context.options[0] ?? 2;
    return {
      ConditionalExpression(node) {
        let depth = 1;
        for (let p = node.parent; p; p = p.parent) if (p.type === "ConditionalExpression") depth++;
        if (depth === max + 1) {
          context.report({
            node,
            message: `Ternary nested ${depth} deep (at most ${max}): use if/else or a lookup.`,
          });
        }
      },
    };
  },
};

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
    // Functions a reader can hold in mind, and ternaries a reader can follow (two levels at most).
    files: ["src/**/*.ts", "src/**/*.tsx"],
    plugins: { verbatim: { rules: { "max-ternary-depth": maxTernaryDepth } } },
    rules: {
      "max-lines-per-function": ["error", { max: 80 }],
      "verbatim/max-ternary-depth": ["error", 2],
    },
  },
  // Import zones (as Dark Reader keeps its layers apart): each block lists what its folder may not
  // import. A later block for the same file replaces the rule, so every zone repeats the core's base.
  ...importZones(),
);

/** Import patterns as regular expressions over the import path, each with the reason it is refused. */
function importZones() {
  const zone = (regex, message) => ({ regex, message });
  const outsideCore = zone(
    "(^|/)(page|cli|node|content|background|popup|options|shared|ui)/|^node:",
    "The core is pure TypeScript shared by Node and the browser: no browser, CLI or Node code.",
  );
  const compileTime = zone(
    "(^|/)(compile|attribution|article)/",
    "Run-time code never imports compile-time code (the compiler, attribution, the seed parser).",
  );
  const lexicons = zone(
    "data/lexicons/(?!stopwords\\.json)",
    "Lexicons are compile-time data; only the stopwords ship (src/core/text/word-classes.ts).",
  );
  const compileTimeData = zone(
    "data/(english-word-frequency|wordnet-synonyms)\\.json",
    "The word frequencies and WordNet's synonyms are compile-time data: the corpus carries what they give.",
  );
  const parent = zone("^\\.\\./", "This folder imports nothing else of the project.");
  const report = zone("(^|/)report/", "Only the extension and the CLI use the report.");
  const runtimeOnly = (regex) =>
    zone(regex, "Stages import only earlier stages: see the arrows in src/core/README.md.");
  const rule = (...patterns) => ({ "no-restricted-imports": ["error", { patterns }] });
  const extension = ["background", "content", "popup", "options", "shared", "ui", "page"].flatMap((dir) => [
    `src/${dir}/**/*.ts`,
    `src/${dir}/**/*.tsx`,
  ]);
  return [
    { files: ["src/core/**/*.ts"], rules: rule(outsideCore, lexicons) },
    { files: ["src/core/corpus/**/*.ts", "src/core/common/**/*.ts"], rules: rule(outsideCore, parent) },
    {
      files: ["src/core/text/**/*.ts"],
      rules: rule(
        outsideCore,
        lexicons,
        compileTimeData,
        runtimeOnly("(^|/)(article|attribution|compile|match|report)/"),
      ),
    },
    {
      files: ["src/core/article/**/*.ts"],
      rules: rule(outsideCore, lexicons, runtimeOnly("(^|/)(attribution|compile|match|report)/")),
    },
    {
      files: ["src/core/attribution/**/*.ts"],
      rules: rule(outsideCore, runtimeOnly("(^|/)(compile|match|report)/")),
    },
    { files: ["src/core/compile/**/*.ts"], rules: rule(outsideCore, report) },
    {
      files: ["src/core/match/**/*.ts"],
      rules: rule(outsideCore, compileTime, lexicons, compileTimeData, report),
    },
    { files: ["src/core/report/**/*.ts"], rules: rule(outsideCore, compileTime, lexicons, compileTimeData) },
    { files: extension, rules: rule(compileTime, lexicons, compileTimeData) },
  ];
}
