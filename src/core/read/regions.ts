/** Where plan tables are in a grid: header rows, the rows that belong to them, where they end; PDF-flattened tables. */
import { foldDiacritics } from "../text/normalize";
import { parseCriterionRef, parseStandardRef } from "../parse/refs";
import { similarLetters } from "./ocr-pages";
import { cleanHeader, headerAt, isBlank, roleOfHeader, stripTags, type HeaderMatch, type Role } from "./headers";

export function sectionOf(text: string): string | null {
  const f = foldDiacritics(stripTags(text))
    .replace(/^[ivx]+\.\s*|^\d+\.\s*/, "")
    .trim();
  const m = /^muc\s*(\d)((?:\s*[,\-–]\s*\d)*)\s*(?:va\s*\d)?$/.exec(f);
  if (!m) return null;
  const nums = (m[1] + m[2]).match(/\d/g)!.map(Number);
  if (nums.length > 1) return nums.includes(4) ? "muc-4" : "muc-1-3";
  return `muc-${nums[0]}`;
}

/** "C. TỔ CHỨC THỰC HIỆN": a capital letter, a dot, then a word in capitals. */
function isLetterHeading(t: string): boolean {
  const m = /^[A-H]\.\s+(\S{2,})/.exec(t);
  return !!m && m[1] === m[1].toUpperCase() && m[1] !== m[1].toLowerCase();
}

/**
 * A heading in capitals that closes the table, read a letter or two off by OCR ("TỔ CHÚC THỤỰC HIỆN"): its letters
 * nearly those of the heading (numbering aside). Only a line in capitals: prose is never taken for it.
 */
function nearlyClosingHeading(t: string): boolean {
  const body = t.replace(/^([IVX]+|\d+|[A-H])\.\s*/, "");
  return (
    body === body.toUpperCase() &&
    body !== body.toLowerCase() &&
    similarLetters(body, "TỔ CHỨC THỰC HIỆN") >= CLOSING_HEADING_LETTERS
  );
}
/** Share of a closing heading's letters its OCR reading keeps. */
const CLOSING_HEADING_LETTERS = 0.85;

function isProseHeading(text: string): boolean {
  const t = stripTags(text).trim();
  const f = foldDiacritics(t);
  return (
    // "III. …", "3. …" and a letter heading "C. TỔ CHỨC THỰC HIỆN" (upper case: not an "a. …" list item).
    (/^([ivx]+|[0-9]+)\.\s+\S/i.test(t) && !/^\d+\.\d/.test(t)) ||
    isLetterHeading(t) ||
    /^(to chuc thuc hien|noi nhan)/.test(f) ||
    nearlyClosingHeading(t) ||
    /^(HIỆU TRƯỞNG|NGƯỜI LẬP|KT\. HIỆU TRƯỞNG)\s*$/.test(t)
  );
}

/**
 * A sheet row that closes the document after the table — "Nơi nhận:", "TỔ CHỨC THỰC HIỆN", a signature title
 * ("HIỆU TRƯỞNG") — typed in cells (an Excel workbook lays the signature block beside "Nơi nhận").
 */
function isClosingRow(filled: string[]): boolean {
  if (!filled.length || filled.length > 3) return false;
  const first = foldDiacritics(stripTags(filled[0])).trim();
  if (/^(noi nhan|to chuc thuc hien)\b/.test(first.replace(/^([ivx]+|\d+|[a-h])\.\s*/, ""))) return true;
  return filled.every((c) =>
    /^(KT\.\s*)?(PHÓ\s+)?(HIỆU TRƯỞNG|NGƯỜI LẬP(\s+KẾ HOẠCH)?|GIÁM ĐỐC|XÁC NHẬN[^\n]{0,40})\s*$/.test(
      stripTags(c).trim(),
    ),
  );
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

export interface Region {
  header: HeaderMatch;
  end: number; // exclusive
}

export function findRegions(grid: string[][]): Region[] {
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
      // A "Căn cứ …" line (an Excel sheet's header block may come after the table) is never a table row.
      if (filled.length === 1 && /^\s*can cu\b/.test(foldDiacritics(stripTags(String(filled[0]))))) break;
      if (filled.length === 1 && row.length > 1 && !isBlank(String(row[0] ?? "")) && isProseAfterTable(String(row[0])))
        break;
      if (
        filled.length === 1 &&
        row.length <= 1 &&
        stripTags(String(filled[0])).length > 60 &&
        !parseCriterionRef(String(filled[0]))
      )
        break;
      lastContent = i;
    }
    end = lastContent + 1;
    regions.push({ header: h, end });
    r = end;
  }
  return regions;
}

/** Flattened tables (PDF text, one cell or fragment per line): header words over several lines. */
export function findFlattened(
  grid: string[][],
  taken: (r: number) => boolean,
): { start: number; headerEnd: number; columns: Role[]; end: number } | null {
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
    const re =
      /tieu chuan|tieu chi|noi dung[a-z ]*?(chat luong|cai tien)?|ket qua can dat|cong viec|giai phap|nguoi phu trach|phu trach|chu tri[a-z ]*|thoi gian[a-z ]*|kinh phi|ghi chu|dieu kien[a-z ]*/g;
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
