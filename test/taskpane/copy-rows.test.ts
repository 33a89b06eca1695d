/**
 * Issue 23, defect 10: "Sao chép bảng cho văn bản" always copied the header and the (1)…(10) row; the official form
 * already has its header, so the pane also offers the data rows only (expectations written by hand).
 */
import "../../src/core/catalogs/all";
import { getCatalog } from "../../src/core/catalogs/index";
import { renderGrid, renderTsv } from "../../src/core/render";
import { dataRowsOnly } from "../../src/taskpane/host/copyActions";

describe("copy the data rows only", () => {
  it("a 2018 table loses its header and column-number rows, keeps every data row in order", () => {
    const ctx = { level: "thcs" as const, regime: "2018" as const, schoolYear: "2025-2026", school: null };
    const grid = renderGrid("2018-9col", ctx, null, getCatalog("tt18-2018")!);
    const rows = dataRowsOnly(grid);
    expect(rows.rows.some((r) => r[0] === "(1)")).toBe(false);
    expect(rows.rows.some((r) => r[0] === "TT")).toBe(false);
    expect(rows.rows).toHaveLength(grid.rows.length - 2);
    expect(rows.rows[0]).toEqual(grid.rows[2]);
    expect(renderTsv(rows).split("\n")[0]).not.toMatch(/Tiêu chuẩn, tiêu chí|\(1\)/);
  });
  it("Biểu 2 (TT 57): no header, no (1)…(10)", () => {
    const ctx = { level: "thcs" as const, regime: "2026" as const, schoolYear: "2026-2027", school: null };
    const grid = renderGrid("tt57-bieu2", ctx, null, null);
    const rows = dataRowsOnly(grid);
    expect(rows.kinds).not.toContain("header");
    expect(rows.kinds).not.toContain("number-row");
    expect(rows.rows.flat()).not.toContain("(10)");
  });
});
