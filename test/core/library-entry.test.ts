/** The package export "./core" after `tsc -p tsconfig.lib.json`: built JS with the documented API. */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const root = path.resolve(__dirname, "../..");
let out: string;

beforeAll(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), "khct-lib-"));
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(root, "tsconfig.lib.json"), "--outDir", out], { stdio: "pipe" });
});

afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

it("package.json exports ./core to the built index", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  expect(pkg.exports["./core"]).toBe("./dist/lib/core/index.js");
  expect(fs.existsSync(path.join(out, "core", "index.js"))).toBe(true);
});

it("the built core reads, checks and sums a plan", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const core = require(path.join(out, "core", "index.js"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(path.join(out, "core", "catalogs", "all.js"));
  expect(core.parseBudget("5.000.000/năm học")).toEqual({ kind: "amount", vnd: 5_000_000, per: "year", source: null });
  expect(core.parsePeriod("Tháng 9/2025 – 9/2026", "2025-2026")).toMatchObject({ kind: "range", start: "2025-09", end: "2026-09" });
  expect(core.parseTarget("Nâng từ mức 1 lên mức 2")).toEqual({ level: 2, current: 1 });
  const plan = core.readPlan([["TRƯỜNG THCS A"], ["Năm học 2025-2026"], core.TEMPLATE_2018_COLUMNS.map((c: { header: string }) => c.header), ["", "Tiêu chí 1.4: Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn và tổ văn phòng", "Đạt mức 3", "Chuyên đề", "PHT", "Tháng 9/2025 – 9/2026", "10 triệu đống", "", ""]]);
  const findings = core.checkPlan(plan);
  expect(findings.map((f: { rule: string }) => f.rule).sort()).toEqual(["budget.unit-typo", "timeline.after-school-year"]);
  expect(core.summarize(plan, findings)).toMatchObject({ totalVnd: 10_000_000, errors: 1, warnings: 1, totalInWords: "Mười triệu đồng" });
});
