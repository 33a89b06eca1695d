/**
 * Criterion and level dropdowns, and the check after a criterion is picked. Both act on the sheet the plan was
 * read from (by ID: renaming it or switching to another sheet in between does not matter).
 */
import type { Catalog, Plan } from "../../core/types";
import { columnLetter } from "../../core/rules/finding";
import { findCriterion } from "../../core/catalogs/index";
import { parseCriterionRef, parseStandardRef } from "../../core/parse/refs";
import { foldDiacritics } from "../../core/text/normalize";
import { CATALOG_SHEET, type ExcelSession } from "./env";
import { writeValues } from "./text-cells";

/**
 * A very hidden sheet holds the catalog; list validation on the criterion and target columns points at named
 * ranges (inline lists stop at 255 characters). An existing catalog sheet is made visible before it is deleted:
 * Worksheet.delete fails on a very hidden sheet. 2 syncs.
 */
export async function setupDropdowns(
  session: ExcelSession,
  catalog: Catalog,
  plan: Plan,
  extraRows = 200,
): Promise<{ ok: boolean; message: string }> {
  if (!session.api("1.8"))
    return {
      ok: false,
      message:
        "Excel này chưa hỗ trợ danh sách chọn (cần ExcelApi 1.8, Excel 2019/Microsoft 365). / Dropdowns need ExcelApi 1.8.",
    };
  const criteria = catalog.standards.flatMap((s) => s.criteria.map((c) => [`Tiêu chí ${c.code}: ${c.name}`]));
  const levels = Array.from({ length: catalog.maxLevel }, (_, i) => [`Đạt mức ${i + 1}`]);
  const critCol = plan.columns.criterion;
  const targetCol = plan.columns.target;
  if (critCol === undefined || plan.headerRow < 0)
    return { ok: false, message: "Chưa thấy bảng kế hoạch: hãy chèn bảng trước. / Insert the table first." };
  const o = session.origin;
  const first = o.row + plan.headerRow + 2;
  const last = first + Math.max(plan.rows.length, 1) + extraRows;
  const column = (c: number) => `${columnLetter(o.col + c)}${first + 1}:${columnLetter(o.col + c)}${last}`;
  // No data is written on the plan sheet (only validation rules), so no own-write window is opened there.
  return session.env.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const existing = sheets.getItemOrNullObject(CATALOG_SHEET);
    const nameA = context.workbook.names.getItemOrNullObject("DS_TieuChi");
    const nameB = context.workbook.names.getItemOrNullObject("DS_Muc");
    await context.sync(); // 1
    if (!nameA.isNullObject) nameA.delete();
    if (!nameB.isNullObject) nameB.delete();
    if (!existing.isNullObject) {
      existing.visibility = "Hidden"; // a very hidden sheet cannot be deleted
      existing.delete();
    }
    const hidden = sheets.add(CATALOG_SHEET);
    writeValues(hidden.getRange(`A1:A${criteria.length}`), criteria);
    writeValues(hidden.getRange(`B1:B${levels.length}`), levels);
    hidden.visibility = "VeryHidden";
    context.workbook.names.add("DS_TieuChi", hidden.getRange(`A1:A${criteria.length}`));
    context.workbook.names.add("DS_Muc", hidden.getRange(`B1:B${levels.length}`));
    const ws = session.sheetRead(context);
    const lists: [number, string][] = [[critCol, "=DS_TieuChi"]];
    if (targetCol !== undefined) lists.push([targetCol, "=DS_Muc"]);
    for (const [c, source] of lists) {
      const range = ws.getRange(column(c));
      range.dataValidation.clear();
      range.dataValidation.rule = { list: { inCellDropDown: true, source } };
      range.dataValidation.errorAlert = { showAlert: false, message: "", title: "", style: "Information" };
    }
    await context.sync(); // 2
    return {
      ok: true,
      message: `Đã tạo danh sách chọn ${criteria.length} tiêu chí và ${levels.length} mức. / Dropdowns created.`,
    };
  });
}

export type PickStatus = "ok" | "filled" | "mismatch" | "missing" | "not-criterion";

/**
 * After the user picked a criterion in the cell at `address` (sheet address, e.g. "B7"): checks that the nearest
 * standard row above in the same column is that criterion's standard; fills it in when the row just above is
 * empty. Two syncs at most; never writes over text. `sheetId`: the sheet the change happened on (event's
 * worksheetId), else the sheet last read.
 */
export async function onCriterionPicked(
  session: ExcelSession,
  address: string,
  catalog: Catalog,
  sheetId?: string,
): Promise<{ status: PickStatus; message: string }> {
  const m = /^(?:.*!)?\$?([A-Z]+)\$?(\d+)$/.exec(address.trim());
  if (!m) return { status: "not-criterion", message: `Địa chỉ ô không hợp lệ: ${address}. / Bad address.` };
  const col = m[1];
  const row = Number(m[2]);
  return session.env.run(async (context) => {
    const ws = session.sheetRead(context, sheetId);
    const top = Math.max(1, row - 400);
    const column = ws.getRange(`${col}${top}:${col}${row + 400}`);
    column.load("text");
    await context.sync(); // 1
    const all = column.text.map((r) => String(r[0] ?? ""));
    const texts = all.slice(0, row - top + 1);
    const below = all.slice(row - top + 1);
    const ref = parseCriterionRef(texts[texts.length - 1]);
    const found = ref ? findCriterion(catalog, ref.code) : null;
    if (!ref || !found)
      return {
        status: "not-criterion",
        message: "Ô này không phải một tiêu chí trong danh mục. / Not a catalog criterion.",
      };
    // Biểu 2 (TT 57/2026) has no standard rows: nothing to fill or check.
    if (catalog.id.startsWith("tt57"))
      return { status: "ok", message: `Đã chọn tiêu chí ${ref.code}. / Criterion picked.` };
    const label = `Tiêu chuẩn ${found.standard.number}: ${found.standard.name}`;
    const aboveEmpty = texts.length >= 2 && !texts[texts.length - 2].trim();
    let other: number | null = null;
    for (let i = texts.length - 2; i >= 0; i--) {
      const std = parseStandardRef(texts[i]);
      if (std) {
        if (std.number === found.standard.number)
          return {
            status: "ok",
            message: `Tiêu chí ${ref.code} nằm đúng dưới Tiêu chuẩn ${std.number}. / Standard row matches.`,
          };
        other = std.number;
        break;
      }
      if (/^muc\s/.test(foldDiacritics(texts[i]).toLowerCase().trim())) break; // section row: no standard row in this section yet
    }
    // Never a second heading: not inside another standard's rows, not when this standard's heading is further down.
    const headingBelow = below.some((t) => parseStandardRef(t)?.number === found.standard.number);
    if (!aboveEmpty || other !== null || headingBelow) {
      if (headingBelow && other === null)
        return {
          status: "mismatch",
          message: `Tiêu chí ${ref.code} thuộc Tiêu chuẩn ${found.standard.number}, dòng "${label}" ở phía dưới: hãy chuyển tiêu chí xuống dưới dòng đó. / The standard row is further down.`,
        };
      return other !== null
        ? {
            status: "mismatch",
            message: `Tiêu chí ${ref.code} thuộc Tiêu chuẩn ${found.standard.number}, nhưng dòng tiêu chuẩn phía trên là Tiêu chuẩn ${other}. / The criterion sits under another standard.`,
          }
        : {
            status: "missing",
            message: `Chưa có dòng "${label}" phía trên tiêu chí ${ref.code}: hãy chèn một dòng trống phía trên để KHCT điền. / No standard row above.`,
          };
    }
    const token = session.writes.begin([`${col}${row - 1}`]);
    try {
      const cell = ws.getRange(`${col}${row - 1}`);
      writeValues(cell, [[label]]);
      cell.format.font.bold = true;
      await context.sync(); // 2
    } finally {
      session.writes.end(token);
    }
    return { status: "filled", message: `Đã điền dòng "${label}". / Standard row filled.` };
  });
}
