/**
 * The header band of a table without ruling lines: its labels found by their words (TT, Tiêu chuẩn/tiêu chí, Kết quả
 * cần đạt, …), over every line they are wrapped on — a vertically centred label may start above the others and end
 * below them — and the header cells they make (positions-unruled.ts reads the table under them).
 */
import { roleOfHeader } from "./index";
import { lineText, piecesOf, runOf, type Line, type Word } from "./positions-lines";
import { cutAtCapitals, isLower, isUpper } from "./positions-columns";
import type { HeaderCol } from "./positions-columns";
/**
 * "TT" run into the next header cell ("TT Tiêu chuẩn, tiêu chí": cells printed with no gutter) is a cell of its own.
 */
function headerRuns(w: Word): Word[] {
  // (A label drawn right after the one before it, with no space: "trợ" + "Ghi chú", is a word of its own.)
  const pieces = piecesOf(w)
    .flatMap(cutAtCapitals)
    .map((p, i, all) =>
      i && !p.sep && isLower(all[i - 1].text.slice(-1)) && isUpper(p.text[0]) ? { ...p, sep: " " } : p,
    );
  const tt = /^(s\.?\s*)?tt$/i;
  let k = tt.test(pieces[0].text) ? 1 : pieces.length > 2 && tt.test(pieces[0].text + pieces[1].text) ? 2 : 0;
  // Two labels run together ("Chỉ số đánh giá" + "Thời gian thực", "Dự kiến kinh" + "Điều kiện hỗ" + "Ghi"): a label
  // starts with a capital and goes on in lower case, so a capitalised word inside a run starts the next label
  // (unless every word is capitalised: a label in Title Case).
  const capital = (t: string) => isUpper(t[0] ?? "") && isLower(t[1] ?? "");
  const words = pieces.filter((p, i) => !i || p.sep);
  if (!k && words.length > 2 && words.some((p) => !capital(p.text)))
    k = Math.max(
      0,
      pieces.findIndex((p, i) => i > 0 && !!p.sep && capital(p.text)),
    );
  if (!k || k >= pieces.length) return [w];
  return [runOf(pieces.slice(0, k), w.size), ...headerRuns(runOf(pieces.slice(k), w.size))];
}

export function headerColumns(lines: Line[]): HeaderCol[] {
  const cols: HeaderCol[] = [];
  for (const l of lines) {
    const words = l.words.flatMap(headerRuns);
    for (let n = 0; n < words.length; n++) {
      const w = words[n];
      // (overlapping, not touching: labels printed with no gutter touch their neighbours)
      const hit = cols.filter((c) => w.x < c.x1 - 0.5 && w.x + w.width > c.x0 + 0.5);
      // A run across two header cells: the ends of two labels joined across a narrow gutter ("thực" + "chú"), taken
      // apart; one item across two cells is not a header band.
      if (hit.length > 1 && w.pieces && w.pieces.length > 1) {
        words.splice(n + 1, 0, ...w.pieces.map((p) => runOf([p], w.size)));
        continue;
      }
      if (hit.length > 1) return [];
      if (hit.length) {
        hit[0].x0 = Math.min(hit[0].x0, w.x);
        hit[0].x1 = Math.max(hit[0].x1, w.x + w.width);
        // "T" + "T" (a TT label wrapped in a narrow column) is one word again.
        hit[0].text += /(^|\s)[A-ZĐ]{1,2}$/.test(hit[0].text) && /^[A-ZĐ]{1,3}$/.test(w.text) ? w.text : ` ${w.text}`;
      } else cols.push({ x0: w.x, x1: w.x + w.width, text: w.text });
    }
  }
  return cols.sort((a, b) => a.x0 - b.x0);
}

function scoreHeader(cols: HeaderCol[]): number {
  const roles = cols.map((c) => roleOfHeader(c.text));
  const n = roles.filter(Boolean).length;
  if (n < 3 || n * 2 < cols.length || !roles.some((r) => r === "criterion" || r === "tasks")) return 0;
  return n * 10 - (cols.length - n);
}

/** Header labels never hold criterion codes, dates, amounts or sentence ends; the column numbers' row is not one. */
const dataLike = (l: Line) => /\d+\s*\.\s*\d|\d{1,2}\/\d{4}|<\/?p>|[a-zà-ỹ]\.$|^(\(\d{1,2}\)\s*)+$/.test(lineText(l));

export interface Band {
  /** The band's number of lines, its header cells, their score and the gap after its last line. */
  k: number;
  cols: HeaderCol[];
  score: number;
  after: number;
}

/** The header band starting at line i with at least `least` lines: the best-scored one (up to 16 lines). */
export function headerBand(lines: Line[], i: number, least: number): Band | null {
  let best: Band | null = null;
  for (let k = 1; k <= 16 && i + k <= lines.length; k++) {
    const last = lines[i + k - 1];
    if (k > 1 && (last.y - lines[i + k - 2].y > last.size * 2.5 || dataLike(last))) break;
    if (k < least) continue;
    const cols = headerColumns(lines.slice(i, i + k));
    const score = cols.length >= 3 ? scoreHeader(cols) : 0;
    const after = i + k < lines.length ? lines[i + k].y - last.y : Infinity;
    // Same score: the band that ends at the widest gap (rows have cell padding), else the longer band.
    if (score && (!best || score > best.score || (score === best.score && after >= best.after - 1)))
      best = { k, cols, score, after };
  }
  return best;
}

/**
 * The header band found from line i, grown upwards by the lines just above it that hold the first lines of its
 * taller, vertically centred labels (and downwards by their last lines): each word of such a line lies over one of
 * the band's cells or between them ("Người thực" over "hiện", a label whose other lines are all above or below the
 * band's first line), none runs across two cells, and the labels read no worse with them.
 */
export function bandFrom(lines: Line[], i: number, band: Band, used: Set<Line>): { top: number; band: Band } {
  const [x0, x1] = [band.cols[0].x0, band.cols[band.cols.length - 1].x1];
  let [top, best] = [i, band];
  while (top > 0 && !used.has(lines[top - 1]) && lines[top].y - lines[top - 1].y <= lines[top].size * 1.5) {
    const above = lines[top - 1];
    const within = above.words.every((w) => w.x >= x0 - 8 && w.x + w.width <= x1 + 8);
    const grown = !dataLike(above) && within ? headerBand(lines, top - 1, i + band.k - top + 1) : null;
    if (!grown || grown.cols.length < band.cols.length || grown.score < best.score) break;
    [top, best] = [top - 1, grown];
  }
  return { top, band: best };
}
