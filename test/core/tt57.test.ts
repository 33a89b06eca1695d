import "../../src/core/catalogs/all";
import { readPlan } from "../../src/core/read";
import { checkPlan } from "../../src/core/rules";
import { getCatalog } from "../../src/core/catalogs/index";
import { convert2018ToTt57, shiftYears } from "../../src/core/tt57/convert";
import { monitorTt57 } from "../../src/core/tt57/monitor";
import { projectTt57Level, isMeasurable } from "../../src/core/tt57/rules";
import { crosswalkFor } from "../../src/core/tt57/crosswalk";
import { bieu2Sections } from "../../src/core/tt57/bieu2";
import { SEEDS, seedGrid } from "../support/seeds";
import {
  GOOD_ROW_TT57 as GOOD,
  HEADER_TT57 as HEAD,
  REVIEW_TT57 as REVIEW,
  sectionIV,
  TITLE_TT57 as TITLE,
} from "../support/grids";

const tt57 = getCatalog("tt57-pho-thong")!;
const plan = (rows: string[][], extra: string[][] = REVIEW) => readPlan([...TITLE, HEAD, ...rows, ...extra]);
const rules = (rows: string[][], extra?: string[][]) => checkPlan(plan(rows, extra)).map((f) => f.rule);
const withCol = (i: number, v: string) => GOOD.map((x, k) => (k === i ? v : x));

describe("TT57 rules", () => {
  it("a correct Biểu 2 plan has no error or warning", () => {
    const p = plan([GOOD]);
    expect(p.template).toBe("tt57-bieu2");
    expect(p.context).toMatchObject({ regime: "2026", schoolYear: "2026-2027", level: "thcs" });
    expect(checkPlan(p).filter((f) => f.severity !== "info")).toEqual([]);
  });
  it("flags a 2018 code and suggests the crosswalk's TT57 criterion with its confidence", () => {
    const f = checkPlan(plan([withCol(1, "Tiêu chí 5.6: Kết quả giáo dục")])).find(
      (x) => x.rule === "criterion.wrong-regime",
    )!;
    expect(f.severity).toBe("error");
    expect(f.suggestion).toMatch(/^Tiêu chí TT57 tương ứng \(gợi ý — cần rà soát\): 3\.5 .*\(độ tin cậy: cao\)/);
  });
  it("warns when the plan covers most criteria instead of priorities", () => {
    const codes = tt57.standards.flatMap((s) => s.criteria.map((c) => `Tiêu chí ${c.code}: ${c.name}`)).slice(0, 11);
    expect(rules(codes.map((c, i) => [String(i + 1), c, ...GOOD.slice(2)]))).toContain("tt57.not-prioritised");
  });
  it("asks for a measurable indicator", () => {
    expect(rules([withCol(4, "Tiếp tục duy trì và phát huy")])).toContain("tt57.indicator-vague");
    expect(rules([withCol(4, "")])).toContain("tt57.indicator-missing");
    expect(isMeasurable("Có kế hoạch bồi dưỡng được phê duyệt trước tháng 10/2026")).toBe(true);
    expect(isMeasurable("Nâng cao chất lượng")).toBe(false);
  });
  it("checks periods against the school year (column 6)", () => {
    expect(rules([withCol(5, "Tháng 9/2025 - tháng 5/2026")])).toContain("timeline.before-school-year");
  });
  it("asks for a funding source next to an amount (column 8)", () => {
    expect(rules([withCol(7, "5.000.000 đồng")])).toContain("tt57.resource-no-source");
  });
  it("checks evidence codes (column 9)", () => {
    expect(rules([withCol(8, "Kế hoạch MC.2.2.1")])).toContain("tt57.evidence-format");
    // A code from another criterion is reused as the form intends (one document, one code); one naming a
    // criterion the circular does not have is an error.
    expect(rules([withCol(8, "Kế hoạch (MC.1.1.01)")])).not.toContain("tt57.evidence-criterion");
    expect(rules([withCol(8, "Kế hoạch (MC.5.6.01)")])).toContain("tt57.evidence-criterion");
    expect(rules([withCol(8, "Kế hoạch [H1-2.2-01]")])).toContain("tt57.evidence-2018-code");
    // The 2018 form without its brackets, or with one lost (an OCR reading "H1-1.3-02]"), is still the 2018 form.
    for (const ev of ["Sổ theo dõi H1-2.2-01", "Sổ theo dõi H1-2.2-01]; biên bản", "Sổ (H12-2.2-03)"])
      expect(rules([withCol(8, ev)])).toContain("tt57.evidence-2018-code");
    for (const ev of ["Sổ theo dõi (MC.2.2.01)", "Phòng TH1-2.2-01", "Mã HH1-2.2-01"])
      expect(rules([withCol(8, ev)])).not.toContain("tt57.evidence-2018-code");
  });
  it("checks the status vocabulary (column 10)", () => {
    expect(rules([withCol(9, "Đã xong")])).toContain("tt57.status-vocabulary");
    expect(rules([withCol(9, "Không thực hiện")])).toContain("tt57.status-no-reason");
    expect(rules([withCol(9, "Không thực hiện (chưa được cấp kinh phí)")])).not.toContain("tt57.status-no-reason");
  });
  it("traces section V rows to the section IV issues", () => {
    const p = readPlan([
      ...TITLE,
      ...sectionIV(["1", "2", "2.2", "Còn giáo viên chưa đạt chuẩn", "Thiếu bồi dưỡng", "Kinh phí"]),
      HEAD,
      GOOD,
      withCol(1, "Tiêu chí 4.1: Cơ sở vật chất, thiết bị, học liệu và hạ tầng số").map((x, i) =>
        i === 8 ? "(MC.4.1.01)" : x,
      ),
      ...REVIEW,
    ]);
    expect(p.priorityIssues).toEqual([
      expect.objectContaining({
        criterion: "2.2",
        standard: 2,
        text: expect.stringContaining("Thiếu bồi dưỡng"),
        pos: expect.any(Object),
      }),
    ]);
    expect(p.priorityIssues![0].weakness!.text).toBe("Thiếu bồi dưỡng");
    expect(p.priorityIssues![0].current!.text).toBe("Còn giáo viên chưa đạt chuẩn");
    const found = checkPlan(p).filter((f) => f.rule === "tt57.not-in-section-iv");
    expect(found.map((f) => f.criterion)).toEqual(["4.1"]);
  });
  it("asks for the two review points", () => {
    expect(rules([GOOD], [])).toContain("tt57.review-points");
  });
  it("flags mandatory criteria below the goal without a row, and criteria already at Mức 2", () => {
    // Self-assessment: every criterion at Mức 2 except the mandatory 3.2 at Mức 1; the goal is Mức 2.
    const assessment = [
      ["Phấn đấu đạt kiểm định chất lượng mức độ 2."],
      ["Mức 1 Mức 2 Mức 3"],
      ...tt57.standards.flatMap((s) => s.criteria.map((c) => [`Tiêu chí ${c.code}${c.code === "3.2" ? " " : "  "}x`])),
    ];
    const found = checkPlan(plan([GOOD], [...REVIEW, ...assessment]));
    expect(found.find((f) => f.rule === "tt57.mandatory-missing")).toMatchObject({ criterion: "3.2" });
    expect(found.find((f) => f.rule === "tt57.already-level-2")).toMatchObject({ criterion: "2.2" });
  });
  it("applies the school rating rule", () => {
    const crit = tt57.standards.flatMap((s) => s.criteria);
    const all = (n: number) => new Map(crit.map((c) => [c.code, n] as [string, number]));
    expect(projectTt57Level(all(2), new Set(), crit).current).toBe(2);
    const m = all(2);
    m.set("1.3", 0); // a mandatory criterion not met
    expect(projectTt57Level(m, new Set(), crit, 1)).toMatchObject({
      current: 0,
      projected: 0,
      missingMandatory: ["1.3"],
    });
    expect(projectTt57Level(m, new Set(["1.3"]), crit, 1).projected).toBe(1);
  });
});

describe("carry-over from a 2018-regime plan", () => {
  it.each([
    [SEEDS.thuDuc, "tt18-2018", "tt57-pho-thong"],
    [SEEDS.mamNon, "tt19-2018", "tt57-mam-non"],
    [SEEDS.quangNinh, "tt18-2018", "tt57-pho-thong"],
  ])("%s: every row appears with its 2018 code noted, nothing invented", (seed, from, to) => {
    const source = readPlan(seedGrid(seed));
    const draft = convert2018ToTt57(source, {
      catalog2018: getCatalog(from as "tt18-2018")!,
      tt57: getCatalog(to as "tt57-pho-thong")!,
      schoolYear: "2026-2027",
    });
    const sourceRows = source.rows.filter((r) => r.kind === "criterion" || r.kind === "task");
    const body = draft.grid.rows.slice(2);
    expect(body).toHaveLength(sourceRows.length);
    sourceRows.forEach((r, i) => {
      if (r.kind === "criterion") expect(body[i][1]).toContain(`tiêu chí ${r.criterion}`);
      expect(body[i][1]).toContain("gợi ý — cần rà soát");
      expect(body[i][3]).toBe((r.cells.tasks?.text ?? "").replace(/<\/?(p|i|b)>/g, "").trim());
      expect(body[i][4]).toBe(""); // indicator: no source, left empty
      expect(body[i][9]).toBe(""); // status: no source, left empty
    });
    expect(draft.mapping.length + draft.unmapped.length).toBe(sourceRows.filter((r) => r.kind === "criterion").length);
    // The draft reads back as a Biểu 2 plan whose rows are flagged for review.
    const back = readPlan([["KẾ HOẠCH năm học 2026-2027"], ...draft.grid.rows], {
      level: source.context.level ?? undefined,
    });
    expect(back.template).toBe("tt57-bieu2");
    expect(checkPlan(back).filter((f) => f.rule === "tt57.review-needed")).toHaveLength(sourceRows.length);
  });
  it("moves periods to the new school year", () => {
    expect(shiftYears("Tháng 9/2025 – 5/2026", 1)).toBe("Tháng 9/2026 – 5/2027");
    expect(shiftYears("Tháng 9 năm 2025; Năm học 2025-2026", 1)).toBe("Tháng 9 năm 2026; Năm học 2026-2027");
  });
  it("suggests TT57 criteria for 2018 ones from the reviewed crosswalk", () => {
    expect(crosswalkFor("18/2018/TT-BGDĐT", "2.2", tt57)!.primary).toMatchObject({ code: "2.2", confidence: "high" });
    expect(crosswalkFor("18/2018/TT-BGDĐT", "3.5", tt57)!.primary).toMatchObject({ code: "4.1", confidence: "high" });
    expect(crosswalkFor("18/2018/TT-BGDĐT", "9.9", tt57)).toBeNull();
  });
});

describe("monitoring and Biểu 2 sections", () => {
  it("counts statuses and overdue rows at a review point", () => {
    const p = plan([
      withCol(9, "Hoàn thành"),
      withCol(5, "Tháng 10/2026").map((x, i) => (i === 9 ? "Đang thực hiện" : x)),
      withCol(9, "Chưa thực hiện"),
    ]);
    const m = monitorTt57(p, "hk1");
    expect(m.counts["Hoàn thành"]).toBe(1);
    expect(m.counts["Đang thực hiện"]).toBe(1);
    expect(m.overdue).toHaveLength(1);
    expect(m.overdue[0].end).toBe("2026-10");
    expect(m.plannedVnd).toBe(15_000_000);
    expect(m.grid.rows[0]).toEqual(["Nội dung", "Số dòng / giá trị"]);
  });
  it("lists sections I–VIII in order with the review points dated", () => {
    const s = bieu2Sections({ level: "thcs", regime: "2026", schoolYear: "2026-2027", school: "Trường THCS A" });
    expect(s.map((x) => x.number)).toEqual(["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]);
    expect(s[5].table!.rows.map((r) => r[0])).toEqual([
      "Cuối học kỳ I (tháng 01/2027)",
      "Cuối năm học (tháng 05/2027)",
    ]);
    expect(s[1].lines[0]).toContain("57/2026/TT-BGDĐT");
    expect(s[4].planTable).toBe(true);
  });
});
