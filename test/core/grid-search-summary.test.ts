/**
 * The files directly in src/core, edge by edge (issue 28: mutants the folder's tests left alive): the rendered grid
 * of a plan and of a blank template (TT numbering, row kinds, cells of a role the template lacks), its HTML styles,
 * the criterion search (codes with spaces, two-digit numbers, a standard's number alone, words, the limit), the VND
 * format, the summary's uncertain rows and finding counts, the column names. Plans, catalogs and expectations are
 * written by hand.
 */
import type { Catalog, ColumnRole, Finding, Plan, PlanRow, RowKind } from "../../src/core/types";
import { renderGrid, renderHtml, renderTsv } from "../../src/core/render";
import { compareCodes, searchCriteria } from "../../src/core/search";
import { formatVnd, summarize } from "../../src/core/summary";
import { columnName } from "../../src/core/columns";
import { getTemplate } from "../../src/core/templates";

const criterion = (code: string, name: string) => ({ code, name, maxLevel: 3, levels: [] });
const CATALOG: Catalog = {
  id: "tt18-2018",
  regime: "2018",
  circular: "18/2018/TT-BGDĐT",
  annex: null,
  title: "Thử",
  levels: ["thcs"],
  maxLevel: 3,
  standards: [
    {
      number: 1,
      name: "Tổ chức và quản lý nhà trường",
      criteria: [
        criterion("1.1", "Phương hướng, chiến lược xây dựng"),
        criterion("1.2", "Hội đồng trường"),
        criterion("1.10", "Quản lý tài chính"),
      ],
    },
    { number: 2, name: "Cán bộ quản lý", criteria: [criterion("2.1", "Thư viện và thiết bị dạy học")] },
  ],
  muc4: [],
  guidance: null,
  source: [],
  confidence: "high",
};

let nextRow = 0;
function row(kind: RowKind, cells: Partial<Record<ColumnRole, string>>, extra: Partial<PlanRow> = {}): PlanRow {
  const r = nextRow++;
  const planCells: PlanRow["cells"] = {};
  for (const [role, text] of Object.entries(cells) as [ColumnRole, string][])
    planCells[role] = { text, pos: { row: r, col: 0 } };
  return {
    kind,
    gridRows: [r],
    cells: planCells,
    section: null,
    standard: null,
    criterion: null,
    target: null,
    period: null,
    budget: null,
    ...extra,
  };
}
function plan(rows: PlanRow[], template: Plan["template"] = "2018-9col"): Plan {
  return {
    context: { level: "thcs", regime: "2018", schoolYear: "2025-2026", school: null },
    contextSource: {},
    template,
    headerRow: 0,
    columns: { tt: 0, criterion: 1, budget: 6 },
    rows,
    text: [],
    readFindings: [],
  };
}
const CONTEXT = { level: null, regime: null, schoolYear: null, school: null };

describe("renderGrid of a plan", () => {
  it("numbers the standard rows, leaves the criterion rows' TT empty, drops a role the template lacks", () => {
    const g = renderGrid(
      "2018-9col",
      CONTEXT,
      plan([
        row("section", { criterion: "MỨC 1, 2, 3" }),
        row("standard", { criterion: "Tiêu chuẩn 1" }),
        row("criterion", { criterion: "Tiêu chí 1.1", status: "Hoàn thành" }),
        row("task", { tasks: "Họp hội đồng" }),
        row("standard", { criterion: "Tiêu chuẩn 2" }),
      ]),
    );
    expect(g.rows[0][1]).toBe("Tiêu chuẩn, tiêu chí");
    expect(g.rows[1]).toEqual(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"]);
    expect(g.rows.slice(2)).toEqual([
      ["", "MỨC 1, 2, 3", "", "", "", "", "", "", ""],
      ["1", "Tiêu chuẩn 1", "", "", "", "", "", "", ""],
      ["", "Tiêu chí 1.1", "", "", "", "", "", "", ""],
      ["", "", "", "Họp hội đồng", "", "", "", "", ""],
      ["2", "Tiêu chuẩn 2", "", "", "", "", "", "", ""],
    ]);
    expect(g.kinds).toEqual(["header", "number-row", "section", "standard", "criterion", "task", "standard"]);
  });

  it("without standard rows numbers the criterion rows, keeping a TT the plan wrote", () => {
    const g = renderGrid(
      "tt57-bieu2",
      CONTEXT,
      plan([row("criterion", { criterion: "Nội dung A" }), row("criterion", { tt: "5", criterion: "Nội dung B" })]),
    );
    expect(g.rows.slice(2).map((r) => r.slice(0, 2))).toEqual([
      ["1", "Nội dung A"],
      ["5", "Nội dung B"],
    ]);
    expect(g.rows[1].length).toBe(10);
  });
});

describe("renderGrid of a blank template", () => {
  it("2018 with a catalog: a numbered standard row and an empty criterion row each, under MỨC 1, 2, 3; then MỨC 4", () => {
    const g = renderGrid("2018-9col", CONTEXT, null, CATALOG);
    expect(g.rows.slice(2).map((r) => r.slice(0, 2))).toEqual([
      ["", "MỨC 1, 2, 3"],
      ["1", "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"],
      ["", ""],
      ["2", "Tiêu chuẩn 2: Cán bộ quản lý"],
      ["", ""],
      ["", "MỨC 4"],
      ["", ""],
    ]);
    expect(g.kinds.slice(2)).toEqual([
      "section",
      "standard",
      "criterion",
      "standard",
      "criterion",
      "section",
      "criterion",
    ]);
  });

  it("2018 without a catalog: one empty criterion row per section", () => {
    const g = renderGrid("2018-9col", CONTEXT, null, null);
    expect(g.kinds.slice(2)).toEqual(["section", "criterion", "section", "criterion"]);
    expect(g.rows[4][1]).toBe("MỨC 4");
  });

  it("Biểu 2: three numbered rows without a catalog, one per standard between three and five", () => {
    const tt = (c: Catalog | null) =>
      renderGrid("tt57-bieu2", CONTEXT, null, c)
        .rows.slice(2)
        .map((r) => r[0]);
    expect(tt(null)).toEqual(["1", "2", "3"]);
    const withStandards = (n: number): Catalog => ({
      ...CATALOG,
      standards: Array.from({ length: n }, (_, i) => ({ number: i + 1, name: `S${i + 1}`, criteria: [] })),
    });
    expect(tt(withStandards(4))).toEqual(["1", "2", "3", "4"]);
    expect(tt(withStandards(7))).toEqual(["1", "2", "3", "4", "5"]);
    expect(renderGrid("tt57-bieu2", CONTEXT, null, null).kinds.slice(2)).toEqual([
      "criterion",
      "criterion",
      "criterion",
    ]);
  });
});

describe("renderHtml and renderTsv", () => {
  // Built inside each test: Stryker's per-test coverage counts no test for code run in a describe body.
  const grid = () =>
    renderGrid(
      "2018-9col",
      CONTEXT,
      plan([row("standard", { criterion: "Tiêu chuẩn 1" }), row("task", { tasks: "A & B\n<C>" })]),
    );

  it("the header in th, bold and centred; the number row bold and centred; standards bold; tasks plain", () => {
    const rows = renderHtml(grid())
      .split("\n")
      .filter((l) => l.startsWith("<tr>"));
    expect(rows[0]).toContain('<th style="');
    expect(rows[0]).toContain("font-weight:bold;text-align:center;");
    expect(rows[1]).toContain("font-weight:bold;text-align:center;");
    expect(rows[1]).not.toContain("<th");
    expect(rows[2]).toContain("font-weight:bold;");
    expect(rows[2]).not.toContain("text-align:center");
    expect(rows[3]).not.toContain("font-weight:bold");
    expect(rows[3]).toContain(">A &amp; B<br>&lt;C&gt;</td>");
  });

  it("TSV quotes a cell with a line break", () => {
    expect(renderTsv(grid()).split("\r\n")[3]).toBe('\t\t\t"A & B\n<C>"\t\t\t\t\t');
  });
});

describe("searchCriteria", () => {
  const codes = (q: string, limit?: number) => searchCriteria(CATALOG, q, limit).map((h) => h.code);

  it("a code written with spaces finds it first; the rest of its standard follows", () => {
    expect(codes("tc 1. 2")).toEqual(["1.2", "1.1", "1.10"]);
  });
  it("a two-digit criterion number", () => {
    expect(codes("1.10")[0]).toBe("1.10");
  });
  it("an unknown code of a known standard lists that standard's criteria in code order", () => {
    expect(codes("1.9")).toEqual(["1.1", "1.2", "1.10"]);
  });
  it("a standard's number alone lists only its criteria", () => {
    expect(codes("2")).toEqual(["2.1"]);
  });
  it("words, without diacritics", () => {
    expect(codes("thu vien")).toEqual(["2.1"]);
    expect(codes("hoi dong")).toEqual(["1.2"]);
  });
  it("an empty query lists every criterion up to the limit", () => {
    expect(codes("", 2)).toEqual(["1.1", "1.2"]);
    expect(codes("")).toEqual(["1.1", "1.2", "1.10", "2.1"]);
  });
  it("codes compare by number, not as text", () => {
    expect(compareCodes("1.10", "1.2")).toBeGreaterThan(0);
    expect(compareCodes("2.1", "1.10")).toBeGreaterThan(0);
  });
});

describe("formatVnd and summarize", () => {
  it.each([
    [10_000_000, "10.000.000 đ"],
    [999, "999 đ"],
    [1000, "1.000 đ"],
    [1234.6, "1.235 đ"],
  ])("%d → %s", (n, text) => {
    expect(formatVnd(n)).toBe(text);
  });

  it("a low-confidence budget cell without an amount is not an uncertain amount", () => {
    const p = plan([row("criterion", { budget: "Ngân sách" }), row("task", { budget: "2 triệu" })]);
    p.rows[0].cells.budget!.confidence = 40;
    const s = summarize(p);
    expect(s.uncertainRows).toBeUndefined();
    expect(s.totalLabel).toBe("Tổng kinh phí");
    expect(s.totalVnd).toBe(2_000_000);
  });

  it("a low-confidence amount is counted and said", () => {
    const p = plan([row("task", { budget: "2 triệu" })]);
    p.rows[0].cells.budget!.confidence = 40;
    expect(summarize(p).uncertainRows).toBe(1);
  });

  it("counts the findings by severity", () => {
    const f = (severity: Finding["severity"]): Finding => ({
      rule: "x",
      severity,
      ref: null,
      cell: null,
      criterion: null,
      standard: null,
      message: "",
      messageEn: "",
      suggestion: null,
      suggestionEn: null,
    });
    // Two errors among five findings: counting the findings that are not errors would give three.
    const s = summarize(plan([]), [f("error"), f("warning"), f("warning"), f("info"), f("error")]);
    expect([s.errors, s.warnings, s.infos]).toEqual([2, 2, 1]);
  });
});

describe("column names and templates", () => {
  it("a column's short name by its role, in the plan's template", () => {
    const p = plan([]);
    expect(columnName(p, 6, "vi")).toBe("Kinh phí");
    expect(columnName(p, 6, "en")).toBe("Budget");
    expect(columnName({ ...p, template: "tt57-bieu2" }, 6, "vi")).toBe("Nguồn lực");
    expect(columnName(p, 3, "vi")).toBeNull();
  });
  it("getTemplate by id, and the 2018 template for an unknown id", () => {
    expect(getTemplate("tt57-bieu2").columns.length).toBe(10);
    expect(getTemplate("nope" as never).id).toBe("2018-9col");
  });
});
