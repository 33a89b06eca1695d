import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import "../../src/core/catalogs/all";
import { getCatalog } from "../../src/core/catalogs/index";
import { draftPlan, readLevels } from "../../src/core/assess";
import { splitPasted } from "../../src/core/read";
import { FileHost, openPlanFile } from "../../src/hosts/file/index";
import { runCli } from "../support/cli";
import { SEEDS, seedText } from "../support/seeds";
import { xlsxFromGrid, docxFromGrid } from "../support/files";
import { HEADER_TT57 } from "../support/grids";

let dir: string;
const run = (args: string[]) => runCli(dir, args);
const TT57_LIST =
  "1.1 Mức 1, 1.2 Mức 1, 1.3 Mức 1, 1.4 Mức 1, 2.1 Mức 1, 2.2 Mức 1, 2.3 Mức 1, 3.1 Mức 1, 3.2 Không đạt, 3.3 Mức 1, 3.4 Mức 1, 3.5 Mức 1, 4.1 Mức 1, 4.2 Mức 1, 4.3 Mức 1";
const tt57 = getCatalog("tt57-pho-thong")!;

/** The plan table and section IV as read back from a generated file. */
async function readBack(file: string) {
  const host = new FileHost(await openPlanFile(new Uint8Array(fs.readFileSync(path.join(dir, file))), file));
  const { plans } = await host.read({ level: "thcs" });
  return plans;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "khct-draft-"));
  fs.writeFileSync(path.join(dir, "quang-ninh.txt"), seedText(SEEDS.quangNinh));
  fs.writeFileSync(path.join(dir, "muc.txt"), TT57_LIST);
  const entries = Object.entries(readLevels(splitPasted(TT57_LIST), tt57).levels);
  const xGrid = [
    ["Tiêu chí", "Không đạt", "Mức 1", "Mức 2"],
    ...entries.map(([c, l]) => [c, l === 0 ? "x" : "", l === 1 ? "x" : "", l === 2 ? "x" : ""]),
  ];
  fs.writeFileSync(path.join(dir, "muc-x.xlsx"), await xlsxFromGrid(xGrid));
  fs.writeFileSync(path.join(dir, "muc-x.docx"), await docxFromGrid(xGrid));
});

describe("kehoach new --from (levels → gap board → draft)", () => {
  it("the seed's level table: 2018 THCS, declared goal Mức 3, blocked by 3.2 and 3.5; the draft re-checks with no error", async () => {
    const r = await run(["new", "--from", "quang-ninh.txt", "-o", "nhap.xlsx"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Mục tiêu: Mức 3 \(chuẩn quốc gia mức độ 2\) · trường hiện đạt: Mức 2 · sau kế hoạch: Mức 3/);
    expect(r.out).toMatch(/^3\.2 +Mức 2 +chặn mục tiêu +→ Mức 3 +Mức 3$/m);
    const plans = await readBack("nhap.xlsx");
    const plan = plans.find((p) => p.rows.length)!;
    expect(plan.rows.filter((x) => x.kind === "criterion").map((x) => x.criterion)).toEqual(["3.2", "3.5"]);
    const check = await run(["check", "nhap.xlsx", "--level", "thcs", "--year", "2023-2024"]);
    expect(check.code).toBe(0);
  });

  it("TT57 levels as a list (.txt), an x grid (.xlsx, .docx): the same draft, section IV and V, no error on re-check", async () => {
    const outs: string[][][] = [];
    for (const [from, out] of [
      ["muc.txt", "a.docx"],
      ["muc-x.xlsx", "b.docx"],
      ["muc-x.docx", "c.docx"],
    ]) {
      const r = await run(["new", "--from", from, "--level", "thcs", "--year", "2026-2027", "-o", out]);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/trường hiện đạt: chưa đạt · sau kế hoạch: Mức 1/);
      const plans = await readBack(out);
      const main = plans.find((p) => p.template === "tt57-bieu2" && p.rows.some((x) => x.kind === "criterion"))!;
      expect(main.priorityIssues!.map((i) => i.criterion)).toEqual(["3.2"]);
      outs.push(main.rows.map((x) => [x.criterion ?? "", x.cells.target?.text ?? "", x.cells.tasks?.text ?? ""]));
      const check = await run(["check", out, "--level", "thcs", "--year", "2026-2027"]);
      expect(check.code).toBe(0);
    }
    expect(outs[1]).toEqual(outs[0]);
    expect(outs[2]).toEqual(outs[0]);
    // The same rows as the core draft for the same levels (what the page and the panes insert).
    const d = draftPlan(
      tt57,
      readLevels(splitPasted(TT57_LIST), tt57),
      { "3.2": 1 },
      { level: "thcs", regime: "2026", schoolYear: "2026-2027", school: null },
    );
    expect(outs[0]).toEqual(d.grid.rows.slice(2).map((r) => [r[1].match(/\d+\.\d+/)![0], r[2], r[3]]));
  });

  it("--goal and --pick choose; bad input is a clear message, exit 2; an existing file is kept", async () => {
    const r = await run([
      "new",
      "--from",
      "muc.txt",
      "--level",
      "thcs",
      "--year",
      "2026-2027",
      "--goal",
      "2",
      "--pick",
      "3.2,1.3",
      "-o",
      "d.xlsx",
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Mục tiêu: Mức 2/);
    expect(r.out).toMatch(/3\.2 chưa đạt Mức 1/);
    expect(
      (await run(["new", "--from", "muc.txt", "--level", "thcs", "--year", "2026-2027", "-o", "d.xlsx"])).err,
    ).toMatch(/đã có; thêm --force/);
    // A link to the input is the input: refused even with --force, the input untouched (issue 16, defect 2).
    const input = fs.readFileSync(path.join(dir, "muc.txt"));
    fs.symlinkSync(path.join(dir, "muc.txt"), path.join(dir, "link.xlsx"));
    const linked = ["new", "--from", "muc.txt", "--level", "thcs", "--year", "2026-2027", "-o", "link.xlsx", "--force"];
    expect((await run(linked)).err).toMatch(/chính là tệp đầu vào/);
    expect(fs.readFileSync(path.join(dir, "muc.txt"))).toEqual(input);
    expect(
      (await run(["new", "--from", "muc.txt", "--level", "thcs", "--year", "2026-2027", "--goal", "3", "-o", "e.xlsx"]))
        .err,
    ).toMatch(/--goal phải là 1, 2/);
    fs.writeFileSync(path.join(dir, "empty.txt"), "Không có mức nào");
    const bad = await run(["new", "--from", "empty.txt", "--level", "thcs", "--year", "2026-2027", "-o", "f.xlsx"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/Không tìm thấy mức tự đánh giá/);
    expect(fs.existsSync(path.join(dir, "f.xlsx"))).toBe(false);
    expect((await run(["new", "--from", "muc.txt", "-o", "g.xlsx"])).err).toMatch(/--level|--year/);
  });

  it("check --levels: the plan against the levels and the goal (assess.* findings, the gap board's statuses)", async () => {
    const plan = [
      ["KẾ HOẠCH Cải tiến chất lượng giáo dục năm học 2026-2027"],
      HEADER_TT57,
      ["1", "Tiêu chí 1.1", "Đạt Mức 1", "Rà soát", "100% hồ sơ", "Tháng 10/2026", "BGH", "", "", ""],
    ];
    fs.writeFileSync(path.join(dir, "kh.txt"), plan.map((r) => r.join("\t")).join("\n"));
    const r = await run(["check", "kh.txt", "--level", "thcs", "--levels", "muc.txt", "--json"]);
    const findings = JSON.parse(r.out).files[0].findings.filter((f: { rule: string }) => f.rule.startsWith("assess."));
    expect(findings.map((f: { rule: string; criterion: string }) => `${f.rule} ${f.criterion}`)).toEqual([
      "assess.already-at-goal 1.1",
      "assess.blocking-missing 3.2",
    ]);
    expect((await run(["check", "kh.txt", "--levels", "khong-co.txt"])).code).toBe(2);
  });
});
