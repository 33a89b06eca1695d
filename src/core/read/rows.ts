/** Plan rows from a table region: cells by role, continuation rows merged, each row's parsed values. */
import type { CellPos, ColumnRole, PlanRow } from "../types";
import { parseBudget } from "../parse/budget";
import { budgetUnitOf } from "../parse/budget-unit";
import { parsePeriod } from "../parse/period";
import { parseTarget } from "../parse/target";
import { levelBesideCode, parseCriterionRef, parseStandardRef, type CriterionRef } from "../parse/refs";
import { foldDiacritics } from "../text/normalize";
import { cellText, headerAt, isBlank, isColumnRole, stripTags, type Role } from "./headers";
import { findFlattened, sectionOf, type Region } from "./regions";

function emptyRow(kind: PlanRow["kind"], r: number): PlanRow {
  return {
    kind,
    gridRows: [r],
    cells: {},
    section: null,
    standard: null,
    criterion: null,
    target: null,
    period: null,
    budget: null,
  };
}

function addCell(row: PlanRow, role: ColumnRole, text: string, pos: CellPos): void {
  const have = row.cells[role];
  if (have) have.text = have.text ? `${have.text}\n${text}` : text;
  else row.cells[role] = { text, pos };
}

function looksLikeContinuation(cells: { role: ColumnRole; text: string }[], prev: PlanRow | null): boolean {
  if (!prev || (prev.kind !== "criterion" && prev.kind !== "task")) return false;
  const texts = cells.map((c) => stripTags(c.text).trim()).filter(Boolean);
  if (!texts.length) return false;
  const fragment = (t: string) =>
    /^[a-zàáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ(,;]/.test(t) ||
    (/^(tháng|\d{1,2}\s*\/\s*\d{4}|\d{4}|-\s*tháng|năm)\b/i.test(t) && t.length < 30);
  if (texts.every(fragment)) return true;
  if (holdsOwnValues(cells, prev)) return false;
  // A criterion cell that holds only its code ("Tiêu chí 4.2:") continues with the name on the next rows.
  const prevRef = criterionRefOf(prev);
  if (prev.kind === "criterion" && cells.some((c) => c.role === "criterion") && !prevRef?.rest && !prevRef?.also)
    return true;
  // Previous row's text in the same column stops mid-sentence (or on "Tiêu chí 4.2:", "11/2025 -").
  let open = 0;
  for (const c of cells) {
    const p = prev.cells[c.role]?.text.replace(/<\/?p>/g, "").trim() ?? "";
    if (p && !/[.;!?)]$/.test(p)) open++;
  }
  return open > 0 && open >= cells.filter((c) => stripTags(c.text).trim()).length;
}

/**
 * A row under cells merged over several rows (TT and criterion written once for three activities) holds a period and
 * a budget of its own, each a whole value as the row above's are ("Tuần 1 - tuần 4 tháng 9/2024" | "2,5", then "Từ
 * tháng 10/2024 đến tháng 11/2024" | "5"): a row of its own, though those short cells end in no full stop.
 */
function holdsOwnValues(cells: { role: ColumnRole; text: string }[], prev: PlanRow): boolean {
  const text = (role: ColumnRole) => stripTags(cells.find((c) => c.role === role)?.text ?? "").trim();
  const [period, budget] = [text("period"), text("budget")];
  const [prevPeriod, prevBudget] = [prev.cells.period?.text ?? "", prev.cells.budget?.text ?? ""];
  const whole = (p: string) => !!p.trim() && !["unparsed", "empty"].includes(parsePeriod(p, null).kind);
  const money = (b: string) => ["amount", "none"].includes(parseBudget(b).kind);
  return whole(period) && whole(prevPeriod) && money(budget) && money(prevBudget);
}

/**
 * The table's total row: "Tổng cộng" (or "Tổng", "Cộng", "Tổng kinh phí", "Tổng số") alone in its first filled cell,
 * the TT or the criterion cell (merged over both), and no period. It sums the rows above; it is no plan row, and its
 * amount must not be counted again nor join the last row's budget.
 */
export function isTotalRow(raw: unknown[], criterionCol: number | undefined, periodText: string): boolean {
  const first = raw.findIndex((c) => !isBlank(String(c ?? "")));
  if (first < 0 || first > (criterionCol ?? 0) || !isBlank(periodText)) return false;
  const label = foldDiacritics(stripTags(String(raw[first])).replace(/[:.*]+/g, " "));
  return /^(tong( cong| so| kinh phi)?|cong)$/.test(label.trim());
}

/**
 * The total written in words under the table or in its last row ("(Bằng chữ: Ba mươi tám triệu … đồng)"): its first
 * filled cell starts with it (a PDF's line may be cut into the columns' cells).
 */
export function isAmountInWords(raw: unknown[]): boolean {
  const first = String(raw.find((c) => !isBlank(String(c ?? ""))) ?? "");
  return /^[([]?\s*(viet |so tien )?bang chu\s*:/.test(foldDiacritics(stripTags(first)));
}

/** The criterion reference of each criterion row, parsed once on its merged text (rules reuse it). */
type StandardRef = ReturnType<typeof parseStandardRef>;

const ROW_REFS = new WeakMap<PlanRow, CriterionRef | null>();

export function criterionRefOf(row: PlanRow): CriterionRef | null {
  if (ROW_REFS.has(row)) return ROW_REFS.get(row) ?? null;
  const ref = row.cells.criterion ? parseCriterionRef(row.cells.criterion.text, row.standard) : null;
  ROW_REFS.set(row, ref);
  return ref;
}

function finishRow(row: PlanRow, schoolYear: string | null, budgetUnit = 1): void {
  if (row.kind === "criterion" && row.cells.criterion)
    ROW_REFS.set(row, parseCriterionRef(row.cells.criterion.text, row.standard));
  const t = row.cells.target?.text;
  const p = row.cells.period?.text;
  const b = row.cells.budget?.text;
  if (row.kind === "criterion" || row.kind === "task") {
    row.target = t !== undefined ? parseTarget(t) : null;
    // A level written beside the criterion code is the level the row aims at when its target cell names none.
    const beside =
      row.kind === "criterion" && !row.target?.level ? levelBesideCode(row.cells.criterion?.text ?? "") : null;
    if (beside) row.target = { level: beside, current: row.target?.current ?? null, from: "criterion" };
    row.period = p !== undefined ? parsePeriod(p, schoolYear) : null;
    row.budget = b !== undefined ? parseBudget(b, budgetUnit) : null;
  }
}

/** The column-number row "(1) (2) … (n)"; right below the header, most cells numbered and the rest short marks. */
function isNumberRow(raw: unknown[], belowHeader: boolean): boolean {
  const filled = raw.map((c) => String(c ?? "").trim()).filter(Boolean);
  if (filled.length < 3) return false;
  const numbered = filled.filter((c) => /^\(?\d{1,2}\)?$/.test(c)).length;
  if (numbered === filled.length) return true;
  return belowHeader && numbered * 2 >= filled.length && filled.every((c) => c.length <= 5 && /[\d)]/.test(c));
}

/** The budget column's header unit for its bare numbers (budgetUnitOf), 1 when it names none or has no column. */
export function regionBudgetUnit(grid: string[][], region: Region): number {
  const c = region.header.columns.budget;
  return c === undefined ? 1 : (budgetUnitOf(cellText(grid, region.header.row, c)) ?? 1);
}

/**
 * A table pasted a cell per line (from a Word table) leaves out a cell merged down from the row above: under a first
 * column "Tiêu chuẩn" (or TT) merged over its criteria, the next criteria's rows come one cell short, their criterion
 * in the column before its own. Those rows get the missing first cell back (empty), so every cell is in its column.
 */
function restoreMergedFirstCell(grid: string[][], region: Region): string[][] {
  const cols = region.header.columns;
  const c = cols.criterion;
  const width = (grid[region.header.row] || []).length;
  // The first column: the standard's, TT, or one whose label names no role.
  const first = Object.entries(cols).find(([, at]) => at === 0)?.[0];
  if (c === undefined || c < 1 || (first !== undefined && first !== "standardOnly" && first !== "tt")) return grid;
  let out: string[][] | null = null;
  for (let r = region.header.row + 1; r < region.end; r++) {
    const raw = grid[r] || [];
    // One cell short: nothing in the last column (or no last column), the criterion in the column before its own.
    if (raw.length < width - 1 || raw.slice(width - 1).some((x) => !isBlank(String(x ?? "")))) continue;
    if (parseCriterionRef(String(raw[c] ?? "")) !== null || !/^\s*(tiêu chí|tc)?\s*\d/i.test(String(raw[c - 1])))
      continue;
    if (parseCriterionRef(String(raw[c - 1] ?? "")) === null) continue;
    out ??= grid.slice();
    out[r] = ["", ...raw.slice(0, width - 1)];
  }
  return out ?? grid;
}

/**
 * A row's number and its criterion code run together in the TT cell ("6 TC 3.4 -"), the criterion cell beside it
 * holding no code: the border between the two was lost (a page image's line cut away under a word crossing it). The
 * code and what follows it go back to the front of the criterion cell. Only a code written with its word ("Tiêu chí",
 * "TC"): "6 3.4" could be anything.
 */
function splitNumberFromCode(grid: string[][], region: Region): string[][] {
  const { tt, criterion: c } = region.header.columns;
  if (tt === undefined || c === undefined || c !== tt + 1) return grid;
  let out: string[][] | null = null;
  for (let r = region.header.row + 1; r < region.end; r++) {
    const raw = grid[r] || [];
    const m = /^\s*(\d{1,3})\.?\s+((?:tiêu\s*chí|tc)\s*\d{1,2}\s*[.,]\s*\d{1,2}[\s\S]*)$/i.exec(String(raw[tt] ?? ""));
    if (!m || parseCriterionRef(String(raw[c] ?? "")) !== null || parseCriterionRef(m[2]) === null) continue;
    out ??= grid.slice();
    const rest = String(raw[c] ?? "").trim();
    const row = raw.slice();
    row[tt] = m[1];
    row[c] = rest ? `${m[2].trim()}\n${rest}` : m[2].trim();
    out[r] = row;
  }
  return out ?? grid;
}

export function buildRows(sheet: string[][], region: Region, schoolYear: string | null): PlanRow[] {
  const grid = splitNumberFromCode(restoreMergedFirstCell(sheet, region), region);
  const rows: PlanRow[] = [];
  const cols = region.header.columns;
  const roleCols = (Object.entries(cols) as [Role, number][]).filter((e): e is [ColumnRole, number] =>
    isColumnRole(e[0]),
  );
  // The level now ("Kết quả tự đánh giá": "Mức 2") of each row, from its column when the table has one.
  const nowText = new Map<PlanRow, string>();
  const now = (row: PlanRow, r: number) => {
    if (cols.currentOnly === undefined) return;
    const t = cellText(grid, r, cols.currentOnly).trim();
    if (t) nowText.set(row, [nowText.get(row), t].filter(Boolean).join(" "));
  };
  let section: string | null = null;
  let standard: number | null = null;
  let criterion: string | null = null;
  let prev: PlanRow | null = null;
  for (let r = region.header.row + 1; r < region.end; r++) {
    const raw = grid[r] || [];
    if (raw.every((c) => isBlank(String(c ?? "")))) continue;
    if (headerAt(grid, r)) continue; // repeated header
    const cells = roleCols
      .map(([role, c]) => ({ role, text: cellText(grid, r, c), c }))
      .filter((x) => !isBlank(x.text));
    // The "(1) (2) (3)" number row (right below the header an OCR layer may misread a few: "q)", "(4®)").
    if (isNumberRow(raw, r === region.header.row + 1)) continue;
    const stdText = cols.standardOnly !== undefined ? cellText(grid, r, cols.standardOnly) : "";
    const critText = cellText(grid, r, cols.criterion);
    const firstText = String(raw.find((c) => !isBlank(String(c ?? ""))) ?? "");
    const nonTt = raw.filter((c, i) => i !== cols.tt && !isBlank(String(c ?? "")));
    const allFilled = raw.filter((c) => !isBlank(String(c ?? "")));
    const sec =
      nonTt.length === 1
        ? sectionOf(String(nonTt[0]))
        : allFilled.length === 1
          ? sectionOf(String(allFilled[0]))
          : null;
    if (sec) {
      section = sec;
      const row = emptyRow("section", r);
      row.section = sec;
      const c = raw.findIndex((x) => sectionOf(String(x ?? "")) !== null);
      row.cells.criterion = { text: String(raw[c]), pos: { row: r, col: c } };
      if (cols.tt !== undefined && !isBlank(cellText(grid, r, cols.tt)))
        row.cells.tt = { text: cellText(grid, r, cols.tt), pos: { row: r, col: cols.tt } };
      rows.push(row);
      prev = row;
      continue;
    }
    // Under a "Tiêu chuẩn N" row (or beside its cell in a column of its own), "Tiêu chí 3: …" alone is numbered
    // within it (N.3).
    const under: number | null = (stdText && parseStandardRef(stdText)?.number) || standard;
    const ref: CriterionRef | null =
      parseCriterionRef(critText, under) ?? (cols.tt !== undefined ? null : parseCriterionRef(firstText, under));
    // A column of its own headed "Tiêu chuẩn" holds the standard as a value: its cell merged down over its criteria
    // may show its text on a line above theirs (a PDF whose other cells are centred), alone on a row of the grid.
    // That is the standard of the rows below, not a heading row.
    if (
      !ref &&
      cols.standardOnly !== undefined &&
      cols.standardOnly !== cols.criterion &&
      allFilled.length === 1 &&
      !isBlank(stdText)
    ) {
      const own = parseStandardRef(stdText);
      if (own) {
        standard = own.number;
        criterion = null;
        continue;
      }
    }
    // A standard row may be typed in the first (TT) cell of a merged row: "Tiêu chuẩn 1: …" alone on the row.
    const stdRef: StandardRef = !ref
      ? (parseStandardRef(critText) ??
        (nonTt.length === 1
          ? parseStandardRef(String(nonTt[0]))
          : allFilled.length === 1
            ? parseStandardRef(String(allFilled[0]))
            : null))
      : null;
    // A "Tiêu chuẩn N: …" heading merged across the row but cut into cells by a border found running through it (a
    // page image's ruling detector bridged the row between the column borders above and below it): its first cell,
    // left of the criterion column (the TT cell, found or not), starts with the heading, which no plan row's does,
    // and the other pieces go on with it in lower case (a cell of its own starts with a capital: a standard's row
    // with its own tasks is read as before). One standard row, its text the pieces in order.
    const firstCol = raw.findIndex((c) => !isBlank(String(c ?? "")));
    const goesOn = (c: unknown) => {
      const ch = String(c ?? "")
        .trim()
        .normalize("NFC")
        .charAt(0);
      return ch !== ch.toUpperCase();
    };
    const cut: StandardRef =
      !ref && !stdRef && allFilled.length > 1 && firstCol < (cols.criterion ?? 0) && allFilled.slice(1).every(goesOn)
        ? parseStandardRef(firstText)
        : null;
    // The document's next section right under the table ("III. TỔ CHỨC THỰC HIỆN"), which a page image's column
    // border running on a few pixels cut into the TT cell and the next: a Roman-numbered heading in capitals, left
    // of the criterion column, no standard and nothing in the period or budget column, is no plan row.
    const heading =
      !ref &&
      !stdRef &&
      firstCol >= 0 &&
      firstCol < (cols.criterion ?? 0) &&
      /^[IVXLH1l|]{1,4}\.\s*\S/.test(firstText.trim()) &&
      allFilled.every((c) => /[A-ZÀ-ỸĐ]/.test(String(c)) && String(c) === String(c).toUpperCase()) &&
      isBlank(cellText(grid, r, cols.period)) &&
      isBlank(cellText(grid, r, cols.budget));
    if (heading && !cut) continue;
    const total = !ref && !stdRef && !cut && isTotalRow(raw, cols.criterion, cellText(grid, r, cols.period));
    if (total || (!ref && isAmountInWords(raw))) {
      prev = null;
      continue;
    }
    if (stdRef || cut) {
      standard = (stdRef ?? cut)!.number;
      criterion = null;
      const row = emptyRow("standard", r);
      row.section = section;
      row.standard = standard;
      if (cut) {
        const text = allFilled.map((c) => String(c).trim()).join(" ");
        row.cells.criterion = { text, pos: { row: r, col: firstCol } };
      } else for (const c of cells) addCell(row, c.role, c.text, { row: r, col: c.c });
      if (!row.cells.criterion) {
        const c = raw.findIndex((x) => parseStandardRef(String(x ?? "")) !== null);
        if (c >= 0) row.cells.criterion = { text: String(raw[c]), pos: { row: r, col: c } };
      }
      rows.push(row);
      prev = row;
      continue;
    }
    if (ref) {
      criterion = ref.code;
      const row = emptyRow("criterion", r);
      row.section = section;
      row.criterion = ref.code;
      row.standard = ref.standard;
      if (stdText && /^\d+$/.test(stdText.trim()) && Number(stdText) !== ref.standard) row.standard = ref.standard;
      for (const c of cells) addCell(row, c.role, c.text, { row: r, col: c.c });
      now(row, r);
      rows.push(row);
      prev = row;
      continue;
    }
    const ttText = cellText(grid, r, cols.tt).trim();
    if (!ttText && looksLikeContinuation(cells, prev)) {
      for (const c of cells) addCell(prev!, c.role, c.text, { row: r, col: c.c });
      now(prev!, r);
      prev!.gridRows.push(r);
      continue;
    }
    if (!cells.length) continue;
    const row = emptyRow("task", r);
    row.section = section;
    row.criterion = criterion;
    row.standard = criterion ? Number(criterion.split(".")[0]) : standard;
    for (const c of cells) addCell(row, c.role, c.text, { row: r, col: c.c });
    now(row, r);
    rows.push(row);
    prev = row;
  }
  const unit = regionBudgetUnit(grid, region);
  for (const row of rows) {
    finishRow(row, schoolYear, unit);
    const current = nowText.has(row) ? parseTarget(nowText.get(row)!).level : null;
    if (row.target && row.target.current === null && current !== null) row.target = { ...row.target, current };
  }
  return rows;
}

export function buildFlattened(
  grid: string[][],
  flat: NonNullable<ReturnType<typeof findFlattened>>,
  schoolYear: string | null,
): PlanRow[] {
  const rows: PlanRow[] = [];
  let current: PlanRow | null = null;
  let lines: { text: string; r: number }[] = [];
  const hasOwner = flat.columns.includes("owner");
  const close = () => {
    if (!current) return;
    if (lines.length) {
      let ownerLine: { text: string; r: number } | null = null;
      if (hasOwner && lines.length >= 2) {
        const last = lines[lines.length - 1];
        if (last.text.length <= 40 && !/[.;,]$/.test(last.text)) ownerLine = lines.pop()!;
      }
      const taskRole: ColumnRole = flat.columns.includes("tasks") ? "tasks" : "target";
      for (const l of lines) addCell(current, taskRole, l.text, { row: l.r, col: 0 });
      if (ownerLine) addCell(current, "owner", ownerLine.text, { row: ownerLine.r, col: 0 });
      for (const l of [...lines, ...(ownerLine ? [ownerLine] : [])])
        if (!current.gridRows.includes(l.r)) current.gridRows.push(l.r);
    }
    finishRow(current, schoolYear);
    rows.push(current);
    current = null;
    lines = [];
  };
  for (let r = flat.headerEnd; r < flat.end; r++) {
    const t = String((grid[r] || [])[0] ?? "").trim();
    if (!t) continue;
    const m = /^(\d{1,3})\s+(?:(\d{1,2})\s+)?(?:tiêu chí\s*)?(\d{1,2}\s*\.\s*\d{1,2})\b\s*(.*)$/i.exec(t);
    if (m) {
      close();
      const code = m[3].replace(/\s+/g, "");
      current = emptyRow("criterion", r);
      current.criterion = code;
      current.standard = Number(code.split(".")[0]);
      current.cells.tt = { text: m[1], pos: { row: r, col: 0 } };
      current.cells.criterion = { text: code, pos: { row: r, col: 0 } };
      if (m[4]) lines.push({ text: m[4], r });
      continue;
    }
    if (current) lines.push({ text: t, r });
  }
  close();
  return rows;
}
