/**
 * Grid of cell strings → plan model. A document is a grid too: paragraphs are one-cell rows, table rows
 * are rows. Total: never throws. The user's text is kept as written; only comparisons are normalized.
 */
import type { CellPos, ColumnRole, Finding, Plan, PlanCell, PlanRow, SchoolContext, TemplateId, AssessmentEntry } from "../types";
import { foldDiacritics } from "../text/normalize";
import { parseBudget } from "../parse/budget";
import { parsePeriod } from "../parse/period";
import { parseTarget } from "../parse/target";
import { parseCriterionRef, parseStandardRef, type CriterionRef } from "../parse/refs";
import { contextSources, detectContext, resolveContext } from "../context";
import { finding } from "../rules/finding";

export { splitPasted } from "./pasted";

type Role = ColumnRole | "standardOnly";

const ROLE_PATTERNS: [RegExp, Role][] = [
  [/^(s\.?\s*tt|tt|stt|so tt|so thu tu|tt \(1\)|\(1\))$/, "tt"],
  [/minh chung|thong tin,? du lieu/, "evidence"],
  [/chi so/, "indicator"],
  [/muc do thuc hien|tinh trang thuc hien|ket qua thuc hien/, "status"],
  [/thoi gian|tien do|thoi han/, "period"],
  [/kinh phi|nguon luc|ngan sach|du kien chi/, "budget"],
  [/dieu kien/, "support"],
  [/chu tri|phu trach|nguoi thuc hien|don vi|ca nhan|phoi hop|trach nhiem/, "owner"],
  [/ghi chu/, "note"],
  [/ket qua can dat|muc tieu|chi tieu|ket qua mong doi|ket qua du kien/, "target"],
  [/^noi dung cai tien$|tieu chuan,? tieu chi|^tieu chi|van de can cai tien/, "criterion"],
  [/^tieu chuan$/, "standardOnly"],
  [/cong viec|giai phap|bien phap|hoat dong|noi dung/, "tasks"],
];

function cleanHeader(s: string): string {
  return foldDiacritics(String(s ?? "").replace(/<[^>]+>/g, " "))
    .replace(/\(\d+\)/g, " ")
    .replace(/[*:]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function roleOfHeader(text: string): Role | null {
  const h = cleanHeader(text);
  if (!h || h.length > 80) return null;
  for (const [re, role] of ROLE_PATTERNS) if (re.test(h)) return role;
  return null;
}

interface HeaderMatch {
  row: number;
  columns: Partial<Record<Role, number>>;
  roles: number;
}

function headerAt(grid: string[][], r: number): HeaderMatch | null {
  const row = grid[r] || [];
  const filled = row.filter((c) => String(c ?? "").trim());
  if (filled.length < 3) return null;
  // Header cells are short labels without criterion codes or amounts.
  if (filled.some((c) => /\d+\s*\.\s*\d+|\d{1,2}\/\d{4}/.test(String(c)) || stripTags(String(c)).trim().length > 60)) return null;
  // Biểu 2's other tables (section IV issues, section VI monitoring) are not plan tables.
  if (filled.some((c) => /diem han che|nguyen nhan|danh gia hien trang|noi dung theo doi|nguoi danh gia/.test(cleanHeader(String(c))))) return null;
  const columns: Partial<Record<Role, number>> = {};
  let roles = 0;
  for (let c = 0; c < row.length; c++) {
    const role = roleOfHeader(row[c]);
    if (role && columns[role] === undefined) {
      if (role === "tasks" && columns.criterion === undefined && /^noi dung/.test(cleanHeader(row[c])) && c <= 2) {
        // "Nội dung" right after TT in a table without a criterion column is the criterion/content column.
      }
      columns[role] = c;
      roles++;
    }
  }
  if (roles < 3 || roles * 2 < filled.length || (columns.criterion === undefined && columns.tasks === undefined)) return null;
  // "Tiêu chuẩn | Tiêu chí | Nội dung": the Tiêu chí column is the criterion column.
  return { row: r, columns, roles };
}

const cellText = (grid: string[][], r: number, c: number | undefined) => (c === undefined ? "" : String((grid[r] || [])[c] ?? ""));
const stripTags = (s: string) => s.replace(/<\/?(p|i|b|u|em|strong|span|br)\b[^>]*>/gi, " ");
const isBlank = (s: string) => !stripTags(s).replace(/[\s\-–—]/g, "");

function sectionOf(text: string): string | null {
  const f = foldDiacritics(stripTags(text)).replace(/^[ivx]+\.\s*|^\d+\.\s*/, "").trim();
  const m = /^muc\s*(\d)((?:\s*[,\-–]\s*\d)*)\s*(?:va\s*\d)?$/.exec(f);
  if (!m) return null;
  const nums = (m[1] + m[2]).match(/\d/g)!.map(Number);
  if (nums.length > 1) return nums.includes(4) ? "muc-4" : "muc-1-3";
  return `muc-${nums[0]}`;
}

function isProseHeading(text: string): boolean {
  const t = stripTags(text).trim();
  const f = foldDiacritics(t);
  return /^([ivx]+|[0-9]+)\.\s+\S/i.test(t) && !/^\d+\.\d/.test(t) || /^(to chuc thuc hien|noi nhan)/.test(f) || /^(HIỆU TRƯỞNG|NGƯỜI LẬP|KT\. HIỆU TRƯỞNG)\s*$/.test(t);
}

/**
 * A sheet row that closes the document after the table — "Nơi nhận:", "TỔ CHỨC THỰC HIỆN", a signature title
 * ("HIỆU TRƯỞNG") — typed in cells (an Excel workbook lays the signature block beside "Nơi nhận").
 */
function isClosingRow(filled: string[]): boolean {
  if (!filled.length || filled.length > 3) return false;
  const first = foldDiacritics(stripTags(filled[0])).trim();
  if (/^(noi nhan|to chuc thuc hien)\b/.test(first.replace(/^([ivx]+|\d+)\.\s*/, ""))) return true;
  return filled.every((c) => /^(KT\.\s*)?(PHÓ\s+)?(HIỆU TRƯỞNG|NGƯỜI LẬP(\s+KẾ HOẠCH)?|GIÁM ĐỐC|XÁC NHẬN[^\n]{0,40})\s*$/.test(stripTags(c).trim()));
}

/**
 * A sheet row whose only text, in its first cell, is a heading ("III. TỔ CHỨC THỰC HIỆN") or a paragraph of prose
 * after the table — what a .docx gives as a paragraph. Section and standard rows ("I. MỨC 1, 2, 3") stay in.
 */
function isProseAfterTable(text: string): boolean {
  const t = stripTags(text).trim();
  if (sectionOf(t) || parseStandardRef(t) || parseCriterionRef(t)) return false;
  return isProseHeading(t) || (t.length > 80 && /[.;:]$/.test(t));
}

interface Region {
  header: HeaderMatch;
  end: number; // exclusive
}

function findRegions(grid: string[][]): Region[] {
  const regions: Region[] = [];
  let r = 0;
  while (r < grid.length) {
    const h = headerAt(grid, r);
    if (!h) {
      r++;
      continue;
    }
    let end = r + 1;
    let lastContent = r;
    for (let i = r + 1; i < grid.length; i++) {
      const row = grid[i] || [];
      const filled = row.filter((c) => !isBlank(String(c ?? "")));
      if (!filled.length) continue;
      if (headerAt(grid, i)) {
        // A repeated header (page break) continues the table; a different one starts another table.
        const again = headerAt(grid, i)!;
        if (JSON.stringify(again.columns) === JSON.stringify(h.columns)) {
          lastContent = i;
          continue;
        }
        break;
      }
      if (filled.length === 1 && row.length <= 1 && isProseHeading(String(filled[0]))) break;
      if (isClosingRow(filled.map((c) => String(c)))) break;
      if (filled.length === 1 && row.length > 1 && !isBlank(String(row[0] ?? "")) && isProseAfterTable(String(row[0]))) break;
      if (filled.length === 1 && row.length <= 1 && stripTags(String(filled[0])).length > 60 && !parseCriterionRef(String(filled[0]))) break;
      lastContent = i;
    }
    end = lastContent + 1;
    regions.push({ header: h, end });
    r = end;
  }
  return regions;
}

/** Flattened tables (PDF text, one cell or fragment per line): header words over several lines. */
function findFlattened(grid: string[][], taken: (r: number) => boolean): { start: number; headerEnd: number; columns: Role[]; end: number } | null {
  for (let r = 0; r < grid.length; r++) {
    if (taken(r)) continue;
    const first = cleanHeader((grid[r] || [])[0] ?? "");
    if (!/^(stt|tt|so tt)$/.test(first)) continue;
    // Collect up to 14 following non-empty short lines as header fragments.
    const parts: string[] = [];
    let i = r + 1;
    let seen = 0;
    for (; i < grid.length && seen < 16; i++) {
      const t = String((grid[i] || [])[0] ?? "").trim();
      if (!t) continue;
      if (/^\d+(\s+\d+(\.\d+)?)*\s*$/.test(t) || /^\d+\s+\d/.test(t)) break;
      parts.push(t);
      seen++;
    }
    const joined = cleanHeader(parts.join(" "));
    const roles: Role[] = ["tt"];
    const re = /tieu chuan|tieu chi|noi dung[a-z ]*?(chat luong|cai tien)?|ket qua can dat|cong viec|giai phap|nguoi phu trach|phu trach|chu tri[a-z ]*|thoi gian[a-z ]*|kinh phi|ghi chu|dieu kien[a-z ]*/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(joined))) {
      const role = m[0] === "tieu chuan" ? "standardOnly" : m[0] === "tieu chi" ? "criterion" : roleOfHeader(m[0]);
      if (role && !roles.includes(role)) roles.push(role);
    }
    if (roles.length < 3 || !roles.includes("criterion")) continue;
    // Rows: a record starts with "1 3 3.2" (TT, standard, criterion) or "1 Tiêu chí 3.2"; ends at a heading.
    let end = i;
    for (let k = i; k < grid.length; k++) {
      const t = String((grid[k] || [])[0] ?? "").trim();
      if (!t) continue;
      if ((grid[k] || []).length > 1) break;
      if (/^\d+(\.\d+)+\.\s/.test(t) || isProseHeading(t) || parseStandardRef(t)) break;
      end = k + 1;
    }
    return { start: r, headerEnd: i, columns: roles, end };
  }
  return null;
}

function emptyRow(kind: PlanRow["kind"], r: number): PlanRow {
  return { kind, gridRows: [r], cells: {}, section: null, standard: null, criterion: null, target: null, period: null, budget: null };
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
  const fragment = (t: string) => /^[a-zàáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ(,;]/.test(t) || /^(tháng|\d{1,2}\s*\/\s*\d{4}|\d{4}|-\s*tháng|năm)\b/i.test(t) && t.length < 30;
  if (texts.every(fragment)) return true;
  // A criterion cell that holds only its code ("Tiêu chí 4.2:") continues with the name on the next rows.
  if (prev.kind === "criterion" && cells.some((c) => c.role === "criterion") && !criterionRefOf(prev)?.rest) return true;
  // Previous row's text in the same column stops mid-sentence (or on "Tiêu chí 4.2:", "11/2025 -").
  let open = 0;
  for (const c of cells) {
    const p = prev.cells[c.role]?.text.replace(/<\/?p>/g, "").trim() ?? "";
    if (p && !/[.;!?)]$/.test(p)) open++;
  }
  return open > 0 && open >= cells.filter((c) => stripTags(c.text).trim()).length;
}

/** The criterion reference of each criterion row, parsed once on its merged text (rules reuse it). */
const ROW_REFS = new WeakMap<PlanRow, CriterionRef | null>();

export function criterionRefOf(row: PlanRow): CriterionRef | null {
  if (ROW_REFS.has(row)) return ROW_REFS.get(row) ?? null;
  const ref = row.cells.criterion ? parseCriterionRef(row.cells.criterion.text) : null;
  ROW_REFS.set(row, ref);
  return ref;
}

function finishRow(row: PlanRow, schoolYear: string | null): void {
  if (row.kind === "criterion" && row.cells.criterion) ROW_REFS.set(row, parseCriterionRef(row.cells.criterion.text));
  const t = row.cells.target?.text;
  const p = row.cells.period?.text;
  const b = row.cells.budget?.text;
  if (row.kind === "criterion" || row.kind === "task") {
    row.target = t !== undefined ? parseTarget(t) : null;
    row.period = p !== undefined ? parsePeriod(p, schoolYear) : null;
    row.budget = b !== undefined ? parseBudget(b) : null;
  }
}

function buildRows(grid: string[][], region: Region, schoolYear: string | null): PlanRow[] {
  const rows: PlanRow[] = [];
  const cols = region.header.columns;
  const roleCols = (Object.entries(cols) as [Role, number][]).filter(([role]) => role !== "standardOnly") as [ColumnRole, number][];
  let section: string | null = null;
  let standard: number | null = null;
  let criterion: string | null = null;
  let prev: PlanRow | null = null;
  for (let r = region.header.row + 1; r < region.end; r++) {
    const raw = grid[r] || [];
    if (raw.every((c) => isBlank(String(c ?? "")))) continue;
    if (headerAt(grid, r)) continue; // repeated header
    const cells = roleCols.map(([role, c]) => ({ role, text: cellText(grid, r, c), c })).filter((x) => !isBlank(x.text));
    // The "(1) (2) (3)" number row.
    if (raw.filter((c) => String(c ?? "").trim()).every((c) => /^\(?\d{1,2}\)?$/.test(String(c).trim())) && raw.filter((c) => String(c ?? "").trim()).length >= 3) continue;
    const stdText = cols.standardOnly !== undefined ? cellText(grid, r, cols.standardOnly) : "";
    const critText = cellText(grid, r, cols.criterion);
    const firstText = String(raw.find((c) => !isBlank(String(c ?? ""))) ?? "");
    const nonTt = raw.filter((c, i) => i !== cols.tt && !isBlank(String(c ?? "")));
    const allFilled = raw.filter((c) => !isBlank(String(c ?? "")));
    const sec = nonTt.length === 1 ? sectionOf(String(nonTt[0])) : allFilled.length === 1 ? sectionOf(String(allFilled[0])) : null;
    if (sec) {
      section = sec;
      const row = emptyRow("section", r);
      row.section = sec;
      const c = raw.findIndex((x) => sectionOf(String(x ?? "")) !== null);
      row.cells.criterion = { text: String(raw[c]), pos: { row: r, col: c } };
      if (cols.tt !== undefined && !isBlank(cellText(grid, r, cols.tt))) row.cells.tt = { text: cellText(grid, r, cols.tt), pos: { row: r, col: cols.tt } };
      rows.push(row);
      prev = row;
      continue;
    }
    const ref = parseCriterionRef(critText) ?? (cols.tt !== undefined ? null : parseCriterionRef(firstText));
    // A standard row may be typed in the first (TT) cell of a merged row: "Tiêu chuẩn 1: …" alone on the row.
    const stdRef = !ref ? parseStandardRef(critText) ?? (nonTt.length === 1 ? parseStandardRef(String(nonTt[0])) : allFilled.length === 1 ? parseStandardRef(String(allFilled[0])) : null) : null;
    if (stdRef) {
      standard = stdRef.number;
      criterion = null;
      const row = emptyRow("standard", r);
      row.section = section;
      row.standard = stdRef.number;
      for (const c of cells) addCell(row, c.role, c.text, { row: r, col: c.c });
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
      rows.push(row);
      prev = row;
      continue;
    }
    const ttText = cellText(grid, r, cols.tt).trim();
    if (!ttText && looksLikeContinuation(cells, prev)) {
      for (const c of cells) addCell(prev!, c.role, c.text, { row: r, col: c.c });
      prev!.gridRows.push(r);
      continue;
    }
    if (!cells.length) continue;
    const row = emptyRow("task", r);
    row.section = section;
    row.criterion = criterion;
    row.standard = criterion ? Number(criterion.split(".")[0]) : standard;
    for (const c of cells) addCell(row, c.role, c.text, { row: r, col: c.c });
    rows.push(row);
    prev = row;
  }
  for (const row of rows) finishRow(row, schoolYear);
  return rows;
}

function buildFlattened(grid: string[][], flat: NonNullable<ReturnType<typeof findFlattened>>, schoolYear: string | null): PlanRow[] {
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
      for (const l of [...lines, ...(ownerLine ? [ownerLine] : [])]) if (!current.gridRows.includes(l.r)) current.gridRows.push(l.r);
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

/** Self-assessment level table ("Tiêu chí 3.2 | | x | |" or PDF text "Tiêu chí 3.2  x  …" under "Mức 1 Mức 2 Mức 3"). */
function readAssessment(grid: string[][], tableRows: Set<number>): AssessmentEntry[] {
  const out: AssessmentEntry[] = [];
  let levelCols: number[] | null = null;
  let flatHeaderAt = -100;
  for (let r = 0; r < grid.length; r++) {
    if (tableRows.has(r)) continue;
    const row = grid[r] || [];
    const folded = row.map((c) => foldDiacritics(String(c ?? "")));
    if (row.length > 1) {
      const cols = folded.map((c, i) => (/^muc\s*[1-3]$/.test(c.trim()) ? i : -1)).filter((i) => i >= 0);
      if (cols.length >= 2) {
        levelCols = cols;
        continue;
      }
      if (levelCols) {
        const ref = parseCriterionRef(String(row[0] ?? "")) ?? parseCriterionRef(String(row[1] ?? ""));
        if (ref && /^tieu chi|^\d/.test(folded[0].trim() || folded[1]?.trim() || "")) {
          const idx = levelCols.findIndex((c) => /^(x|v|✓|✔|dat)$/i.test(folded[c]?.trim() ?? ""));
          const maxIdx = (() => {
            let best = -1;
            levelCols!.forEach((c, i) => {
              if (/^(x|v|✓|✔|dat)$/i.test(folded[c]?.trim() ?? "")) best = i;
            });
            return best;
          })();
          out.push({ criterion: ref.code, level: maxIdx >= 0 ? maxIdx + 1 : idx >= 0 ? idx + 1 : null, pos: { row: r, col: 0 } });
        }
      }
      continue;
    }
    const t = String(row[0] ?? "");
    const f = foldDiacritics(t);
    if (/muc\s*1\s+muc\s*2\s+muc\s*3/.test(f)) {
      flatHeaderAt = r;
      continue;
    }
    if (r - flatHeaderAt < 200 && flatHeaderAt >= 0) {
      const m = /^\s*Tiêu chí\s*(\d{1,2}\.\d{1,2})( +)(x|X)\b/.exec(t);
      if (m) out.push({ criterion: m[1], level: Math.min(3, Math.max(1, m[2].length)), pos: { row: r, col: 0 } });
    }
  }
  return out;
}

/** Biểu 2 section IV: TT | Tiêu chuẩn | Tiêu chí liên quan | Đánh giá hiện trạng | Điểm hạn chế | Nguyên nhân. */
function readPriorityIssues(grid: string[][]): Plan["priorityIssues"] {
  for (let r = 0; r < grid.length; r++) {
    const cells = (grid[r] || []).map((c) => foldDiacritics(String(c ?? "")));
    const critCol = cells.findIndex((c) => /^tieu chi lien quan/.test(c));
    const stdCol = cells.findIndex((c) => /^tieu chuan$/.test(c));
    const weakCol = cells.findIndex((c) => /diem han che/.test(c));
    const currentCol = cells.findIndex((c) => /danh gia hien trang|hien trang/.test(c));
    if (critCol < 0 || weakCol < 0) continue;
    const out: NonNullable<Plan["priorityIssues"]> = [];
    for (let k = r + 1; k < grid.length; k++) {
      const row = grid[k] || [];
      const filled = row.filter((c) => String(c ?? "").trim());
      if (!filled.length) continue;
      if (row.length <= 1) break;
      const crit = String(row[critCol] ?? "");
      const ref = parseCriterionRef(crit) ?? (/^\s*(\d{1,2})\s*\.\s*(\d{1,2})\s*$/.test(crit) ? parseCriterionRef(`Tiêu chí ${crit}`) : null);
      const std = stdCol >= 0 ? parseStandardRef(String(row[stdCol] ?? "")) ?? (/^\s*\d{1,2}\s*$/.test(String(row[stdCol] ?? "")) ? { number: Number(row[stdCol]), rest: "" } : null) : null;
      if (!ref && !std) continue;
      const issue: NonNullable<Plan["priorityIssues"]>[number] = { criterion: ref?.code ?? null, standard: ref?.standard ?? std?.number ?? null, text: filled.join(" | "), pos: { row: k, col: critCol } };
      if (String(row[weakCol] ?? "").trim()) issue.weakness = { text: String(row[weakCol]), pos: { row: k, col: weakCol } };
      if (currentCol >= 0 && String(row[currentCol] ?? "").trim()) issue.current = { text: String(row[currentCol]), pos: { row: k, col: currentCol } };
      out.push(issue);
    }
    return out;
  }
  return undefined;
}

function readGoal(text: { row: number; text: string }[]): Plan["goal"] {
  for (const t of text) {
    const f = foldDiacritics(t.text);
    let m = /(kiem dinh chat luong|kiem dinh chat luong giao duc)[a-z ]{0,20}?(?:muc do|cap do|muc)\s*(\d)/.exec(f);
    if (m) return { level: Number(m[2]), kind: "kiem-dinh", text: t.text.trim(), row: t.row };
    m = /chuan quoc gia\s*(?:muc do|muc)\s*(\d)/.exec(f);
    if (m) return { level: Number(m[1]) + 1, kind: "chuan-quoc-gia", text: t.text.trim(), row: t.row };
  }
  return null;
}

function noHeaderFinding(): Finding {
  return finding({
    rule: "table.no-header",
    severity: "error",
    message: "Không tìm thấy bảng kế hoạch cải tiến (dòng tiêu đề: TT | Tiêu chuẩn, tiêu chí | Kết quả cần đạt | …).",
    messageEn: "No improvement plan table found (header row: TT | Standard, criterion | Target | …).",
    suggestion: "Chèn bảng kế hoạch theo mẫu hoặc kiểm tra lại dòng tiêu đề của bảng.",
  });
}

const REQUIRED_2018: [ColumnRole, string, string][] = [
  ["period", "Thời gian thực hiện và hoàn thành", "Period"],
  ["budget", "Dự kiến kinh phí", "Estimated budget"],
  ["target", "Kết quả cần đạt (so với hiện trạng)", "Target"],
  ["owner", "Chủ trì và phối hợp thực hiện", "Lead and partners"],
];
const REQUIRED_TT57: [ColumnRole, string, string][] = [
  ["period", "Thời gian thực hiện", "Period"],
  ["budget", "Nguồn lực bảo đảm", "Resources"],
  ["target", "Mục tiêu cải tiến", "Improvement goal"],
  ["indicator", "Chỉ số đánh giá kết quả", "Result indicator"],
  ["owner", "Đơn vị/cá nhân phụ trách", "Responsible unit/person"],
  ["evidence", "Thông tin, dữ liệu hoặc minh chứng dự kiến", "Expected evidence"],
  ["status", "Mức độ thực hiện", "Implementation status"],
];

function missingColumns(template: TemplateId, columns: Partial<Record<ColumnRole, number>>, headerRow: number): Finding[] {
  const req = template === "tt57-bieu2" ? REQUIRED_TT57 : REQUIRED_2018;
  return req
    .filter(([role]) => columns[role] === undefined)
    .map(([role, vi, en]) =>
      finding({
        rule: "table.missing-column",
        severity: "warning",
        cell: { row: headerRow, col: 0 },
        message: `Bảng kế hoạch thiếu cột "${vi}".`,
        messageEn: `The plan table has no "${en}" column (${role}).`,
        suggestion: `Thêm cột "${vi}" và điền cho từng dòng.`,
      }),
    );
}

/** Every plan table in a grid (documents may hold several); text rows are shared. */
export function readPlans(grid: string[][], context?: Partial<SchoolContext>): Plan[] {
  try {
    return readAll(Array.isArray(grid) ? grid.map((r) => (Array.isArray(r) ? r.map((c) => (c == null ? "" : String(c))) : [String(r ?? "")])) : [], context);
  } catch {
    return [emptyPlan(context)];
  }
}

/** The first (main) plan table in a grid; a plan with a table.no-header finding when none is found. */
export function readPlan(grid: string[][], context?: Partial<SchoolContext>): Plan {
  return mainPlan(readPlans(grid, context));
}

/** The plan table of a document: the first with criterion rows, else the one with most columns recognised. */
export function mainPlan(plans: Plan[]): Plan {
  const withRows = plans.find((p) => p.rows.some((r) => r.kind === "criterion"));
  if (withRows) return withRows;
  const tables = plans.filter((p) => p.headerRow >= 0);
  if (!tables.length) return plans[0];
  return tables.reduce((best, p) => (Object.keys(p.columns).length > Object.keys(best.columns).length ? p : best));
}

function emptyPlan(context?: Partial<SchoolContext>): Plan {
  const ctx = resolveContext({ level: null, regime: null, schoolYear: null, school: null, circular: null }, context);
  return { context: ctx, contextSource: {}, template: ctx.regime === "2026" ? "tt57-bieu2" : "2018-9col", headerRow: -1, columns: {}, rows: [], text: [], readFindings: [noHeaderFinding()] };
}

function readAll(grid: string[][], context?: Partial<SchoolContext>): Plan[] {
  const regions = findRegions(grid);
  const inTable = new Set<number>();
  for (const g of regions) for (let r = g.header.row; r < g.end; r++) inTable.add(r);
  const flat = findFlattened(grid, (r) => inTable.has(r));
  const flatRows = new Set<number>();
  if (flat) for (let r = flat.start; r < flat.end; r++) flatRows.add(r);
  const text: { row: number; text: string }[] = [];
  for (let r = 0; r < grid.length; r++) {
    if (inTable.has(r) || flatRows.has(r)) continue;
    const t = (grid[r] || []).map((c) => String(c ?? "")).filter((c) => c.trim()).join(" ");
    if (t.trim()) text.push({ row: r, text: t });
  }
  // Context from every line of text outside the plan tables (cells of other tables, e.g. the header block, split by line).
  // A row of several cells above the table (an Excel header block: "Năm học" | "2025 - 2026") is also read whole,
  // as the paragraph a .docx would have.
  const lines: string[] = [];
  const firstTable = Math.min(grid.length, ...regions.map((g) => g.header.row), ...(flat ? [flat.start] : []));
  for (let r = 0; r < grid.length; r++) {
    if (inTable.has(r) || flatRows.has(r)) continue;
    const filled = (grid[r] || []).map((c) => String(c ?? "")).filter((c) => c.trim());
    for (const c of filled) for (const l of c.split("\n")) if (l.trim()) lines.push(l);
    if (filled.length > 1 && r < firstTable) lines.push(filled.map((c) => c.replace(/\s+/g, " ").trim()).join(" "));
  }
  const detected = detectContext(lines);
  const ctx = resolveContext(detected, context);
  const sources = contextSources(detected, context);
  const assessment = readAssessment(grid, new Set([...inTable, ...flatRows]));
  const goal = readGoal(text);
  const priorityIssues = readPriorityIssues(grid);
  const plans: Plan[] = [];
  for (const region of regions) {
    const columns: Partial<Record<ColumnRole, number>> = {};
    for (const [role, c] of Object.entries(region.header.columns) as [Role, number][]) if (role !== "standardOnly") columns[role] = c;
    const template: TemplateId = columns.indicator !== undefined || columns.evidence !== undefined || columns.status !== undefined ? "tt57-bieu2" : "2018-9col";
    const rows = buildRows(grid, region, ctx.schoolYear);
    plans.push({ context: ctx, contextSource: sources, template, headerRow: region.header.row, columns, rows, text, readFindings: missingColumns(template, columns, region.header.row), assessment, goal, ...(template === "tt57-bieu2" && priorityIssues ? { priorityIssues } : {}) });
  }
  if (flat) {
    const columns: Partial<Record<ColumnRole, number>> = {};
    flat.columns.forEach((role) => {
      if (role !== "standardOnly") columns[role] = 0;
    });
    const rows = buildFlattened(grid, flat, ctx.schoolYear);
    const plan: Plan = { context: ctx, contextSource: sources, template: "2018-9col", headerRow: flat.start, columns, rows, text, readFindings: missingColumns("2018-9col", columns, flat.start), assessment, goal };
    plans.push(plan);
  }
  if (!plans.length) {
    return [{ context: ctx, contextSource: sources, template: ctx.regime === "2026" ? "tt57-bieu2" : "2018-9col", headerRow: -1, columns: {}, rows: [], text, readFindings: [noHeaderFinding()], assessment, goal }];
  }
  plans.sort((a, b) => a.headerRow - b.headerRow);
  return plans;
}

/** Plain text of a cell for display (tags such as <p> removed). */
export function displayText(cell: PlanCell | undefined): string {
  return cell ? stripTags(cell.text).replace(/[ \t]+/g, " ").trim() : "";
}
