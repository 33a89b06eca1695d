/**
 * OCR confusions in a grid read from an image, undone where the column says what a cell holds. A header row is
 * found by its labels, read loosely ("Nộidungcdi tiến" is "Nội dung cải tiến": letters compared with the known
 * labels of both templates); below it, criterion cells get their codes back ("l.l", "1,1", "1:1" → "1.1"; a lone
 * "32" or "Tiêu chí 14:" where the dot was lost → "3.2", "1.4"), period cells their digits and dashes
 * ("1l/2025 — 5/2O26" → "11/2025 - 5/2026"), budget cells the digits of their amounts (period and budget cells
 * lose a speck read as a letter between two words, ocr-specks.ts: "Không Z phát sinh"); level bands are spelled
 * again ("Mức2", "Múc 2" → "Mức 2"), and TT 57 evidence codes get their "MC" back ("MG.2.2.02" → "MC.2.2.02", in any
 * cell). Pure: used by the file host on grids read by OCR only.
 */
import type { ColumnRole } from "../types";
import { TEMPLATE_2018_COLUMNS, TEMPLATE_TT57_COLUMNS } from "../templates";
import { roleOfHeader } from "./headers";
import { letters, similarOfLetters } from "./ocr-pages";
import { dropStrayStrokes } from "./ocr-strays";
import { dropLoneSpecks } from "./ocr-specks";

const LABELS = [...TEMPLATE_2018_COLUMNS, ...TEMPLATE_TT57_COLUMNS]
  .filter((c) => c.role !== "tt")
  .map((c) => ({ label: c.header, letters: letters(c.header) }));

/** The known header label a cell reads as (letters at least 80 % alike), else the cell as it is. */
function headerLabel(cell: string): string {
  if (!cell.trim() || cell.length > 80 || /\d/.test(cell)) return cell;
  const x = letters(cell);
  let best = { label: cell, score: 0.8 };
  for (const { label, letters: y } of LABELS) {
    // The edit distance is at least the difference in length: a label that cannot score higher is not compared.
    if (1 - Math.abs(x.length - y.length) / Math.max(x.length, y.length) <= best.score) continue;
    const score = similarOfLetters(x, y);
    if (score > best.score) best = { label, score };
  }
  return best.label;
}

/** Letters OCR confuses in a header's words ("Người /hộ phận thực hiện" for "Người/bộ phận thực hiện"). */
const HEADER_CONFUSIONS: [RegExp, string][] = [
  [/h/g, "b"],
  [/b/g, "h"],
  [/rn/g, "m"],
  [/cl/g, "d"],
];

/**
 * A header row's cell whose words name no role, with one letter OCR confuses read as the other where that, and only
 * that, makes the cell name a role; else the cell as it is.
 */
export function respellHeader(cell: string): string {
  if (!cell.trim() || cell.length > 60 || /\d/.test(cell)) return cell;
  const found = new Map<string, string>();
  for (const [re, to] of HEADER_CONFUSIONS)
    for (const m of cell.matchAll(re)) {
      const at = m.index ?? 0;
      const candidate = cell.slice(0, at) + to + cell.slice(at + m[0].length);
      const role = roleOfHeader(candidate);
      if (role && !found.has(role)) found.set(role, candidate);
    }
  return found.size === 1 ? [...found.values()][0] : cell;
}

/** Characters OCR reads for digits beside other digits. */
const DIGIT_LIKE: Record<string, string> = { l: "1", I: "1", "|": "1", "!": "1", O: "0", o: "0", Q: "0", D: "0" };
const asDigits = (s: string) => s.replace(/[lI|!OoQD]/g, (ch) => DIGIT_LIKE[ch]);

/** "Tiêu chí"/"TC" (after tags), then a code whose digits OCR may read as letters, its dot as a comma or colon. */
const CODE = new RegExp(
  String.raw`^(\s*(?:<[^>]+>\s*)*(?:(?:ti[eêé]u\s*ch[ií]|tc)\s*(?:s[oố]\s*)?)?)` +
    String.raw`([0-9lI|!]{1,2})\s*[.,:;·'\x60]\s*([0-9lIO|!]{1,2})(?![\dA-Za-zÀ-ỹĐđ])`,
  "i",
);

/** A criterion code at the start of a cell (after tags, "Tiêu chí"/"TC"), its digits and dot restored. */
export function fixCriterionCell(cell: string): string {
  const m = CODE.exec(cell);
  if (m) return `${m[1]}${asDigits(m[2])}.${asDigits(m[3])}${cell.slice(m[0].length)}`;
  // The dot lost: a cell that is only a code ("32", "110"), or "Tiêu chí 14:" / "Tiêu chí 110." before its text.
  const bare = /^(\s*(?:<[^>]+>\s*)*)\.?(\d)(\d{1,2})\s*$/.exec(cell);
  if (bare && Number(bare[3]) >= 1 && Number(bare[3]) <= 20) return `${bare[1]}${bare[2]}.${bare[3]}`;
  const named = /^(\s*(?:<[^>]+>\s*)*ti[eêé]u\s*ch[ií]\s*)(\d)(\d{1,2})(?=\s*[:.\-–—]|\s*$)/i.exec(cell);
  if (named && Number(named[3]) >= 1 && Number(named[3]) <= 20)
    return `${named[1]}${named[2]}.${named[3]}${cell.slice(named[0].length)}`;
  return cell;
}

/**
 * A quarter's Roman numeral read as bars, digits or an "H" ("Quý H/2026", "Quý Il/2026", "Quý lV", "Quý IH", the
 * second of "Quý I - ll/2026"): each bar or 1 an I, an H two of them, when that makes I–IV; a numeral of digits only
 * ("Quý 1/2026", "Quý 1 - 2/2026") stays.
 */
const QUARTER =
  /((?:^|[^A-Za-zÀ-ỹĐđ])[Qq]uý\s*(?:(?:I{1,3}|IV|[1-4])\s*[-–]\s*)?)([lI|1H]{1,3}|[lI|1]V)(?=\s*[/\-–—,;]|\s|$)/g;
/** Text ending in a quarter's numeral being written ("Quý I", "Quý I - I"). */
const QUARTER_BEFORE = /(^|[^A-Za-zÀ-ỹĐđ])[Qq]uý\s*(?:(?:I{1,3}|IV|[1-4])\s*[-–]\s*)?I*$/;
/** (Twice: the second numeral of "Quý l - ll/2026" once the first reads.) */
const quarter = (m: string, pre: string, numeral: string) => {
  const roman = numeral.replace(/[lI|1]/g, "I").replace(/H/g, "II");
  if (/^\d+$/.test(numeral) || !/^(I{1,3}|IV)$/.test(roman)) return m;
  return `${pre}${/ý$/.test(pre) ? " " : ""}${roman}`;
};

/** "1d/yyyy" at a word's start: a month of two digits, or "T" (tháng) + a one-digit month read as "1". */
const T_MONTH = /(^|[^\dA-Za-zÀ-ỹĐđ/])1(\d)\s*\/\s*(\d{4})(?!\d)/g;

/**
 * Months written "T9/2023", "T1/2024" whose "T" OCR read as "1" ("19/2023 T12/2023", "11/2024 - 14/2024"): where a
 * month so read cannot be (13–19), the cell's months were written with "T"; each "1d/yyyy" in it is read "Td/yyyy"
 * when it cannot be a month, or when as a month it would make the cell's range run backwards ("11/2024 - 14/2024" is
 * "T1/2024 - T4/2024", not November to April). A cell with no impossible month stays as read.
 */
function fixTMonths(cell: string): string {
  const found = [...cell.matchAll(T_MONTH)];
  if (!found.some((m) => Number(`1${m[2]}`) > 12)) return cell;
  const months = [...cell.matchAll(/(^|[^\d/])(T|1)?(\d{1,2})\s*\/\s*(\d{4})(?!\d)/g)];
  if (months.length !== 2)
    return cell.replace(T_MONTH, (m, pre: string, d: string, y: string) =>
      Number(`1${d}`) > 12 ? `${pre}T${d}/${y}` : m,
    );
  const value = (m: RegExpMatchArray, asT: boolean) =>
    Number(m[4]) * 12 + (asT || m[2] === "T" ? Number(m[3]) : Number(`${m[2] ?? ""}${m[3]}`));
  const [a, b] = months;
  const tA = a[2] === "1" && (Number(`1${a[3]}`) > 12 || value(a, false) > value(b, true));
  const tB = b[2] === "1" && (Number(`1${b[3]}`) > 12 || value(a, tA) > value(b, false));
  let out = cell;
  for (const [m, asT] of [
    [b, tB],
    [a, tA],
  ] as const)
    if (asT) out = out.slice(0, m.index! + m[1].length) + "T" + out.slice(m.index! + m[1].length + 1);
  return out;
}

/** Months and years read by OCR: letters in digit runs back to digits, long dashes (or "_" after a date) to "-". */
export function fixPeriodCell(cell: string): string {
  return fixTMonths(
    cell
      .replace(/[—–~]+-*/g, " - ")
      .replace(QUARTER, quarter)
      .replace(QUARTER, quarter)
      .replace(/([\d/])([lI|!OoQ])/g, (_m, a: string, ch: string) => a + DIGIT_LIKE[ch])
      // (Not a quarter's Roman numeral: "Quý II/2026", "Quý I/2026".)
      .replace(/([lI|!OoQ])(\d*\s*\/\s*\d)/g, (m, ch: string, b: string, at: number, all: string) =>
        ch === "I" && QUARTER_BEFORE.test(all.slice(0, at)) ? m : DIGIT_LIKE[ch] + b,
      )
      // A dash at a line's end read as "_" ("Tháng 10/2025_" over "Tháng 1/2026").
      .replace(/(\d\/\d{4})_(?=\s|$)/g, "$1 -")
      // Two dates run together, their dash lost ("09/202612/2026"); semester II's "II" read as "H", "11" ("HKH") or
      // as the word "lại" (its serifs joined: "Học kỳ lại").
      .replace(/(\d{1,2}\/\d{4})(\d{1,2}\/\d{4})/g, "$1 - $2")
      // (the space in "Học kỳ" lost too: "HọckỳlI")
      .replace(/(^|[^A-Za-zÀ-ỹĐđ])(HK|[Hh]ọc\s*kỳ)\s*(?:H|11|[lI|]{2}|lại)(?![A-Za-zÀ-ỹĐđ\d])/g, "$1$2 II")
      // A border glued to a word as "l" or "|" ("Cả năm họcl"): no Vietnamese syllable ends in l.
      .replace(/([à-ỹđ][a-zà-ỹđ]*)[l|](?=[\s.,;]|$)/g, "$1")
      .replace(/\s*-\s*$/, "")
      .replace(/ {2,}/g, " "),
  );
}

/** Amounts read by OCR: letters inside digit groups back to digits ("5.00O.000", "l0.000.000đ"). */
export function fixBudgetCell(cell: string): string {
  return cell.replace(/[^\s;:()]+/g, (token) => {
    const m = /^([\dlIOo][\dlIOo.,]*[\dlIOo])([.,]?(?:đ|d|đồng|VNĐ|VND)?(?:\/\S*)?[.,;]?)$/.exec(token);
    if (!m || !/\d/.test(m[1])) return token;
    const digits = asDigits(m[1]);
    return /^\d{1,3}([.,]\d{3})+$|^\d{4,}$/.test(digits) ? digits + m[2] : token;
  });
}

/**
 * TT 57 evidence codes whose letters OCR confused ("MG.2.2.02", "MGC.3.1.01", "MCG.2.3.01", "MOGC.2.2.02" for
 * "MC.…"; "MC.2.2.O1"): an "M" then only C, G, O or 0 (a C or a G among them), a dot, then three numbers, the last
 * of one or two digits — no word of a plan has that shape but the "MC.x.y.zz" code. Letters read for digits inside
 * the numbers come back as digits. Anything else ("MG 5 tuổi", "MN.1", a code after a letter) stays as read.
 */
const EVIDENCE =
  /(^|[^A-Za-zÀ-ỹĐđ0-9])M([CGO0]{1,3})\.([\dlIO]{1,2})\.([\dlIO]{1,2})\.([\dlIO]{1,2})(?![\dA-Za-zÀ-ỹĐđ])/g;
export const fixEvidenceCodes = (cell: string) =>
  cell.replace(EVIDENCE, (m, pre: string, letters: string, x: string, y: string, z: string) =>
    /[CG]/.test(letters) && [x, y, z].every((n) => /\d/.test(n))
      ? `${pre}MC.${asDigits(x)}.${asDigits(y)}.${asDigits(z)}`
      : m,
  );

/** A letter of Vietnamese text (no \p{L}: ES2017 engines). */
const LETTER = "A-Za-zÀ-ỹĐđ";

/** "Mức2", "Múc 2", "MÚC 2" → "Mức 2" (a level band or a level in a target). */
const LEVEL = new RegExp(`(^|[^${LETTER}])(m)[ứừửữựúùủũưÚỨ]{1,2}c\\s*(\\d)\\b`, "gi");
const fixLevel = (cell: string) =>
  cell.replace(LEVEL, (_m, pre: string, m: string, d: string) => `${pre}${m === "M" ? "Mức" : "mức"} ${d}`);

/**
 * A Roman-numbered heading whose I OCR read as a digit or bar ("1V. TỔ CHỨC THỰC HIỆN" → "IV. …"): only a numeral
 * with a V or X in it, before a capital, so that "11. Tổ …" stays a numbered line.
 */
const ROMAN = /^(\s*)([1lI|]*[VX][1lI|]*)(\.\s+)(?=[A-ZÀ-ỸĐ])/;
const fixRoman = (cell: string) =>
  cell.replace(ROMAN, (m, pre: string, numeral: string, dot: string) =>
    /[1l|]/.test(numeral) ? pre + numeral.replace(/[1l|]/g, "I") + dot : m,
  );

const FIXES: Partial<Record<ColumnRole | "standardOnly", (cell: string) => string>> = {
  criterion: fixCriterionCell,
  period: (cell) => fixPeriodCell(dropLoneSpecks(cell)),
  budget: (cell) => fixBudgetCell(dropLoneSpecks(cell)),
};

/**
 * Citation codes in paragraphs: a hyphen read as a dot ("19/2018/TT.BGDĐT"), and a hyphen lost where the code is
 * broken over two lines ("… 18/2018/TT" + "BGDĐT và …", the printed page has "TT-"): the line gets its hyphen back,
 * so that the joined paragraph cites "18/2018/TT-BGDĐT".
 */
function fixCitations(grid: string[][]): string[][] {
  return grid.map((row, i) => {
    if (row.length !== 1) return row;
    let line = row[0].replace(/(\d\/\d{4}\/(?:TT|NĐ|QĐ|CT))[.,](BGD)/g, "$1-$2");
    const next = grid[i + 1];
    if (/\d\/\d{4}\/(?:TT|NĐ|QĐ|CT)$/.test(line) && next?.length === 1 && /^BGD/.test(next[0])) line += "-";
    return [line];
  });
}

/**
 * The grid with border strokes glued to words dropped (ocr-strays.ts), header labels, criterion codes, periods,
 * amounts, level bands and citations read again.
 */
export function normalizeOcrGrid(grid: string[][]): string[][] {
  let roles: (string | null)[] | null = null;
  return fixCitations(grid.map((row) => row.map(dropStrayStrokes))).map((row) => {
    const labels = row.map(headerLabel);
    const found = labels.map((c) => roleOfHeader(c));
    // (A plan row whose cells name roles' words — "Tiêu chí 1.4: … trách nhiệm …" — is no header: it has a code.)
    if (found.filter(Boolean).length >= 3 && !row.some((c) => /\d\s*[.,]\s*\d/.test(c))) {
      const respelled = labels.map((c, i) => (found[i] ? c : respellHeader(c)));
      roles = respelled.map((c) => roleOfHeader(c));
      return respelled;
    }
    if (!roles || roles.length !== row.length) {
      if (roles && row.length === 1) roles = null;
      return (row.length === 1 ? [fixRoman(row[0])] : row).map((c) => fixEvidenceCodes(fixLevel(c)));
    }
    const now = roles;
    return row.map((cell, i) => {
      const fix = now[i] ? FIXES[now[i] as ColumnRole] : undefined;
      return fixEvidenceCodes(fixLevel(fix ? fix(cell) : cell));
    });
  });
}
