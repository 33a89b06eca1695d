/**
 * Reading the plan table from the active sheet. Fixed syncs whatever the row count: (1) the used range's place and
 * text, (2) the merged areas in a sync of their own (ExcelApi 1.13), so more than 512 merged areas
 * (getMergedAreasOrNullObject fails then) never fail the read. Only an answer over Excel on the web's 5 MB limit
 * (a very large sheet) is read again in blocks, one sync per block (a sheet over 5 MB of text: rare, and the syncs
 * grow with the size only then).
 */
import type { SchoolContext } from "../../core/types";
import { readPlans } from "../../core/read/index";
import type { HostText, ReadResult } from "../port";
import { areaAddr, type ExcelSession } from "./env";

/** Upper bound of a block when the sheet is over the 5 MB limit. */
export const READ_BLOCK_CELLS = 100_000;

const isPayloadError = (e: unknown) =>
  /PayloadSizeLimitExceeded|RequestPayload|ResponsePayload/i.test(
    `${(e as { code?: string })?.code ?? ""} ${(e as Error)?.message ?? e}`,
  );

export async function readActiveSheet(
  session: ExcelSession,
  schoolContext?: Partial<SchoolContext>,
): Promise<ReadResult> {
  return session.env.run(async (context) => {
    const ws = context.workbook.worksheets.getActiveWorksheet();
    const usedRange = () =>
      session.api("1.4")
        ? ws.getUsedRangeOrNullObject(true)
        : session.api("1.2")
          ? ws.getUsedRange(true)
          : ws.getUsedRange();
    let used = usedRange();
    used.load("text, rowIndex, columnIndex, rowCount, columnCount");
    ws.load("name, id");
    let grid: string[][] | null = null;
    try {
      await context.sync(); // 1: where the table is and its text
    } catch (e) {
      if (!isPayloadError(e)) throw e;
      // Over Excel on the web's 5 MB: where it is first, then the text in blocks.
      used = usedRange();
      used.load("rowIndex, columnIndex, rowCount, columnCount");
      ws.load("name, id");
      await context.sync();
      if (!(used as Excel.Range).isNullObject)
        grid = await readBlocks(context, ws, used.rowIndex, used.columnIndex, used.rowCount, used.columnCount);
    }
    if ((used as Excel.Range).isNullObject) {
      session.origin = { row: 0, col: 0, sheet: ws.name, sheetId: ws.id };
      return { plans: readPlans([], schoolContext), problems: [] };
    }
    const { rowIndex: r0, columnIndex: c0, rowCount, columnCount } = used;
    session.origin = { row: r0, col: c0, sheet: ws.name, sheetId: ws.id };
    grid ??= used.text.map((r) => r.map((c) => String(c ?? "")));
    const plans = readPlans(grid, schoolContext);
    const problems = session.api("1.13")
      ? await mergedProblems(context, ws, areaAddr(r0, c0, rowCount, columnCount))
      : [];
    return { plans, problems };
  });
}

/**
 * Loads the text of the area in row blocks, each block in a sync of its own (the 5 MB limit applies to one sync's
 * response: "Resource limits and performance optimization for Office Add-ins", Excel on the web). A block refused
 * as too large is halved and tried again; the blocks already read are kept, so no retry is as large as the first.
 */
async function readBlocks(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  r0: number,
  c0: number,
  rows: number,
  cols: number,
): Promise<string[][]> {
  let blockRows = Math.max(1, Math.min(rows, Math.floor(READ_BLOCK_CELLS / Math.max(cols, 1))));
  const out: string[][] = [];
  for (let r = 0; r < rows;) {
    const n = Math.min(blockRows, rows - r);
    const range = ws.getRange(areaAddr(r0 + r, c0, n, cols));
    range.load("text");
    try {
      // Only after a 5 MB refusal (Excel on the web): one sync per block keeps each answer under the limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      if (!isPayloadError(e) || n === 1) throw e;
      blockRows = Math.ceil(n / 2);
      continue;
    }
    for (const row of range.text) out.push(row.map((c) => String(c ?? "")));
    r += n;
  }
  return out;
}

/** Merged cells hide text in all but the top-left cell: report them (getMergedAreasOrNullObject, ExcelApi 1.13). */
async function mergedProblems(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  address: string,
): Promise<HostText[]> {
  try {
    const merged = ws.getRange(address).getMergedAreasOrNullObject();
    merged.load("address");
    await context.sync(); // 2
    if (merged.isNullObject || !merged.address) return [];
    const list = merged.address
      .split(",")
      .map((a) => a.trim().replace(/^.*!/, ""))
      .filter(Boolean);
    const areas = `${list.slice(0, 10).join(", ")}${list.length > 10 ? ", …" : ""}`;
    return [
      {
        vi: `Bảng có ô gộp (${areas}): chỉ đọc được chữ ở ô đầu của mỗi vùng gộp. Nên bỏ gộp ô trước khi kiểm tra.`,
        en: `The table has merged cells (${areas}): only each merged area's first cell is read. Unmerge them first.`,
      },
    ];
  } catch {
    // More than 512 merged areas: Excel cannot list them; the table was still read.
    return [
      {
        vi:
          "Bảng có rất nhiều ô gộp (hơn 512 vùng): chỉ đọc được chữ ở ô đầu của mỗi vùng gộp. Nên bỏ gộp ô trước " +
          "khi kiểm tra.",
        en:
          "The table has very many merged cells (over 512 areas): only each area's first cell is read. " +
          "Unmerge them first.",
      },
    ];
  }
}
