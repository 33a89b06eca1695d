/**
 * Inserting the plan table (official layout: Times New Roman 12 pt, bold centred header repeated on each page, single
 * borders, widths fitted to A4 landscape). Never inside a table. Biểu 2 as a whole document: insert-bieu2.ts.
 */
import type { Catalog, RenderedGrid } from "../../core/types";
import { renderGrid } from "../../core/render";
import { viOnly, type InsertOptions, type InsertResult } from "../port";
import { hasWordApi, needsNewerWord, queueAnchor, type WordEnv } from "./env";

const MM_TO_PT = 72 / 25.4;
/**
 * Text width of an A4 landscape page with Decree 30/2020 margins (../shared/reference circulars-2018.json,
 * formatting_nd30_2020: A4 210 × 297 mm, left 30–35 mm, right 15–20 mm). The widest margins allowed are taken so
 * the table fits whatever margins the school uses: 297 − 35 − 20 = 242 mm ≈ 686 pt.
 */
export const A4_LANDSCAPE_TEXT_WIDTH_PT = Math.floor((297 - 35 - 20) * MM_TO_PT);

/** Column widths (pt) proportional to the template's, summing to at most the A4 landscape text width. */
export function fitColumnWidths(columns: { width: number }[], total = A4_LANDSCAPE_TEXT_WIDTH_PT): number[] {
  const sum = columns.reduce((s, c) => s + c.width, 0) || 1;
  return columns.map((c) => Math.floor((c.width / sum) * total));
}

export const BORDERS = ["Top", "Bottom", "Left", "Right", "InsideHorizontal", "InsideVertical"] as const;

/** Queues the plan table's layout (no sync). */
export function queuePlanTableLayout(table: Word.Table, grid: RenderedGrid, fontSize = 12): void {
  table.font.name = "Times New Roman";
  table.font.size = fontSize;
  table.headerRowCount = 1;
  for (const b of BORDERS) {
    const border = table.getBorder(b);
    border.type = "Single";
    border.width = 0.5;
    border.color = "#000000";
  }
  fitColumnWidths(grid.columns).forEach((w, i) => (table.getCell(0, i).columnWidth = w));
  grid.kinds.forEach((kind, r) => {
    if (kind === "header" || kind === "number-row" || kind === "section" || kind === "standard") {
      const row = table.getCell(r, 0).parentRow;
      row.font.bold = true;
      if (kind === "header" || kind === "number-row") row.horizontalAlignment = "Centered";
    }
  });
}

export async function insertPlanTable(
  env: WordEnv,
  options: InsertOptions,
  catalog?: Catalog | null,
): Promise<InsertResult> {
  if (!hasWordApi(env, "1.3"))
    return {
      status: "unsupported",
      message: viOnly(needsNewerWord("Chèn bảng kế hoạch", "1.3") + " Hãy dùng tệp mẫu .docx của KHCT."),
    };
  const grid = renderGrid(options.template, options.context, null, catalog ?? null);
  return env.run(async (context) => {
    const anchor = queueAnchor(context);
    await context.sync(); // 1
    // Never inside an existing table (Word would nest it): the table goes after it. Nothing is overwritten.
    const table = anchor().insertTable(grid.rows.length, grid.columns.length, "After", grid.rows);
    queuePlanTableLayout(table, grid);
    await context.sync(); // 2
    return { status: "inserted", rows: grid.rows.length };
  });
}
