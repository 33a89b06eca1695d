/** The report model of many plans: every figure below is written by hand from the grids and findings given. */
import "../../src/core/catalogs/all";
import { readPlan } from "../../src/core/read";
import {
  buildReport,
  reportFile,
  ruleFamily,
  vietnameseDate,
  compareSchools,
  type ReportInput,
} from "../../src/core/report";
import type { Finding, Severity } from "../../src/core/types";
import { budgetRow2018 as row, doc2018 } from "../support/grids";

// School A (THCS, 2025-2026, cites TT 18/2018): criteria 1.4, 5.2, 1.4 again; 5 + 3 (range 2–3) + 2 million.
const planA = readPlan(
  doc2018({
    title: [
      "TRƯỜNG THCS LÊ QUÝ ĐÔN",
      "KẾ HOẠCH",
      "Cải tiến chất lượng giáo dục năm học 2025 – 2026",
      "Căn cứ Thông tư số 18/2018/TT-BGDĐT;",
    ],
    rows: [
      row("Tiêu chí 1.4: Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn và tổ văn phòng", "5.000.000 (ngân sách)"),
      row(
        "Tiêu chí 5.2: Tổ chức hoạt động giáo dục cho học sinh có hoàn cảnh khó khăn",
        "khoảng 2 - 3 triệu đồng (xã hội hóa)",
      ),
      row("Tiêu chí 1.4: Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn và tổ văn phòng", "2.000.000 (ngân sách)"),
    ],
  }),
);
// A plan without a school name: the file's name stands for it. One criterion 2.1, 1 million, no source.
const planB = readPlan(
  doc2018({
    title: ["KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2025 – 2026"],
    rows: [row("Tiêu chí 2.1: Đối với giáo viên", "1.000.000")],
  }),
  { level: "thcs" },
);

const f = (rule: string, severity: Severity, message: string, ref: string | null = "F6"): Finding => ({
  rule,
  severity,
  ref,
  cell: ref ? { row: 5, col: 5 } : null,
  criterion: null,
  standard: null,
  message,
  messageEn: message,
  suggestion: null,
  suggestionEn: null,
});

const inputs: ReportInput[] = [
  {
    file: "phong/le-quy-don.docx",
    status: "read",
    plan: planA,
    findings: [
      f("timeline.vague", "warning", "Thời gian mơ hồ"),
      f("budget.unit-typo", "error", "Đơn vị sai"),
      f("timeline.vague", "warning", "Thời gian mơ hồ 2"),
      f("doc.missing-can-cu", "info", "Thiếu căn cứ", null),
    ],
    placeOf: (x) => (x.ref ? "Bảng 1 · dòng 2 · cột Thời gian" : "Văn bản"),
  },
  { file: "phong/hong.xlsx", status: "unreadable", reason: "Tệp bị hỏng.", findings: [] },
  {
    file: "phong/truong-b.pdf",
    status: "scanned",
    reason: "Bản quét, chỉ đọc được một phần.",
    plan: planB,
    findings: [f("timeline.vague", "warning", "Thời gian mơ hồ 3")],
  },
];

describe("report model", () => {
  // Built inside each test, not once for the describe: a mutation tool's per-test coverage then sees which test
  // runs which line (a report built at collection time counts for no test).
  const report = () => buildReport(inputs, new Date(2026, 1, 5));

  it("one entry per file with school, level, year, circular, counts, rows, budget and status", () => {
    const r = report();
    expect(r.files.map((x) => [x.file, x.label, x.school, x.level, x.schoolYear, x.circular, x.status])).toEqual([
      [
        "phong/le-quy-don.docx",
        "TRƯỜNG THCS LÊ QUÝ ĐÔN",
        "TRƯỜNG THCS LÊ QUÝ ĐÔN",
        "thcs",
        "2025-2026",
        "18/2018/TT-BGDĐT",
        "read",
      ],
      ["phong/hong.xlsx", "hong", null, null, null, null, "unreadable"],
      ["phong/truong-b.pdf", "truong-b", null, "thcs", "2025-2026", "18/2018/TT-BGDĐT", "scanned"],
    ]);
    const [a, bad, b] = r.files;
    expect([a.errors, a.warnings, a.notes, a.rows, a.totalVnd, a.totalIsMax]).toEqual([1, 2, 1, 3, 10_000_000, true]);
    expect([b.errors, b.warnings, b.notes, b.rows, b.totalVnd, b.totalIsMax]).toEqual([0, 1, 0, 1, 1_000_000, false]);
    expect([bad.errors, bad.rows, bad.totalVnd, bad.reason, bad.findings]).toEqual([0, 0, 0, "Tệp bị hỏng.", []]);
    expect(a.criteria).toEqual(["1.4", "5.2"]);
  });

  it("each finding keeps its place in the file's own terms; without one, its A1 ref or 'Văn bản'", () => {
    const r = report();
    expect(r.files[0].findings.map((x) => x.place)).toEqual([
      "Bảng 1 · dòng 2 · cột Thời gian",
      "Bảng 1 · dòng 2 · cột Thời gian",
      "Bảng 1 · dòng 2 · cột Thời gian",
      "Văn bản",
    ]);
    expect(r.files[2].findings[0].place).toBe("F6");
    expect(
      reportFile({ file: "x.txt", status: "read", plan: planB, findings: [f("doc.x", "info", "m", null)] }).findings[0]
        .place,
    ).toBe("Văn bản");
  });

  it("totals, date and what was checked", () => {
    const r = report();
    expect(r.totals).toEqual({
      files: 3,
      byStatus: { read: 1, garbled: 0, scanned: 1, unreadable: 1 },
      errors: 1,
      warnings: 3,
      notes: 1,
      rows: 4,
      totalVnd: 11_000_000,
      totalIsMax: true,
    });
    expect([r.date, r.dateText]).toEqual(["2026-02-05", "ngày 05 tháng 02 năm 2026"]);
    expect(r.title).toBe("Báo cáo tổng hợp kiểm tra kế hoạch cải tiến chất lượng giáo dục");
    expect(r.checks[0]).toBe("Mã và tên tiêu chuẩn, tiêu chí đúng thông tư của cấp học");
    expect(r.checks.some((c) => /TT 57/.test(c))).toBe(false); // no Biểu 2 in this folder
    expect(r.checks.some((c) => /tự đánh giá/.test(c))).toBe(false);
  });

  it("rules that fire most: count, files, family, first message", () => {
    const r = report();
    expect(r.rules).toEqual([
      {
        rule: "timeline.vague",
        family: "Thời gian",
        severity: "warning",
        count: 3,
        files: 2,
        example: "Thời gian mơ hồ",
      },
      { rule: "budget.unit-typo", family: "Kinh phí", severity: "error", count: 1, files: 1, example: "Đơn vị sai" },
      {
        rule: "doc.missing-can-cu",
        family: "Thể thức văn bản",
        severity: "info",
        count: 1,
        files: 1,
        example: "Thiếu căn cứ",
      },
    ]);
    expect(ruleFamily("zzz.other")).toBe("Khác");
  });

  it("findings per school, budget per standard and per source, criteria planned, standard × school", () => {
    const r = report();
    expect(r.bySchool).toEqual([
      { label: "TRƯỜNG THCS LÊ QUÝ ĐÔN", file: "phong/le-quy-don.docx", errors: 1, warnings: 2, notes: 1 },
      { label: "truong-b", file: "phong/truong-b.pdf", errors: 0, warnings: 1, notes: 0 },
    ]);
    expect(r.budgetByStandard).toEqual([
      { standard: 1, vnd: 7_000_000 },
      { standard: 2, vnd: 1_000_000 },
      { standard: 5, vnd: 3_000_000 },
    ]);
    expect(r.budgetBySource).toEqual([
      { source: "Ngân sách", vnd: 7_000_000 },
      { source: "Xã hội hóa", vnd: 3_000_000 },
      { source: "Chưa ghi nguồn", vnd: 1_000_000 },
    ]);
    expect(r.criteria).toEqual([
      { code: "1.4", standard: 1, plans: 1 },
      { code: "2.1", standard: 2, plans: 1 },
      { code: "5.2", standard: 5, plans: 1 },
    ]);
    expect(r.heat).toEqual({
      standards: [1, 2, 5],
      schools: [
        { label: "TRƯỜNG THCS LÊ QUÝ ĐÔN", counts: [1, 0, 1] },
        { label: "truong-b", counts: [0, 1, 0] },
      ],
    });
  });

  it("an empty folder gives an empty report, not a failure", () => {
    const e = buildReport([], new Date(2026, 11, 14));
    expect(e.totals).toMatchObject({ files: 0, errors: 0, totalVnd: 0, totalIsMax: false });
    expect([e.rules, e.bySchool, e.criteria, e.heat.standards, e.dateText]).toEqual([
      [],
      [],
      [],
      [],
      "ngày 14 tháng 12 năm 2026",
    ]);
  });

  it("dates as Nghị định 30/2020 writes them; schools sort the Vietnamese way", () => {
    expect(
      ["Trường Đông", "trường An", "Trường Vân", "Trường Ưng", "Trường Dũng", "Trường Bình"].sort(compareSchools),
    ).toEqual(["trường An", "Trường Bình", "Trường Dũng", "Trường Đông", "Trường Ưng", "Trường Vân"]);
    expect(vietnameseDate(new Date(2026, 10, 20))).toBe("ngày 20 tháng 11 năm 2026");
    expect(["Trường số 10", "Trường số 2"].sort(compareSchools)).toEqual(["Trường số 2", "Trường số 10"]);
  });
});
