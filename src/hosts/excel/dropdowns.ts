/**
 * Criterion and level dropdowns, and the check after a criterion is picked. Both act on the sheet the plan was
 * read from (by ID: renaming it or switching to another sheet in between does not matter).
 */
import type { Catalog, Plan } from "../../core/types";
import { columnLetter } from "../../core/rules/finding";
import { findCriterion } from "../../core/catalogs/index";
import { parseCriterionRef, parseStandardRef } from "../../core/parse/refs";
import { foldDiacritics } from "../../core/text/normalize";
import type { HostText } from "../port";
import { CATALOG_SHEET, type ExcelSession } from "./env";
import { writeValues } from "./text-cells";

/** What the dropdowns and the check after a pick say (`label`: the standard row's text). */
export const DROPDOWN_TEXT = {
  unsupported: {
    vi: "Excel này chưa hỗ trợ danh sách chọn (cần ExcelApi 1.8, Excel 2019/Microsoft 365).",
    en: "Dropdowns need ExcelApi 1.8.",
  },
  noTable: { vi: "Chưa thấy bảng kế hoạch: hãy chèn bảng trước.", en: "Insert the table first." },
  created: (criteria: number, levels: number): HostText => ({
    vi: `Đã tạo danh sách chọn ${criteria} tiêu chí và ${levels} mức.`,
    en: "Dropdowns created.",
  }),
  badAddress: (address: string): HostText => ({ vi: `Địa chỉ ô không hợp lệ: ${address}.`, en: "Bad address." }),
  notCriterion: { vi: "Ô này không phải một tiêu chí trong danh mục.", en: "Not a catalog criterion." },
  picked: (code: string): HostText => ({ vi: `Đã chọn tiêu chí ${code}.`, en: "Criterion picked." }),
  matches: (code: string, standard: number): HostText => ({
    vi: `Tiêu chí ${code} nằm đúng dưới Tiêu chuẩn ${standard}.`,
    en: "Standard row matches.",
  }),
  headingBelow: (code: string, standard: number, label: string): HostText => ({
    vi:
      `Tiêu chí ${code} thuộc Tiêu chuẩn ${standard}, dòng "${label}" ở phía dưới: ` +
      "hãy chuyển tiêu chí xuống dưới dòng đó.",
    en: "The standard row is further down.",
  }),
  underOther: (code: string, standard: number, other: number): HostText => ({
    vi: `Tiêu chí ${code} thuộc Tiêu chuẩn ${standard}, nhưng dòng tiêu chuẩn phía trên là Tiêu chuẩn ${other}.`,
    en: "The criterion sits under another standard.",
  }),
  missing: (code: string, label: string): HostText => ({
    vi: `Chưa có dòng "${label}" phía trên tiêu chí ${code}: hãy chèn một dòng trống phía trên để KHCT điền.`,
    en: "No standard row above.",
  }),
  filled: (label: string): HostText => ({ vi: `Đã điền dòng "${label}".`, en: "Standard row filled." }),
};

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
): Promise<{ ok: boolean; message: HostText }> {
  if (!session.api("1.8")) return { ok: false, message: DROPDOWN_TEXT.unsupported };
  const criteria = catalog.standards.flatMap((s) => s.criteria.map((c) => [`Tiêu chí ${c.code}: ${c.name}`]));
  const levels = Array.from({ length: catalog.maxLevel }, (_, i) => [`Đạt mức ${i + 1}`]);
  const critCol = plan.columns.criterion;
  const targetCol = plan.columns.target;
  if (critCol === undefined || plan.headerRow < 0) return { ok: false, message: DROPDOWN_TEXT.noTable };
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
    return { ok: true, message: DROPDOWN_TEXT.created(criteria.length, levels.length) };
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
): Promise<{ status: PickStatus; message: HostText }> {
  const m = /^(?:.*!)?\$?([A-Z]+)\$?(\d+)$/.exec(address.trim());
  if (!m) return { status: "not-criterion", message: DROPDOWN_TEXT.badAddress(address) };
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
    if (!ref || !found) return { status: "not-criterion", message: DROPDOWN_TEXT.notCriterion };
    // Biểu 2 (TT 57/2026) has no standard rows: nothing to fill or check.
    if (catalog.id.startsWith("tt57")) return { status: "ok", message: DROPDOWN_TEXT.picked(ref.code) };
    const label = `Tiêu chuẩn ${found.standard.number}: ${found.standard.name}`;
    const aboveEmpty = texts.length >= 2 && !texts[texts.length - 2].trim();
    let other: number | null = null;
    for (let i = texts.length - 2; i >= 0; i--) {
      const std = parseStandardRef(texts[i]);
      if (std) {
        if (std.number === found.standard.number)
          return { status: "ok", message: DROPDOWN_TEXT.matches(ref.code, std.number) };
        other = std.number;
        break;
      }
      // A section row: no standard row in this section yet.
      if (/^muc\s/.test(foldDiacritics(texts[i]).toLowerCase().trim())) break;
    }
    // Never a second heading: not inside another standard's rows, not when this standard's heading is further down.
    const headingBelow = below.some((t) => parseStandardRef(t)?.number === found.standard.number);
    if (!aboveEmpty || other !== null || headingBelow) {
      if (headingBelow && other === null)
        return {
          status: "mismatch",
          message: DROPDOWN_TEXT.headingBelow(ref.code, found.standard.number, label),
        };
      return other !== null
        ? {
            status: "mismatch",
            message: DROPDOWN_TEXT.underOther(ref.code, found.standard.number, other),
          }
        : {
            status: "missing",
            message: DROPDOWN_TEXT.missing(ref.code, label),
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
    return { status: "filled", message: DROPDOWN_TEXT.filled(label) };
  });
}
