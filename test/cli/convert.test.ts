import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../support/cli";
import { SEEDS, seedText } from "../support/seeds";
import { GOOD_ROW } from "../support/grids";
import { TEMPLATE_2018_COLUMNS } from "../../src/core/templates";

let dir: string;
const run = (args: string[]) => runCli(dir, args);
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "khct-convert-"));
  fs.writeFileSync(path.join(dir, "mam-non.txt"), seedText(SEEDS.mamNon));
  fs.writeFileSync(path.join(dir, "thu-duc.txt"), seedText(SEEDS.thuDuc));
  const head = TEMPLATE_2018_COLUMNS.map((c) => c.header);
  const muc3 = [
    ["TRƯỜNG THCS LÊ QUÝ ĐÔN"],
    ["KẾ HOẠCH Cải tiến chất lượng giáo dục năm học 2025-2026"],
    head,
    GOOD_ROW,
  ];
  fs.writeFileSync(path.join(dir, "muc3.txt"), muc3.map((r) => r.join("\t")).join("\n"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("kehoach convert", () => {
  it.each(["docx", "xlsx"])(
    "turns a correct 2018 plan into a Biểu 2 draft (.%s) that checks clean apart from 'cần rà soát'",
    async (ext) => {
      const before = fs.readFileSync(path.join(dir, "mam-non.txt"));
      const c = await run(["convert", "mam-non.txt", "-o", `bieu2.${ext}`]);
      expect(c.code).toBe(0);
      expect(c.out).toContain("gợi ý — cần rà soát");
      expect(fs.readFileSync(path.join(dir, "mam-non.txt")).equals(before)).toBe(true);
      const r = await run(["check", `bieu2.${ext}`, "--json"]);
      const f = JSON.parse(r.out).files[0];
      expect(f.context).toMatchObject({
        level: "mam-non",
        regime: "2026",
        schoolYear: "2026-2027",
        circular: "57/2026/TT-BGDĐT",
      });
      const others = f.findings.filter((x: { rule: string }) => x.rule !== "tt57.review-needed");
      expect(others).toEqual([]);
      expect(f.findings.filter((x: { rule: string }) => x.rule === "tt57.review-needed")).toHaveLength(5);
      expect(r.code).toBe(0);
    },
  );
  it("keeps a plan's real mistakes visible after carry-over", async () => {
    await run(["convert", "thu-duc.txt", "-o", "thu-duc-bieu2.xlsx"]);
    const f = JSON.parse((await run(["check", "thu-duc-bieu2.xlsx", "--json"])).out).files[0];
    expect(f.findings.map((x: { rule: string }) => x.rule)).toEqual(
      expect.arrayContaining(["doc.impossible-year", "timeline.after-school-year", "tt57.review-needed"]),
    );
  });
  it("maps a 2018 “Đạt mức 3” target to Mức 2 with a note on the row: the draft passes its own target check", async () => {
    const c = await run(["convert", "muc3.txt", "--level", "thcs", "-o", "qn-bieu2.xlsx"]);
    expect(c.code).toBe(0);
    expect(c.out).toMatch(/ 1 dòng có mục tiêu Mức 3\/Mức 4 \(thông tư 2018\) đã ghi thành Mức 2/);
    const f = JSON.parse((await run(["check", "qn-bieu2.xlsx", "--json"])).out).files[0];
    expect(f.findings.filter((x: { rule: string }) => x.rule === "target.above-max")).toEqual([]);
    expect(f.rows.map((r: { target: { level: number | null } }) => r.target.level)).toEqual([2]);
  });
  it("refuses to overwrite and reports usage problems", async () => {
    expect((await run(["convert", "mam-non.txt", "-o", "bieu2.docx"])).code).toBe(2);
    expect((await run(["convert", "mam-non.txt"])).code).toBe(2);
    expect((await run(["convert", "khong-co.txt", "-o", "x.xlsx"])).code).toBe(2);
  });
});
