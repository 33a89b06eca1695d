/**
 * The layers of src/ (core → hosts → ui → {taskpane, page, cli}) are enforced by eslint.config.js: an import
 * against them is an error, whether static, type-only or dynamic; the repository's own src passes.
 * Runs the repository's real ESLint config through ESLint's Node API on virtual files placed in src/.
 */
import * as fs from "fs";
import * as path from "path";
import { ESLint } from "eslint";

const root = path.join(__dirname, "../..");
const LAYER_RULES = new Set(["no-restricted-imports", "no-restricted-syntax"]);

let eslint: ESLint;
beforeAll(() => {
  // The config is required here and handed over: ESLint's own loader uses import(), which jest's VM refuses.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(path.join(root, "eslint.config.js"));
  // Only the layer rules run (the other rules are `npm run lint`'s job): the same config, a fraction of the work.
  eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: config,
    ruleFilter: ({ ruleId }) => LAYER_RULES.has(ruleId),
  });
});

/** The layer messages ESLint gives for `code` as if it were the file `file` (relative to the repository). */
async function layerErrors(file: string, code: string): Promise<{ line: number; rule: string }[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages
    .filter((m) => m.ruleId && LAYER_RULES.has(m.ruleId))
    .map((m) => ({ line: m.line, rule: m.ruleId! }));
}

describe("layer lint rule", () => {
  it("reports an import from src/page into src/taskpane", async () => {
    const code = 'import { download } from "../page/download";\nexport const d = download;\n';
    const errors = await layerErrors("src/taskpane/Fixture.tsx", code);
    expect(errors).toEqual([{ line: 1, rule: "no-restricted-imports" }]);
  });

  it("reports src/taskpane imported by src/page, also from a nested folder and as a type", async () => {
    expect(await layerErrors("src/page/Fixture.tsx", 'export { App } from "../taskpane/App";\n')).toEqual([
      { line: 1, rule: "no-restricted-imports" },
    ]);
    const nested = 'import type { Lang } from "../../taskpane/lazy";\nexport type L = Lang;\n';
    const fromWorker = await layerErrors("src/page/worker/fixture.ts", nested);
    expect(fromWorker).toEqual([{ line: 1, rule: "no-restricted-imports" }]);
  });

  it("reports src/core importing hosts or ui, and src/hosts importing ui", async () => {
    const core = [
      'import type { PlanHost } from "../../hosts/port";',
      'import { L } from "../ui/i18n";',
      "export type H = PlanHost;",
      "export const l = L;",
      "",
    ].join("\n");
    expect(await layerErrors("src/core/read/fixture.ts", core)).toEqual([
      { line: 1, rule: "no-restricted-imports" },
      { line: 2, rule: "no-restricted-imports" },
    ]);
    const hosts = 'import { t } from "../../ui/i18n";\nexport const x = t;\n';
    const fromHosts = await layerErrors("src/hosts/excel/fixture.ts", hosts);
    expect(fromHosts).toEqual([{ line: 1, rule: "no-restricted-imports" }]);
  });

  it("reports a dynamic import across layers (src/ui loading the pane)", async () => {
    const code = 'export const load = () => import("../taskpane/lazy");\n';
    expect(await layerErrors("src/ui/fixture.ts", code)).toEqual([{ line: 1, rule: "no-restricted-syntax" }]);
  });

  it("lets every layer import the layers before it", async () => {
    const page = [
      'import type { Plan } from "../core/types";',
      'import { t } from "../ui/i18n";',
      'import type { PlanHost } from "../hosts/port";',
      'import { download } from "../ui/download";',
      "export type P = [Plan, PlanHost];",
      "export const x = [t, download];",
      'export const load = () => import("../hosts/file/index");',
      "",
    ].join("\n");
    expect(await layerErrors("src/page/fixture.ts", page)).toEqual([]);
    const ui = 'import { regimeForYear } from "../../core/context";\nexport const r = regimeForYear;\n';
    expect(await layerErrors("src/ui/findings/fixture.ts", ui)).toEqual([]);
  });

  // Lints all of src/ (about 150 files), file by file through lintText (ESLint's file search uses import(), which
  // jest's VM refuses); given the time a busy machine needs, with no speed assumed.
  it("passes on the repository's own src/", async () => {
    const files = (fs.readdirSync(path.join(root, "src"), { recursive: true }) as string[])
      .filter((f) => /\.(ts|tsx|js)$/.test(f) && !f.endsWith(".d.ts"))
      .map((f) => path.join("src", f));
    const broken: string[] = [];
    for (const file of files) {
      const code = fs.readFileSync(path.join(root, file), "utf8");
      for (const e of await layerErrors(file, code)) broken.push(`${file}:${e.line} ${e.rule}`);
    }
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain(path.join("src", "page", "PageApp.tsx"));
    expect(broken).toEqual([]);
  }, 600_000);
});

// The React lint rules on the same config (here to share ESLint's start-up): a hook called conditionally is an
// error (rules-of-hooks), an effect missing a dependency a warning (exhaustive-deps).
const HOOK_RULES = new Set(["react-hooks/rules-of-hooks", "react-hooks/exhaustive-deps"]);

let hooksLint: ESLint;
beforeAll(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(path.join(root, "eslint.config.js"));
  hooksLint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: config,
    ruleFilter: ({ ruleId }) => HOOK_RULES.has(ruleId),
  });
});

async function hookMessages(code: string): Promise<{ rule: string; severity: number }[]> {
  const [result] = await hooksLint.lintText(code, { filePath: path.join(root, "src/ui/fixture.tsx") });
  return result.messages.map((m) => ({ rule: m.ruleId ?? "", severity: m.severity }));
}

describe("React hooks lint", () => {
  it("reports a hook called in a condition as an error", async () => {
    const code = `import * as React from "react";
export function Box({ open }: { open: boolean }) {
  if (open) React.useState(0);
  return <div />;
}
`;
    expect(await hookMessages(code)).toEqual([{ rule: "react-hooks/rules-of-hooks", severity: 2 }]);
  });

  it("warns about an effect missing a dependency, and is silent when it is listed", async () => {
    const effect = (deps: string) => `import * as React from "react";
export function Box({ n }: { n: number }) {
  React.useEffect(() => { document.title = String(n); }, [${deps}]);
  return <div />;
}
`;
    expect(await hookMessages(effect(""))).toEqual([{ rule: "react-hooks/exhaustive-deps", severity: 1 }]);
    expect(await hookMessages(effect("n"))).toEqual([]);
  });
});
