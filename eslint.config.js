// ESLint flat config: TypeScript + the Office add-in rules (as errors).
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");
const react = require("eslint-plugin-react");
const reactHooks = require("eslint-plugin-react-hooks");

const officeRules = Object.fromEntries(Object.keys(officeAddins.rules).map((r) => [`office-addins/${r}`, "error"]));

// Layers of src/: core → hosts → ui → {taskpane, page, cli}. A folder imports only from the layers before it
// (static and dynamic imports, types included). The regexes read the relative path ("../../page/x" from a pane file).
const LAYER_FORBIDS = {
  core: ["hosts", "ui", "taskpane", "page", "cli"],
  hosts: ["ui", "taskpane", "page", "cli"],
  ui: ["taskpane", "page", "cli"],
  taskpane: ["page", "cli"],
  page: ["taskpane", "cli"],
  cli: ["ui", "taskpane", "page"],
};
const layerRules = Object.entries(LAYER_FORBIDS).map(([layer, forbidden]) => {
  const names = forbidden.join("|");
  const message =
    `src/${layer} may not import src/{${forbidden.join(",")}}: the layers are core → hosts → ui → ` +
    "{taskpane, page, cli} (what both screens use belongs in src/ui).";
  return {
    files: [`src/${layer}/**/*.{ts,tsx,js}`],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ regex: `^(\\.\\./)+(${names})(/|$)`, message }] }],
      // esquery regexes cannot hold "/": \x2F stands for it.
      "no-restricted-syntax": [
        "error",
        { selector: `ImportExpression[source.value=/^(\\.\\.\\x2F)+(${names})(\\x2F|$)/]`, message },
      ],
    },
  };
});

module.exports = tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "assets/**", "test/fixtures/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      ...officeRules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "off",
    },
  },
  {
    // React: the recommended rules for the new JSX transform (React 17+: no React import needed), and the rules of
    // hooks (errors) with exhaustive effect dependencies (warnings, fixed or justified inline).
    files: ["src/**/*.{ts,tsx}", "test/**/*.{ts,tsx}"],
    ...react.configs.flat.recommended,
    ...react.configs.flat["jsx-runtime"],
    plugins: { react, "react-hooks": reactHooks },
    languageOptions: { ...react.configs.flat.recommended.languageOptions },
    settings: { react: { version: "detect" } },
    rules: {
      ...react.configs.flat.recommended.rules,
      ...react.configs.flat["jsx-runtime"].rules,
      // Types are TypeScript's job.
      "react/prop-types": "off",
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  {
    // exceljs/jszip code (files, CLI, their tests and benches) is not Office.js: its getCell/load names
    // would trip the Office.js proxy-object heuristics.
    files: ["src/hosts/file/**", "src/cli/**", "test/hosts/file/**", "test/cli/**", "test/support/**", "bench/file.ts", "bench/cli.ts"],
    rules: Object.fromEntries(Object.keys(officeRules).map((r) => [r, "off"])),
  },
  ...layerRules,
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly", Buffer: "readonly", setTimeout: "readonly", clearTimeout: "readonly", URL: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Scripts that run in the browser (IE11 fallback, Office.js stand-in) and code passed to page.evaluate.
    files: ["src/taskpane/ie.js", "test/browser/**/*.js", "scripts/browser-tests.js"],
    languageOptions: { sourceType: "script", globals: { window: "readonly", document: "readonly", Promise: "readonly" } },
  },
);
