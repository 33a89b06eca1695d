/** Header rows: which column plays which role ("Thời gian thực hiện" → period), by the header's words. */
import type { ColumnRole } from "../types";
import { foldDiacritics } from "../text/normalize";

/** Roles of header labels; "standardOnly" and "currentOnly" (the level now: "Kết quả tự đánh giá", "Hiện trạng")
 * are read by the row builder, never columns of the plan. */
export type Role = ColumnRole | "standardOnly" | "currentOnly";

/** A role that is a column of the plan (not one of the row builder's own). */
export function isColumnRole(role: Role): role is ColumnRole {
  return role !== "standardOnly" && role !== "currentOnly";
}

const ROLE_PATTERNS: [RegExp, Role][] = [
  [/^(s\.?\s*tt|tt|stt|so tt|so thu tu|tt \(1\)|\(1\))$/, "tt"],
  [/minh chung|thong tin,? du lieu/, "evidence"],
  [/chi so/, "indicator"],
  [/muc ?do thuc hien|tinh trang thuc hien|ket qua thuc hien/, "status"],
  [/thoi gian|tien do|thoi han|thoi diem|lo trinh/, "period"],
  [/kinh phi|nguon luc|ngan sach|du kien chi/, "budget"],
  [/dieu kien/, "support"],
  [/chu tri|phu trach|nguoi thuc hien|bo phan|don vi|ca nhan|phoi hop|trach nhiem/, "owner"],
  [/ghi chu/, "note"],
  // "Mức cần đạt", "Mức phấn đấu": the level aimed at, in a column of its own ("Mức 2").
  [/muc tieu|chi tieu|ket qua mong doi|ket qua du kien|^muc (do )?(can dat|phan dau)/, "target"],
  // "Kết quả cần đạt", "Kết quả/sản phẩm cần đạt": a result or a product aimed at (Biểu 2's column 5 when a "Mục
  // tiêu" column is before it: see headerAt).
  [/(ket qua|san pham)( ?\/ ?(ket qua|san pham))? can dat/, "target"],
  // The level the school is at now, beside the target: "Kết quả tự đánh giá", "Hiện trạng", "Mức hiện tại" (after
  // the target's labels: "Kết quả cần đạt (so với hiện trạng)" is a target).
  [/^(ket qua )?tu danh gia$|^(muc )?hien trang$|^muc (hien tai|da dat)$/, "currentOnly"],
  // "Nội dung cải tiến" / "Nội dung cần cải tiến" alone (Biểu 2's column 2): what is improved, by criterion.
  [/^noi dung (can )?cai tien$|tieu chuan,? tieu chi|^tieu chi|van de can cai tien/, "criterion"],
  [/^tieu chuan$/, "standardOnly"],
  [/cong viec|giai phap|bien phap|hoat dong|noi dung/, "tasks"],
];

export function cleanHeader(s: string): string {
  return (
    foldDiacritics(String(s ?? "").replace(/<[^>]+>/g, " "))
      .replace(/\(\d+\)/g, " ")
      // Marks that are not words ("*", ":", and the specks an OCR layer reads as quotes or bars by a border).
      .replace(/[*:"'`|_\u201c\u201d\u2018\u2019\u201e]/g, " ")
      .replace(/\s+/g, " ")
      .trim()
  );
}

export function roleOfHeader(text: string): Role | null {
  const h = cleanHeader(text);
  if (!h || h.length > 80) return null;
  const role = (label: string) => ROLE_PATTERNS.find(([re]) => re.test(label))?.[1] ?? null;
  const found = role(h);
  if (found || h.length > 40) return found;
  // A word broken at the edge of a narrow header cell ("Tiê" + "u chí", "ST" + "T"), its lines joined by a space:
  // the label read with one of its spaces removed.
  const spaces = [...h.matchAll(/ /g)].map((m) => m.index);
  for (const at of spaces) {
    const joined = role(h.slice(0, at) + h.slice(at + 1));
    if (joined) return joined;
  }
  return null;
}

export interface HeaderMatch {
  row: number;
  columns: Partial<Record<Role, number>>;
  roles: number;
}

export function headerAt(grid: string[][], r: number): HeaderMatch | null {
  const row = grid[r] || [];
  const filled = row.filter((c) => String(c ?? "").trim());
  if (filled.length < 3) return null;
  // Header cells are short labels without criterion codes or amounts.
  if (filled.some((c) => /\d+\s*\.\s*\d+|\d{1,2}\/\d{4}/.test(String(c)) || stripTags(String(c)).trim().length > 60))
    return null;
  // Biểu 2's other tables (section IV issues, section VI monitoring) are not plan tables.
  if (
    filled.some((c) =>
      /diem han che|nguyen nhan|danh gia hien trang|noi dung theo doi|nguoi danh gia/.test(cleanHeader(String(c))),
    )
  )
    return null;
  const columns: Partial<Record<Role, number>> = {};
  let roles = 0;
  for (let c = 0; c < row.length; c++) {
    let role = roleOfHeader(row[c]);
    // "Nội dung" right after TT (the published TT 57 apps' column 2), with no criterion column before it, is the
    // criterion/content column; a later "Nội dung" (after "Tiêu chí") stays the tasks column.
    if (role === "tasks" && columns.criterion === undefined && /^noi dung$/.test(cleanHeader(row[c])) && c <= 2)
      role = "criterion";
    // A second target label naming a result or a product ("Kết quả/sản phẩm cần đạt") after "Mục tiêu cải tiến":
    // the result the goal is measured by — Biểu 2's column 5, the indicator.
    if (
      role === "target" &&
      columns.target !== undefined &&
      columns.indicator === undefined &&
      /^(ket qua|san pham)\b/.test(cleanHeader(row[c]))
    )
      role = "indicator";
    if (role && columns[role] === undefined) {
      columns[role] = c;
      roles++;
    }
  }
  const byBody = columns.criterion === undefined ? criterionColumnByBody(grid, r, row, columns) : null;
  if (byBody !== null) {
    columns.criterion = byBody;
    roles++;
  }
  const owner = columns.owner === undefined ? ownerColumnByBody(grid, r, row, columns) : null;
  if (owner !== null) {
    columns.owner = owner;
    roles++;
  }
  if (roles < 3 || roles * 2 < filled.length || (columns.criterion === undefined && columns.tasks === undefined))
    return null;
  // "Tiêu chuẩn | Tiêu chí | Nội dung": the Tiêu chí column is the criterion column.
  return { row: r, columns, roles };
}

/** A cell opening with a criterion code: "TC 1.3", "Tiêu chí 2.5", "1.5" (an OCR speck before it: "JTC 2.5"). */
const CRITERION_CELL = /^\W{0,2}[a-z]{0,3}\s*(?:tieu chi\s*)?\d{1,2}\s*\.\s*\d{1,2}\b/;

/**
 * The first header label in columns [from, to) that no role matched and no role holds, whose next rows (up to eight)
 * mostly match `body`: at least two, and two thirds of those filled. OCR loses parts of words wrapped in a narrow
 * header cell ("Tiê" + "u" + "chí" read "Tiê chí"; "Người thực hiện" read "Ng hiê thực lên"); the column's cells
 * still say what it is.
 */
function columnByBody(
  grid: string[][],
  r: number,
  row: string[],
  columns: Partial<Record<Role, number>>,
  [from, to]: [number, number],
  body: RegExp,
): number | null {
  const taken = new Set(Object.values(columns));
  for (let c = from; c < to; c++) {
    if (taken.has(c) || !cleanHeader(row[c] ?? "")) continue;
    const cells = grid
      .slice(r + 1, r + 9)
      .map((b) => cleanHeader(String(b[c] ?? "")))
      .filter(Boolean);
    const matched = cells.filter((t) => body.test(t)).length;
    if (matched >= 2 && matched * 3 >= cells.length * 2) return c;
  }
  return null;
}

/** An unmatched label left of the tasks column (within the first three) whose rows open with criterion codes. */
const criterionColumnByBody = (grid: string[][], r: number, row: string[], columns: Partial<Record<Role, number>>) =>
  columnByBody(grid, r, row, columns, [0, Math.min(columns.tasks ?? 3, 3)], CRITERION_CELL);

/** A cell naming who does the work: "Hiệu trưởng; Chủ tịch công đoàn", "Tổ trưởng chuyên môn", "Kế toán". */
const OWNER_CELL =
  /^\W{0,2}(?:hieu truong|pho hieu truong|giao vien|to truong|to chuyen mon|nhan vien|ke toan|tong phu trach|ban )/;

/** An unmatched label between the tasks and the period columns whose rows mostly name a role of the school. */
const ownerColumnByBody = (grid: string[][], r: number, row: string[], columns: Partial<Record<Role, number>>) =>
  columns.tasks === undefined || columns.period === undefined
    ? null
    : columnByBody(grid, r, row, columns, [columns.tasks + 1, columns.period], OWNER_CELL);

/** Cell text helpers shared by the reader's parts. */
export const cellText = (grid: string[][], r: number, c: number | undefined) =>
  c === undefined ? "" : String((grid[r] || [])[c] ?? "");
export const stripTags = (s: string) => s.replace(/<\/?(p|i|b|u|em|strong|span|br)\b[^>]*>/gi, " ");
const NOT_BLANK_CHAR = /[^\s\-–—]/;
/** Nothing but spaces, dashes and tags. (Tested per cell, many times per row: no copy of a text without tags.) */
export const isBlank = (s: string) =>
  s.includes("<") ? !stripTags(s).replace(/[\s\-–—]/g, "") : !NOT_BLANK_CHAR.test(s);
