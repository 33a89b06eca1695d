/**
 * The package export "./core" and the command bin/kehoach.js after `tsc -p tsconfig.lib.json`: built JS with the
 * documented API. Built here into a temporary package (bin/ + lib/), whatever the checkout's own lib/ holds,
 * so both the built and the not-yet-built command are checked on every machine.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { SEEDS, seedText } from "../support/seeds";

const root = path.resolve(__dirname, "../..");
let pkg: string;
let out: string;

/** A package directory holding a copy of bin/kehoach.js (and node_modules, to run the built files). */
function packageDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.mkdirSync(path.join(dir, "bin"));
  fs.copyFileSync(path.join(root, "bin", "kehoach.js"), path.join(dir, "bin", "kehoach.js"));
  fs.symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}

beforeAll(() => {
  pkg = packageDir("khct-lib-");
  out = path.join(pkg, "lib");
  execFileSync(
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "-p", path.join(root, "tsconfig.lib.json"), "--outDir", out],
    { stdio: "pipe" },
  );
});

afterAll(() => fs.rmSync(pkg, { recursive: true, force: true }));

it("package.json exports ./core to the built index", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  expect(pkg.exports["./core"]).toBe("./lib/core/index.js");
  expect(fs.existsSync(path.join(out, "core", "index.js"))).toBe(true);
});

it("the built core reads, checks and sums a plan", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const core = require(path.join(out, "core", "index.js"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(path.join(out, "core", "catalogs", "all.js"));
  expect(core.parseBudget("5.000.000/năm học")).toEqual({ kind: "amount", vnd: 5_000_000, per: "year", source: null });
  expect(core.parsePeriod("Tháng 9/2025 – 9/2026", "2025-2026")).toMatchObject({
    kind: "range",
    start: "2025-09",
    end: "2026-09",
  });
  expect(core.parseTarget("Nâng từ mức 1 lên mức 2")).toEqual({ level: 2, current: 1 });
  const plan = core.readPlan([
    ["TRƯỜNG THCS A"],
    ["Năm học 2025-2026"],
    core.TEMPLATE_2018_COLUMNS.map((c: { header: string }) => c.header),
    [
      "",
      "Tiêu chí 1.4: Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn và tổ văn phòng",
      "Đạt mức 3",
      "Chuyên đề",
      "PHT",
      "Tháng 9/2025 – 9/2026",
      "10 triệu đống",
      "",
      "",
    ],
  ]);
  const findings = core.checkPlan(plan);
  expect(findings.map((f: { rule: string }) => f.rule).sort()).toEqual([
    "budget.unit-typo",
    "timeline.after-school-year",
  ]);
  expect(core.summarize(plan, findings)).toMatchObject({
    totalVnd: 10_000_000,
    errors: 1,
    warnings: 1,
    totalInWords: "Mười triệu đồng",
  });
});

it("the built core reads self-assessment levels, builds the gap board, drafts and checks against it", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const core = require(path.join(out, "core", "index.js"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(path.join(out, "core", "catalogs", "all.js"));
  const catalog = core.getCatalog("tt57-pho-thong");
  const set = core.readLevels(core.splitPasted("1.3 Không đạt; 2.2 Mức 1"), catalog);
  expect(set.levels).toEqual({ "1.3": 0, "2.2": 1 });
  const board = core.gapBoard(catalog, set, 1);
  expect(board.smallest).toEqual([{ code: "1.3", level: 1 }]);
  expect(board.unassessed).toHaveLength(13);
  expect(board.rule).toMatch(/^Căn cứ khoản 3 Điều 5 Thông tư số 57\/2026\/TT-BGDĐT/);
  const ctx = { level: "thcs", regime: "2026", schoolYear: "2026-2027", school: null };
  const draft = core.draftPlan(catalog, set, { "1.3": 1 }, ctx);
  expect(draft.picked).toEqual([{ code: "1.3", level: 1, current: 0 }]);
  const plan = core.readPlan([["Năm học 2026-2027"], ...draft.grid.rows], ctx);
  const { findings } = core.checkLevels(plan, catalog, set, 1);
  expect(findings).toEqual([]);
});

describe("the command bin/kehoach.js", () => {
  it("runs the built command line with Node", () => {
    const plan = path.join(pkg, "thu-duc.txt");
    fs.writeFileSync(plan, seedText(SEEDS.thuDuc));
    const r = spawnSync(process.execPath, [path.join(pkg, "bin", "kehoach.js"), "check", plan, "--json"], {
      encoding: "utf8",
    });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).files[0].summary.errors).toBe(2);
  });

  it("in a checkout where build:lib has not run, explains what to do and exits 2", () => {
    const bare = packageDir("khct-bare-");
    try {
      const r = spawnSync(process.execPath, [path.join(bare, "bin", "kehoach.js"), "check", "x.txt"], {
        encoding: "utf8",
      });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("npm run build:lib");
      expect(r.stdout).toBe("");
    } finally {
      fs.rmSync(bare, { recursive: true, force: true });
    }
  });
});
