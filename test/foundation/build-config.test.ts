import * as fs from "fs";
import * as path from "path";

const root = path.resolve(__dirname, "../..");
/* eslint-disable @typescript-eslint/no-require-imports */
const makeConfig = require("../../webpack.config.js");
const { checkBaseUrl, enforceBaseUrl } = require("../../scripts/base-url.js");
/* eslint-enable @typescript-eslint/no-require-imports */

describe("build configuration", () => {
  // The tests set KHCT_BASE_URL themselves; the caller's own (CI builds for a reserved address) is put back after.
  const callerBaseUrl = process.env.KHCT_BASE_URL;
  beforeEach(() => delete process.env.KHCT_BASE_URL);
  afterAll(() => {
    if (callerBaseUrl === undefined) delete process.env.KHCT_BASE_URL;
    else process.env.KHCT_BASE_URL = callerBaseUrl;
  });
  it("has the task pane, the ribbon function file and the standalone page as entries", () => {
    const config = makeConfig({ quietBaseUrl: true }, { mode: "production" });
    expect(Object.keys(config.entry).sort()).toEqual(["commands", "page", "taskpane"]);
    expect(config.output.path).toBe(path.join(root, "dist"));
  });
  it("dist/ is the upload folder: emptied on every build, the CLI library built elsewhere (lib/)", () => {
    const config = makeConfig({ quietBaseUrl: true }, { mode: "production" });
    expect(config.output.clean).toBe(true);
    const lib = JSON.parse(fs.readFileSync(path.join(root, "tsconfig.lib.json"), "utf8"));
    const outDir = path.resolve(root, lib.compilerOptions.outDir);
    expect(path.relative(config.output.path, outDir).startsWith("..")).toBe(true);
  });
  it("takes the production base URL from one place (package.json config, overridable by KHCT_BASE_URL)", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    expect(makeConfig.productionBaseUrl()).toBe(pkg.config.prod_base_url);
    process.env.KHCT_BASE_URL = "https://truong.example.vn/khct";
    expect(makeConfig.productionBaseUrl()).toBe("https://truong.example.vn/khct/");
    delete process.env.KHCT_BASE_URL;
  });
  it("serves pages with a CSP limited to the page's origin and the Office.js CDN, and no inline script", () => {
    for (const name of ["taskpane", "commands", "page"]) {
      const html = fs.readFileSync(path.join(root, "src/taskpane", `${name}.html`), "utf8");
      const csp = /Content-Security-Policy" content="([^"]+)"/.exec(html)![1];
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/connect-src 'self'/);
      const scriptSrc = /script-src ([^;]+)/.exec(csp)![1].trim().split(/\s+/);
      // The page reads scans with tesseract's WASM (issue 22): 'wasm-unsafe-eval' compiles WebAssembly, no JS eval.
      const wasm = name === "page" ? ["'wasm-unsafe-eval'"] : [];
      const allowed = ["'self'", "https://appsforoffice.microsoft.com", ...wasm];
      expect(scriptSrc.every((s) => allowed.includes(s))).toBe(true);
      expect(scriptSrc).not.toContain("'unsafe-eval'");
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    }
    expect(fs.readFileSync(path.join(root, "src/taskpane/page.html"), "utf8")).not.toContain("appsforoffice");
  });
  it("copies OCR's parts from the installed packages into dist/ocr/, served from the page's origin (issue 22)", () => {
    const config = makeConfig({ quietBaseUrl: true }, { mode: "production" });
    const copy = config.plugins.find((p: object) => p.constructor.name === "CopyPlugin");
    const ocr = (copy.patterns as { from: string; to: string; info?: { minimized?: boolean } }[]).filter((p) =>
      p.to.startsWith("ocr/"),
    );
    // Scripts copied as shipped (already minified), not through terser again.
    expect(ocr.filter((p) => p.to.endsWith(".js")).every((p) => p.info?.minimized === true)).toBe(true);
    expect(ocr.map((p) => p.to).sort()).toEqual([
      "ocr/core/tesseract-core-lstm.wasm.js",
      "ocr/core/tesseract-core-relaxedsimd-lstm.wasm.js",
      "ocr/core/tesseract-core-simd-lstm.wasm.js",
      "ocr/lang/vie.traineddata.gz",
      "ocr/worker.min.js",
    ]);
    for (const p of ocr) {
      expect(p.from).toContain(`${path.sep}node_modules${path.sep}`);
      expect(fs.statSync(p.from).size).toBeGreaterThan(10_000);
    }
    // The trained data is the package's LSTM model (gzip), as the command line reads it.
    const data = ocr.find((p) => p.to.endsWith(".gz"))!.from;
    expect(data).toMatch(/@tesseract\.js-data[\\/]vie[\\/]4\.0\.0_best_int[\\/]vie\.traineddata\.gz$/);
    expect([...fs.readFileSync(data).subarray(0, 2)]).toEqual([0x1f, 0x8b]);
  });
  it("keeps the IE11 fallback script in ES5 syntax", () => {
    const src = fs.readFileSync(path.join(root, "src/taskpane/ie.js"), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
    expect(src).not.toMatch(/=>|\blet\s|\bconst\s|`|\bclass\s/);
  });
  it("warns loudly when the production manifest would point at the placeholder address, and fails a release build", () => {
    const logs: string[] = [];
    expect(enforceBaseUrl("https://khct.example.edu.vn/addin/", { log: (m: string) => logs.push(m) })).toBe(false);
    expect(logs.join("")).toMatch(/CẢNH BÁO.*địa chỉ mẫu https:\/\/khct\.example\.edu\.vn\/addin\//);
    expect(() => enforceBaseUrl("https://khct.example.edu.vn/addin/", { release: true })).toThrow(/KHCT_BASE_URL/);
    expect(checkBaseUrl("http://truong.edu.vn/khct/").ok).toBe(false);
    expect(enforceBaseUrl("https://pgd-thuduc.edu.vn/khct/", { release: true, log: (m: string) => logs.push(m) })).toBe(
      true,
    );
    process.env.KHCT_BASE_URL = "https://khct.example.edu.vn/addin";
    expect(() => makeConfig({ release: true }, { mode: "production" })).toThrow(/địa chỉ mẫu/);
    process.env.KHCT_BASE_URL = "https://pgd-thuduc.edu.vn/khct";
    expect(makeConfig({ release: true }, { mode: "production" }).mode).toBe("production");
    delete process.env.KHCT_BASE_URL;
  });
});
