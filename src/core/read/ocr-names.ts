/**
 * Criterion names in a grid read by OCR, spelled again from the catalogs: OCR drops spaces ("Quản lýhành chính"),
 * swaps a mark ("nội bệ" for "nội bộ") or reads a border speck as letters ("Đối với giáo VA viên"), and the name
 * check would then report a name the school wrote correctly. A cell that starts with "Tiêu chí X.Y" keeps its code;
 * the words after it that read (letters compared, marks and spaces ignored) at least 85 % like the official name of
 * X.Y in one of the catalogs given become that name; the rest of the cell is kept as read. A name that is not that
 * close (a name the school really wrote differently) is left as it is. Pure: used on grids read by OCR only.
 */
import type { Catalog } from "../types";
import { similarLetters } from "./ocr-pages";

const CODE = /^(\s*(?:<[^>]+>\s*)*["'`“]?\s*ti[eê]u\s*ch[ií]\s*)(\d{1,2}\.\d{1,2})(\s*[:.\-–—]?\s*)([\s\S]*)$/i;

/** Alike enough to be the same name read by OCR. */
const SAME = 0.85;

function namesByCode(catalogs: Catalog[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of catalogs)
    for (const s of c.standards)
      for (const cr of s.criteria) out.set(cr.code, [...(out.get(cr.code) ?? []), cr.name.normalize("NFC")]);
  return out;
}

/** The cell with its criterion name spelled as in the catalog, or the cell as it is. */
function respell(cell: string, names: Map<string, string[]>): string {
  const m = CODE.exec(cell);
  if (!m) return cell;
  const candidates = names.get(m[2]);
  if (!candidates) return cell;
  const tokens = m[4].split(/(\s+)/); // words and the spaces between them, kept
  let best = { score: SAME, name: "", end: 0 };
  for (const name of candidates) {
    const n = name.split(/\s+/).length;
    for (let k = Math.max(1, n - 3); k <= n + 5 && 2 * k - 1 <= tokens.length; k++) {
      const prefix = tokens.slice(0, 2 * k - 1).join("");
      const score = similarLetters(prefix.replace(/[(][\s\S]*$/, ""), name);
      if (score >= best.score && !(score === best.score && best.name)) best = { score, name, end: 2 * k - 1 };
    }
  }
  if (!best.name) return cell;
  const prefix = tokens.slice(0, best.end).join("");
  // Punctuation after the name ("…tài sản." / "…giáo viên:") stays.
  const tail = /[.,;:]+$/.exec(prefix)?.[0] ?? "";
  if (prefix === best.name + tail) return cell;
  return `${m[1]}${m[2]}${m[3]}${best.name}${tail}${tokens.slice(best.end).join("")}`;
}

/** Every cell of the grid that starts with a criterion code gets its name respelled where OCR misread it. */
export function respellCriterionNames(grid: string[][], catalogs: Catalog[]): string[][] {
  const names = namesByCode(catalogs);
  return grid.map((row) => row.map((cell) => respell(cell, names)));
}
