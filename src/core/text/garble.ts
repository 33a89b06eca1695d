/**
 * The garbled-text guard: Vietnamese is written in a closed set of syllables (src/core/text/syllables-data.ts,
 * generated from the orthography rules by scripts/gen-syllables.js). Text extracted from a PDF whose letters came
 * out scrambled ("tri uệ", "vàk ế ho chạ") or mapped to wrong characters (a broken ToUnicode map) is full of words
 * that are no syllable. Numbers, codes, abbreviations (THCS, BGDĐT) and single marks ("x") are not counted.
 */
import { GARBLED_PREFIX } from "./garble-prefix";
import { SYLLABLES } from "./syllables-data";

export { GARBLED_PREFIX };

let syllables: Set<string> | null = null;
const syllableSet = () => (syllables ??= new Set(SYLLABLES.split(" ")));

/** Tone marks (huyền, sắc, ngã, hỏi, nặng) in NFD; vowel marks (â ă ê ô ơ ư) are kept. */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const LETTERS = /^(?:[a-zA-Z\u00c0-\u024f\u1e00-\u1eff]|[\u0300-\u036f])+$/;
const VIETNAMESE_ONLY = /[đĐăĂâÂêÊôÔơƠưƯ\u1ea0-\u1ef9]|[\u0300-\u036f]/;

export type WordKind = "syllable" | "skipped" | "unreadable";

/** One word (no spaces, no punctuation around it). */
export function wordKind(word: string): WordKind {
  if (!word || /\d/.test(word)) return "skipped"; // numbers, dates, codes (1.4, 5.000.000, 25/KH)
  const nfd = word.normalize("NFD");
  if (!LETTERS.test(nfd)) return "skipped"; // symbols, other scripts
  const tones = nfd.match(TONES) ?? [];
  const base = nfd.replace(TONES, "").normalize("NFC").toLowerCase();
  if (tones.length <= 1 && syllableSet().has(base)) {
    // A syllable closed by p, t, c, ch takes only the sắc or nặng tone.
    if (tones.length && /(p|t|c|ch)$/.test(base) && !/[\u0301\u0323]/.test(tones[0] ?? "")) return "unreadable";
    return "syllable";
  }
  if (word.length === 1) return "skipped"; // list letters "a)", "b)", marks "x", roman "V"
  // Abbreviations and codes in capitals (THCS, BGDĐT, CMHS, PHT); foreign words without Vietnamese letters are
  // proper names or terms (Stem, Zalo, online): not counted either.
  if (word === word.toUpperCase() && word.length <= 8) return "skipped";
  if (!VIETNAMESE_ONLY.test(word) && tones.length === 0 && word.length >= 3) return "skipped";
  return "unreadable";
}

/** Share of unreadable words in the texts (0 when there are too few words to judge). */
export function unreadableShare(texts: string[]): { words: number; unreadable: number; share: number } {
  let words = 0;
  let unreadable = 0;
  // A plan repeats a few thousand words many times: each is judged once (for this call only).
  const judged = new Map<string, WordKind>();
  for (const t of texts) {
    for (const token of t.split(/[\s\-/.,;:()[\]"“”'‘’!?…–—+*=%&<>|_]+/)) {
      let kind = judged.get(token);
      if (kind === undefined) judged.set(token, (kind = wordKind(token)));
      if (kind === "skipped") continue;
      words++;
      if (kind === "unreadable") unreadable++;
    }
  }
  return { words, unreadable, share: words >= 30 ? unreadable / words : 0 };
}

/** From this share of unreadable words on, a file's extracted text is said to be garbled. */
export const GARBLED_SHARE = 0.08;

/** The file-level message for a PDF whose text came out garbled, or null. */

export function garbledNotice(grid: string[][]): { vi: string; en: string } | null {
  const { share } = unreadableShare(grid.flat());
  if (share < GARBLED_SHARE) return null;
  const pct = Math.round(share * 100);
  return {
    vi: `${GARBLED_PREFIX} (${pct} % từ không đọc được) — kết quả có thể sai; ` + "hãy dùng bản Word/Excel gốc nếu có",
    en:
      `The PDF's text came out garbled (${pct} % of words unreadable): results may be wrong; use the ` +
      `original Word/Excel file if you have it`,
  };
}
