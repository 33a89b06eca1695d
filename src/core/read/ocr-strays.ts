/**
 * Strokes of a cell's border read by OCR as part of the word beside it: a vertical line glued to the first or last
 * word of a cell's line comes out as "l", "I", "|", "!" or "]" ("Cả năm lhọc", "lvà quản lý", "trưởng|").
 * Vietnamese is written in a closed set of syllables (src/core/text/syllables-data.ts, the garble guard's list):
 * no syllable begins with l or I before a consonant, none ends in one of these characters. A word that is no
 * syllable but becomes one when such a character is dropped from its start or its end gets it dropped; any other
 * word is left as OCR read it. Digits are never dropped, nor a capital I at a word's end: glued to a word they are a
 * number or numeral whose space OCR lost ("1tháng", "Học kỳI", "kỳ1"). Pure: for text read by OCR only (a
 * searchable scan's layer, our own OCR) — what a school typed is never changed.
 */
import { wordKind } from "../text/garble";

/** What OCR makes of a border's stroke before a word, and after it. */
const LEADING = "lI|!]¦";
const TRAILING = "l|!]¦";
/** A Vietnamese-only letter or tone mark: a word carrying one is Vietnamese (a "1" before it is no count). */
const VIETNAMESE = /[đĐăĂâÂêÊôÔơƠưƯ\u1ea0-\u1ef9àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵÀÁÃÈÉÌÍÒÓÕÙÚÝ]/;
/** Punctuation that may stand around a word in a cell. */
const AROUND = /^([("“'‘]*)([\s\S]*?)([)"”'’.,;:?]*)$/; // [\s\S], not the s flag: ES2017 (EdgeHTML)

const syllable = (w: string) => wordKind(w) === "syllable";

/**
 * The word without a border's stroke at its start or end, or the word as it is. The word as read must not be a
 * syllable, and what is left must be one; a word with no Vietnamese letter or mark must be unreadable as it is (an
 * "Ian" or "lbs" stays).
 */
export function dropStrayStroke(word: string): string {
  const [, pre, core, post] = AROUND.exec(word) ?? ["", "", word, ""];
  if (core.length < 2 || syllable(core)) return word;
  const meant = (w: string) => syllable(w) && (VIETNAMESE.test(w) || wordKind(core) === "unreadable");
  const tries: string[] = [];
  const head = LEADING.includes(core[0]);
  const tail = TRAILING.includes(core[core.length - 1]);
  if (head) tries.push(core.slice(1));
  if (tail) tries.push(core.slice(0, -1));
  if (head && tail && core.length > 2) tries.push(core.slice(1, -1));
  const found = tries.find((w) => w.length > 0 && meant(w.normalize("NFC")));
  return found === undefined ? word : pre + found + post;
}

/** A cell's text with every word cleared of a border's stroke (dropStrayStroke); spaces and lines kept. */
export function dropStrayStrokes(cell: string): string {
  if (!/[lI|!\]¦]/.test(cell)) return cell;
  return cell.replace(/[^\s]+/g, dropStrayStroke);
}
