/** doc.*: the document around the table — circulars cited, guidance letters, years, school year, encoding. */
import type { CellPos, Finding } from "../types";
import { parseCitations, findYearsInText, findYearRanges } from "../parse/refs";
import { circularFor, guidanceFor } from "../catalogs/index";
import { detectLegacyEncoding, foldDiacritics } from "../text/normalize";
import { finding, said, type MessageTable, type Rule } from "./finding";

/** Messages of the doc.* rules found here (`canon`: the citation as the circular writes its number). */
export const DOC_TEXT = {
  incompleteCitation: {
    rule: "doc.incomplete-citation",
    vi: (raw: string, _expected: string | null | undefined) => `Trích dẫn văn bản chưa đầy đủ: "${raw}".`,
    en: (raw: string) => `Incomplete citation: "${raw}".`,
    suggestion: {
      vi: (_raw: string, expected: string | null | undefined) =>
        expected
          ? `Ví dụ trích dẫn đầy đủ: "Thông tư số ${expected} ngày … tháng … năm …".`
          : "Ghi đủ số, năm, ký hiệu và ngày ban hành.",
      en: (_raw: string, expected: string | null | undefined) =>
        expected
          ? `A full citation, e.g. "Thông tư số ${expected} ngày … tháng … năm …".`
          : "Give the number, year, symbol and date of issue.",
    },
  },
  wrongGuidance: {
    rule: "doc.wrong-guidance",
    vi: (canon: string, level: string, _guidance: string) =>
      `Công văn ${canon} hướng dẫn cho ${canon.startsWith("5942") ? "mầm non" : "phổ thông"}, ` +
      `không đúng cấp học ${level}.`,
    en: (canon: string) =>
      `Letter ${canon} is the guidance for ${canon.startsWith("5942") ? "preschools" : "general schools"}, ` +
      "not this school level.",
    suggestion: {
      vi: (_canon: string, _level: string, guidance: string) =>
        `Căn cứ Công văn số ${guidance} ngày 28/12/2018 của Bộ Giáo dục và Đào tạo.`,
      en: (_canon: string, _level: string, guidance: string) =>
        `Cite: “Căn cứ Công văn số ${guidance} ngày 28/12/2018 của Bộ Giáo dục và Đào tạo.”`,
    },
  },
  guidanceOf2018: {
    rule: "doc.circular-regime-mismatch",
    vi: (canon: string, year: string | null) =>
      `Công văn ${canon} hướng dẫn theo các thông tư năm 2018; năm học ${year} áp dụng Thông tư 57/2026/TT-BGDĐT.`,
    en: (canon: string, year: string | null) =>
      `Letter ${canon} guides the 2018 circulars; school year ${year} follows TT 57/2026.`,
    suggestion: { vi: "Căn cứ Thông tư số 57/2026/TT-BGDĐT.", en: "Cite: “Căn cứ Thông tư số 57/2026/TT-BGDĐT.”" },
  },
  tt57Too2018: {
    rule: "doc.circular-regime-mismatch",
    vi: (year: string | null, expected: string | null | undefined) =>
      `Thông tư 57/2026/TT-BGDĐT áp dụng từ năm học 2026-2027; kế hoạch năm học ${year} theo ${expected}.`,
    en: (year: string | null, expected: string | null | undefined) =>
      `TT 57/2026 applies from 2026-2027; a ${year} plan follows ${expected}.`,
    /** Only given when the expected circular is known. */
    suggestion: {
      vi: (_year: string | null, expected: string | null | undefined) => `Căn cứ Thông tư số ${expected}.`,
      en: (_year: string | null, expected: string | null | undefined) => `Cite: “Căn cứ Thông tư số ${expected}.”`,
    },
  },
  replacedBy57: {
    rule: "doc.circular-regime-mismatch",
    vi: (canon: string, year: string | null) =>
      `Thông tư ${canon} đã được thay thế bởi Thông tư 57/2026/TT-BGDĐT; năm học ${year} áp dụng Thông tư 57/2026.`,
    en: (canon: string, year: string | null) => `${canon} was replaced by TT 57/2026, which applies to ${year}.`,
    suggestion: {
      vi: "Căn cứ Thông tư số 57/2026/TT-BGDĐT ngày 07 tháng 7 năm 2026.",
      en: "Cite: “Căn cứ Thông tư số 57/2026/TT-BGDĐT ngày 07 tháng 7 năm 2026.”",
    },
  },
  levelMismatch: {
    rule: "doc.circular-level-mismatch",
    vi: (canon: string, governs: string, level: string, _expected: string) =>
      `Thông tư ${canon} quy định cho ${governs}, không phải ${level}.`,
    en: (canon: string, governs: string) => `${canon} governs ${governs}, not this school level.`,
    suggestion: {
      vi: (_canon: string, _governs: string, _level: string, expected: string) => `Căn cứ Thông tư số ${expected}.`,
      en: (_canon: string, _governs: string, _level: string, expected: string) =>
        `Cite: “Căn cứ Thông tư số ${expected}.”`,
    },
  },
  impossibleYear: {
    rule: "doc.impossible-year",
    vi: (raw: string, _candidates: string[]) => `Năm "${raw}" không hợp lệ.`,
    en: (raw: string) => `"${raw}" is not a valid year.`,
    suggestion: {
      vi: (_raw: string, candidates: string[]) => `Kiểm tra lại, có thể là ${candidates.join(" hoặc ")}.`,
      en: (_raw: string, candidates: string[]) => `Check it: perhaps ${candidates.join(" or ")}.`,
    },
  },
  reversedYearRange: {
    rule: "doc.reversed-year-range",
    vi: (raw: string, _from: number, _to: number) => `Khoảng năm "${raw}" bị ngược (năm bắt đầu sau năm kết thúc).`,
    en: (raw: string) => `Year range "${raw}" is reversed.`,
    suggestion: {
      vi: (_raw: string, from: number, to: number) => `Viết lại, ví dụ: từ năm ${to} đến ${from}.`,
      en: (_raw: string, from: number, to: number) => `Rewrite it, e.g. from ${to} to ${from}.`,
    },
  },
  schoolYearMismatch: {
    rule: "doc.school-year-mismatch",
    vi: (year: string, common: number) =>
      `Tiêu đề ghi năm học ${year} nhưng phần lớn thời gian thực hiện thuộc năm học ${common}-${common + 1}.`,
    en: (year: string, common: number) => `The title says ${year} but most periods fall in ${common}-${common + 1}.`,
    suggestion: {
      vi: "Thống nhất năm học ở tiêu đề và cột thời gian.",
      en: "Use the same school year in the title and in the period column.",
    },
  },
  legacyEncoding: {
    rule: "doc.legacy-encoding",
    vi: (encoding: string) => `Văn bản có đoạn gõ bằng bảng mã cũ (${encoding}), sẽ hiển thị sai trên máy khác.`,
    en: (encoding: string) => `Some text is in a legacy encoding (${encoding}).`,
    suggestion: {
      vi: "Chuyển sang Unicode (Unikey: công cụ chuyển mã) rồi kiểm tra lại.",
      en: "Convert it to Unicode (Unikey: its conversion tool), then check again.",
    },
  },
} satisfies MessageTable;

const HAS_DIGIT4 = /\d{4}/;
const LEGACY_HINT = /[¸µ¶·¹¨¾»¼½Æ©®ÑªÖ×ØÜÞßäå«æç¬îïñöøûüþ§¡¢£¤¥¦\u00AD]/;
const LEVEL_OF_2018: Record<string, string> = {
  "19/2018/TT-BGDĐT": "mầm non",
  "17/2018/TT-BGDĐT": "tiểu học",
  "18/2018/TT-BGDĐT": "THCS, THPT, nhiều cấp học",
};
const LEVEL_VI: Record<string, string> = {
  "mam-non": "mầm non",
  "tieu-hoc": "tiểu học",
  thcs: "THCS",
  thpt: "THPT",
  "nhieu-cap": "phổ thông nhiều cấp học",
  gdtx: "GDTX",
};

interface Spot {
  text: string;
  pos: CellPos;
  role: string | null;
}

/** Every piece of text of the document: text rows and table cells (with their positions). */
function spots(plan: Parameters<Rule>[0]["plan"]): Spot[] {
  const out: Spot[] = plan.text.map((t) => ({ text: t.text, pos: { row: t.row, col: 0 }, role: null }));
  // Table cells matter only when they hold a year-like number or legacy-font characters.
  for (const r of plan.rows) {
    for (const role in r.cells) {
      const c = r.cells[role as keyof typeof r.cells];
      if (c && (HAS_DIGIT4.test(c.text) || LEGACY_HINT.test(c.text))) out.push({ text: c.text, pos: c.pos, role });
    }
  }
  return out;
}

/**
 * The "Căn cứ" item each text row belongs to: consecutive rows joined until one ends a clause (PDF text and
 * wrapped cells break one item over several rows). Row → item text.
 */
function citationItems(text: { row: number; text: string }[]): Map<number, string> {
  const out = new Map<number, string>();
  // A new item: a "Căn cứ" or a bullet (a wrapped line may well begin with "Thông tư số …": not a new item).
  const START = /^(?:[-+•*]|can cu)/;
  let rows: number[] = [];
  let parts: string[] = [];
  let last = -10;
  const flush = () => {
    const joined = parts.join(" ");
    for (const r of rows) out.set(r, joined);
    rows = [];
    parts = [];
  };
  for (const t of text) {
    const clean = t.text.replace(/\s+/g, " ").trim();
    const prev = parts[parts.length - 1] ?? "";
    if (
      parts.length &&
      (/[;.:]$/.test(prev) || START.test(foldDiacritics(clean)) || t.row - last > 3 || parts.length >= 8)
    )
      flush();
    rows.push(t.row);
    parts.push(clean);
    last = t.row;
  }
  flush();
  return out;
}

/**
 * A quoted guideline that covers several circulars ("Hướng dẫn … thực hiện Thông tư 17, 18, 19/2018"): the item
 * cites the school's own circular together with the others, as a guideline or as one list. Not a wrong citation.
 */
export function quotesSeveralCirculars(item: string, expected: string): boolean {
  const cites = parseCitations(item).filter((c) => c.kind === "thong-tu" && c.canonical);
  const canon = new Set(cites.map((c) => c.canonical!.replace("BGDDT", "BGDĐT")).filter((c) => c in LEVEL_OF_2018));
  if (canon.size < 2 || !canon.has(expected)) return false;
  const lead = foldDiacritics(item)
    .replace(/^[\s\-+•*]+/, "")
    .replace(/^can cu\s*(vao\s*)?/, "");
  return (
    /^(huong dan|cong van|ke hoach|quyet dinh|van ban|thong bao|chi thi)\b/.test(lead) || cites.some((c) => c.list)
  );
}

export const docRules: Rule = ({ plan }) => {
  const out: Finding[] = [];
  const ctx = plan.context;
  const all = spots(plan);
  const textSpots = all.filter((s) => s.role === null);
  const expected = ctx.level && ctx.regime ? circularFor(ctx.level, ctx.regime) : null;
  const flagged = new Set<string>();
  const items = citationItems(plan.text);
  for (const s of textSpots) {
    for (const c of parseCitations(s.text)) {
      const canon = c.canonical?.replace("BGDDT", "BGDĐT") ?? null;
      if (!c.complete && (c.kind === "thong-tu" || c.kind === "cong-van")) {
        out.push(finding({ severity: "warning", cell: s.pos, ...said(DOC_TEXT.incompleteCitation, c.raw, expected) }));
        continue;
      }
      if (!canon || c.kind !== "thong-tu") {
        if (c.kind === "cong-van" && canon && ctx.level && ctx.regime) {
          const g = guidanceFor(ctx.level, ctx.regime);
          const isGuidance = /^59(32|42)\/BGDĐT-QLCL$/.test(canon);
          if (isGuidance && g && canon !== g && !flagged.has(canon)) {
            flagged.add(canon);
            out.push(
              finding({
                severity: "error",
                cell: s.pos,
                ...said(DOC_TEXT.wrongGuidance, canon, LEVEL_VI[ctx.level], g),
              }),
            );
          }
          if (isGuidance && ctx.regime === "2026" && !flagged.has(canon + "r")) {
            flagged.add(canon + "r");
            out.push(
              finding({ severity: "warning", cell: s.pos, ...said(DOC_TEXT.guidanceOf2018, canon, ctx.schoolYear) }),
            );
          }
        }
        continue;
      }
      if (flagged.has(canon)) continue;
      const is2018 = canon in LEVEL_OF_2018;
      const is57 = canon.startsWith("57/2026/");
      if (!is2018 && !is57) continue;
      if (ctx.regime === "2018" && is57) {
        flagged.add(canon);
        const text = said(DOC_TEXT.tt57Too2018, ctx.schoolYear, expected);
        out.push(
          finding({
            severity: "error",
            cell: s.pos,
            ...text,
            ...(expected ? {} : { suggestion: null }),
          }),
        );
      } else if (ctx.regime === "2026" && is2018) {
        flagged.add(canon);
        out.push(finding({ severity: "error", cell: s.pos, ...said(DOC_TEXT.replacedBy57, canon, ctx.schoolYear) }));
      } else if (ctx.regime === "2018" && is2018 && expected && canon !== expected && ctx.level) {
        if (quotesSeveralCirculars(items.get(s.pos.row) ?? s.text, expected)) continue;
        flagged.add(canon);
        const text = said(DOC_TEXT.levelMismatch, canon, LEVEL_OF_2018[canon], LEVEL_VI[ctx.level], expected);
        out.push(finding({ severity: "error", cell: s.pos, ...text }));
      }
    }
  }
  // Impossible years ("GDPT 20128") and reversed ranges ("từ năm 2029 đến 2024"), anywhere but period cells.
  for (const s of all) {
    if (s.role === "period" || s.role === "budget") continue;
    if (!HAS_DIGIT4.test(s.text)) continue;
    if (/\d{5}/.test(s.text))
      for (const y of findYearsInText(s.text)) {
        if (y.raw.length === 5 && readsAsYear(s.text, y.index, y.raw.length))
          out.push(
            finding({
              severity: "error",
              cell: s.pos,
              ...said(DOC_TEXT.impossibleYear, y.raw, yearCandidates(y.raw, s.text)),
            }),
          );
      }
    if (/(?:19|20)\d\d\D{1,20}(?:19|20)\d\d/.test(s.text))
      for (const r of findYearRanges(s.text)) {
        if (r.from > r.to)
          out.push(
            finding({ severity: "error", cell: s.pos, ...said(DOC_TEXT.reversedYearRange, r.raw, r.from, r.to) }),
          );
      }
  }
  // The title's school year against the periods of the table.
  if (ctx.schoolYear) {
    const y0 = Number(ctx.schoolYear.slice(0, 4));
    const starts = plan.rows.map((r) => r.period?.start).filter((s): s is string => Boolean(s));
    const years = starts.map((s) => (Number(s.slice(5, 7)) >= 9 ? Number(s.slice(0, 4)) : Number(s.slice(0, 4)) - 1));
    const other = years.filter((y) => y !== y0);
    if (years.length >= 2 && other.length * 2 > years.length) {
      const common = mode(other);
      const title = textSpots.find((s) => /n[aă]m h[oọ]c/i.test(s.text) && s.text.includes(ctx.schoolYear!));
      const text = said(DOC_TEXT.schoolYearMismatch, ctx.schoolYear, common);
      out.push(finding({ severity: "warning", cell: title?.pos ?? null, ...text }));
    }
  }
  const legacy = all.find((s) => LEGACY_HINT.test(s.text) && detectLegacyEncoding(s.text));
  if (legacy) {
    const enc = detectLegacyEncoding(legacy.text);
    out.push(
      finding({
        severity: "warning",
        cell: legacy.pos,
        ...said(DOC_TEXT.legacyEncoding, enc === "tcvn3" ? "TCVN3/ABC" : "VNI"),
      }),
    );
  }
  return out;
};

/** Years a 5-digit typo could stand for (one digit too many); "GDPT" points at the 2018 programme. */
function yearCandidates(raw: string, context: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < raw.length; i++) {
    const y = raw.slice(0, i) + raw.slice(i + 1);
    if (Number(y) >= 1990 && Number(y) <= 2040) out.add(y);
  }
  const list = [...out];
  if (/GDPT|giáo dục phổ thông/i.test(context) && list.includes("2018"))
    return ["2018", ...list.filter((y) => y !== "2018")];
  return list.length ? list : [raw.slice(0, 4)];
}

/** Words that say "a year follows" ("năm 20255", "GDPT 20128", "giai đoạn 2020-20255", "12/20255"). */
const YEAR_BEFORE = /(?:\bnam(?: hoc)?|\bgdpt|\bgiai doan|\bnien khoa|\bkhoa|\btu|\bden|\btoi|\/|[-–])\s*$/;
/** Counting nouns and units after a number: "20000 đầu sách" counts books, it is no year. */
const COUNT_AFTER = new RegExp(
  String.raw`^\s*(?:dau sach|cuon|quyen|ban\b|sach|hoc sinh|hs\b|giao vien|gv\b|nguoi|luot|dong\b|d\b|vnd|m2|m²|m3|` +
    String.raw`m\b|km|kg|cai|chiec|bo\b|phong|trang|gio|tiet|ngay cong|%|trieu|nghin|ngan|ty\b|cay|suat|phan|` +
    "tai lieu|dau)",
);

/** A five-digit number is a mistyped year only where a year is expected, never where it counts something. */
function readsAsYear(text: string, index: number, length: number): boolean {
  const before = foldDiacritics(text.slice(Math.max(0, index - 30), index)).toLowerCase();
  const after = foldDiacritics(text.slice(index + length, index + length + 20)).toLowerCase();
  if (COUNT_AFTER.test(after)) return false;
  return YEAR_BEFORE.test(before) || /^\s*[-–]\s*(?:19|20)\d\d/.test(after);
}

function mode(xs: number[]): number {
  const m = new Map<number, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1])[0][0];
}
