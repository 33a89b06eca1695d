/**
 * Budget cells ("Dự kiến kinh phí", TT57 "Nguồn lực bảo đảm"): amounts, per-period, funding sources, and the
 * problems a rule should report. Total: never throws.
 */
import type { BudgetParse } from "../types";
import { fixLookalikes, foldDiacritics, spanAsWritten } from "../text/normalize";
import { NUMBER_WORD_RE, parseVietnameseNumberWords } from "./words";
import { inColumnUnit, interpretNumber } from "./budget-unit";
import { LETTER_CLASS_ES2017, modernRegExp } from "../text/regex-compat";

/** "10 triệu đống", "5 triêu": unit typos not followed by a letter (\p{L} built at run time, see regex-compat). */
const UNIT_TYPO_RES = [
  "\\d\\s*(triệu|tr|nghìn|ngàn|tỷ)?\\s*(đống|động|đông|đòng)",
  "\\d\\s*(triêu|triều|triẹu|trịêu|trêu|triu|trệu|nghiìn|nhìn)",
].map((unit) => modernRegExp(`${unit}(?!\\p{L})`, "u", `${unit}(?![${LETTER_CLASS_ES2017}])`));

export type FundingSource = "Ngân sách" | "Xã hội hóa" | "Nguồn thu tại đơn vị" | "Khác";

export interface BudgetAmount {
  /** The amount counted in totals: for a range ("3–4 triệu"), its upper bound (the stated rule, shown "tối đa"). */
  vnd: number;
  /** For a range, its lower bound; absent for a single amount. */
  low?: number;
  per: "year" | "month" | null;
  text: string;
  /** The one source named in the amount's own part of the cell ("Ngân sách 5 triệu; XHH 2 triệu"), if just one. */
  source?: FundingSource;
}

export type BudgetIssueKind = "unit-typo" | "bad-grouping" | "range" | "small" | "unparsed";

export interface BudgetAnalysis {
  parse: BudgetParse;
  amounts: BudgetAmount[];
  sources: FundingSource[];
  issues: { kind: BudgetIssueKind; text: string }[];
}

const SOURCE_PATTERNS: [RegExp, FundingSource][] = [
  [
    new RegExp(
      String.raw`xa hoi hoa|\bxhh\b|tai tro|van dong|ung ho|phu huynh|cha me hoc sinh|ban dai dien|doanh nghiep|` +
        "nha hao tam|manh thuong quan",
    ),
    "Xã hội hóa",
  ],
  [/nguon thu|hoc phi|thu tai don vi|tu chu|dich vu|thu su nghiep/, "Nguồn thu tại đơn vị"],
  [
    new RegExp(
      String.raw`ngan sach|\bnsnn\b|\bns\b|thuong xuyen|chi thuong xuyen|kinh phi nha nuoc|cap tren|ubnd|` +
        // "Lồng ghép kinh phí hoạt động": the school's operating budget (a public school's is the state's).
        "chuong trinh muc tieu|nguon chi|du toan|duoc giao|phan bo|kinh phi duoc cap|kinh phi hoat dong",
    ),
    "Ngân sách",
  ],
  [/nguon (khac|von)|von vay|quy /, "Khác"],
];

/** All funding sources named in a text, normalised to four labels (empty when none). */
export function fundingSourcesIn(text: string): FundingSource[] {
  const f = foldDiacritics(String(text)); // null and undefined name no source
  const out: FundingSource[] = [];
  for (const [re, label] of SOURCE_PATTERNS) if (re.test(f) && !out.includes(label)) out.push(label);
  return out;
}

/** The first funding source named in a text, or null. */
export function fundingSourceOf(text: string): FundingSource | null {
  return fundingSourcesIn(text)[0] ?? null;
}

const NONE_RE = new RegExp(
  "^(khong|ko|k|khong co|khong phat sinh|khong can|(khong|ko) (co|can|ton|phat sinh|su dung) kinh phi|" +
    String.raw`0|0 ?d|0 ?dong|0 ?vnd|-+|\/|x|\.)$`,
);

/** A resource item labelled by a kind that is no money: people, premises, equipment, materials (folded text). */
const NON_MONEY_RESOURCE =
  /^[-+•*\s]*(nhan luc|nhan su|con nguoi|vat luc|co so vat chat|csvc|trang thiet bi|thiet bi|hoc lieu|tai lieu)\s*[:-]/;

// A number followed by an optional unit. Numbers: "10.000.000", "10,000,000", "1,5", "10 000 000".
const AMOUNT_RE =
  /(\d+(?:[.,]\d+)*)\s*(ty|ti|trieu|tr|trd|nghin|ngan|k|dong|d|vnd)?(?![a-z])(\s*(?:dong|vnd|d)(?![a-z]))?/g;

/** Dates that hold a year: never an amount, nor the ends of a range ("Tháng 9-2025 đồng loạt" is no 9–2025 đồng). */
const YEAR_DATES = [
  /\b\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{2,4}\b/g, // 15/9/2025
  /\bnam\s*(?:hoc\s*)?\d{4}(?:\s*-\s*\d{4})?/g, // năm 2026, năm học 2025-2026
  /\bth?\.?\s*\d{1,2}\s*[-/]\s*(?:19|20)\d{2}\b/g, // T9-2025, Th.9/2025
  /\b\d{1,2}\s*\/\s*(?:19|20)\d{2}\b/g, // 9/2025
  /\b(?:0?[1-9]|1[0-2])\s*-\s*(?:19|20)\d{2}\b(?!\s*(?:ty|ti|trieu|tr|nghin|ngan|k)\b)/g, // 9-2025 (not 5-2000 nghìn)
  /\b(?:19|20)\d{2}\s*-\s*(?:19|20)\d{2}\b/g, // 2025-2026
];

/**
 * "tháng 9", "quý 1", "ngày 15" before an amount ("Tháng 9: 5 triệu"); not after "mỗi", "hằng", "trên" ("mỗi tháng
 * 10.000.000 đồng" is an amount a month), nor before a scale word ("tháng 2 triệu"). Its number follows at once
 * (folded text has single spaces; a blanked "Tháng 9-2025" is not followed by the amount after it).
 */
const NUMBERED_WORD = new RegExp(
  String.raw`(\b(?:moi|hang|tren)\s*)?\b(?:thang|quy|hoc ky|giai doan|ngay) ?\d{1,2}(?!\d)` +
    String.raw`(?![\d.,]*\s*(?:ty|ti|trieu|tr|trd|nghin|ngan|k)(?![a-z]))`,
  "g",
);

/**
 * A month, quarter or day number run into space-grouped digits ("tháng 12 300 nghìn": "tháng 12" and 300 nghìn, or
 * "tháng" and 12 300 nghìn?): said, never guessed. Not after "mỗi", "hằng", "trên" (the number there is the
 * amount's), nor before dot-grouped digits ("Tháng 12 300.000 đồng" is month 12 and 300.000 đồng).
 */
const NUMBER_RUN_IN = /(\b(?:moi|hang|tren)\s*)?\b(?:thang|quy|hoc ky|giai doan|ngay) ?\d{1,2} (?=\d{3}(?!\d|[.,]\d))/g;

/** Where the digits after such a number start, and where its word starts. */
function runInStarts(f: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const m of f.matchAll(NUMBER_RUN_IN)) if (!m[1]) out.set((m.index ?? 0) + m[0].length, m.index ?? 0);
  return out;
}

/**
 * The source of the cell's part that holds a position: parts end at ";" or a comma before a word
 * ("Ngân sách 5 triệu, XHH 2 triệu"; not "1,5 triệu"); only a part that names exactly one source gives it.
 */
function sourceOfPart(folded: string): (at: number) => { source?: FundingSource } {
  const parts: { end: number; sources: FundingSource[] }[] = [];
  const re = /;|,(?=\s*[a-z])/g;
  let start = 0;
  for (let m = re.exec(folded); ; m = re.exec(folded)) {
    const end = m ? m.index : folded.length;
    parts.push({ end, sources: fundingSourcesIn(folded.slice(start, end)) });
    if (!m) break;
    start = end + 1;
  }
  return (at) => {
    const part = parts.find((p) => at < p.end) ?? parts[parts.length - 1];
    return part.sources.length === 1 ? { source: part.sources[0] } : {};
  };
}

/**
 * The bare numbers a cell gives after a funding source's label, one per ";"-separated part ("xhh: 2000000; ngan sach:
 * 5000000": a budget read from one column per source, or written so); never a year ("Ngân sách: 2026").
 */
function sourceAmounts(folded: string): string[] {
  return folded
    .split(/\s*;\s*/)
    .map((part) => /^([^:]{1,40}):\s*(\d+)[\s.,]*$/.exec(part))
    .filter((m): m is RegExpExecArray => !!m && fundingSourcesIn(m[1]).length > 0 && !/^(19|20)\d{2}$/.test(m[2]))
    .map((m) => m[2]);
}

const blank = (m: string) => " ".repeat(m.length);

/** Dates with a year blanked (same length: positions kept). */
function maskYearDates(f: string): string {
  return YEAR_DATES.reduce((s, re) => s.replace(re, blank), f);
}

/** All dates blanked, and the numbered words before an amount: what is left holds only amounts' numbers. */
function maskDates(f: string): string {
  return maskYearDates(f).replace(NUMBERED_WORD, (m, every: string | undefined) => (every ? m : blank(m)));
}

const UNIT_FACTOR: Record<string, number> = {
  ty: 1e9,
  ti: 1e9,
  trieu: 1e6,
  tr: 1e6,
  trd: 1e6,
  nghin: 1e3,
  ngan: 1e3,
  k: 1e3,
  dong: 1,
  d: 1,
  vnd: 1,
};

/** "/năm", "mỗi năm học", "hằng tháng", "trên tháng" right after an amount (folded text); "một năm" is not a period. */
function perOf(after: string): "year" | "month" | null {
  if (/^\s*(\/|moi|hang|tren)\s*\/?\s*nam\b/.test(after)) return "year";
  if (/^\s*(\/|moi|hang|tren)\s*\/?\s*thang\b/.test(after)) return "month";
  return null;
}

/** "mỗi tháng", "hằng năm", "hàng năm học" right before an amount (folded text). */
function perBefore(before: string): "year" | "month" | null {
  if (/\b(moi|hang)\s*thang\s*:?\s*$/.test(before)) return "month";
  if (/\b(moi|hang)\s*nam(\s*hoc)?\s*:?\s*$/.test(before)) return "year";
  return null;
}

const EMPTY: BudgetParse = { kind: "empty", vnd: null, per: null, source: null };

/** The analysis behind each parse result this module returned (rules reuse it instead of re-reading the cell). */
const ANALYSES = new WeakMap<BudgetParse, BudgetAnalysis>();

/** The full analysis of a parse result returned by parseBudget/analyzeBudget, when still known. */
export function analysisOf(parse: BudgetParse | null | undefined): BudgetAnalysis | undefined {
  return parse ? ANALYSES.get(parse) : undefined;
}

/** `column`: the unit the budget column's header gives bare numbers (budgetUnitOf); 1 when it gives none. */
export function analyzeBudget(text: string, column = 1): BudgetAnalysis {
  try {
    const a = analyze(String(text ?? ""), column > 1 ? column : 1);
    ANALYSES.set(a.parse, a);
    return a;
  } catch {
    return {
      parse: { kind: "unparsed", vnd: null, per: null, source: null },
      amounts: [],
      sources: [],
      issues: [{ kind: "unparsed", text: String(text ?? "").slice(0, 80) }],
    };
  }
}

/**
 * The digits written right after a shorthand unit ("3tr5", "3tr500", "2ty5", a "đ" after them allowed), read as the
 * unit's fraction (0.5); "unclear" for two digits ("3tr50"); null when none follow. Moves the regex past them.
 */
function shorthandTail(text: string, m: RegExpExecArray): number | "unclear" | null {
  const end = m.index + m[0].length;
  const t = /^(\d{1,3})(?![\d.,])(?!\s*(?:nghin|ngan|k|trieu|tr|ty|ti)(?![a-z]))(\s*(?:dong|vnd|d)(?![a-z]))?/.exec(
    text.slice(end),
  );
  if (!t || /\s$/.test(m[0])) return null;
  AMOUNT_RE.lastIndex = end + t[0].length;
  if (t[1].length === 2) return "unclear";
  return Number(t[1]) / (t[1].length === 1 ? 10 : 1000);
}

export function parseBudget(text: string, column = 1): BudgetParse {
  return analyzeBudget(text, column).parse;
}

function analyze(original: string, column: number): BudgetAnalysis {
  const raw = fixLookalikes(original).replace(/<\/?p>|<br\s*\/?>/gi, " ");
  if (!raw.trim()) return { parse: EMPTY, amounts: [], sources: [], issues: [] };
  // Fold diacritics (keeps positions roughly aligned: one char per char after NFC folding).
  let f = foldDiacritics(raw.slice(0, 2000));
  const issues: BudgetAnalysis["issues"] = [];
  const sources = fundingSourcesIn(f);
  const sourceLabel = sources.length ? sources.join("; ") : null;
  const stripped = f.replace(/[\s.;:,]+$/g, "").replace(/^[\s(]+|[\s)]+$/g, "");
  if (NONE_RE.test(stripped))
    return { parse: { kind: "none", vnd: null, per: null, source: null }, amounts: [], sources: [], issues: [] };

  // Unit typos: "triệu đống", "triêu", "trịệu"; words for đồng misspelt.
  const t = fixLookalikes(raw).toLowerCase();
  if (UNIT_TYPO_RES.some((re) => re.test(t))) {
    issues.push({ kind: "unit-typo", text: original.trim().slice(0, 60) });
  }
  // Ranges: "5-7 triệu", "từ 5 đến 7 triệu", "khoảng 3–4 triệu": an amount (low, high), counted at its upper bound;
  // dates first blanked ("Tháng 9-2025 đồng loạt" is no range of 9 to 2025 đồng).
  const ranges: { low: number; high: number; text: string; index: number; length: number }[] = [];
  const asWritten = original.normalize("NFC");
  {
    const re = new RegExp(
      String.raw`(\d+(?:[.,]\d+)*)\s*(ty|ti|trieu|tr|nghin|ngan|k|dong|d)?\s*(?:-|den|toi)\s*` +
        String.raw`(\d+(?:[.,]\d+)*)\s*(ty|ti|trieu|tr|nghin|ngan|k|dong|d|vnd)\b(\s*(?:dong|d|vnd)\b)?`,
      "g",
    );
    const undated = maskYearDates(f);
    let m: RegExpExecArray | null;
    while ((m = re.exec(undated))) {
      if (/^\d{4}$/.test(m[1])) continue;
      const unitHigh = m[4];
      const unitLow = m[2] ?? unitHigh;
      const big = (u: string) => /ty|ti|trieu|tr|nghin|ngan|k/.test(u);
      const lo = interpretNumber(m[1], big(unitLow));
      const hi = interpretNumber(m[3], big(unitHigh));
      if (lo === null || hi === null) continue;
      const a = Math.round(lo * (UNIT_FACTOR[unitLow] ?? 1));
      const b = Math.round(hi * (UNIT_FACTOR[unitHigh] ?? 1));
      const text = spanAsWritten(asWritten, m[0]);
      ranges.push({ low: Math.min(a, b), high: Math.max(a, b), text, index: m.index, length: m[0].length });
      issues.push({ kind: "range", text });
    }
  }
  // Ranges are read: blank them so their numbers are not read again.
  for (const r of ranges) f = f.slice(0, r.index) + " ".repeat(r.length) + f.slice(r.index + r.length);
  // Spaces as thousands separators: "10 000 000" → "10.000.000"; after the dates ("tháng 12 300 nghìn": month 12).
  // A printed cell's line may break inside such an amount ("5 000" + "000 đ"): the break is a separator too (the
  // text keeps its length, the spaces a break took go after the number).
  // A PDF's text may lose one of those spaces or the break ("5000 000đ", "5 000000 đ", "1500 000 đồng"): before đồng,
  // digits in groups whose every later group is whole thousands are one number.
  const masked = maskDates(f)
    // (No lookbehind — EdgeHTML's ES2017 has none: the character before the number is matched and kept.)
    .replace(
      /(^|\D)(\d{1,6}(?:(?: |[ \t]*\n[ \t]*)\d{3,})+)(?!\d)(?=\s*(?:dong|d|vnd)(?![a-z]))/g,
      (_, pre: string, m: string) => {
        const groups = m.split(/\s+/);
        if (!groups.slice(1).every((g) => g.length % 3 === 0)) return pre + m;
        const digits = groups.join("");
        return pre + digits + " ".repeat(m.length - digits.length);
      },
    )
    .replace(/(\d)((?:(?: |[ \t]*\n[ \t]*)\d{3})+)(?!\d)/g, (m, a: string, b: string) => {
      const joined = a + b.replace(/[ \t]*\n[ \t]*| /g, ".");
      return joined + " ".repeat(m.length - joined.length);
    });

  const sourceAt = sourceOfPart(f);
  const amounts: BudgetAmount[] = ranges.map((r) => ({
    vnd: r.high,
    low: r.low,
    per: null,
    text: r.text,
    ...sourceAt(r.index),
  }));
  const runIns = runInStarts(f);
  {
    AMOUNT_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = AMOUNT_RE.exec(masked))) {
      const num = m[1];
      const unit = m[2] || ""; // the unit's group holds no space; m[3] is a trailing "đồng"
      const hasUnit = Boolean(unit || m[3]);
      const value = interpretNumber(num, /ty|ti|trieu|tr|nghin|ngan|k/.test(unit) || (!hasUnit && column > 1));
      if (value === null) {
        issues.push({ kind: "bad-grouping", text: spanAsWritten(asWritten, m[0]) });
        continue;
      }
      if (!Number.isFinite(value)) continue; // hundreds of digits
      const grouped = /[.,]\d{3}/.test(num);
      // A bare number without unit or grouping is an amount only when it is the whole cell (a cell "500 đ" has the
      // unit, so the number matched here is never followed by one).
      if (!hasUnit && !grouped && stripped !== num && !sourceAmounts(stripped).includes(num)) continue;
      const runIn = runIns.get(m.index);
      if (runIn !== undefined) {
        issues.push({ kind: "bad-grouping", text: spanAsWritten(asWritten, f.slice(runIn, m.index + m[0].length)) });
        continue;
      }
      // Shorthand "3tr5" (3 triệu 5 = 3,5 triệu), "3tr500" (3 triệu 500 nghìn), "2ty5": the digits after the unit are
      // its next digit or its thousandth parts. "3tr50" (3,5 or 3,05 triệu?) is not guessed: told, not counted.
      const tail = /^(tr|trieu|ty|ti)$/.test(unit) && !m[3] && /^\d+$/.test(num) ? shorthandTail(masked, m) : null;
      if (tail === "unclear") {
        issues.push({
          kind: "bad-grouping",
          text: spanAsWritten(asWritten, masked.slice(m.index, AMOUNT_RE.lastIndex)),
        });
        continue;
      }
      const whole = tail === null ? value : value + tail;
      const vnd = Math.round(unit ? whole * (UNIT_FACTOR[unit] ?? 1) : m[3] ? value : inColumnUnit(value, column));
      const after = masked.slice(AMOUNT_RE.lastIndex, AMOUNT_RE.lastIndex + 20);
      const before = masked.slice(Math.max(0, m.index - 20), m.index);
      const per = perOf(after) ?? perBefore(before);
      const written = masked.slice(m.index, AMOUNT_RE.lastIndex);
      amounts.push({ vnd, per, text: spanAsWritten(asWritten, written), ...sourceAt(m.index) }); // spanAsWritten trims
    }
    // Amounts in words ("mười triệu đồng"); not after a number that could not be read: its unit alone ("1.000,000
    // triệu": "triệu") is no amount, and the cell is reported, not counted.
    if (!amounts.length && !ranges.length && !issues.some((i) => i.kind === "bad-grouping")) {
      const lower = fixLookalikes(raw).toLowerCase();
      NUMBER_WORD_RE.lastIndex = 0;
      let w: RegExpExecArray | null;
      while ((w = NUMBER_WORD_RE.exec(lower))) {
        const phrase = w[1].trim();
        // A scale word right after digits ("năm 20 triệu" with the year-like 20 blanked) is a unit, not "một triệu".
        if (/\d[\s.,]*$/.test(lower.slice(0, w.index + w[0].indexOf(phrase)))) continue;
        if (!/(trăm|nghìn|ngàn|triệu|tỷ|tỉ)/.test(phrase)) continue;
        const v = parseVietnameseNumberWords(phrase);
        if (v !== null) amounts.push({ vnd: v, per: null, text: phrase });
      }
    }
  }
  for (const a of amounts) if (a.vnd > 0 && a.vnd < 100000) issues.push({ kind: "small", text: a.text });
  const positive = amounts.filter((a) => a.vnd > 0);
  if (positive.length) {
    const vnd = positive.reduce((s, a) => s + a.vnd, 0);
    const pers = new Set(positive.map((a) => a.per));
    const parse: BudgetParse = {
      kind: "amount",
      vnd,
      per: pers.size === 1 ? positive[0].per : null,
      source: sourceLabel,
    };
    if (positive.some((a) => a.low !== undefined)) parse.low = positive.reduce((s, a) => s + (a.low ?? a.vnd), 0);
    return { parse, amounts: positive, sources, issues };
  }
  // Amounts are never negative: none positive means all zero.
  if (amounts.length)
    return { parse: { kind: "none", vnd: null, per: null, source: sourceLabel }, amounts: [], sources, issues };
  if (issues.some((i) => i.kind === "bad-grouping")) {
    return { parse: { kind: "unparsed", vnd: null, per: null, source: sourceLabel }, amounts: [], sources, issues };
  }
  // TT 57's column 8 is "Nguồn lực bảo đảm": resources named by kind with no money ("Nhân lực: GV khối 5",
  // "Cơ sở vật chất: phòng học sẵn có") need no budget.
  if (!sources.length && stripped.split(/\s*;\s*/).every((item) => NON_MONEY_RESOURCE.test(item)))
    return { parse: { kind: "none", vnd: null, per: null, source: null }, amounts: [], sources: [], issues };
  if (sources.length || /\bnguon\b|kinh phi/.test(f)) {
    return {
      parse: { kind: "source", vnd: null, per: null, source: sourceLabel ?? "Khác" },
      amounts: [],
      sources: sources.length ? sources : ["Khác"],
      issues,
    };
  }
  issues.push({ kind: "unparsed", text: original.trim().slice(0, 60) });
  return { parse: { kind: "unparsed", vnd: null, per: null, source: null }, amounts: [], sources, issues };
}
