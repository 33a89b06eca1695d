/**
 * Marking findings without touching the user's formatting: flags go to a very hidden sheet and ONE conditional
 * format per severity over the plan area reads them; messages become notes (ExcelApi 1.18) or threaded comments
 * (1.10) starting "[KHCT]". Clearing removes exactly those objects. 3 syncs each, whatever the row count.
 */
import type { Finding, Plan } from "../../core/types";
import { viOnly, type HostText } from "../port";
import { addr, areaAddr, FILL, FLAG_SHEET, MARK_PREFIX, quoteSheet, type ExcelSession } from "./env";

export interface MarkReport {
  marked: number;
  attached: "notes" | "comments" | "none";
  message: HostText | null;
}

/** What marking says when it could not do everything (Vietnamese-only ones are the same text in both languages). */
export const MARK_TEXT = {
  unsupported: {
    vi:
      "Excel này chưa hỗ trợ tô màu có điều kiện (cần ExcelApi 1.6): các lỗi chỉ hiện trong khung bên phải, " +
      "bảng không bị sửa.",
    en: "This Excel cannot mark cells (needs ExcelApi 1.6): findings are listed in the pane only.",
  },
  noTable: { vi: "Chưa thấy bảng kế hoạch để đánh dấu.", en: "No plan table to mark." },
  noNotes: {
    vi:
      "Đã tô các ô có lỗi; Excel này chưa hỗ trợ ghi chú/bình luận (cần ExcelApi 1.10) nên lời giải thích " +
      "chỉ ở khung bên phải.",
    en: "Cells marked; messages are in the pane only.",
  },
  userNotes: (skipped: number): HostText =>
    viOnly(
      `Đã tô các ô có lỗi; ${skipped} ô đã có ghi chú hoặc bình luận của thầy cô nên lời giải thích ` +
        "của các ô đó chỉ ở khung bên phải.",
    ),
};

/** "'Kế hoạch'!$B$5" and "Kế hoạch!B5" → "kế hoạch!B5" (a cell carries either a note or a threaded comment). */
const cellKey = (sheet: string, address: string) => {
  const bang = address.lastIndexOf("!");
  const name = bang >= 0 ? address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'") : sheet;
  return `${name.toLowerCase()}!${address
    .slice(bang + 1)
    .replace(/\$/g, "")
    .split(":")[0]
    .toUpperCase()}`;
};

export async function markFindingsReport(session: ExcelSession, findings: Finding[], plan?: Plan): Promise<MarkReport> {
  if (!session.api("1.6")) {
    return { marked: 0, attached: "none", message: MARK_TEXT.unsupported };
  }
  if (!plan || plan.headerRow < 0) return { marked: 0, attached: "none", message: MARK_TEXT.noTable };
  const attached = session.api("1.18") ? "notes" : session.api("1.10") ? "comments" : "none";
  const marked = new Set(findings.filter((f) => f.cell).map((f) => `${f.cell!.row}:${f.cell!.col}`)).size;
  const skipped = await paintMarks(session, findings, plan, attached);
  let message: HostText | null = null;
  if (attached === "none") message = MARK_TEXT.noNotes;
  else if (skipped) message = MARK_TEXT.userNotes(skipped);
  return { marked, attached, message };
}

/** Paints the flags and attaches messages; returns how many cells got no message (they carry the user's own). */
async function paintMarks(
  session: ExcelSession,
  findings: Finding[],
  plan: Plan,
  attached: MarkReport["attached"],
): Promise<number> {
  const cells = findings.filter((f) => f.cell);
  let maxRow = 0;
  let maxCol = 0;
  for (const f of cells) {
    maxRow = Math.max(maxRow, f.cell!.row);
    maxCol = Math.max(maxCol, f.cell!.col);
  }
  const lastRow = Math.max(maxRow, ...plan.rows.flatMap((r) => r.gridRows));
  const lastCol = Math.max(maxCol, ...Object.values(plan.columns).map((c) => c ?? 0));
  const flags: number[][] = Array.from({ length: lastRow + 1 }, () => new Array(lastCol + 1).fill(0));
  for (const f of cells)
    flags[f.cell!.row][f.cell!.col] = Math.max(flags[f.cell!.row][f.cell!.col], f.severity === "error" ? 2 : 1);
  const o = session.origin;
  return session.env.run(async (context) => {
    const taken = await queueClear(session, context); // 2 syncs; the old marks go in the same batch as the new ones
    const ws = session.sheetRead(context);
    session.markedSheet = o.sheetId || o.sheet;
    const flagSheet = context.workbook.worksheets.add(FLAG_SHEET);
    flagSheet.getRange(areaAddr(o.row, o.col, lastRow + 1, lastCol + 1)).values = flags;
    if (session.api("1.7")) flagSheet.visibility = "VeryHidden";
    const area = ws.getRange(areaAddr(o.row, o.col, lastRow + 1, lastCol + 1));
    const top = addr(o.row, o.col);
    for (const [level, color] of [
      [2, FILL.error],
      [1, FILL.warning],
    ] as const) {
      const cf = area.conditionalFormats.add("Custom");
      cf.custom.rule.formula = `=${FLAG_SHEET}!${top}=${level}`;
      cf.custom.format.fill.color = color;
    }
    const note = (f: Finding) => `${MARK_PREFIX} ${f.message}${f.suggestion ? ` — ${f.suggestion}` : ""}`;
    const byCell = new Map<string, Finding[]>();
    for (const f of cells) {
      const a = addr(o.row + f.cell!.row, o.col + f.cell!.col);
      byCell.set(a, [...(byCell.get(a) ?? []), f]);
    }
    let skipped = 0;
    const collection =
      attached === "notes" ? context.workbook.notes : attached === "comments" ? context.workbook.comments : null;
    const withMessage: string[] = [];
    if (collection) {
      for (const [a, fs] of byCell) {
        if (taken.has(cellKey(o.sheet, a))) skipped++;
        else {
          collection.add(`${quoteSheet(o.sheet)}!${a}`, fs.map(note).join("\n"));
          withMessage.push(a);
        }
      }
    }
    // What was marked, kept in the flag sheet: an older Excel that cannot remove notes/comments says which remain.
    flagSheet.getRange(MARK_INFO).values = markInfo(o.sheet, attached, withMessage);
    try {
      await context.sync(); // 3
    } catch (e) {
      // Messages are queued last: a cell whose note Excel could not show us (a note on a host without the notes
      // API) refuses the comment; the painting before it is applied, the rest of the messages stay in the pane.
      if (!collection) throw e;
      skipped = Math.max(skipped, 1);
    }
    return skipped;
  });
}

/** Cells of the flag sheet that record what a mark run attached (far right, never inside a flags area). */
const MARK_INFO = "XFD1:XFD4";
const markInfo = (sheet: string, attached: MarkReport["attached"], cells: string[]) => {
  let list = cells.join(",");
  if (list.length > 30_000) list = `${list.slice(0, list.lastIndexOf(",", 30_000))},…`; // a cell holds 32,767 chars
  return [[MARK_PREFIX], [sheet], [attached], [list]];
};

export interface ClearReport {
  /** Everything KHCT had added is gone. */
  complete: boolean;
  /** Vietnamese only: exactly what this Excel could not remove and how to remove it; null when everything is gone. */
  message: HostText | null;
}

const NEWER =
  "Hãy mở sổ này bằng Excel có bộ API mới hơn (Microsoft 365 hoặc Excel trên web) rồi bấm “Xóa đánh dấu”, " +
  "hoặc xóa bằng tay.";
const cellList = (cells: string[]) => `${cells.slice(0, 12).join(", ")}${cells.length > 12 ? ", …" : ""}`;

/** Removes KHCT's flag sheet, its conditional formats and its notes/comments; nothing of the user's. 3 syncs. */
export async function clearMarks(session: ExcelSession): Promise<void> {
  await clearMarksReport(session);
}

/**
 * As clearMarks, saying what was removed and what this Excel cannot remove: notes made where ExcelApi 1.18 exists
 * need 1.18 to be removed, threaded comments 1.10, the colouring 1.6 (conditional formats). 3 syncs (2 below 1.6).
 */
export async function clearMarksReport(session: ExcelSession): Promise<ClearReport> {
  if (!session.api("1.6")) return describeMarksLeft(session);
  const left = await session.env.run(async (context) => {
    const out = { leftover: [] as string[], found: false };
    await queueClear(session, context, out); // 2 syncs
    await context.sync(); // 3
    return out;
  });
  if (left.leftover.length)
    return { complete: false, message: viOnly(`Đã bỏ màu tô của KHCT, nhưng ${left.leftover.join("; ")}. ${NEWER}`) };
  return { complete: true, message: null };
}

/** Below ExcelApi 1.6 nothing of a mark can be removed: say exactly what a newer Excel left (2 syncs, all 1.1). */
async function describeMarksLeft(session: ExcelSession): Promise<ClearReport> {
  return session.env.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync(); // 1
    if (!sheets.items.some((s) => s.name === FLAG_SHEET)) return { complete: true, message: null };
    const info = sheets.getItem(FLAG_SHEET).getRange(MARK_INFO).load("values");
    await context.sync(); // 2
    const [, sheet, attached, list] = info.values.map((r) => String(r[0] ?? ""));
    const cells = list ? list.split(",") : [];
    const what = [`màu tô các ô có lỗi trên trang “${sheet || "?"}” và trang ẩn ${FLAG_SHEET}`];
    if (cells.length)
      what.push(
        `${cells.length} ${attached === "notes" ? "ghi chú" : "bình luận"} “${MARK_PREFIX}” ở ${cellList(cells)}`,
      );
    return {
      complete: false,
      message: viOnly(
        "Excel này (ExcelApi dưới 1.6) không xóa được đánh dấu do Excel mới hơn tạo; chưa xóa gì. " +
          `Còn lại: ${what.join("; ")}. ${NEWER}`,
      ),
    };
  });
}

/**
 * Loads what KHCT added (2 syncs) and queues its deletion; the caller's next sync applies it. Only KHCT's own
 * objects are touched: the flag sheet (made Hidden first: Worksheet.delete fails on a very hidden sheet), custom
 * conditional formats whose formula reads it, "[KHCT]" notes/comments. Returns the cells holding the user's own
 * notes or comments (a cell carries one or the other, never both).
 */
async function queueClear(
  session: ExcelSession,
  context: Excel.RequestContext,
  out?: { leftover: string[]; found: boolean },
): Promise<Set<string>> {
  const sheet = session.markedSheet ?? (session.origin.sheetId || session.origin.sheet);
  const flagSheet = context.workbook.worksheets.getItemOrNullObject(FLAG_SHEET);
  // Only the sheet last marked can carry KHCT's conditional formats.
  const cfs = sheet ? context.workbook.worksheets.getItem(sheet).getRange().conditionalFormats : null;
  cfs?.load("items/type");
  const notes = session.api("1.18") ? context.workbook.notes : null;
  const comments = session.api("1.10") ? context.workbook.comments : null;
  notes?.load("items/content");
  comments?.load("items/content");
  await context.sync();
  const customItems = (cfs?.items ?? []).filter((cf) => cf.type === "Custom");
  // One load per custom format and per user note/comment location, all sent in the next round trip.
  const customs = customItems.map((cf) => cf.customOrNullObject.load("rule/formula"));
  const userItems = [...(notes?.items ?? []), ...(comments?.items ?? [])].filter(
    (n) => !n.content.startsWith(MARK_PREFIX),
  );
  const locations = userItems.map((n) => n.getLocation().load("address"));
  // What the mark run recorded, only where this Excel lacks the notes or comments API (read in the same sync).
  const needInfo = !flagSheet.isNullObject && (!session.api("1.18") || !session.api("1.10"));
  const info = needInfo ? flagSheet.getRange(MARK_INFO).load("values") : null;
  await context.sync();
  customs.forEach((c, i) => {
    if (!c.isNullObject && c.rule.formula.includes(`${FLAG_SHEET}!`)) customItems[i].delete();
  });
  for (const n of notes?.items ?? []) if (n.content.startsWith(MARK_PREFIX)) n.delete();
  for (const c of comments?.items ?? []) if (c.content.startsWith(MARK_PREFIX)) c.delete();
  if (info && out) {
    const [, sheet, attached, list] = info.values.map((r) => String(r[0] ?? ""));
    const cells = list ? list.split(",") : [];
    const needs = attached === "notes" ? "1.18" : attached === "comments" ? "1.10" : null;
    if (cells.length && needs && !session.api(needs)) {
      const kind = attached === "notes" ? "ghi chú" : "bình luận";
      out.leftover.push(
        `Excel này chưa xóa được ${cells.length} ${kind} “${MARK_PREFIX}” ở ${cellList(cells)} ` +
          `trên trang “${sheet}” (cần ExcelApi ${needs})`,
      );
    }
  }
  if (!flagSheet.isNullObject) {
    if (out) out.found = true;
    flagSheet.visibility = "Hidden";
    flagSheet.delete();
  }
  session.markedSheet = null;
  return new Set(locations.map((l) => cellKey(session.origin.sheet, l.address)));
}
