/**
 * Two OCR readings of the same pages, cell by cell: a "searchable" scan's own text layer and our own OCR of its page
 * images (src/hosts/file/pdf-reread.ts). The reading kept as a whole (ocr-quality.ts, betterReading) may still read a
 * cell worse than the other one does: our per-cell OCR read the "HK II" the layer had as "HKII" as "HKH", a period
 * that no longer reads. The rows of the two readings are paired (same criterion code, in order; rows between two
 * such pairs one to one when both readings have as many and no two codes differ), and in each pair the criterion,
 * period and budget cells are compared: a cell that reads (a criterion code, a period or a budget that parses) wins
 * over one that does not, and a budget cell holding an amount written with broken grouping ("15.000.0000 đ", which
 * the budget rules report) over one holding no amount (the layer read that cell as "Tường"); when neither reads,
 * the one with more Vietnamese syllables (fewer unreadable words) wins, and an empty cell stays empty unless the
 * other reads. Otherwise — both read, or the same worth — the kept
 * reading's cell stays: two parses that disagree give no reason to prefer either. Pure: grids in, grid out; used on
 * readings by OCR only.
 */
import type { ColumnRole, Plan, PlanRow } from "../types";
import { wordKind } from "../text/garble";
import { mainPlan, readPlans } from "./index";
import { analysisOf } from "../parse/budget";

/** The cells compared: those whose reading decides rows and findings. */
const ROLES = ["criterion", "period", "budget"] as const;
type Role = (typeof ROLES)[number];

/** A cell taken from the other reading (for the notes and tests). */
export interface CellTaken {
  /** Grid row and column of the kept reading's cell. */
  row: number;
  col: number;
  role: Role;
  kept: string;
  taken: string;
}

/**
 * How well a row's cell of the role reads: 2, a criterion code, a period or a budget that parses; 1, an amount
 * written with broken grouping ("15.000.0000 đ": the budget rules report it as the school wrote it — a reading, not
 * noise); 0, neither.
 */
function reads(row: PlanRow, role: Role): 0 | 1 | 2 {
  if (role === "criterion") return row.criterion && row.kind === "criterion" ? 2 : 0;
  const parse = role === "period" ? row.period : row.budget;
  if (parse && parse.kind !== "unparsed" && parse.kind !== "empty") return 2;
  const issues = role === "budget" ? (analysisOf(row.budget)?.issues ?? []) : [];
  return issues.some((i) => i.kind === "bad-grouping") ? 1 : 0;
}

/** Words that are Vietnamese syllables less words that are unreadable (numbers, codes and marks count nothing). */
export function syllableScore(text: string): number {
  let score = 0;
  for (const token of text.split(/[\s\-/.,;:()[\]"“”'‘’!?…–—+*=%&<>|_]+/)) {
    const kind = token ? wordKind(token) : "skipped";
    if (kind === "syllable") score++;
    else if (kind === "unreadable") score--;
  }
  return score;
}

type Reads = boolean | 0 | 1 | 2;
const rank = (r: Reads) => (r === true ? 2 : r === false ? 0 : r);

/**
 * Whether the other reading's cell is the better one (see the module's comment). `reads`: true or 2, the cell
 * parses; 1, it holds a malformed amount (better than no amount, worse than one that parses); false or 0, neither.
 */
export function otherCellBetter(kept: { text: string; reads: Reads }, other: { text: string; reads: Reads }) {
  const [k, o] = [rank(kept.reads), rank(other.reads)];
  if (!other.text.trim() || k >= 2) return false;
  if (o !== k) return o > k;
  // Neither reads: an empty cell stays empty (the school may have left it so), else the more Vietnamese one wins.
  return !!kept.text.trim() && syllableScore(other.text) > syllableScore(kept.text);
}

const rowsOf = (plan: Plan) => plan.rows.filter((r) => r.kind === "criterion" || r.kind === "task");
const keyOf = (r: PlanRow) => (r.kind === "criterion" && r.criterion ? r.criterion : null);

/**
 * Pairs of rows (kept, other): rows with the same criterion code in the same order (the longest common sequence of
 * codes), then, between two such pairs, the rows one to one where both readings have as many rows there (unless
 * both rows' codes read, and differ).
 */
export function pairRows(kept: PlanRow[], other: PlanRow[]): [number, number][] {
  const [n, m] = [kept.length, other.length];
  // Longest common subsequence of criterion codes (rows without a code match nothing).
  const len = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) {
      const k = keyOf(kept[i]);
      len[i][j] = k !== null && k === keyOf(other[j]) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
    }
  const anchors: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m;) {
    const k = keyOf(kept[i]);
    if (k !== null && k === keyOf(other[j])) anchors.push([i++, j++]);
    else if (len[i + 1][j] >= len[i][j + 1]) i++;
    else j++;
  }
  const pairs: [number, number][] = [];
  let [i0, j0] = [0, 0];
  for (const [i, j] of [...anchors, [n, m] as [number, number]]) {
    // (Two rows whose criterion codes both read, and differ, are not one row.)
    if (i - i0 === j - j0)
      for (let d = 0; d < i - i0; d++)
        if (keyOf(kept[i0 + d]) === null || keyOf(other[j0 + d]) === null) pairs.push([i0 + d, j0 + d]);
    if (i < n) pairs.push([i, j]);
    [i0, j0] = [i + 1, j + 1];
  }
  return pairs;
}

/** The text of a row's cell as the grid holds it: one grid row's cell, or several joined. */
const cellText = (r: PlanRow, role: ColumnRole) => r.cells[role]?.text ?? "";

/**
 * The kept reading with each criterion, period and budget cell the other reading reads better taken from it, and
 * the cells taken. A cell spread over several grid rows (a row continued) is written whole into the first.
 */
export function chooseCells(kept: string[][], other: string[][]): { grid: string[][]; taken: CellTaken[] } {
  const a = mainPlan(readPlans(kept));
  const b = mainPlan(readPlans(other));
  const [ra, rb] = [rowsOf(a), rowsOf(b)];
  const grid = kept.map((row) => row.slice());
  const taken: CellTaken[] = [];
  for (const [i, j] of pairRows(ra, rb))
    for (const role of ROLES) {
      const col = a.columns[role];
      if (col === undefined || b.columns[role] === undefined) continue;
      const [x, y] = [ra[i], rb[j]];
      const mine = { text: cellText(x, role), reads: reads(x, role) };
      const theirs = { text: cellText(y, role), reads: reads(y, role) };
      if (!otherCellBetter(mine, theirs)) continue;
      const rows = x.gridRows.filter((g) => col < grid[g].length);
      if (!rows.length) continue;
      rows.forEach((g, k) => (grid[g][col] = k === 0 ? theirs.text : ""));
      taken.push({ row: rows[0], col, role, kept: mine.text, taken: theirs.text });
    }
  return { grid, taken };
}
