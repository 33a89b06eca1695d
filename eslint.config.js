// ESLint flat config: TypeScript + the Office add-in rules (as errors).
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");

const officeRules = Object.fromEntries(Object.keys(officeAddins.rules).map((r) => [`office-addins/${r}`, "error"]));

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
