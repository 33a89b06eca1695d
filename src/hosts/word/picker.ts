/**
 * Choosing a criterion: dropdown-list content controls (WordApi 1.9) in the empty criterion cells of the plan table
 * read last, or the pane's search picker writing the official name into the cell at the cursor (WordApi 1.3).
 */
import type { Catalog, Plan } from "../../core/types";
import { findCriterion } from "../../core/catalogs/index";
import { hasWordApi, indexNow, needsNewerWord, type Origin, type WordEnv } from "./env";

export const DROPDOWN_TAG = "KHCT-tieu-chi";

export function criterionItems(catalog: Catalog): string[] {
  return catalog.standards.flatMap((st) => st.criteria.map((c) => `Tiêu chí ${c.code}: ${c.name}`));
}

/** Two syncs whatever the row count. */
export async function setupDropdowns(
  env: WordEnv,
  catalog: Catalog,
  plan: Plan,
  originOf: (row: number, col: number) => Origin | undefined,
  grid: string[][] = [],
): Promise<{ ok: boolean; message: string }> {
  if (!hasWordApi(env, "1.9"))
    return {
      ok: false,
      message: needsNewerWord("Ô chọn tiêu chí (danh sách thả xuống)", "1.9") + " Hãy dùng ô tìm tiêu chí trong ngăn.",
    };
  const col = plan.columns.criterion;
  if (col === undefined || plan.headerRow < 0) return { ok: false, message: "Chưa thấy bảng kế hoạch." };
  // Rows with an empty criterion cell, and the plan table's wholly empty rows (the template's row under a standard).
  const tableOf = (row: number) => {
    const o = originOf(row, col);
    return o?.kind === "cell" ? o.table : -1;
  };
  const planTable = tableOf(plan.headerRow);
  const emptyRows = grid.flatMap((cells, r) =>
    r > plan.headerRow && cells.every((t) => !t.trim()) && planTable >= 0 && tableOf(r) === planTable ? [r] : [],
  );
  const taskRows = plan.rows
    .filter((r) => (r.kind === "task" || r.kind === "criterion") && !r.cells.criterion?.text.trim())
    .map((r) => r.gridRows[0]);
  const targets = [...new Set([...taskRows, ...emptyRows])]
    .sort((a, b) => a - b)
    .map((r) => originOf(r, col))
    .filter((o): o is Origin & { kind: "cell" } => o?.kind === "cell");
  if (!targets.length) return { ok: false, message: "Không còn ô tiêu chí trống để đặt danh sách chọn." };
  const items = criterionItems(catalog);
  return env.run(async (context) => {
    const tables = context.document.body.tables;
    tables.load("items/values");
    await context.sync(); // 1
    let placed = 0;
    for (const o of targets) {
      // Only a cell that is still empty (the document may have changed since the read).
      const row = indexNow(o, tables, null); // found by its row's text: rows added above since the read are fine
      if (row === null || tables.items[o.table]?.values[row]?.[o.col] !== "") continue;
      const cc = tables.items[o.table].getCell(row, o.col).body.getRange("Whole").insertContentControl("DropDownList");
      cc.title = "Tiêu chí";
      cc.tag = DROPDOWN_TAG;
      for (const text of items) cc.dropDownListContentControl.addListItem(text, text);
      placed++;
    }
    await context.sync(); // 2
    return {
      ok: placed > 0,
      message: placed ? `Đã đặt danh sách chọn tiêu chí vào ${placed} ô.` : "Bảng đã thay đổi: hãy bấm Kiểm tra lại.",
    };
  });
}

/** Writes the official criterion into the table cell at the cursor; adds its standard row when missing. */
export async function fillCriterionAtCursor(
  env: WordEnv,
  catalog: Catalog,
  code: string,
): Promise<{ ok: boolean; message: string }> {
  const hit = findCriterion(catalog, code);
  if (!hit) return { ok: false, message: `Không có tiêu chí ${code} trong ${catalog.circular}.` };
  if (!hasWordApi(env, "1.3")) return { ok: false, message: needsNewerWord("Ghi tiêu chí vào ô", "1.3") };
  return env.run(async (context) => {
    const cell = context.document.getSelection().parentTableCellOrNullObject;
    cell.load("rowIndex, cellIndex");
    const table = context.document.getSelection().parentTableOrNullObject;
    table.load("values");
    await context.sync(); // 1
    if (cell.isNullObject || table.isNullObject)
      return { ok: false, message: "Hãy đặt con trỏ vào ô “Tiêu chuẩn, tiêu chí” của bảng." };
    cell.value = `Tiêu chí ${hit.criterion.code}: ${hit.criterion.name}`;
    const standardText = `Tiêu chuẩn ${hit.standard.number}: ${hit.standard.name}`;
    // The standard row above: the nearest row whose text starts "Tiêu chuẩn".
    let above: string | null = null;
    for (let r = cell.rowIndex - 1; r >= 0; r--) {
      const t = (table.values[r] ?? []).join(" ");
      if (/Tiêu chuẩn\s*\d+/i.test(t)) {
        above = t;
        break;
      }
    }
    const m = above ? /Tiêu chuẩn\s*(\d+)/i.exec(above) : null;
    let added = false;
    // A standard row is added only where the table has standard rows and none is above; never inside another
    // standard's rows, never a second one when this standard's row is further down, never in Biểu 2 (TT 57/2026),
    // which has no standard rows.
    const headingBelow = table.values
      .slice(cell.rowIndex + 1)
      .some((r) => Number(/Tiêu chuẩn\s*(\d+)/i.exec(r.join(" "))?.[1]) === hit.standard.number);
    const bieu2 = catalog.id.startsWith("tt57");
    if (!bieu2 && !m && !headingBelow) {
      const values = new Array(table.values[cell.rowIndex]?.length ?? 9).fill("");
      values[cell.cellIndex] = standardText;
      cell.parentRow.insertRows("Before", 1, [values]);
      added = true;
    }
    await context.sync(); // 2
    const misplaced =
      !bieu2 && m && Number(m[1]) !== hit.standard.number
        ? ` Lưu ý: tiêu chí này thuộc Tiêu chuẩn ${hit.standard.number} nhưng đang nằm dưới Tiêu chuẩn ` +
          `${m[1]}: hãy chuyển dòng xuống dưới “${standardText}”.`
        : !bieu2 && !m && headingBelow
          ? ` Lưu ý: dòng “${standardText}” ở phía dưới: hãy chuyển tiêu chí xuống dưới dòng đó.`
          : "";
    return {
      ok: true,
      message: `Đã ghi Tiêu chí ${code}${added ? ` và thêm dòng “${standardText}”` : ""}.${misplaced}`,
    };
  });
}
