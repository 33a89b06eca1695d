/**
 * Specks in the table cells of a "searchable" scan's OCR layer: where Tesseract met a dotted border it wrote lines of
 * one letter or a few marks ("b", "A", "`", ": ‹ š") inside the cells, between the real lines. A line of a table
 * cell with no digit, at most one letter and nothing else but punctuation is dropped; a cell of only such a line is
 * kept as it is (it may be a mark the school wrote: "x"). Pure: used on grids read from an OCR layer only; a speck
 * read as a letter between two words of a period or budget cell is dropped in any text read by OCR (dropLoneSpecks).
 */
import type { PositionedText, RulingLine } from "./positions";
import { wordKind } from "../text/garble";

/** A letter (no \p{L}: ES2017 engines); everything else on a line without digits is a mark. */
const LETTER = /[A-Za-zÀ-ỹĐđ]/g;

/** Words of one letter that may end a wrapped line of a cell ("ở", "ý", "y" of "y tế", "à"). */
const ONE_LETTER_WORDS = /^[ởýyà][,.;:]?$/;

function isSpeck(line: string): boolean {
  const t = line.trim();
  if (!t || /\d/.test(t) || ONE_LETTER_WORDS.test(t)) return false;
  // One letter and marks around it, or marks only (no word of Vietnamese is a lone capital with a quote).
  return (t.match(LETTER)?.length ?? 0) <= 1;
}

/** The grid with speck lines dropped from the cells of table rows (rows of more than one cell). */
export function dropSpeckLines(grid: string[][]): string[][] {
  return grid.map((row) =>
    row.length < 2
      ? row
      : row.map((cell) => {
          const lines = cell.split("\n");
          if (lines.length < 2) return cell;
          const kept = lines.filter((l) => !isSpeck(l));
          return kept.length ? kept.join("\n") : cell;
        }),
  );
}

/** Marks OCR glues to a number from a border beside or under it ("60.000.00_", "¡0 đồng", "9_"). */
const SPECK_BEFORE = /^[_¡¬‹›„`^ˆ]+(?=\d)/;
const SPECK_AFTER = /[_¡¬‹›„`~^ˆ]+$/;
/** A number (digits, dots, commas) with such marks glued to it, and nothing else. */
const NUMBER_WITH_SPECKS = /^[_¡¬‹›„`^ˆ]*\d[\d.,]*[_¡¬‹›„`~^ˆ]*$/;

/** Marks typed text holds on a line of its own: a dash (read "-", "–", "_" or "~"), a bullet, a plus. */
const DASH_LIKE = /^[-–—_~+•·*=]+$/;

const isVertical = (l: RulingLine) => Math.abs(l.x1 - l.x2) < Math.abs(l.y1 - l.y2);
const along = (a: number, b: number, at: number) => Math.min(a, b) <= at && at <= Math.max(a, b);

/** The item without the marks glued to its number (its characters' starts, when known, follow). */
function trimNumber(it: PositionedText): PositionedText {
  const s = it.str;
  if (!NUMBER_WITH_SPECKS.test(s)) return it;
  const head = SPECK_BEFORE.exec(s)?.[0].length ?? 0;
  const tail = s.length - head - s.slice(head).replace(SPECK_AFTER, "").length;
  if (!head && !tail) return it;
  const keep = s.slice(head, s.length - tail);
  const starts = it.starts?.length === s.length ? it.starts : undefined;
  const end = it.x + it.width;
  const x = starts ? starts[head] : it.x + (it.width * head) / s.length;
  const right = starts ? (tail ? starts[s.length - tail] : end) : end - (it.width * tail) / s.length;
  return { ...it, str: keep, x, width: Math.max(0, right - x), starts: starts?.slice(head, s.length - tail) };
}

/**
 * A searchable scan's OCR layer before its table is built: marks glued to a number by a border are taken off it, and
 * a speck read as a line of its own inside a ruled cell that has other text is dropped — before the rows a page
 * break split are joined again, so that a speck at the top of the next page ("60.000.00_" + "R" + "0 đồng") does not
 * keep a number broken by the break from being rejoined (positions.ts). A cell holding only a speck keeps it (a mark
 * the school wrote: "x"); an item outside the ruled table is left as it is. Pure: used on OCR layers only.
 */
export function dropSpeckItems(items: PositionedText[], rulings: RulingLine[]): PositionedText[] {
  const trimmed = items.map(trimNumber);
  const vs = rulings.filter(isVertical);
  const hs = rulings.filter((l) => !isVertical(l));
  const mid = (it: PositionedText) => it.y - it.size * 0.3;
  const cellOf = (it: PositionedText) => {
    const [x, y] = [it.x + it.width / 2, mid(it)];
    const xs = vs.filter((v) => along(v.y1, v.y2, y)).map((v) => (v.x1 + v.x2) / 2);
    const ys = hs.filter((h) => along(h.x1, h.x2, x)).map((h) => (h.y1 + h.y2) / 2);
    const left = Math.max(...xs.filter((a) => a <= x));
    const right = Math.min(...xs.filter((a) => a >= x));
    const top = Math.max(...ys.filter((a) => a <= y));
    const bottom = Math.min(...ys.filter((a) => a >= y));
    return [left, right, top, bottom].every(Number.isFinite) ? { left, right, top, bottom } : null;
  };
  return trimmed.filter((it) => {
    // (A dash alone on its line — "Tháng 9/2026" / "-" / "8/2027", read "-" or "_" — is the range's dash: kept for
    // the period's reading, ocr-cells.ts.)
    if (!isSpeck(it.str) || DASH_LIKE.test(it.str.trim())) return true;
    const cell = cellOf(it);
    if (!cell) return true;
    const inCell = trimmed.filter((o) => {
      if (o === it || !o.str.trim()) return false;
      const [x, y] = [o.x + o.width / 2, mid(o)];
      return cell.left < x && x < cell.right && cell.top < y && y < cell.bottom;
    });
    const onLine = inCell.some((o) => Math.abs(o.y - it.y) <= Math.min(o.size, it.size) * 0.4);
    return onLine || !inCell.some((o) => !isSpeck(o.str));
  });
}

/** Letters that may stand alone in a period or budget cell as a Roman numeral ("HK I", "Quý IV", "Học kỳ V"). */
const ROMAN_LETTER = /^[IVXLivxl]$/;
/** A token of marks only that a speck is read as ("., ", "'", "`"); a dash, "+", "&" or "/" is typed text. */
const MARKS_ONLY = /^[.,'`´‘’"“”:;]+$/;
/** A word of letters only, with punctuation around it ("sinh,", "(Không"). */
const WORD = /^[("“'‘]*([A-Za-zÀ-ỹĐđ]+)[)"”'’.,;:]*$/;

const isSyllableWord = (token: string | undefined) => {
  const core = token === undefined ? null : WORD.exec(token)?.[1];
  return !!core && wordKind(core) === "syllable";
};

/**
 * A speck read as a letter or marks standing between two words of a period or budget cell ("Không Z phát sinh",
 * "Không ., phát sinh"): a token of one letter that is no Vietnamese syllable (not "a", "y", "ở") nor a Roman
 * numeral, or of marks only, between two words that are Vietnamese syllables, is dropped. A letter at a line's
 * start or end, or beside a number or a code, stays ("HK I", "Nhóm B"). Pure: for the period and budget cells of text
 * read by OCR only (ocr-cells.ts) — what a school typed is never changed.
 */
export function dropLoneSpecks(cell: string): string {
  return cell
    .split("\n")
    .map((line) => {
      const tokens = line.split(" ");
      const kept = tokens.filter((t, k) => {
        const speck =
          MARKS_ONLY.test(t) || (/^[A-Za-zÀ-ỹĐđ]$/.test(t) && !ROMAN_LETTER.test(t) && wordKind(t) !== "syllable");
        return !(speck && isSyllableWord(tokens[k - 1]) && isSyllableWord(tokens[k + 1]));
      });
      return kept.length === tokens.length ? line : kept.join(" ");
    })
    .join("\n");
}
