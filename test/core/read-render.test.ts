import "../../src/core/catalogs/all";
import { readPlan, readPlans, splitPasted } from "../../src/core/read";
import { renderGrid, renderHtml, renderTsv } from "../../src/core/render";
import { TEMPLATE_2018_COLUMNS, TEMPLATE_TT57_COLUMNS, getTemplate, templateFor } from "../../src/core/templates";
import { detectContext, regimeForYear, resolveContext, schoolYearOf } from "../../src/core/context";
import { getCatalog } from "../../src/core/catalogs/index";
import { summarize, formatVnd } from "../../src/core/summary";
import { checkPlan } from "../../src/core/rules";
import { HEADER_2018, GOOD_ROW, doc2018 } from "../support/grids";

describe("templates", () => {
  it("export the nine 2018 columns and Biểu 2's ten", () => {
    expect(TEMPLATE_2018_COLUMNS.map((c) => c.header)).toEqual([
      "TT",
      "Tiêu chuẩn, tiêu chí",
      "Kết quả cần đạt (so với hiện trạng)",
      "Công việc/giải pháp cần thực hiện",
      "Chủ trì và phối hợp thực hiện",
      "Thời gian thực hiện và hoàn thành",
      "Dự kiến kinh phí",
      "Điều kiện hỗ trợ khác",
      "Ghi chú",
    ]);
    expect(TEMPLATE_TT57_COLUMNS).toHaveLength(10);
    expect(TEMPLATE_TT57_COLUMNS[4].header).toBe("Chỉ số đánh giá kết quả");
    expect(getTemplate("2018-9col").sections.map((s) => s.label)).toEqual(["MỨC 1, 2, 3", "MỨC 4"]);
    expect(templateFor("2026").id).toBe("tt57-bieu2");
  });
});

describe("context", () => {
  it("detects level, year, school and circular; the user overrides", () => {
    const d = detectContext([
      "UBND PHƯỜNG X",
      "TRƯỜNG TIỂU HỌC KIM ĐỒNG",
      "KẾ HOẠCH",
      "NĂM HỌC 2026-2027",
      "Căn cứ Thông tư số 57/2026/TT-BGDĐT ngày 07 tháng 7 năm 2026",
    ]);
    expect(d.context).toEqual({
      level: "tieu-hoc",
      regime: "2026",
      schoolYear: "2026-2027",
      school: "TRƯỜNG TIỂU HỌC KIM ĐỒNG",
      circular: "57/2026/TT-BGDĐT",
    });
    expect(resolveContext(d, { level: "thcs" }).level).toBe("thcs");
    expect(resolveContext(d, { schoolYear: "2025-2026" }).regime).toBe("2018");
    expect(regimeForYear("2026-2027")).toBe("2026");
    expect(regimeForYear("2025-2026")).toBe("2018");
    expect(schoolYearOf(new Date(2026, 10, 23))).toBe("2026-2027");
    expect(schoolYearOf(new Date(2026, 4, 1))).toBe("2025-2026");
  });
});

describe("reading tables", () => {
  it("splits the three pasted forms", () => {
    expect(splitPasted("a\tb\tc\n1\t2\t3")).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
    ]);
    expect(splitPasted('a\t"x\ny"\tc')).toEqual([["a", "x\ny", "c"]]);
    expect(splitPasted("| a | b | c |\n|---|---|---|\n| 1 | 2 | 3 |")).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
    ]);
    expect(splitPasted("a\nb")).toEqual([["a"], ["b"]]);
    expect(splitPasted("")).toEqual([]);
  });
  it("finds headers that vary (STT, line breaks, no Ghi chú)", () => {
    const grid = [
      ["STT", "Tiêu chuẩn,\ntiêu chí", "Kết quả\ncần đạt", "Giải pháp", "Người phụ trách", "Thời gian", "Kinh phí"],
      [
        "1",
        "Tiêu chí 1.4 Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn và tổ văn phòng",
        "Đạt mức 2",
        "Bồi dưỡng",
        "BGH",
        "Tháng 10/2025",
        "2 triệu",
      ],
    ];
    const plan = readPlan(grid, { level: "thcs", schoolYear: "2025-2026" });
    expect(plan.headerRow).toBe(0);
    expect(plan.columns).toMatchObject({ tt: 0, criterion: 1, target: 2, tasks: 3, owner: 4, period: 5, budget: 6 });
    expect(plan.columns.note).toBeUndefined();
    expect(plan.rows[0]).toMatchObject({
      kind: "criterion",
      criterion: "1.4",
      target: { level: 2, current: null },
      budget: { kind: "amount", vnd: 2_000_000 },
    });
    expect(plan.rows[0].cells.budget!.pos).toEqual({ row: 1, col: 6 });
  });
  it("merges PDF continuation fragments of a period into the row above", () => {
    const grid = [
      HEADER_2018,
      ["1", "Tiêu chí 2.2: Đối với giáo viên", "Đạt mức 2", "Bồi dưỡng giáo viên", "BGH", "Tháng", "", "", ""],
      ["", "", "", "", "", "10/2024 - tháng", "", "", ""],
      ["", "", "", "", "", "05/2025", "", "", ""],
    ];
    const plan = readPlan(grid, { level: "thcs", schoolYear: "2024-2025" });
    expect(plan.rows).toHaveLength(1);
    expect(plan.rows[0].gridRows).toEqual([1, 2, 3]);
    expect(plan.rows[0].period).toMatchObject({ kind: "range", start: "2024-10", end: "2025-05" });
    expect(plan.rows[0].cells.period!.text).toBe("Tháng\n10/2024 - tháng\n05/2025");
  });
  it("reads a table pasted as one cell per line", () => {
    const text = [
      "STT",
      "Tiêu chuẩn",
      "Tiêu chí",
      "Nội dung cải tiến chất lượng",
      "Người phụ trách",
      "1 3 3.2",
      "Sắp xếp lại phòng học",
      "Hiệu trưởng",
      "2 3 3.5",
      "Bổ sung thiết bị",
      "Phó hiệu trưởng",
    ].join("\n");
    const plan = readPlan(splitPasted(text), { level: "thcs", regime: "2018" });
    expect(plan.rows.map((r) => [r.criterion, r.cells.owner?.text])).toEqual([
      ["3.2", "Hiệu trưởng"],
      ["3.5", "Phó hiệu trưởng"],
    ]);
  });
  it("keeps task rows under their criterion and several tables apart", () => {
    const grid = doc2018({
      rows: [
        ["", "MỨC 1, 2, 3"],
        ["1", "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"],
        GOOD_ROW,
        ["2", "", "", "Kiểm tra hồ sơ tổ.", "PHT", "Tháng 1/2026", "Không", "", ""],
      ],
    });
    const plans = readPlans([...grid, ["II. TỔ CHỨC THỰC HIỆN"], ...grid.slice(4)]);
    expect(plans).toHaveLength(2);
    expect(plans[0].rows.map((r) => [r.kind, r.criterion])).toEqual([
      ["section", null],
      ["standard", null],
      ["criterion", "1.4"],
      ["task", "1.4"],
    ]);
  });
  it("reports a document without a plan table", () => {
    const plan = readPlan([["Một văn bản không có bảng"]]);
    expect(plan.headerRow).toBe(-1);
    expect(checkPlan(plan).map((f) => f.rule)).toEqual(["table.no-header"]);
  });
});

describe("rendering and summary", () => {
  const ctx = { level: "thcs" as const, regime: "2018" as const, schoolYear: "2025-2026", school: null };
  it("renders a blank 2018 template with sections, standards and TT numbering", () => {
    const g = renderGrid("2018-9col", ctx, null, getCatalog("tt18-2018"));
    expect(g.rows[0]).toEqual(HEADER_2018);
    expect(g.rows[1]).toEqual(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"]);
    expect(g.kinds.slice(0, 5)).toEqual(["header", "number-row", "section", "standard", "criterion"]);
    expect(g.rows[3][1]).toBe("Tiêu chuẩn 1: Tổ chức và quản lý nhà trường");
    expect(g.rows.filter((_, i) => g.kinds[i] === "section").map((r) => r[1])).toEqual(["MỨC 1, 2, 3", "MỨC 4"]);
    // The plans' convention: "1 | Tiêu chuẩn 1: …", criterion rows' TT empty, no extra numbered row.
    expect(g.rows.filter((_, i) => g.kinds[i] === "standard").map((r) => r[0])).toEqual(["1", "2", "3", "4", "5"]);
    expect(g.rows.filter((_, i) => g.kinds[i] === "criterion").every((r) => r.every((c) => c === ""))).toBe(true);
    // The rendered template reads back as a plan table.
    expect(readPlan(g.rows, ctx).headerRow).toBe(0);
  });
  it("renders a read plan back, and to HTML and TSV", () => {
    const plan = readPlan(
      doc2018({ rows: [["", "MỨC 1, 2, 3"], ["1", "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"], GOOD_ROW] }),
    );
    const g = renderGrid("2018-9col", ctx, plan);
    expect(g.rows[4][1]).toBe(GOOD_ROW[1]);
    const html = renderHtml({
      ...g,
      rows: [...g.rows, ["", "<script>alert(1)</script>", "", "", "", "", "", "", ""]],
      kinds: [...g.kinds, "task"],
    });
    expect(html).toContain("Times New Roman");
    expect(html).toContain("<th style=");
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toContain("<script>");
    const tsv = renderTsv({ ...g, rows: [["a\tb", 'say "x"', "line\nbreak"]] });
    expect(tsv).toBe('"a\tb"\t"say ""x"""\t"line\nbreak"');
  });
  it("totals by standard and funding source, in words", () => {
    const plan = readPlan(
      doc2018({
        rows: [
          ["1", "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"],
          GOOD_ROW,
          [
            "",
            "Tiêu chí 1.6: Quản lý hành chính, tài chính và tài sản",
            "",
            "Mua sắm",
            "BGH",
            "Tháng 10/2025",
            "Xã hội hóa 10 triệu",
            "",
            "",
          ],
        ],
      }),
    );
    const s = summarize(plan, checkPlan(plan));
    expect(s.totalVnd).toBe(15_000_000);
    expect(s.byStandard).toEqual([{ standard: 1, vnd: 15_000_000, rows: 2 }]);
    expect(s.bySource).toEqual([
      { source: "Chưa ghi nguồn", vnd: 5_000_000, rows: 1 },
      { source: "Xã hội hóa", vnd: 10_000_000, rows: 1 },
    ]);
    expect(s.totalInWords).toBe("Mười lăm triệu đồng");
    expect(s.criterionRows).toBe(2);
    expect(formatVnd(15_000_000)).toBe("15.000.000 đ");
  });
});
