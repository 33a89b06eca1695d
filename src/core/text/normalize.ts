/**
 * Vietnamese text normalization for COMPARING only. The user's text is never rewritten with these.
 */

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
const LOOKALIKE_RE = /[\u00D0\u00F0\u0189\u01A3\u01A2\u00A0\u2007\u202F\u200B\uFEFF\u2013\u2014\u2212\u2010\u2011]/g;

/** Old-style tone placement → new style ("hoá" → "hóa", "uỷ" → "ủy"), on NFC lower-case text. */
const TONE_PAIRS: [RegExp, string][] = (() => {
  // vowel pairs oa, oe, uy: old style puts the tone on the second vowel; new style on the first.
  const tones = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"];
  const out: [RegExp, string][] = [];
  for (const [a, b] of [
    ["o", "a"],
    ["o", "e"],
    ["u", "y"],
  ]) {
    for (const t of tones) {
      const oldForm = (a + (b + t)).normalize("NFC");
      const newForm = ((a + t).normalize("NFC") + b).normalize("NFC");
      // only when the pair ends the syllable (hoá, khoẻ, thuỷ), not "hoàn", "tuyển"
      out.push([new RegExp(oldForm + "(?![a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ])", "g"), newForm]);
    }
  }
  return out;
})();

/** Replace look-alike code points by the Vietnamese letter they imitate; NFC. Case is kept. */
export function fixLookalikes(s: string): string {
  return String(s ?? "").normalize("NFC").replace(LOOKALIKE_RE, (c) => LOOKALIKES[c] ?? c);
}

/** For comparing: NFC, look-alikes, lower-case, new-style tone placement, whitespace runs → one space, trimmed. */
export function normalizeForCompare(s: string): string {
  let t = fixLookalikes(s).toLowerCase();
  for (const [re, rep] of TONE_PAIRS) t = t.replace(re, rep);
  return t.replace(/\s+/g, " ").trim();
}

/** For searching: normalizeForCompare, then diacritics removed and đ → d. */
export function foldDiacritics(s: string): string {
  return normalizeForCompare(s)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .normalize("NFC");
}

/** Words of a text after folding, punctuation dropped (for fuzzy comparisons). */
export function wordsOf(s: string): string[] {
  return foldDiacritics(s)
    .replace(/[^a-z0-9.]+/g, " ")
    .split(" ")
    .filter(Boolean);
}

export { detectLegacyEncoding, convertLegacy } from "./legacy";
