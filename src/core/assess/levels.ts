/**
 * Self-assessment levels in: the level of each criterion (0 = below Mức 1, "Không đạt"), with the user's own
 * texts about the current state, the weakness and its cause when the source gives them. Readers:
 *   - the "x"-mark table: a header with Mức 1 | Mức 2 | Mức 3 (and "Không đạt") columns, an "x" under the level;
 *   - a column of levels next to the criterion codes ("1.1 | Mức 2", "Tiêu chí 1.2 | Không đạt");
 *   - a pasted list "1.1 Mức 2, 1.2 Mức 1; 1.3: Chưa đạt …" (any separators, any lines);
 *   - the level table the plan reader already finds in plans (PDF text "Tiêu chí 3.2  x").
 * Pure and total: bad input gives an empty set with problems in Vietnamese, never an exception.
 */
import type { Catalog, Plan } from "../types";
import { foldDiacritics } from "../text/normalize";
import { parseCriterionRef, parseStandardRef } from "../parse/refs";
import { findCriterion } from "../catalogs/index";
import { readPlan } from "../read/index";

/** The user's own words about a criterion (or a standard), kept exactly as written. */
export interface LevelNote {
  state?: string;
  weakness?: string;
  cause?: string;
}

export interface LevelSet {
  /** Criterion code → level reached (0 = not even Mức 1). Criteria absent here are not assessed. */
  levels: Record<string, number>;
  /** Criterion code → the user's texts. */
  notes: Record<string, LevelNote>;
  /** TT57: standard number → "Điểm hạn chế trọng tâm và nguyên nhân" of the standard, when given. */
  standardNotes: Record<number, LevelNote>;
  /** How the levels were found. */
  source: "x-grid" | "column" | "list" | "plan-table" | "pane" | "none";
  /** Vietnamese messages about what could not be used (unknown codes, levels above the criterion's). */
  problems: string[];
}

export const emptyLevelSet = (): LevelSet => ({
  levels: {},
  notes: {},
  standardNotes: {},
  source: "none",
  problems: [],
});

const MARK = /^(x|v|✓|✔|✗|☒|■|dat)$/;
const str = (c: unknown) => String(c ?? "").trim();

/** "Mức 2", "mức II", "M2", "2", "Đạt Mức 1", "Không đạt", "Chưa đạt Mức 1" → level; null when not a level. */
export function parseLevelText(text: string): number | null {
  const f = foldDiacritics(str(text))
    .replace(/[.;,:]+$/, "")
    .trim();
  if (!f) return null;
  if (/^(khong dat|chua dat)(\s*(muc\s*(1|i))?)?$/.test(f) || /^khong dat\s*\(muc\s*1\)$/.test(f)) return 0;
  const m = /^(?:dat\s*)?(?:muc|m)\s*\.?\s*(iv|iii|ii|i|[0-4])$/.exec(f) ?? /^([0-4])$/.exec(f);
  if (!m) return null;
  return { i: 1, ii: 2, iii: 3, iv: 4 }[m[1] as "i"] ?? Number(m[1]);
}

/** Header cell → the level its column stands for (x-mark tables), or a note role. */
function headerRole(cell: string): { level: number } | { note: keyof LevelNote } | { levelColumn: true } | null {
  const f = foldDiacritics(str(cell)).replace(/\s+/g, " ");
  if (!f) return null;
  const lv = parseLevelText(f);
  if (lv !== null && !/^[0-4]$/.test(f)) return { level: lv };
  if (/^(muc dat|muc do dat|ket qua( tu danh gia| dat)?|muc|danh gia)$/.test(f)) return { levelColumn: true };
  if (/han che/.test(f) && !/nguyen nhan/.test(f)) return { note: "weakness" };
  if (/nguyen nhan/.test(f)) return { note: "cause" };
  if (/hien trang|diem manh|mo ta/.test(f)) return { note: "state" };
  return null;
}

function codeIn(cells: string[]): { code: string; col: number } | null {
  for (let c = 0; c < Math.min(3, cells.length); c++) {
    const t = str(cells[c]);
    if (!t) continue;
    const ref =
      parseCriterionRef(t) ?? (/^\d{1,2}\s*\.\s*\d{1,2}\.?$/.test(t) ? parseCriterionRef(`Tiêu chí ${t}`) : null);
    if (ref) return { code: ref.code, col: c };
  }
  return null;
}

/** Tables: an "x"-mark header (≥ 2 level columns) or a level column next to the codes; notes columns kept. */
function readTable(
  grid: string[][],
): {
  set: Record<string, number>;
  notes: Record<string, LevelNote>;
  std: Record<number, LevelNote>;
  kind: LevelSet["source"];
} | null {
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (row.length < 2) continue;
    const roles = row.map(headerRole);
    const levelCols = roles.map((x, i) => (x && "level" in x ? i : -1)).filter((i) => i >= 0);
    const levelColumn = roles.findIndex((x) => x !== null && "levelColumn" in x);
    if (levelCols.length < 2 && levelColumn < 0) continue;
    const noteCols = roles
      .map((x, i) => (x && "note" in x ? { i, role: x.note } : null))
      .filter((x): x is { i: number; role: keyof LevelNote } => x !== null);
    const set: Record<string, number> = {};
    const notes: Record<string, LevelNote> = {};
    const std: Record<number, LevelNote> = {};
    for (let k = r + 1; k < grid.length; k++) {
      const cells = (grid[k] ?? []).map(str);
      if (!cells.some(Boolean)) continue;
      const hit = codeIn(cells);
      const note: LevelNote = {};
      for (const n of noteCols) if (cells[n.i]) note[n.role] = cells[n.i];
      if (!hit) {
        const s = parseStandardRef(cells[0] ?? "") ?? parseStandardRef(cells[1] ?? "");
        if (s && Object.keys(note).length) std[s.number] = note;
        continue;
      }
      let level: number | null = null;
      if (levelCols.length >= 2) {
        for (const c of levelCols)
          if (MARK.test(foldDiacritics(cells[c] ?? "").toLowerCase())) level = (roles[c] as { level: number }).level;
      } else level = parseLevelText(cells[levelColumn] ?? "");
      if (level === null) continue;
      set[hit.code] = level;
      if (Object.keys(note).length) notes[hit.code] = note;
    }
    if (Object.keys(set).length) return { set, notes, std, kind: levelCols.length >= 2 ? "x-grid" : "column" };
  }
  return null;
}

const LV =
  "(?:dat\\s*)?(?:muc|m)\\s*\\.?\\s*(?:iv|iii|ii|i|[0-4])\\b|(?:khong|chua)\\s*dat(?:\\s*muc\\s*1\\b)?|[0-4](?![\\d.])";
const PAIR = new RegExp(`(?:tieu\\s*chi\\s*)?\\b(\\d{1,2})\\s*\\.\\s*(\\d{1,2})\\b\\s*[:=\\-–—)]?\\s*(${LV})`, "g");

/** A pasted list or two-cell rows: every "code level" pair in the text (compared without diacritics). */
function readPairs(grid: string[][]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const row of grid) {
    const text = foldDiacritics((row ?? []).map(str).filter(Boolean).join(" : "));
    for (const m of text.matchAll(PAIR)) {
      const level = parseLevelText(m[3]);
      if (level !== null) out[`${Number(m[1])}.${Number(m[2])}`] = level;
    }
  }
  return out;
}

/** Levels in a grid (a sheet, a document's paragraphs and tables, or pasted text split by splitPasted). */
export function readLevels(grid: string[][], catalog?: Catalog | null): LevelSet {
  try {
    const table = readTable(grid);
    let found: Pick<LevelSet, "levels" | "notes" | "standardNotes" | "source">;
    if (table) found = { levels: table.set, notes: table.notes, standardNotes: table.std, source: table.kind };
    else {
      const fromPlan = levelsFromPlan(readPlan(grid));
      const pairs = readPairs(grid);
      found = Object.keys(fromPlan.levels).length
        ? fromPlan
        : { levels: pairs, notes: {}, standardNotes: {}, source: Object.keys(pairs).length ? "list" : "none" };
    }
    return fitToCatalog({ ...found, problems: [] }, catalog ?? null);
  } catch {
    return { ...emptyLevelSet(), problems: ["Không đọc được bảng mức đánh giá."] };
  }
}

/** The self-assessment level table the plan reader found in a plan document. */
export function levelsFromPlan(plan: Plan): LevelSet {
  const levels: Record<string, number> = {};
  for (const a of plan.assessment ?? []) if (a.level !== null) levels[a.criterion] = a.level;
  return {
    levels,
    notes: {},
    standardNotes: {},
    source: Object.keys(levels).length ? "plan-table" : "none",
    problems: [],
  };
}

/**
 * Drops codes the catalog does not have and caps levels at the criterion's highest level (a PDF table may put the
 * mark of a criterion whose highest level is Mức 2 under the Mức 3 column): both reported, nothing silently lost.
 */
export function fitToCatalog(set: LevelSet, catalog: Catalog | null): LevelSet {
  if (!catalog) return set;
  const levels: Record<string, number> = {};
  const problems = [...set.problems];
  const unknown: string[] = [];
  for (const [code, level] of Object.entries(set.levels)) {
    const hit = findCriterion(catalog, code);
    if (!hit) {
      unknown.push(code);
      continue;
    }
    levels[code] = Math.min(level, hit.criterion.maxLevel);
    if (level > hit.criterion.maxLevel && catalog.regime === "2026")
      problems.push(
        `Tiêu chí ${code}: ${catalog.circular} chỉ có Mức 1 và Mức 2 — đã tính là Mức ${hit.criterion.maxLevel}.`,
      );
  }
  if (unknown.length) problems.push(`Không có trong ${catalog.circular}: tiêu chí ${unknown.join(", ")} (bỏ qua).`);
  return { ...set, levels, problems };
}

/** Criteria of the catalog that have no level yet. */
export function unassessed(set: LevelSet, catalog: Catalog): string[] {
  return catalog.standards
    .flatMap((s) => s.criteria.map((c) => c.code))
    .filter((code) => set.levels[code] === undefined);
}
