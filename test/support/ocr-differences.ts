/**
 * Where a plan read from an OCR'd PDF differs from its .docx, and whether each difference comes from the OCR text
 * itself. The evidence is poppler's text of two files (pdftotext -raw, committed beside the fixtures, not our
 * reader): the OCR layer's (`ocr`) and the page that was rasterised (`printed`). A row the .docx has and the OCR
 * reading lost is explained when its leading cells are printed but the OCR layer does not say them; a row the OCR
 * reading has in excess, or a cell read differently, when it carries words the OCR layer says and the printed page
 * does not.
 */
import type { Plan, PlanRow } from "../../src/core/types";

const flat = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();
const tokens = (s: string) => flat(s).split(" ").filter(Boolean);

export interface TextEvidence {
  ocr: string;
  printed: string;
}

export interface Difference {
  /** "row" (a whole row lost or in excess) or the role of a cell read differently. */
  what: string;
  docx: string | null;
  ocr: string | null;
  /** Why the OCR text explains it, or null when nothing does (a reading error of ours). */
  because: string | null;
  /** The criterion of the row concerned (either reading). */
  criterion: string | null;
}

/** A row as the matrix test compares it (test/support/pdf-variety-read.ts). */
const key = (r: PlanRow) => JSON.stringify([r.kind, r.standard, r.criterion, r.target, r.period, r.budget]);
const SOURCES: Record<string, string[]> = {
  kind: ["tt", "criterion"],
  standard: ["tt", "criterion"],
  criterion: ["tt", "criterion"],
  target: ["target"],
  period: ["period"],
  budget: ["budget"],
};
const FIELDS = ["kind", "standard", "criterion", "target", "period", "budget"];

/** The texts of a row's cells from its first one up to its criterion cell, in column order (["1", "3.2"]). */
function leading(r: PlanRow): string[] {
  const cells = Object.values(r.cells)
    .filter((c) => c && c.text.trim())
    .sort((a, b) => a!.pos.col - b!.pos.col);
  const upto = r.cells.criterion ? cells.indexOf(r.cells.criterion) : 0;
  return cells.slice(0, Math.max(0, upto) + 1).map((c) => flat(c!.text.split("\n")[0]));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The leading cells in this order on one line of text, with at most two cells not read between them. */
const leadingIn = (cells: string[], text: string) =>
  cells.length > 0 && new RegExp(`(^|\\s)${cells.map(escape).join("\\s+(?:\\S+\\s+){0,2}?")}(\\s|$)`).test(text);

/** Why a cell reads differently in the OCR reading: the words OCR says there that the page does not print. */
export function cellBecause(docx: string, ocr: string, ev: Evidence): string | null {
  const words = ocrOnly(ocr, ev);
  const missing = tokens(docx).filter((t) => !ev.ocrWords.has(t));
  if (words.length) return `the OCR layer says ${words.map((w) => `"${w}"`).join(", ")}`;
  if (missing.length) return `the OCR layer never says ${missing.map((w) => `"${w}"`).join(", ")}`;
  return null;
}

export interface Evidence {
  ocrWords: Set<string>;
  printedWords: Set<string>;
  ocrText: string;
  printedText: string;
}

export function evidence(text: TextEvidence): Evidence {
  return {
    ocrText: flat(text.ocr),
    printedText: flat(text.printed),
    ocrWords: new Set(tokens(text.ocr)),
    printedWords: new Set(tokens(text.printed)),
  };
}

/** Words OCR says in `got` that the printed text never has. */
function ocrOnly(got: string, ev: Evidence): string[] {
  return tokens(got).filter((t) => ev.ocrWords.has(t) && !ev.printedWords.has(t));
}

/** Rows aligned by their reading (longest common subsequence); unmatched rows paired in order between anchors. */
function align(a: string[], b: string[]): [number | null, number | null][] {
  const n = a.length;
  const m = b.length;
  const L = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) L[i][j] = a[i] === b[j] ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
  const out: [number | null, number | null][] = [];
  let i = 0;
  let j = 0;
  let lost: number[] = [];
  let extra: number[] = [];
  const flush = () => {
    for (let k = 0; k < Math.max(lost.length, extra.length); k++) out.push([lost[k] ?? null, extra[k] ?? null]);
    lost = [];
    extra = [];
  };
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      flush();
      i++;
      j++;
    } else if (j >= m || (i < n && L[i + 1][j] >= L[i][j + 1])) lost.push(i++);
    else extra.push(j++);
  }
  flush();
  return out;
}

export function ocrDifferences(docx: Plan, ocr: Plan, ev: Evidence, ocrGrid: string[][]): Difference[] {
  const out: Difference[] = [];
  const a = docx.rows.map(key);
  const b = ocr.rows.map(key);
  for (const [i, j] of align(a, b)) {
    const ref = i === null ? null : docx.rows[i];
    const got = j === null ? null : ocr.rows[j];
    if (ref && got) {
      const fa = JSON.parse(a[i!]) as unknown[];
      const fb = JSON.parse(b[j!]) as unknown[];
      const differing = FIELDS.filter((_, k) => JSON.stringify(fa[k]) !== JSON.stringify(fb[k]));
      const roles = new Set(differing.flatMap((f) => SOURCES[f]));
      const textOf = (r: PlanRow, role: string) => flat(r.cells[role as "tt"]?.text ?? "");
      const cells = [...roles].filter((role) => textOf(ref, role) !== textOf(got, role));
      const criterion = ref.criterion ?? got.criterion;
      if (!cells.length) out.push({ what: [...roles].join("/"), docx: a[i!], ocr: b[j!], because: null, criterion });
      for (const role of cells) {
        const d = ref.cells[role as "tt"]?.text ?? "";
        const o = got.cells[role as "tt"]?.text ?? "";
        out.push({ what: role, docx: flat(d), ocr: flat(o), because: cellBecause(d, o, ev), criterion });
      }
    } else if (ref) {
      const lead = leading(ref);
      const because =
        leadingIn(lead, ev.printedText) && !leadingIn(lead, ev.ocrText)
          ? `the page prints "${lead.join(" … ")}" on a line, the OCR layer does not say it`
          : null;
      out.push({ what: "row", docx: a[i!], ocr: null, because, criterion: ref.criterion });
    } else if (got) {
      const words = Object.values(got.cells).flatMap((c) => ocrOnly(c?.text ?? "", ev));
      // A row in excess: read from text that the OCR layer gives differently ("1V." for "IV." lets the table run on).
      const near = words.length ? words : nearbyOcrOnly(ocrGrid, got, ev);
      out.push({
        what: "row",
        docx: null,
        ocr: b[j!],
        because: near.length ? `the OCR layer says ${near.map((w) => `"${w}"`).join(", ")}` : null,
        criterion: got.criterion,
      });
    }
  }
  return out;
}

/** OCR-only words in the text right after a row in excess (the heading that should have ended the table). */
function nearbyOcrOnly(grid: string[][], row: PlanRow, ev: Evidence): string[] {
  const last = Math.max(...row.gridRows);
  return grid.slice(last + 1, last + 3).flatMap((r) => r.flatMap((c) => ocrOnly(String(c ?? ""), ev)));
}
