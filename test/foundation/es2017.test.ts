/**
 * Defect 4 of issue 11: every chunk of a PRODUCTION build parses as ES2017 (EdgeHTML 18), node_modules and the
 * webpack runtime included, while the IE11 fallback page and the first-load budget still hold. The checkers are
 * tested here; `npm test` runs them on its one production build (npm run build:web → scripts/check-es2017.js dist,
 * then scripts/check-bundle.js dist), the build the browser tests then run against.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { LETTER_CLASS_ES2017, modernRegExp } from "../../src/core/text/regex-compat";

/* eslint-disable @typescript-eslint/no-require-imports */
const { es2017Problem } = require("../../scripts/check-es2017.js");
const { checkBundle } = require("../../scripts/check-bundle.js");
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

describe("the bundle checker", () => {
  let dir: string;
  const TASKPANE =
    '<script defer src="runtime.js"></script><script defer src="taskpane.js"></script><script nomodule src="ie.js"></script>';
  const write = (files: Record<string, string | Buffer>) => {
    for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "khct-bundle-"));
    write({
      "taskpane.html": TASKPANE,
      "runtime.js": "var a=1;",
      "taskpane.js": "var b=2;",
      "ie.js": "",
      "host-excel.1.js": "x",
      "host-word.2.js": "y",
      "catalog-tt18-2018.js": "z",
    });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("passes a small build with its IE11 fallback, host chunks and catalogs", () => {
    const { problems, figures } = checkBundle(dir);
    expect(problems).toEqual([]);
    expect(figures.map((f: [string, number]) => f[0])).toEqual([
      "taskpane.html first load",
      "taskpane in excel (+ host-excel.1.js + one catalog)",
      "taskpane in word (+ host-word.2.js + one catalog)",
    ]);
  });
  it("fails without the nomodule fallback", () => {
    write({ "taskpane.html": TASKPANE.replace(/<script nomodule[^<]*<\/script>/, "") });
    expect(checkBundle(dir).problems).toEqual([expect.stringMatching(/IE11/)]);
  });
  it("fails when a host adapter takes the first load past 167 KB gzip", () => {
    // Bytes that do not compress: 170 KB stay ≈ 170 KB gzip.
    const noise = Buffer.alloc(170 * 1024);
    for (let i = 0, x = 1; i < noise.length; i++) noise[i] = (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24;
    write({ "host-word.2.js": noise });
    expect(checkBundle(dir).problems).toEqual([expect.stringMatching(/^taskpane in word .* ≥ 167 KB$/)]);
  });
});
