/**
 * Period cells ("Thời gian thực hiện và hoàn thành"): months as "YYYY-MM". Total: never throws.
 */
import type { PeriodParse } from "../types";
import { foldDiacritics } from "../text/normalize";
import { modernRegExp } from "../text/regex-compat";

export type PeriodIssue = "impossible-month" | "end-before-start";
export interface PeriodResult extends PeriodParse {
  issue?: PeriodIssue;
}

const pad = (m: number) => String(m).padStart(2, "0");
const ym = (y: number, m: number) => `${y}-${pad(m)}`;

/** "2025-2026" → 2025, or null. */
export function schoolYearStart(schoolYear: string | null | undefined): number | null {
  const m = /^(\d{4})\s*-\s*(\d{4})$/.exec(String(schoolYear).trim()); // "null", "undefined": no match
  if (!m) return null;
  const a = Number(m[1]);
  return Number(m[2]) === a + 1 ? a : null;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

export function parsePeriod(text: string, schoolYear?: string | null): PeriodResult {
  try {
    return parse(String(text ?? ""), schoolYearStart(schoolYear));
  } catch {
    return { kind: "unparsed", start: null, end: null };
  }
}

/**
 * Months that share one trailing year ("tháng 3-4/2026", "tháng 11,12/2026", "tháng 11 và 12/2026", "T3 - T4/2026",
 * "từ T3 đến T4 năm 2026") written out with their years ("3/2026 - 4/2026"); a first month after the second belongs
 * to the year before ("12-1/2026").
 */
function spreadSharedYear(f: string): string {
  // Dates the same way: "15/3 - 20/4/2026" is 15/3/2026 to 20/4/2026 (not April alone).
  const dates = f.replace(
    /(^|[^\d.,/])(\d{1,2})\s*\/\s*(\d{1,2})\s*(?:-|den|toi)\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})\b/g,
    (_m, pre: string, d1: string, m1: string, d2: string, m2: string, y: string) => {
      const first = Number(m1) > Number(m2) ? Number(y) - 1 : Number(y);
      return `${pre}${d1}/${m1}/${first} - ${d2}/${m2}/${y}`;
    },
  );
  // No lookbehind (ES2017 engines): the character before the first month is matched and put back.
  return dates.replace(
    /(^|[^\d.,/])(\d{1,2})\s*(?:-|,|va|den|toi)\s*(?:(?:thang|th\.?|t)\s*)?(\d{1,2})\s*(?:\/|nam)\s*(\d{4})\b/g,
    (_m, pre: string, a: string, b: string, y: string) => {
      const first = Number(a) > Number(b) ? Number(y) - 1 : Number(y);
      return `${pre}${a}/${first} - ${b}/${y}`;
    },
  );
}

const QUARTER = "(iv|iii|ii|i|[1-4])(?![\\da-z])";
/** "Quý 1 - 2/2026", "Quý I-II/2026", "quý 1 đến quý 2 năm 2026": quarters sharing one trailing year. */
const QUARTER_PAIR = new RegExp(
  `\\bquy\\s*${QUARTER}\\s*(?:-|,|va|den|toi)\\s*(?:quy\\s*)?${QUARTER}\\s*(?:\\/|nam|-)\\s*(\\d{4})\\b`,
  "g",
);
/** "Quý 1 - tháng 5/2026", "Quý 1 - 12/2026": from a quarter to a month of the year written after it. */
const QUARTER_MONTH = new RegExp(
  `\\bquy\\s*${QUARTER}\\s*(?:-|den|toi)\\s*((?:thang|th\\.?|t)?\\s*(\\d{1,2})\\s*(?:\\/|nam)\\s*(\\d{4}))\\b`,
  "g",
);
/** "Quý III/2026", "Quý 4 năm 2026", "Quý 1-2026": one quarter with its year. */
const QUARTER_YEAR = new RegExp(`\\bquy\\s*${QUARTER}\\s*(?:\\/|nam|-)\\s*(\\d{4})\\b`, "g");

/**
 * Quarters with a year written out as their months ("Quý 1 - 2/2026" → "1/2026 - 6/2026", "Quý III/2026" →
 * "7/2026 - 9/2026"), before any month is looked for: "2/2026" there is the second quarter, not February. A first
 * quarter after the second belongs to the year before ("Quý IV - I/2027").
 */
function spellQuarters(f: string): string {
  const months = (n: number, y: number, last: boolean) => `${last ? n * 3 : (n - 1) * 3 + 1}/${y}`;
  return f
    .replace(QUARTER_PAIR, (_m, a: string, b: string, y: string) => {
      const [first, second] = [ROMAN[a], ROMAN[b]];
      const firstYear = first > second ? Number(y) - 1 : Number(y);
      return `${months(first, firstYear, false)} - ${months(second, Number(y), true)}`;
    })
    .replace(QUARTER_MONTH, (_m, a: string, month: string, m: string, y: string) => {
      const start = (ROMAN[a] - 1) * 3 + 1;
      return `${start}/${start > Number(m) ? Number(y) - 1 : y} - ${month}`;
    })
    .replace(QUARTER_YEAR, (_m, a: string, y: string) => {
      const n = ROMAN[a];
      return `${months(n, Number(y), false)} - ${months(n, Number(y), true)}`;
    });
}

const RANGE_GAP = /^\s*(?:-|,|va|den|toi)\s*(?:thang|th\.?|t)?\s*$/;

const RECURRING_RE = new RegExp(
  "thuong xuyen|hang thang|hang tuan|hang ngay|hang nam|hang quy|ca nam|suot nam|dinh ky|lien tuc|moi thang|" +
    "hoat dong hang",
);

/** A month and a year cut to three digits ("10/202"); a day and month ("20/11", "2/9") are no year. */
const BROKEN_YEAR = /(^|[^\d/])\d{1,2}\s*\/\s*20\d(?![\d/])/;

// Lookbehind is ES2018: built at run time (regex-compat); ES2017 engines match without it. Built once (global: each
// use starts at lastIndex 0 and runs to the end).
const MONTH = "(\\d{1,2})\\s*(?:\\/|nam|-(?=\\s*\\d{4}))\\s*(\\d{4})\\b|thang\\s*(\\d{1,2})\\b(?!\\s*\\/\\s*\\d)";
const MONTH_TOKEN = modernRegExp(
  `(?:thang|th\\.?|\\bt)?\\s*(?<![\\d.,])${MONTH}`,
  "g",
  `(?:thang|th\\.?|\\bt)?\\s*${MONTH}`,
);

function parse(original: string, y0: number | null): PeriodResult {
  // "Quý 1/2024" is a quarter, not January: its number is written as a Roman one before months are looked for.
  // "Th.3" is "tháng 3" (its dot would read as a decimal point before the month).
  const folded = foldDiacritics(original.replace(/<\/?p>|<br\s*\/?>/gi, " ").slice(0, 1000));
  const f = spreadSharedYear(spellQuarters(folded).replace(/\bth\.\s*(?=\d)/g, "thang ")).replace(
    /\bquy\s*([1-4])(?!\d)/g,
    (_m, n: string) => `quy ${["i", "ii", "iii", "iv"][Number(n) - 1]}`,
  );
  if (!f.replace(/[\s.\-–]/g, "")) return { kind: "empty", start: null, end: null };
  const recurring = RECURRING_RE.test(f);
  const bounds = y0 !== null ? { start: ym(y0, 9), end: ym(y0 + 1, 8) } : { start: null, end: null };

  // Month tokens in order: "9/2025", "tháng 9 năm 2023", "09-2025", "T9/2025", and "tháng 9" (year inferred).
  const tokens: { y: number | null; m: number; index: number }[] = [];
  const re = MONTH_TOKEN;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(f))) {
    if (m[1] !== undefined) tokens.push({ y: Number(m[2]), m: Number(m[1]), index: m.index });
    else tokens.push({ y: null, m: Number(m[3]), index: m.index });
  }
  // A month whose year lost its last digit ("Tháng 10/202", the "5" wrapped away or not read): the period is not read
  // from the other date alone ("Tháng 10/202 - Tháng 5/2026" is no month of May).
  if (BROKEN_YEAR.test(f)) return { kind: "unparsed", start: null, end: null };
  // "ngày 15/9/2025" → drop the day (the regex saw "9/2025"): fine. Years with no month: "năm 2026".
  for (const t of tokens) {
    if (t.m < 1 || t.m > 12) return { kind: "unparsed", start: null, end: null, issue: "impossible-month" };
  }
  const resolved = tokens.map((t, i) => {
    if (t.y !== null) return ym(t.y, t.m);
    // "tháng 9 - tháng 5/2026": a month without a year takes the year of the dated month its range ends with.
    const next = tokens[i + 1];
    if (
      next &&
      next.y !== null &&
      // A month without a year is always written "tháng N" (the token's match may start with spaces).
      RANGE_GAP.test(f.slice(t.index, next.index).replace(/^\s*thang\s*\d{1,2}/, ""))
    ) {
      return ym(t.m > next.m ? next.y - 1 : next.y, t.m);
    }
    if (y0 === null) return null;
    return ym(t.m >= 9 ? y0 : y0 + 1, t.m);
  });
  const known = resolved.filter((x): x is string => x !== null);

  if (known.length >= 2) {
    const start = known[0];
    const end = known[known.length - 1];
    const res: PeriodResult = { kind: recurring ? "recurring" : "range", start, end };
    if (end < start) res.issue = "end-before-start";
    return res;
  }
  if (known.length === 1) {
    if (recurring)
      return { kind: "recurring", start: known[0], end: bounds.end && bounds.end >= known[0] ? bounds.end : known[0] };
    const open = /(tu|bat dau)\s*thang/.test(f) && !/den|-/.test(f.slice(f.indexOf("thang") + 5));
    if (open && bounds.end && bounds.end >= known[0]) return { kind: "range", start: known[0], end: bounds.end };
    return { kind: "month", start: known[0], end: known[0] };
  }
  // Semesters: "Học kỳ I", "HK2", "cuối học kỳ I", also with their school year ("HK II năm học 2025 – 2026").
  // (OCR may lose the space: "Họckỳ II".)
  const hk = /(?:hoc\s*ky|hk)\s*(ii|i|1|2)\b/.exec(f);
  const bothSemesters = /(?:hoc\s*ky|hk)\s*(i|1)\b/.test(f) && /(?:hoc\s*ky|hk)\s*(ii|2)\b/.test(f);
  if (hk) {
    const n = bothSemesters ? 0 : ROMAN[hk[1]];
    const yy = /(\d{4})\s*-\s*(\d{4})/.exec(f);
    const a = yy && Number(yy[2]) === Number(yy[1]) + 1 ? Number(yy[1]) : y0;
    if (a === null) return { kind: "unparsed", start: null, end: null };
    // Both semesters ("Học kỳ I và học kỳ II"): September to May.
    return { kind: "range", start: ym(n === 2 ? a + 1 : a, n === 2 ? 1 : 9), end: ym(a + 1, n === 1 ? 1 : 5) };
  }
  // School year: "Năm học 2025-2026", "NH 2025 - 2026".
  const sy = /(?:nam hoc|nh)\s*:?\s*(\d{4})\s*-\s*(\d{4})/.exec(f);
  if (sy && Number(sy[2]) === Number(sy[1]) + 1) {
    const a = Number(sy[1]);
    return { kind: "school-year", start: ym(a, 9), end: ym(a + 1, 8) };
  }
  // "Cả năm học", "Suốt năm học", and a cell that says only "Cả năm" or "Suốt năm": the plan's whole school year.
  const wholeYear = /\bca nam hoc\b|\btrong nam hoc\b|\bnam hoc\b|^[\s.]*(?:ca|suot) nam[\s.]*$/;
  if (wholeYear.test(f) && y0 !== null && !/\d/.test(f)) {
    return { kind: "school-year", start: bounds.start, end: bounds.end };
  }
  // Quarters: "Quý I/2026", "quý 3 năm 2025", "Quý II/2024 - Quý III/2024" (from the first to the last).
  const quarters = [...f.matchAll(/quy\s*(iv|iii|ii|i|[1-4])\s*(?:\/|nam)?\s*(\d{4})?/g)].map((q) => {
    const n = ROMAN[q[1]];
    const year = q[2] ? Number(q[2]) : y0 !== null ? (n === 4 ? y0 : y0 + 1) : null;
    return year === null ? null : { start: ym(year, (n - 1) * 3 + 1), end: ym(year, n * 3) };
  });
  if (quarters.length && quarters[0]) {
    const last = quarters[quarters.length - 1] ?? quarters[0];
    return { kind: "range", start: quarters[0].start, end: last.end };
  }
  if (recurring) return { kind: "recurring", start: bounds.start, end: bounds.end };
  const year = /\bnam\s*(\d{4})\b/.exec(f);
  if (year) return { kind: "range", start: ym(Number(year[1]), 1), end: ym(Number(year[1]), 12) };
  return { kind: "unparsed", start: null, end: null };
}
