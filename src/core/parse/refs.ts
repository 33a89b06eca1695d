/** Criterion and standard references, legal citations, school years and year-like tokens. Total. */
import { fixLookalikes, foldDiacritics } from "../text/normalize";
import { modernRegExp } from "../text/regex-compat";

export interface CriterionRef {
  code: string;
  standard: number;
  /** The user's text after the code (whitespace collapsed), e.g. the criterion name. */
  rest: string;
  /**
   * Further codes the same cell names right after the first ("Tiêu chí 4.1, 4.2", "1.3; 1.4", "Tiêu chí 2.1 và
   * 2.2"): the row serves them too. Absent when the cell names one code; never part of rest.
   */
  also?: string[];
}

/** ", 4.2", "; 1.4", " và tiêu chí 2.2", " & TC 3.3" right after a code (folded text). */
const MORE_CODE = /^\s*(?:[,;&+]|\bva\b)\s*(?:(?:tieu\s*chi|tc)\s*)?(\d{1,2})\s*\.\s*(\d{1,2})(?![\d,/]|\.\d)/;

const collapse = (s: string) =>
  fixLookalikes(s)
    .replace(/<\/?p>|<br\s*\/?>/gi, " ")
    .replace(/\s+/g, " ")
    .trim();

/**
 * A criterion numbered within its standard at the start of a cell, as some schools write under a "Tiêu chuẩn 2: …"
 * row: "Tiêu chí 1: Đối với …", "Tiêu chí 3", "TC 6 - Thư viện" (no second number, nor a list "Tiêu chí 1, 2").
 */
const LOCAL_CODE = /^(?:[-+•*]\s*)?(?:tieu\s*chi|tc)\s*(?:so\s*)?(\d{1,2})(?=$|\s*[:.\-–—)(]?\s*(?![\s\d,.]))/;

/**
 * "Tiêu chí 1.4 Hiệu trưởng…", "Tiêu chí 3. 5: Thiết bị", "Tiêu\nchí\n1.2:", "TC 2.1", "1.4. …" at the start.
 * `underStandard`: the standard of the heading row above, when known; then a cell numbered within it ("Tiêu chí 3:
 * Đối với nhân viên" under Tiêu chuẩn 2) reads as the full code (2.3). A full code in the cell always wins.
 */
export function parseCriterionRef(text: string, underStandard?: number | null): CriterionRef | null {
  try {
    const s = collapse(String(text ?? "").slice(0, 3000));
    const f = foldDiacritics(s);
    // foldDiacritics keeps length for NFC Vietnamese text (one code point per letter), so indexes align.
    // A cell's left border read by OCR as a letter before "TC" ("JTC 2.5", "ITC 1.3", "|TC 4.1").
    let m: RegExpExecArray | null =
      /(?:tieu\s*chi|\btc|^[|!ijl]tc)\s*(?:so\s*)?(\d{1,2})\s*[.,]\s*(\d{1,2})(?![\d])/.exec(f);
    if (!m) m = /^(?:[-+•*]\s*)?(\d{1,2})\s*\.\s*(\d{1,2})(?![\d,/]|\.\d)/.exec(f);
    if (!m && underStandard) {
      const local = LOCAL_CODE.exec(f);
      if (local) {
        m = local;
        m[2] = m[1];
        m[1] = String(underStandard);
      }
    }
    if (!m) return null;
    const standard = Number(m[1]);
    const n = Number(m[2]);
    if (standard < 1 || standard > 20 || n < 1 || n > 30) return null;
    let at = m.index + m[0].length;
    const also: string[] = [];
    for (let more = MORE_CODE.exec(f.slice(at)); more; more = MORE_CODE.exec(f.slice(at))) {
      const [s2, n2] = [Number(more[1]), Number(more[2])];
      if (s2 < 1 || s2 > 20 || n2 < 1 || n2 > 30) break;
      const code = `${s2}.${n2}`;
      if (code !== `${standard}.${n}` && !also.includes(code)) also.push(code);
      at += more[0].length;
    }
    const after = f.length === s.length ? untilWeakness(s.slice(at), f.slice(at)) : "";
    const rest = withoutLevel(after.replace(/^[\s.:;,\-–—)]+/, "").trim());
    return { code: `${standard}.${n}`, standard, rest, ...(also.length ? { also } : {}) };
  } catch {
    return null;
  }
}

/**
 * A labelled weakness or state after the code, in the same cell ("1.3" then "Hạn chế: hồ sơ …", "Tiêu chí 2.2:
 * Giáo viên" then "Tồn tại: …"): what Biểu 2's column 2 says is to improve, no part of the criterion's name.
 */
const WEAKNESS_LABEL =
  /(?:^|[\s.;,\-–—])(?:han che|diem yeu|ton tai|hien trang|nguyen nhan|van de can cai tien|noi dung can cai tien)\s*:/;

/** The text after a criterion's code up to a labelled weakness (the whole text when there is none); `folded`: the
 * same text folded, index for index. */
function untilWeakness(after: string, folded: string): string {
  const m = WEAKNESS_LABEL.exec(folded);
  return m ? after.slice(0, m.index) : after;
}

/**
 * A level written beside the code ("Tiêu chí 3.3 - Mức 3", "1.5 (Mức 2): Lớp học", "… - đạt mức độ 3", "Cấp độ 2"):
 * no circular's criterion name holds one, so it is no part of the name. Group 1: the separator before it, kept.
 */
const LEVEL_MARK =
  /(^|[\s(\-–—:;,])\(?\s*(?:dat\s+)?(?:muc(?:\s*do)?|cap\s*do)\s*(?:[1-4]|iv|iii|ii|i)\s*\)?(?=$|[\s)\-–—:;,.])/g;

function withoutLevel(rest: string): string {
  const f = foldDiacritics(rest);
  if (f.length !== rest.length || !/muc|cap\s*do/.test(f)) return rest;
  let out = "";
  let at = 0;
  for (const m of f.matchAll(LEVEL_MARK)) {
    out += rest.slice(at, m.index + m[1].length);
    at = m.index + m[0].length;
  }
  if (!at) return rest;
  out += rest.slice(at);
  return out.replace(/^[\s.:;,\-–—)]+|[\s.:;,\-–—(]+$/g, "").replace(/\s+/g, " ");
}

const LEVEL_WORD = "\\(?[ \\t]*(?:dat\\s+)?(?:muc(?:\\s*do)?|cap\\s*do)\\s*([1-4]|iv|iii|ii|i)[ \\t]*\\)?";
/** The level right after the code ("Tiêu chí 2.1 (Mức 2)", "TC 3.4 - Mức 3", "1.5 (Mức 2): Lớp học"). */
const LEVEL_LEAD = new RegExp(`^[\\s.:;,\\-–—]*${LEVEL_WORD}(?=$|[\\s)\\-–—:;,.])`);
/**
 * The level after the name on the code's line ("Tiêu chí 3.6: Thư viện - Mức 3", "… (đạt Mức 3)"), ending the line
 * or the cell; the name before it holds no full stop or semicolon (a sentence about the criterion is no name).
 */
const LEVEL_AFTER_NAME = new RegExp(`^[^.;!?]{0,200}?[\\s(\\-–—:,]${LEVEL_WORD}(?=[ \\t.;]*(?:$|\\n))`);
/** Words saying a level is the one reached now, not the one aimed at ("hiện trạng: Mức 2", "đã đạt Mức 2"). */
const NOW_WORDS = new RegExp(
  "(?:^|[^a-z])(?:hien\\s*(?:trang|tai|nay|dang)|tu\\s*danh\\s*gia|danh\\s*gia|da|moi|chi|van|con|chua)" +
    "\\s*(?:la|o)?\\s*[:(]?\\s*$",
);
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/**
 * The level written beside a criterion code in the criterion cell — right after the code ("Tiêu chí 2.1 (Mức 2)",
 * "TC 3.4 - Mức 3") or after the name on the code's line ("Tiêu chí 3.6: Thư viện - Mức 3") — or null. An
 * improvement plan's row names there the level it works towards. A level said to be the one reached now ("(hiện
 * trạng: Mức 2)", "đã đạt Mức 2", "mới đạt Mức 1") is not that level, nor one inside a sentence below the name.
 * Line breaks are kept: a printed cell may wrap anywhere ("TC 3.4 -" / "Mức 3").
 */
export function levelBesideCode(text: string): number | null {
  try {
    const s = fixLookalikes(
      String(text ?? "")
        .slice(0, 3000)
        .replace(/<br\s*\/?>|<\/p>\s*<p>/gi, "\n")
        .replace(/<\/?[a-z][^>]*>/gi, " "),
    )
      .replace(/[ \t\u00a0]+/g, " ")
      .replace(/ ?\n ?/g, "\n")
      .trim();
    const f = foldDiacritics(s);
    const m =
      /(?:tieu\s*chi|\btc)\s*(?:so\s*)?\d{1,2}\s*[.,]\s*\d{1,2}(?!\d)/.exec(f) ??
      /^(?:[-+•*]\s*)?\d{1,2}\s*\.\s*\d{1,2}(?![\d,/]|\.\d)/.exec(f);
    if (!m) return null;
    const after = f.slice(m.index + m[0].length);
    const hit = LEVEL_LEAD.exec(after) ?? LEVEL_AFTER_NAME.exec(after);
    if (!hit) return null;
    const mark = hit[0].search(/\(?[ \t]*(?:dat\s+)?(?:muc|cap\s*do)[^a-z]*(?:[1-4]|iv|iii|ii|i)[ \t]*\)?$/);
    if (NOW_WORDS.test(after.slice(0, hit.index + Math.max(0, mark)))) return null;
    return ROMAN[hit[1]] ?? Number(hit[1]);
  } catch {
    return null;
  }
}

/** "Tiêu chuẩn 5: …", "TIÊU CHUẨN 2 - …". */
export function parseStandardRef(text: string): { number: number; rest: string } | null {
  try {
    const s = collapse(String(text ?? "").slice(0, 3000));
    const f = foldDiacritics(s);
    // Numbered as a list item: "III.", "2.", "a)", "-"; a Roman numeral as an OCR reads it too: its dot lost ("I
    // Tiêu chuẩn 1"), its "I"s read "l" or run together as "H" ("H." for "II.", "HI." for "III.").
    const m = /^(?:[ivxlh]{1,4}[.)]?|\d+[.)]|[a-zđ]\)|[-+•])?\s*tieu\s*chuan\s*(?:so\s*)?(\d{1,2})(?![\d.,]\s*\d)/.exec(
      f,
    );
    if (!m) return null;
    const n = Number(m[1]);
    if (n < 1 || n > 20) return null;
    const after = f.length === s.length ? s.slice(m.index + m[0].length) : "";
    return { number: n, rest: after.replace(/^[\s.:;,\-–—)]+/, "").trim() };
  } catch {
    return null;
  }
}

export interface Citation {
  kind: "thong-tu" | "cong-van" | "nghi-dinh" | "quyet-dinh";
  /** "18" */
  number: string | null;
  year: number | null;
  /** "TT-BGDĐT", "BGDĐT-QLCL" */
  code: string | null;
  /** ISO "2018-08-22" when complete. */
  date: string | null;
  raw: string;
  complete: boolean;
  index: number;
  /** Canonical form: "18/2018/TT-BGDĐT", "5932/BGDĐT-QLCL"; null when incomplete. */
  canonical: string | null;
  /** Written as one of a list sharing year and code ("Thông tư 17, 18, 19/2018/TT-BGDĐT"). */
  list?: boolean;
}

/** ", 18, 19/2018/TT-BGDĐT" or " và 19/2018/TT-BGDĐT" right after the first number of a circular list. */
const LIST_TAIL = /^\s*((?:(?:,|va|;)\s*\d{1,3}\s*)+)\/\s*(\d{4})\s*\/\s*([a-z]{1,6}\s*[-–]\s*[a-z&]{2,10})/;

const KINDS: [RegExp, Citation["kind"]][] = [
  [/^thong tu|^tt$/, "thong-tu"],
  [/^cong van|^cv$/, "cong-van"],
  [/^nghi dinh|^nd$/, "nghi-dinh"],
  [/^quyet dinh|^qd$/, "quyet-dinh"],
];

export function parseCitations(text: string): Citation[] {
  const out: Citation[] = [];
  try {
    const s = fixLookalikes(String(text ?? "").slice(0, 20000))
      .replace(/\s+/g, " ")
      .trim();
    const f = foldDiacritics(s);
    if (f.length !== s.length) return out;
    const re = new RegExp(
      String.raw`\b(thong tu|cong van|nghi dinh|quyet dinh)\b(?:\s*(?:lien tich\s*)?so)?\s*:?\s*(\d{1,5})?\s*` +
        String.raw`(?:\/\s*(\d{2,5}))?\s*(?:\/|\s)?\s*` +
        String.raw`((?:[a-z]{1,6}\s*[-–]\s*)?[a-z&]{2,10}(?:\s*[-–]\s*[a-z&]{2,10})?)?`,
      "g",
    );
    let m: RegExpExecArray | null;
    while ((m = re.exec(f))) {
      const kind = KINDS.find(([k]) => k.test(m![1]))![1];
      const number = m[2] ?? null;
      if (kind === "thong-tu" && number && !m[3]) {
        const afterNum = m.index + m[0].search(/\d/) + number.length;
        const list = LIST_TAIL.exec(f.slice(afterNum));
        if (list) {
          const codeStart = afterNum + list[0].length - list[3].length;
          const code = s
            .slice(codeStart, afterNum + list[0].length)
            .replace(/\s+/g, "")
            .replace(/–/g, "-");
          if (/^[A-ZĐ]{2}-[A-ZĐ&]{2,10}$/.test(code)) {
            const year = Number(list[2]);
            const raw = s.slice(m.index, afterNum + list[0].length).trim();
            for (const n of [number, ...(list[1].match(/\d{1,3}/g) ?? [])])
              out.push({
                kind,
                number: n,
                year,
                code,
                date: null,
                raw,
                complete: true,
                index: m.index,
                canonical: `${n}/${year}/${code}`,
                list: true,
              });
            re.lastIndex = afterNum + list[0].length;
            continue;
          }
        }
      }
      let year = m[3] ? Number(m[3]) : null;
      let codeRaw = m[4] ? s.slice(m.index + m[0].length - m[4].length, m.index + m[0].length) : null;
      // Code must be upper-case letters in the original ("TT-BGDĐT"), not a following word.
      if (codeRaw && !/^[A-ZĐ&]{2}[A-Za-zĐđ&\s\-–]*$/.test(codeRaw.trim())) codeRaw = null;
      const code = codeRaw ? codeRaw.replace(/\s+/g, "").replace(/–/g, "-") : null;
      const tail = f.slice(re.lastIndex, re.lastIndex + 60);
      const tailRaw = s.slice(re.lastIndex, re.lastIndex + 60);
      let date: string | null = null;
      let dateComplete = true;
      const d1 = /^[\s,]*(?:ban hanh\s*)?ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})?\s*nam\s*(\d{2,4})?/.exec(tail);
      const d2 = /^[\s,]*(?:ban hanh\s*)?ngay\s*(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{4})/.exec(tail);
      let end = re.lastIndex;
      if (d2) {
        date = `${d2[3]}-${d2[2].padStart(2, "0")}-${d2[1].padStart(2, "0")}`;
        end += d2[0].length;
      } else if (d1) {
        end += d1[0].length;
        if (d1[2] && d1[3] && d1[3].length === 4) date = `${d1[3]}-${d1[2].padStart(2, "0")}-${d1[1].padStart(2, "0")}`;
        else dateComplete = false;
      } else if (/^[\s,]*ngay\b/.test(tail)) {
        dateComplete = false;
      }
      void tailRaw;
      if (!number && !code) continue; // "thông tư này", "công văn hướng dẫn": not a citation
      if (year === null && date && (kind === "thong-tu" || kind === "nghi-dinh")) year = null;
      const needsYear = kind === "thong-tu" || kind === "nghi-dinh";
      const complete = Boolean(
        number && code && (!needsYear || (year !== null && year >= 1945 && year <= 2100)) && dateComplete,
      );
      const canonical = number && code ? (year !== null ? `${number}/${year}/${code}` : `${number}/${code}`) : null;
      out.push({
        kind,
        number,
        year,
        code,
        date,
        raw: s.slice(m.index, end).trim(),
        complete,
        index: m.index,
        canonical: complete ? canonical : canonical && !needsYear ? canonical : complete ? canonical : null,
      });
      re.lastIndex = Math.max(re.lastIndex, end);
    }
  } catch {
    return out;
  }
  return out;
}

/** "Năm học 2025 – 2026" → "2025-2026" (second year must follow the first), else null. */
export function parseSchoolYear(text: string): string | null {
  try {
    const f = foldDiacritics(String(text ?? "").slice(0, 5000));
    const re = /(?:nam hoc|nh)\s*:?\s*(\d{4})\s*[-/]\s*(\d{4})/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(f))) if (Number(m[2]) === Number(m[1]) + 1) return `${m[1]}-${m[2]}`;
    return null;
  } catch {
    return null;
  }
}

// Lookbehind is ES2018: built at run time (regex-compat); ES2017 engines consume the character before instead. Built
// once (global: each use starts at lastIndex 0 and runs to the end).
const YEAR = "((?:19|20)\\d{2,3})(?![\\d.,]\\d)";
const YEAR_TOKEN = modernRegExp(`(?<![\\d.,/])${YEAR}`, "g", `(?:^|[^\\d.,/])${YEAR}`);
const RANGE = "((?:19|20)\\d{2})\\s*(?:-|den|toi)\\s*(?:nam\\s*)?((?:19|20)\\d{2})(?!\\d)";
const YEAR_RANGE = modernRegExp(`(?:tu\\s*(?:nam\\s*)?)?(?<![\\d/])${RANGE}`, "g", `(?:tu\\s*(?:nam\\s*)?)?${RANGE}`);

/** Year-like tokens (4–5 digits starting 19/20), including typos such as "20128". */
export function findYearsInText(text: string): { year: number; raw: string; index: number }[] {
  const out: { year: number; raw: string; index: number }[] = [];
  try {
    const s = String(text ?? "").slice(0, 50000);
    const re = YEAR_TOKEN;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) out.push({ year: Number(m[1]), raw: m[1], index: m.index + m[0].length - m[1].length });
  } catch {
    return out;
  }
  return out;
}

/** "giai đoạn từ năm 2029 đến 2024", "2020 - 2025" → year ranges. */
export function findYearRanges(text: string): { from: number; to: number; raw: string; index: number }[] {
  const out: { from: number; to: number; raw: string; index: number }[] = [];
  try {
    const s = fixLookalikes(String(text ?? "").slice(0, 50000))
      .replace(/\s+/g, " ")
      .trim();
    const f = foldDiacritics(s);
    const re = YEAR_RANGE;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(f)))
      out.push({
        from: Number(m[1]),
        to: Number(m[2]),
        raw: f.length === s.length ? s.slice(m.index, m.index + m[0].length) : m[0],
        index: m.index,
      });
  } catch {
    return out;
  }
  return out;
}
