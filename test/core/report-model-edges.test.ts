/**
 * The report model's edges (issue 28: mutants that survived test/core/report-model.test.ts): dates on the
 * Nghị định 30 boundaries, file names standing for schools, which rows count as planned criteria, the circular
 * implied by level and regime, ties in every ranking, and the checks listed. Every expectation is written by hand.
 */
import "../../src/core/catalogs/all";
import { readPlan } from "../../src/core/read";
import {
  buildReport,
  compareSchools,
  reportFile,
  reportOf,
  vietnameseDate,
  type ReportFile,
  type ReportFinding,
} from "../../src/core/report";
import type { Plan, PlanRow } from "../../src/core/types";
import { budgetRow2018 as row, doc2018 } from "../support/grids";

// One criterion row (1.4, 5 million from the budget) in a plan that names no school and cites no circular.
const plain = readPlan(
  doc2018({
    title: ["KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2025 – 2026"],
    rows: [row("Tiêu chí 1.4: Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn và tổ văn phòng", "5.000.000 (ngân sách)")],
  }),
  { level: "thcs" },
);

const withContext = (context: Partial<Plan["context"]>): Plan => ({
  ...plain,
  context: { ...plain.context, ...context },
});

/** A file already summarised, as the page's batch keeps it: only what a test sets differs from an empty read. */
const file = (over: Partial<ReportFile>): ReportFile => ({
  file: "x.docx",
  school: null,
  label: "x",
  level: null,
  schoolYear: null,
  circular: null,
  status: "read",
  reason: null,
  checked: true,
  errors: 0,
  warnings: 0,
  notes: 0,
  rows: 0,
  totalVnd: 0,
  totalIsMax: false,
  byStandard: [],
  bySource: [],
  criteria: [],
  findings: [],
  ...over,
});

const finding = (rule: string, message = rule): ReportFinding => ({
  place: "Văn bản",
  severity: "warning",
  rule,
  criterion: null,
  standard: null,
  message,
  suggestion: null,
});

const CHECKS_2018 = [
  "Mã và tên tiêu chuẩn, tiêu chí đúng thông tư của cấp học",
  "Mức cần đạt không vượt mức cao nhất của tiêu chí, cao hơn mức hiện tại",
  "Thời gian thực hiện nằm trong năm học, không mơ hồ",
  "Kinh phí viết đúng (số, đơn vị, nguồn)",
  "Bảng kế hoạch đủ cột, có nhiệm vụ và người chủ trì",
  "Thể thức văn bản: Quốc hiệu, Tiêu ngữ, Căn cứ, trích dẫn thông tư, năm học",
  "Kế hoạch có dòng tiêu chí, mục tiêu đạt được",
];
const CHECK_BIEU2 = "Biểu 2 theo TT 57/2026: chỉ số, minh chứng, tiêu chí bắt buộc, mục IV";
const CHECK_ASSESS = "Đối chiếu với mức tự đánh giá (khi có)";

describe("report model edges", () => {
  it("dates: day 10 and March have no leading 0; day 9, January and February have one", () => {
    expect(vietnameseDate(new Date(2026, 2, 10))).toBe("ngày 10 tháng 3 năm 2026");
    expect(vietnameseDate(new Date(2027, 0, 9))).toBe("ngày 09 tháng 01 năm 2027");
    expect(vietnameseDate(new Date(2026, 1, 28))).toBe("ngày 28 tháng 02 năm 2026");
    expect(vietnameseDate(new Date(2026, 11, 31))).toBe("ngày 31 tháng 12 năm 2026");
    const r = buildReport([], new Date(2026, 11, 31));
    expect([r.date, r.dateText]).toEqual(["2026-12-31", "ngày 31 tháng 12 năm 2026"]);
    expect(buildReport([], new Date(2027, 0, 9)).date).toBe("2027-01-09");
  });

  it("a plan without a school is labelled with its file's name, without folders (either slash) or extension", () => {
    const label = (f: string) => reportFile({ file: f, status: "read", plan: plain, findings: [] }).label;
    expect(label("phong/THCS Lê Lợi.docx")).toBe("THCS Lê Lợi");
    expect(label("phong\\2025\\THCS Lê Lợi.xlsx")).toBe("THCS Lê Lợi");
    expect(label("ke.hoach.2025.pdf")).toBe("ke.hoach.2025");
    expect(label("KE-HOACH")).toBe("KE-HOACH");
    expect(label(".docx")).toBe(".docx");
    expect(label("phong/a.b")).toBe("a");
    // An unreadable file too.
    expect(reportFile({ file: "x/Hỏng.doc", status: "unreadable", findings: [] }).label).toBe("Hỏng");
  });

  it("a school name of spaces is no name; a name is kept trimmed", () => {
    const r = (school: string | null) =>
      reportFile({ file: "phong/tep.docx", status: "read", plan: withContext({ school }), findings: [] });
    expect([r("   ").school, r("   ").label]).toEqual([null, "tep"]);
    expect([r(" Trường Vân ").school, r(" Trường Vân ").label]).toEqual(["Trường Vân", "Trường Vân"]);
    expect(r(null).school).toBeNull();
  });

  it("the circular: cited wins; else from level and regime; without a level, none", () => {
    const circular = (context: Partial<Plan["context"]>) =>
      reportFile({ file: "a.docx", status: "read", plan: withContext(context), findings: [] }).circular;
    expect(circular({ circular: "18/2018/TT-BGDĐT", level: "mam-non", regime: "2018" })).toBe("18/2018/TT-BGDĐT");
    expect(circular({ circular: null, level: "mam-non", regime: "2018" })).toBe("19/2018/TT-BGDĐT");
    expect(circular({ circular: null, level: "tieu-hoc", regime: "2018" })).toBe("17/2018/TT-BGDĐT");
    expect(circular({ circular: null, level: "thcs", regime: "2026" })).toBe("57/2026/TT-BGDĐT");
    expect(circular({ circular: null, level: null, regime: "2018" })).toBeNull();
    expect(circular({ circular: null, level: "thcs", regime: null })).toBeNull();
    const none = reportFile({ file: "a.docx", status: "unreadable", findings: [] });
    expect([none.circular, none.level, none.schoolYear, none.checked, none.reason]).toEqual([
      null,
      null,
      null,
      false,
      null,
    ]);
  });

  it("planned criteria come from criterion rows only, each once; task rows under them add none", () => {
    const [criterionRow] = plain.rows.filter((r) => r.kind === "criterion");
    const task: PlanRow = { ...criterionRow, kind: "task", criterion: "3.1", standard: 3 };
    const again: PlanRow = { ...criterionRow };
    const other: PlanRow = { ...criterionRow, criterion: "2.2", standard: 2 };
    const noCode: PlanRow = { ...criterionRow, criterion: null };
    const plan: Plan = { ...plain, rows: [criterionRow, task, noCode, again, other] };
    expect(reportFile({ file: "a.docx", status: "read", plan, findings: [] }).criteria).toEqual(["1.4", "2.2"]);
  });

  it("a file's budget per standard and per source, its rows and whether its total is a maximum", () => {
    const a = reportFile({ file: "a.docx", status: "read", plan: plain, findings: [] });
    expect([a.rows, a.totalVnd, a.totalIsMax, a.checked]).toEqual([1, 5_000_000, false, true]);
    expect(a.byStandard).toEqual([{ standard: 1, vnd: 5_000_000 }]);
    expect(a.bySource).toEqual([{ source: "Ngân sách", vnd: 5_000_000 }]);
  });

  it("rules tied on count are listed by rule id, whatever order they were met in", () => {
    const r = reportOf(
      [
        file({ findings: [finding("timeline.b"), finding("budget.z"), finding("criterion.a")] }),
        file({ findings: [finding("budget.z", "later"), finding("timeline.b")] }),
      ],
      new Date(2026, 0, 1),
    );
    expect(r.rules.map((x) => [x.rule, x.count, x.files, x.example])).toEqual([
      ["budget.z", 2, 2, "budget.z"],
      ["timeline.b", 2, 2, "timeline.b"],
      ["criterion.a", 1, 1, "criterion.a"],
    ]);
    const reversed = reportOf([file({ findings: [finding("c.c"), finding("b.b"), finding("a.a")] })], new Date());
    expect(reversed.rules.map((x) => x.rule)).toEqual(["a.a", "b.b", "c.c"]);
  });

  it("criteria planned: most plans first, ties in code order (1.9 before 1.10)", () => {
    const r = reportOf(
      [
        file({ criteria: ["2.1", "1.10", "1.9", "3.2"] }),
        file({ criteria: ["3.2"] }),
        file({ criteria: ["1.10", "1.2"], checked: false }),
      ],
      new Date(2026, 0, 1),
    );
    expect(r.criteria).toEqual([
      { code: "1.10", standard: 1, plans: 2 },
      { code: "3.2", standard: 3, plans: 2 },
      { code: "1.2", standard: 1, plans: 1 },
      { code: "1.9", standard: 1, plans: 1 },
      { code: "2.1", standard: 2, plans: 1 },
    ]);
    // Equal counts: 1.9 before 1.10 (as numbers, not as text), whichever was met first.
    expect(reportOf([file({ criteria: ["1.10", "1.9"] })], new Date()).criteria.map((c) => c.code)).toEqual([
      "1.9",
      "1.10",
    ]);
    expect(reportOf([file({ criteria: ["1.9", "1.10"] })], new Date()).criteria.map((c) => c.code)).toEqual([
      "1.9",
      "1.10",
    ]);
    // The heat map counts checked files only; its standards ascend.
    expect(r.heat).toEqual({
      standards: [1, 2, 3],
      schools: [
        { label: "x", counts: [2, 1, 1] },
        { label: "x", counts: [0, 0, 1] },
      ],
    });
  });

  it("budget per standard ascends and adds up across files; per source, the largest first", () => {
    const r = reportOf(
      [
        file({
          byStandard: [
            { standard: 5, vnd: 1 },
            { standard: 2, vnd: 10 },
          ],
          bySource: [
            { source: "Ngân sách", vnd: 1 },
            { source: "Xã hội hóa", vnd: 10 },
          ],
        }),
        file({ byStandard: [{ standard: 5, vnd: 20 }], bySource: [{ source: "Ngân sách", vnd: 20 }] }),
      ],
      new Date(2026, 0, 1),
    );
    expect(r.budgetByStandard).toEqual([
      { standard: 2, vnd: 10 },
      { standard: 5, vnd: 21 },
    ]);
    expect(r.budgetBySource).toEqual([
      { source: "Ngân sách", vnd: 21 },
      { source: "Xã hội hóa", vnd: 10 },
    ]);
    // Met smallest first: still listed largest first.
    const bySource = [
      { source: "Ngân sách", vnd: 1 },
      { source: "Xã hội hóa", vnd: 5 },
      { source: "Học phí", vnd: 10 },
    ];
    expect(reportOf([file({ bySource })], new Date()).budgetBySource).toEqual([
      { source: "Học phí", vnd: 10 },
      { source: "Xã hội hóa", vnd: 5 },
      { source: "Ngân sách", vnd: 1 },
    ]);
  });

  it("what was checked: Biểu 2 only when a plan is under TT 57 or a tt57 rule fired; the self-assessment when used", () => {
    expect(reportOf([file({})], new Date()).checks).toEqual(CHECKS_2018);
    expect(reportOf([file({ circular: "57/2026/TT-BGDĐT" }), file({})], new Date()).checks).toEqual([
      ...CHECKS_2018,
      CHECK_BIEU2,
    ]);
    expect(reportOf([file({ circular: "18/2018/TT-BGDĐT" })], new Date()).checks).toEqual(CHECKS_2018);
    expect(reportOf([file({ circular: "157/2026/TT-BGDĐT" })], new Date()).checks).toEqual(CHECKS_2018);
    expect(reportOf([file({ findings: [finding("tt57.missing-iv")] })], new Date()).checks).toEqual([
      ...CHECKS_2018,
      CHECK_BIEU2,
    ]);
    expect(reportOf([file({ findings: [finding("assess.higher")] })], new Date()).checks).toEqual([
      ...CHECKS_2018,
      CHECK_ASSESS,
    ]);
  });

  it("schools equal but for case or tone marks sort by their code points, either way round", () => {
    expect(["trường an", "Trường An"].sort(compareSchools)).toEqual(["Trường An", "trường an"]);
    expect(["Trường An", "trường an"].sort(compareSchools)).toEqual(["Trường An", "trường an"]);
    expect(compareSchools("Trường An", "Trường An")).toBe(0);
    expect(Math.sign(compareSchools("trường an", "Trường An"))).toBe(1);
    expect(Math.sign(compareSchools("Trường An", "trường an"))).toBe(-1);
    expect(Math.sign(compareSchools("Trường Ân", "Trường An"))).toBe(1);
    expect(Math.sign(compareSchools("Trường An", "Trường Ân"))).toBe(-1);
    // A name typed in NFD sorts as its NFC spelling.
    expect(["Trường Ưng".normalize("NFD"), "Trường Đông"].sort(compareSchools)).toEqual([
      "Trường Đông",
      "Trường Ưng".normalize("NFD"),
    ]);
  });
});
