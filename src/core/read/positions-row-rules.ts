/**
 * Horizontal rules of a table without column borders (Word's "simple" table styles: a rule between rows, none between
 * columns; Chromium prints each cell's border as its own thin rectangle). The columns of such a table come from its
 * header labels and text (positions-unruled.ts); its rows come from these rules: a rule across most of the table's
 * width between two lines ends a row, and a table's lines further apart than a paragraph's are still its own when a
 * rule lies between them.
 */
import type { RulingLine } from "./positions";

/** A horizontal segment: y and its x extent (x1 < x2). */
export interface HRule {
  y: number;
  x1: number;
  x2: number;
}

/** The page's horizontal segments (a thin rectangle's top and bottom edges are two of them). */
export function horizontalRules(lines: RulingLine[]): HRule[] {
  return lines
    .filter((l) => Math.abs(l.y1 - l.y2) < 0.5 && Math.abs(l.x2 - l.x1) >= 2)
    .map((l) => ({ y: (l.y1 + l.y2) / 2, x1: Math.min(l.x1, l.x2), x2: Math.max(l.x1, l.x2) }));
}

/** Share of a table's width a rule must cover (cells' own segments joined) to end a row. */
const ACROSS = 0.6;

/**
 * A rule lies between two lines (below the upper line's baseline, above the lower line's letters) across most of the
 * table's width [left, right]: the segments in that band joined, their overlaps counted once.
 */
export function ruleBetween(rules: HRule[], upper: number, lower: number, left: number, right: number): boolean {
  if (!rules.length || lower <= upper) return false;
  const spans = rules
    .filter((r) => r.y > upper && r.y < lower)
    .map((r) => [Math.max(r.x1, left), Math.min(r.x2, right)] as const)
    .filter(([a, b]) => b > a)
    .sort((p, q) => p[0] - q[0]);
  let covered = 0;
  let end = left;
  for (const [a, b] of spans) {
    if (b <= end) continue;
    covered += b - Math.max(a, end);
    end = b;
  }
  return covered >= (right - left) * ACROSS;
}
