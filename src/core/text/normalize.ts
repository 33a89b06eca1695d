/**
 * Vietnamese text normalization for COMPARING only. The user's text is never rewritten with these.
 */

import { StringBuilder } from "./builder";

const LOOKALIKES: Record<string, string> = {
  "\u00D0": "Đ", // Ð Latin capital eth (looks like Đ)
  "\u00F0": "đ", // ð
  "\u0189": "Đ", // Ɖ African D
  "\u01A3": "ư", // ƣ (oi) used by broken fonts for ư
  "\u01A2": "Ư", // Ƣ
  "\u00A0": " ",
  "\u2007": " ",
  "\u202F": " ",
  "\u200B": "",
  "\uFEFF": "",
  "\u2013": "-",
  "\u2014": "-",
  "\u2212": "-",
  "\u2010": "-",
  "\u2011": "-",
};
const NON_ASCII = /[^ -~\t\n\r]/;
const LOOKALIKE_TEST = /[\u00D0\u00F0\u0189\u01A3\u01A2\u00A0\u2007\u202F\u200B\uFEFF\u2013\u2014\u2212\u2010\u2011]/;
const LOOKALIKE_RE = /[\u00D0\u00F0\u0189\u01A3\u01A2\u00A0\u2007\u202F\u200B\uFEFF\u2013\u2014\u2212\u2010\u2011]/g;

/** Old-style tone placement → new style ("hoá" → "hóa", "uỷ" → "ủy"), on NFC lower-case text: one regex. */
const TONE_MAP: Record<string, string> = {};
const TONE_RE: RegExp = (() => {
  // vowel pairs oa, oe, uy: old style puts the tone on the second vowel; new style on the first.
  const tones = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"];
  const olds: string[] = [];
  for (const [a, b] of [
    ["o", "a"],
    ["o", "e"],
    ["u", "y"],
  ]) {
    for (const t of tones) {
      const oldForm = (a + (b + t)).normalize("NFC");
      TONE_MAP[oldForm] = ((a + t).normalize("NFC") + b).normalize("NFC");
      olds.push(oldForm);
    }
  }
  // only when the pair ends the syllable (hoá, khoẻ, thuỷ), not "hoàn", "tuyển"
  return new RegExp(
    `(${olds.join("|")})(?![a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ])`,
    "g",
  );
})();

/** Replace look-alike code points by the Vietnamese letter they imitate; NFC. Case is kept. */
export function fixLookalikes(s: string): string {
  const t = String(s ?? "");
  // ASCII-only text needs nothing; otherwise NFC (decomposed Unikey input) and look-alike letters.
  if (!NON_ASCII.test(t)) return t;
  const n = t.normalize("NFC");
  return LOOKALIKE_TEST.test(n) ? n.replace(LOOKALIKE_RE, (c) => LOOKALIKES[c] ?? c) : n;
}

/** For comparing: NFC, look-alikes, lower-case, new-style tone placement, whitespace runs → one space, trimmed. */
export function normalizeForCompare(s: string): string {
  return fixLookalikes(s)
    .toLowerCase()
    .replace(TONE_RE, (m) => TONE_MAP[m] ?? m)
    .replace(/\s+/g, " ")
    .trim();
}

/** For searching: normalizeForCompare, then diacritics removed and đ → d. */
/** Code point → folded (lower-case, no diacritics) string, for every Latin letter; built once from NFD. */
const FOLD: string[] = (() => {
  // Dense (no holes): a sparse array falls back to slow dictionary lookups on every character.
  const m = new Array<string | undefined>(0x1efa).fill(undefined) as string[];
  for (let cp = 0; cp < 128; cp++) m[cp] = String.fromCharCode(cp).toLowerCase();
  const add = (cp: number) => {
    const ch = String.fromCharCode(cp);
    const base = ch
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase();
    m[cp] = base.length === 1 ? base : ch.toLowerCase();
  };
  for (let cp = 0xc0; cp <= 0x24f; cp++) add(cp);
  for (let cp = 0x1ea0; cp <= 0x1ef9; cp++) add(cp);
  m[0x110] = "d";
  m[0x111] = "d";
  for (let cp = 0x300; cp <= 0x36f; cp++) m[cp] = "";
  return m;
})();

/**
 * Folded short texts, remembered: a plan repeats its labels, criterion names, periods and amounts row after row, and
 * the reader folds each cell several times. Pure memo (same text, same result); bounded, emptied when full.
 */
const FOLDED = new Map<string, string>();
const FOLDED_MAX = 4096;
const FOLDED_LENGTH = 256;

/** For searching: lower-case, diacritics removed, đ → d, look-alikes fixed, whitespace runs → one space, trimmed. */
export function foldDiacritics(s: string): string {
  if (typeof s !== "string" || s.length > FOLDED_LENGTH) return foldText(s);
  let folded = FOLDED.get(s);
  if (folded === undefined) {
    if (FOLDED.size >= FOLDED_MAX) FOLDED.clear();
    FOLDED.set(s, (folded = foldText(s)));
  }
  return folded;
}

function foldText(s: string): string {
  // Tone placement does not matter once diacritics are gone. NFC first (Unikey may type decomposed text).
  const t = fixLookalikes(s);
  // Linear in the text (issue 27): code units into a typed buffer, turned into a string in chunks — no
  // per-character string concatenation (a rope of millions of nodes took gigabytes for one long paragraph).
  let buf = new Uint16Array(t.length + 8);
  let n = 0;
  let pendingSpace = false;
  const put = (str: string) => {
    if (n + str.length + 1 > buf.length) {
      const bigger = new Uint16Array(buf.length * 2 + str.length + 1);
      bigger.set(buf.subarray(0, n));
      buf = bigger;
    }
    if (pendingSpace) {
      buf[n++] = 32;
      pendingSpace = false;
    }
    for (let k = 0; k < str.length; k++) buf[n++] = str.charCodeAt(k);
  };
  for (let i = 0; i < t.length; i++) {
    const cp = t.charCodeAt(i);
    if (cp === 32 || cp === 9 || cp === 10 || cp === 13 || cp === 12 || cp === 11) {
      pendingSpace = n > 0;
      continue;
    }
    if (cp < 128 && !pendingSpace && n < buf.length) {
      buf[n++] = cp >= 65 && cp <= 90 ? cp + 32 : cp;
      continue;
    }
    const f = FOLD[cp];
    const ch = f !== undefined ? f : t[i].toLowerCase();
    if (ch) put(ch);
  }
  return codesToString(buf, n);
}

/** A UTF-16 buffer as a string, 8,192 code units at a time (no argument-count limit, no rope). */
function codesToString(buf: Uint16Array, n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i += 8192) {
    parts.push(String.fromCharCode.apply(null, buf.subarray(i, Math.min(n, i + 8192)) as unknown as number[]));
  }
  return parts.join("");
}

/** Words of a text after folding, punctuation dropped (for fuzzy comparisons). */
export function wordsOf(s: string): string[] {
  return foldDiacritics(s)
    .replace(/[^a-z0-9.]+/g, " ")
    .split(" ")
    .filter(Boolean);
}

const FOLDED_CHARS = new Map<string, string>();
function foldChar(ch: string): string {
  let x = FOLDED_CHARS.get(ch);
  if (x === undefined) {
    const f = /\s/.test(ch) ? " " : foldDiacritics(ch);
    x = f.length === ch.length ? f : "?".repeat(ch.length);
    if (FOLDED_CHARS.size < 2000) FOLDED_CHARS.set(ch, x);
  }
  return x;
}

/**
 * The user's own text for a span found in the folded text ("15.000.0000 dong" → "15.000.0000 đồng"): each
 * character of `raw` folds to one character, so the folded span is searched in the per-character fold of `raw`.
 */
export function spanAsWritten(raw: string, folded: string): string {
  const want = folded.trim();
  if (!want || raw.includes(want)) return want;
  const b = new StringBuilder();
  for (const ch of raw) b.push(foldChar(ch));
  const g = b.toString();
  const pattern = want.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ +/g, "\\s+");
  const m = new RegExp(pattern).exec(g);
  return m ? raw.slice(m.index, m.index + m[0].length) : want;
}

export { detectLegacyEncoding, convertLegacy } from "./legacy";
