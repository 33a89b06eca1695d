/**
 * Defect 4 of issue 11: every chunk of a PRODUCTION build parses as ES2017 (EdgeHTML 18), node_modules and the
 * webpack runtime included, while the IE11 fallback page and the first-load budget still hold. The production
 * build runs once here (webpack's Node API, into a temporary directory: dist/ stays the browser tests').
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import { LETTER_CLASS_ES2017, modernRegExp } from "../../src/core/text/regex-compat";

/* eslint-disable @typescript-eslint/no-require-imports */
const { es2017Problem, checkDir } = require("../../scripts/check-es2017.js");
const webpack = require("webpack");
const makeConfig = require("../../webpack.config.js");
/* eslint-enable @typescript-eslint/no-require-imports */

describe("the ES2017 checker", () => {
  it.each([
    ["optional chaining", "a?.b;"],
    ["nullish coalescing", "a ?? b;"],
    ["object spread", "x = { ...y };"],
    ["regex lookbehind", "/(?<!\\d)1/.test(s);"],
    ["regex \\p{L}", "/\\p{L}/u.test(s);"],
    ["async iteration", "async function f() { for await (const x of y) {} }"],
  ])("rejects %s", (_name, code) => {
    expect(es2017Problem(code)).not.toBeNull();
  });
  it("accepts ES2017 (async/await, exponent, trailing commas, RegExp built at run time)", () => {
    expect(es2017Problem("async function f(a, b,) { await a; return 2 ** b; } new RegExp('(?<!x)y', 'u');")).toBeNull();
  });
  it("regex-compat gives ES2017 engines a working fallback covering every Vietnamese letter", () => {
    expect(modernRegExp("(?<", "g", "b").source).toBe("b");
    const letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ";
    const re = new RegExp(`^[${LETTER_CLASS_ES2017}]+$`);
    expect(re.test(letters + letters.toUpperCase())).toBe(true);
    expect(re.test("1")).toBe(false);
  });
});

describe("production build", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "khct-prod-"));
  let stats: { hasErrors(): boolean; toString(o: unknown): string } | null = null;
  beforeAll(async () => {
    const config = makeConfig({ quietBaseUrl: true }, { mode: "production" });
    config.output = { ...config.output, path: out, clean: true };
    config.plugins = config.plugins.filter((p: object) => p.constructor.name !== "CopyWebpackPlugin");
    stats = await new Promise((resolve, reject) => webpack(config, (err: Error | null, s: typeof stats) => (err ? reject(err) : resolve(s))));
  }, 900_000);
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it("builds without errors", () => {
    expect(stats!.hasErrors() ? stats!.toString("errors-only") : "").toBe("");
  });
  it("every emitted chunk parses as ES2017", () => {
    const results: { file: string; problem: string | null }[] = checkDir(out);
    expect(results.length).toBeGreaterThan(5);
    expect(results.filter((r) => r.problem)).toEqual([]);
  });
  it("keeps the IE11 fallback (nomodule script) and the task pane within 167 KB gzip (first load, + host + catalog)", () => {
    const html = fs.readFileSync(path.join(out, "taskpane.html"), "utf8");
    expect(html).toMatch(/<script nomodule src="?ie\.js"?>/);
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="?([^" >]+)"?[^>]*>/g)].filter((m) => !/nomodule/.test(m[0]) && !/^https?:/.test(m[1])).map((m) => m[1]);
    const gz = (f: string) => zlib.gzipSync(fs.readFileSync(path.join(out, f)), { level: 9 }).length;
    const files = fs.readdirSync(out);
    const catalogs = files.filter((f) => f.startsWith("catalog-"));
    const avgCatalog = catalogs.reduce((s, f) => s + gz(f), 0) / catalogs.length;
    const firstLoad = scripts.reduce((s, f) => s + gz(f), 0);
    expect(firstLoad).toBeLessThan(167 * 1024);
    // As bench/bundle.js: in Office the pane also loads its host adapter and one catalog on first check.
    for (const host of ["host-excel", "host-word"]) {
      expect([host, firstLoad + gz(files.find((f) => f.startsWith(host))!) + avgCatalog < 167 * 1024]).toEqual([host, true]);
    }
  });
});
