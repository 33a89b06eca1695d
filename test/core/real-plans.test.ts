/**
 * Issue 14 — reading real plans right: each category with examples of our own, through readPlan/checkPlan.
 * (The command-line side of the same categories: test/cli/real-plans.test.ts.)
 */
import "../../src/core/catalogs/all";
import { readPlan } from "../../src/core/read";
import { checkPlan } from "../../src/core/rules";
import { summarize } from "../../src/core/summary";
import { parsePeriod } from "../../src/core/parse/period";
import { analyzeBudget, parseBudget } from "../../src/core/parse/budget";
import { parseCitations } from "../../src/core/parse/refs";
import {
  doc2018,
  GOOD_ROW,
  HEADER_2018,
  HEADER_TT57 as HEAD57,
  REVIEW_TT57 as REVIEW57,
  titleTt57,
} from "../support/grids";

const rulesOf = (grid: string[][]) => checkPlan(readPlan(grid)).map((f) => f.rule);
const row2018 = (col: number, v: string) => GOOD_ROW.map((x, i) => (i === col ? v : x));

const TITLE57 = titleTt57("TRƯỜNG THCS NGUYỄN TRÃI");
const ROW57 = [
  "1",
  "Tiêu chí 3.1: Thực hiện chương trình giáo dục",
  "Đạt Mức 1",
  "Sinh hoạt chuyên môn theo nghiên cứu bài học",
  "100% tổ chuyên môn sinh hoạt 2 lần/tháng",
  "Tháng 9/2026 - tháng 5/2027",
  "BGH, TTCM",
  "Ngân sách: 3.000.000 đồng",
  "Biên bản sinh hoạt tổ chuyên môn (MC.3.1.01)",
  "Chưa thực hiện",
];
const row57 = (col: number, v: string) => ROW57.map((x, i) => (i === col ? v : x));
const plan57 = (rows: string[][], extra: string[][] = REVIEW57) => readPlan([...TITLE57, HEAD57, ...rows, ...extra]);

describe("periods", () => {
  it.each([
    // months sharing one trailing year
    ["tháng 3-4/2026", "2025-2026", "2026-03", "2026-04"],
    ["Tháng 10 – 11/2025", "2025-2026", "2025-10", "2025-11"],
    ["tháng 11,12/2026", "2026-2027", "2026-11", "2026-12"],
    ["tháng 4 và 5/2027", "2026-2027", "2027-04", "2027-05"],
    ["T11-12/2026", null, "2026-11", "2026-12"],
    ["tháng 12 - 1/2027", "2026-2027", "2026-12", "2027-01"],
    ["Tháng 9 - tháng 5/2027", null, "2026-09", "2027-05"],
    // a semester with its school year: that semester, not the whole year (the stated year wins)
    ["Học kỳ I năm học 2026-2027", "2025-2026", "2026-09", "2027-01"],
    ["HK II năm học 2025 – 2026", null, "2026-01", "2026-05"],
    ["cuối học kỳ II năm học 2026-2027", "2026-2027", "2027-01", "2027-05"],
    ["HK1 NH 2026-2027", null, "2026-09", "2027-01"],
  ])("%s (school year %s) → %s … %s", (text, year, start, end) => {
    expect(parsePeriod(text, year)).toEqual({ kind: "range", start, end });
  });
  it("keeps the forms the seeds use", () => {
    expect(parsePeriod("Tháng 9/2025 – 9/2026", "2025-2026")).toEqual({
      kind: "range",
      start: "2025-09",
      end: "2026-09",
    });
    expect(parsePeriod("Năm học 2025-2026", null)).toEqual({ kind: "school-year", start: "2025-09", end: "2026-08" });
    expect(parsePeriod("Học kỳ I và học kỳ II", "2025-2026")).toEqual({
      kind: "range",
      start: "2025-09",
      end: "2026-05",
    });
  });
  it("a shared-year range in a 2026-2027 plan is not reported as ending before it starts", () => {
    const p = plan57([row57(5, "tháng 3-4/2027"), ["2", ...row57(5, "Học kỳ II năm học 2026-2027").slice(1)]]);
    expect(p.rows.map((r) => [r.period?.start, r.period?.end])).toEqual([
      ["2027-03", "2027-04"],
      ["2027-01", "2027-05"],
    ]);
    expect(checkPlan(p).filter((f) => f.rule.startsWith("timeline."))).toEqual([]);
  });
});

describe("budgets and resources", () => {
  it.each([
    ["khoảng 3–4 triệu", 3_000_000, 4_000_000],
    ["từ 2 đến 3 triệu đồng", 2_000_000, 3_000_000],
    ["dự kiến 5-7 triệu", 5_000_000, 7_000_000],
    ["Dự kiến 1,5 - 2 triệu đồng", 1_500_000, 2_000_000],
    ["500 nghìn – 1 triệu", 500_000, 1_000_000],
  ])("%s is an amount range (low, high)", (text, low, high) => {
    expect(parseBudget(text)).toMatchObject({ kind: "amount", low, vnd: high });
  });
  it("totals count a range at its upper bound, say so (tối đa), and never fail", () => {
    const grid = doc2018({
      rows: [
        row2018(6, "khoảng 3–4 triệu"),
        [
          "",
          "Tiêu chí 2.3: Đối với nhân viên",
          "Đạt mức 2",
          "Bồi dưỡng nhân viên thư viện.",
          "HT",
          "Tháng 10/2025",
          "10.000.000 đồng",
          "",
          "",
        ],
      ],
    });
    const plan = readPlan(grid);
    const findings = checkPlan(plan);
    const range = findings.find((f) => f.rule === "budget.range")!;
    expect(range.severity).toBe("info");
    expect(range.message).toContain('("3–4 triệu")'); // the en dash as written
    expect(range.message).toContain("tối đa (4.000.000 đ)");
    expect(findings.filter((f) => f.rule.startsWith("budget.") && f.severity !== "info")).toEqual([]);
    const s = summarize(plan, findings);
    expect(s).toMatchObject({ totalVnd: 14_000_000, rangeRows: 1, totalLabel: "Tổng kinh phí (tối đa)" });
    expect(summarize(readPlan(doc2018({ rows: [GOOD_ROW] }))).totalLabel).toBe("Tổng kinh phí");
  });
  it.each([
    "theo dự toán",
    "Trong dự toán chi thường xuyên",
    "nguồn ngân sách được giao",
    "Kinh phí được cấp trên phân bổ",
    "Từ nguồn kinh phí được phân bổ năm 2026",
    "Dự toán năm 2025",
  ])("%s is a funding source, not an unparsed amount and not a warning", (text) => {
    expect(analyzeBudget(text).parse).toMatchObject({ kind: "source", source: "Ngân sách" });
    const found = checkPlan(readPlan(doc2018({ rows: [row2018(6, text)] }))).filter((f) =>
      f.rule.startsWith("budget."),
    );
    expect(found.map((f) => [f.rule, f.severity])).toEqual([["budget.source-only", "info"]]);
  });
});

describe("tables", () => {
  it("merges a criterion cell and the other cells that continue over PDF-flattened rows", () => {
    const rows = [
      ["1", "Tiêu chí 4.2:", "Đạt mức 2", "Tham mưu với", "Hiệu trưởng", "Tháng", "5.000.000", "", ""],
      ["", "Công tác tham mưu cấp ủy", "", "chính quyền địa", "", "11/2025 -", "đồng", "", ""],
      ["", "đảng, chính quyền và phối hợp với", "", "phương", "", "tháng", "", "", ""],
      ["", "các tổ chức, cá nhân của nhà trường", "", "", "", "3/2026", "", "", ""],
      ["2", ...GOOD_ROW.slice(1)],
    ];
    const plan = readPlan(doc2018({ rows }));
    const r42 = plan.rows.find((r) => r.criterion === "4.2")!;
    expect(plan.rows.filter((r) => r.kind !== "criterion")).toEqual([]);
    expect(r42.gridRows).toEqual([5, 6, 7, 8]);
    expect(r42.period).toEqual({ kind: "range", start: "2025-11", end: "2026-03" });
    expect(r42.budget).toMatchObject({ kind: "amount", vnd: 5_000_000 });
    expect(checkPlan(plan)).toEqual([]); // no "Tháng" (timeline.vague), no "đồng" (budget.unparsed), name complete
  });
  it("merges a TT57 content cell that continues (Tiêu chí 2.2: / Giáo viên)", () => {
    const p = plan57([
      [
        "1",
        "Tiêu chí 2.2:",
        "Đạt Mức",
        "Bồi dưỡng giáo",
        "100% giáo viên",
        "Tháng 10/2026 -",
        "BGH",
        "Ngân sách:",
        "Biên bản đánh giá",
        "Chưa thực hiện",
      ],
      ["", "Giáo viên", "2", "viên", "đạt chuẩn", "tháng 4/2027", "", "4.000.000 đồng", "(MC.2.2.02)", ""],
    ]);
    expect(p.rows).toHaveLength(1);
    expect(p.rows[0]).toMatchObject({
      criterion: "2.2",
      target: { level: 2 },
      period: { start: "2026-10", end: "2027-04" },
      budget: { vnd: 4_000_000, source: "Ngân sách" },
    });
    expect(checkPlan(p).filter((f) => f.severity !== "info")).toEqual([]);
  });

  // The same plan laid out as a .docx (paragraphs) and as an Excel sheet (header block typed in cells).
  const table = [HEADER_2018, GOOD_ROW];
  const asDocx = [
    ["UBND PHƯỜNG LINH XUÂN"],
    ["TRƯỜNG THCS LINH XUÂN"],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["Độc lập - Tự do - Hạnh phúc"],
    ["Số: 12/KH-THCSLX"],
    ["Linh Xuân, ngày 05 tháng 9 năm 2025"],
    ["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC"],
    ["Năm học 2025 - 2026"],
    ["Căn cứ Thông tư số 17/2018/TT-BGDĐT ngày 22 tháng 8 năm 2018 của Bộ GDĐT;"],
    ...table,
    ["Nơi nhận:"],
    ["- Phòng VH-XH phường;"],
    ["HIỆU TRƯỞNG"],
    ["Nguyễn Văn An"],
  ];
  const asXlsx = [
    ["UBND PHƯỜNG LINH XUÂN", "", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["TRƯỜNG THCS LINH XUÂN", "", "", "", "Độc lập - Tự do - Hạnh phúc"],
    ["Số: 12/KH-THCSLX", "", "", "", "Linh Xuân, ngày 05 tháng 9 năm 2025"],
    ["", "", "", "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC"],
    ["", "", "", "Năm học", "2025 - 2026"],
    ["Căn cứ", "Thông tư số 17/2018/TT-BGDĐT ngày 22 tháng 8 năm 2018 của Bộ GDĐT;"],
    ...table,
    ["Nơi nhận:", "", "", "", "", "HIỆU TRƯỞNG"],
    ["- Phòng VH-XH phường;"],
    ["", "", "", "", "", "Nguyễn Văn An"],
  ];
  it("reads an Excel header block above the table as the document context, like a .docx's paragraphs", () => {
    const x = readPlan(asXlsx);
    const d = readPlan(asDocx);
    expect(x.context).toEqual({
      level: "thcs",
      regime: "2018",
      schoolYear: "2025-2026",
      school: "TRƯỜNG THCS LINH XUÂN",
      circular: "17/2018/TT-BGDĐT",
    });
    expect(x.context).toEqual(d.context);
    expect(x.rows).toHaveLength(1); // the signature block beside "Nơi nhận" is not a table row
    const keys = (p: typeof x) =>
      checkPlan(p)
        .map((f) => `${f.rule}:${f.criterion ?? ""}`)
        .sort();
    expect(keys(x)).toEqual(keys(d));
    expect(keys(x)).toEqual(["doc.circular-level-mismatch:"]); // its own legal basis is TT17: still an error
  });
  it("an Excel sheet (every row as wide as the table) ends the table at the prose after it, not at its section rows", () => {
    const wide = (r: string[]) => [...r, ...new Array(9 - r.length).fill("")];
    const grid = [
      ...asXlsx.slice(0, 6).map(wide),
      HEADER_2018,
      wide(["I. MỨC 1, 2, 3"]),
      wide(["Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"]),
      GOOD_ROW,
      wide(["III. TỔ CHỨC THỰC HIỆN"]),
      wide([
        "Hiệu trưởng chỉ đạo các tổ chuyên môn triển khai kế hoạch, kiểm tra và báo cáo kết quả định kỳ theo học kỳ.",
      ]),
      wide(["1. Hiệu trưởng"]),
      wide(["- Phân công nhiệm vụ cho các thành viên;"]),
    ];
    const plan = readPlan(grid);
    expect(plan.rows.map((r) => r.kind)).toEqual(["section", "standard", "criterion"]);
    expect(plan.text.some((t) => t.text.startsWith("III. TỔ CHỨC THỰC HIỆN"))).toBe(true);
    expect(checkPlan(plan).map((f) => f.rule)).toEqual(["doc.circular-level-mismatch"]);
  });
  it("a Căn cứ line quoting a guideline that covers TT 17, 18 and 19 is not a wrong citation (issue 12 defect 5)", () => {
    const quoted = [
      "TRƯỜNG THCS LÊ QUÝ ĐÔN",
      "KẾ HOẠCH",
      "Cải tiến chất lượng giáo dục năm học 2025 – 2026",
      "Căn cứ Thông tư số 18/2018/TT-BGDĐT ngày 22 tháng 8 năm 2018 của Bộ trưởng Bộ Giáo dục và Đào tạo;",
      "Căn cứ Hướng dẫn số 25/HD-SGDĐT ngày 10/01/2019 của Sở GDĐT về việc thực hiện Thông tư 17, 18, 19/2018/TT-BGDĐT;",
      "Căn cứ Kế hoạch số 40/KH-PGDĐT ngày 15/01/2019 của Phòng GDĐT triển khai kiểm định chất lượng theo Thông tư số",
      "17/2018/TT-BGDĐT, Thông tư số 18/2018/TT-BGDĐT và Thông tư số 19/2018/TT-",
      "BGDĐT của Bộ GDĐT;",
      "Căn cứ Công văn số 115/SGDĐT-KTKĐ ngày 20/02/2019 hướng dẫn tự đánh giá theo Thông tư số 17/2018/TT-BGDĐT,",
      "Thông tư số 18/2018/TT-BGDĐT và Thông tư số 19/2018/TT-BGDĐT (a line that begins with “Thông tư”);",
    ];
    const found = rulesOf(doc2018({ title: quoted, rows: [GOOD_ROW] }));
    expect(found.filter((r) => r.startsWith("doc."))).toEqual([]);
    expect(parseCitations("thực hiện Thông tư 17, 18, 19/2018/TT-BGDĐT").map((c) => [c.canonical, c.complete])).toEqual(
      [
        ["17/2018/TT-BGDĐT", true],
        ["18/2018/TT-BGDĐT", true],
        ["19/2018/TT-BGDĐT", true],
      ],
    );
  });
  it("keeps the error when the plan's own legal basis is TT17 or TT19", () => {
    const own = (cite: string) =>
      rulesOf(
        doc2018({
          title: ["TRƯỜNG THCS LÊ QUÝ ĐÔN", "KẾ HOẠCH cải tiến chất lượng năm học 2025 – 2026", cite],
          rows: [GOOD_ROW],
        }),
      );
    expect(own("Căn cứ Thông tư số 19/2018/TT-BGDĐT ngày 22 tháng 8 năm 2018 của Bộ GDĐT;")).toContain(
      "doc.circular-level-mismatch",
    );
    expect(
      own("Căn cứ Thông tư số 17/2018/TT-BGDĐT ngày 22/8/2018 và Thông tư số 19/2018/TT-BGDĐT ngày 22/8/2018;"),
    ).toContain("doc.circular-level-mismatch");
  });
});

describe("messages", () => {
  it.each([
    ["15.000.0000 đồng", "15.000.0000 đồng"],
    ["Kinh phí: 2.000.00 đồng", "2.000.00 đồng"],
  ])("quote the user's text as written: %s", (cell, quoted) => {
    const f = checkPlan(readPlan(doc2018({ rows: [row2018(6, cell)] }))).find((x) => x.rule === "budget.bad-grouping")!;
    expect(f.message).toContain(`"${quoted}"`);
  });
  it("timeline findings quote the period as written and say months as users write them, not ISO", () => {
    const msg = (period: string, rule: string) =>
      checkPlan(readPlan(doc2018({ rows: [row2018(5, period)] }))).find((f) => f.rule === rule)!.message;
    expect(msg("Tháng 9/2025 – 9/2026", "timeline.after-school-year")).toBe(
      '"Tháng 9/2025 – 9/2026": hoàn thành tháng 9/2026, vượt quá năm học 2025-2026 (hết tháng 8/2026).',
    );
    expect(msg("Tháng 5/2026 - tháng 9/2025", "timeline.end-before-start")).toBe(
      '"Tháng 5/2026 - tháng 9/2025": thời gian hoàn thành (tháng 9/2025) trước thời gian bắt đầu (tháng 5/2026).',
    );
    expect(msg("Từ tháng 6/2025 đến tháng 5/2026", "timeline.before-school-year")).toBe(
      '"Từ tháng 6/2025 đến tháng 5/2026": bắt đầu tháng 6/2025, trước năm học 2025-2026 (từ tháng 9/2025).',
    );
  });
  it("the TT57 review-points finding says which review is missing", () => {
    const only = (line: string) =>
      checkPlan(plan57([ROW57], [["VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN"], [line]])).find(
        (f) => f.rule === "tt57.review-points",
      )!;
    expect(only("Cuối học kỳ I (tháng 01/2027)").message).toContain("“Cuối năm học”");
    expect(only("Cuối học kỳ I (tháng 01/2027)").suggestion).toContain("Cuối năm học (tháng 05/2027)");
    expect(only("Cuối năm học (tháng 05/2027)").message).toContain("“Cuối học kỳ I”");
    expect(only("Họp hội đồng trường").message).toContain("Chưa có hai thời điểm rà soát");
    expect(checkPlan(plan57([ROW57])).some((f) => f.rule === "tt57.review-points")).toBe(false);
  });
  it("a TT57 row with an invalid criterion code still gets its other checks", () => {
    const bad = (code: string) =>
      checkPlan(
        plan57([
          row57(1, code).map((x, i) =>
            i === 4 ? "Tiếp tục duy trì" : i === 7 ? "3.000.000 đồng" : i === 8 ? "Biên bản (MC.3.1.1)" : x,
          ),
        ]),
      ).map((f) => f.rule);
    for (const found of [bad("Tiêu chí 5.6: Kết quả giáo dục"), bad("Tiêu chí 3.9: Hoạt động trải nghiệm")]) {
      expect(found).toEqual(
        expect.arrayContaining(["tt57.indicator-vague", "tt57.resource-no-source", "tt57.evidence-format"]),
      );
      expect(found.some((r) => r === "criterion.wrong-regime" || r === "criterion.unknown-code")).toBe(true);
    }
  });
});
