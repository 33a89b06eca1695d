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
import { mainPlan, readPlans } from "../read/index";
import { sayWith, type LangText } from "../text/message";

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
  /** Messages about what could not be used (unknown codes, levels above the criterion's), in both languages. */
  problems: LangText[];
  /** Pasted lines (or pieces) naming a criterion whose level could not be read, as the user wrote them. */
  unread?: string[];
  /** The header, as written, of the column each note came from ("Điểm yếu", "Tồn tại"…). */
  noteHeaders?: Partial<Record<keyof LevelNote, string>>;
}

export const emptyLevelSet = (): LevelSet => ({
  levels: {},
  notes: {},
  standardNotes: {},
  source: "none",
  problems: [],
});

/** The problems reading levels reports, one entry per problem, each in both languages with the same parameters. */
export const LEVELS_PROBLEMS = {
  /** `shown`: the unread lines as quoted; `more`: how many more were not shown. */
  unread: {
    vi: (count: number, shown: string[], more: number) =>
      `Không đọc được mức ở ${count} dòng — ghi lại theo dạng “1.1 Mức 2”: ${shown.join("; ")}` +
      `${more > 0 ? ` (và ${more} dòng khác)` : ""}.`,
    en: (count: number, shown: string[], more: number) =>
      `No level read on ${count} lines — write them as “1.1 Mức 2”: ${shown.join("; ")}` +
      `${more > 0 ? ` (and ${more} more lines)` : ""}.`,
  },
  unreadable: { vi: "Không đọc được bảng mức đánh giá.", en: "The table of levels could not be read." },
  capped: {
    vi: (code: string, circular: string, max: number) =>
      `Tiêu chí ${code}: ${circular} chỉ có Mức 1 và Mức 2 — đã tính là Mức ${max}.`,
    en: (code: string, circular: string, max: number) =>
      `Criterion ${code}: ${circular} has Level 1 and Level 2 only — counted as Level ${max}.`,
  },
  unknown: {
    vi: (codes: string[], circular: string) => `Không có trong ${circular}: tiêu chí ${codes.join(", ")} (bỏ qua).`,
    en: (codes: string[], circular: string) => `Not in ${circular}: criteria ${codes.join(", ")} (left out).`,
  },
};

const MARK = /^(x|v|✓|✔|✗|☒|☑|■|dat|co)$/;
const str = (c: unknown) => String(c ?? "").trim();

/**
 * "Mức 2", "mức II", "M2", "2", "Đạt Mức 1", "(Mức 2)", "Không đạt", "Chưa đạt Mức 1" → level; null when not a
 * level.
 */
export function parseLevelText(text: string): number | null {
  const f = foldDiacritics(str(text))
    .replace(/[()[\]]/g, " ")
    .replace(/[.;,:]+\s*$/, "")
    .replace(/\s+/g, " ")
    .trim();
  if (!f) return null;
  const num = (x: string) => ({ i: 1, ii: 2, iii: 3, iv: 4 })[x as "i"] ?? Number(x);
  // "Chưa đạt Mức 2" is Mức 1 reached; "Không đạt", "Chưa đạt (Mức 1)" are below Mức 1.
  const below = /^(?:khong|chua) dat(?:\s*(?:muc|m)\s*(iv|iii|ii|i|[1-4])\b)?(?:\s*-.*|\s+.{0,30})?$/.exec(f);
  if (below) return below[1] ? Math.max(0, num(below[1]) - 1) : 0;
  // A level first, then at most a few words ("Đạt Mức 2 có minh chứng", "Mức 2 - Đạt").
  const m =
    /^(?:dat\s*)?(?:muc|m)\s*\.?\s*(iv|iii|ii|i|[0-4])(?:\s*-?\s*(?:dat|dat duoc|toi da)?)?$/.exec(f) ??
    /^(?:dat\s*)?(?:muc|m)\s*\.?\s*(iv|iii|ii|i|[0-4])\b(?:\s+[a-z].{0,30})?$/.exec(f) ??
    /^([0-4])$/.exec(f);
  if (!m) return null;
  return num(m[1]);
}

type HeaderRole = { level: number } | { note: keyof LevelNote } | { levelColumn: true } | null;

/**
 * Header cell → the level its column stands for (x-mark tables), a column of levels, or a note role. Columns of
 * levels are recognised by meaning (a word of the mức / kết quả / đạt / đánh giá family: "Mức đạt được", "Tự đánh
 * giá", "Kết quả đánh giá"…), not a fixed list; the plan's own columns ("Kết quả cần đạt", "Mục tiêu", "Mức độ thực
 * hiện") are not levels reached.
 */
function headerRole(cell: string): HeaderRole {
  const f = foldDiacritics(str(cell))
    .replace(/[()*:]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!f || f.length > 60) return null;
  if (/nguyen nhan/.test(f) && !/han che|diem yeu|ton tai/.test(f)) return { note: "cause" };
  if (/han che|diem yeu|ton tai/.test(f)) return { note: "weakness" };
  if (/hien trang|diem manh|mo ta/.test(f)) return { note: "state" };
  const lv = parseLevelText(f);
  if (lv !== null && !/^[0-4]$/.test(f)) return { level: lv };
  if (/can dat|muc tieu|chi tieu|mong doi|du kien|thuc hien|tieu chi|tieu chuan|minh chung|noi dung|ghi chu/.test(f))
    return null;
  if (/\b(muc|ket qua|dat|danh gia|xep loai)\b/.test(f)) return { levelColumn: true };
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

/** A header row's roles; a second header row (merged "Đạt" over "Mức 1 | Mức 2") completes the first one. */
function headerRoles(grid: string[][], r: number): { roles: HeaderRole[]; rows: number } {
  const roles = (grid[r] ?? []).map(headerRole);
  const next = (grid[r + 1] ?? []).map(headerRole);
  if (!next.some((x) => x && "level" in x) || codeIn((grid[r + 1] ?? []).map(str))) return { roles, rows: 1 };
  const width = Math.max(roles.length, next.length);
  const merged: HeaderRole[] = [];
  for (let i = 0; i < width; i++) merged.push(next[i] ?? roles[i] ?? null);
  return { roles: merged, rows: 2 };
}

interface TableLevels {
  set: Record<string, number>;
  notes: Record<string, LevelNote>;
  std: Record<number, LevelNote>;
  kind: LevelSet["source"];
  noteHeaders: Partial<Record<keyof LevelNote, string>>;
}

/** Tables: an "x"-mark header (≥ 2 level columns) or a level column next to the codes; notes columns kept. */
function readTable(grid: string[][]): TableLevels | null {
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (row.length < 2) continue;
    const { roles, rows: headerRows } = headerRoles(grid, r);
    const levelCols = roles.map((x, i) => (x && "level" in x ? i : -1)).filter((i) => i >= 0);
    const familyCols = roles.map((x, i) => (x && "levelColumn" in x ? i : -1)).filter((i) => i >= 0);
    if (levelCols.length < 2 && !familyCols.length) continue;
    const body = grid.slice(r + headerRows).map((cells) => (cells ?? []).map(str));
    // Of the columns headed like a level, the one whose cells read as levels most often.
    const score = (c: number) => body.filter((cells) => parseLevelText(cells[c] ?? "") !== null).length;
    const levelColumn = familyCols.reduce((best, c) => (best < 0 || score(c) > score(best) ? c : best), -1);
    const xGrid = levelCols.length >= 2;
    const noteCols = roles
      .map((x, i) => (x && "note" in x ? { i, role: x.note } : null))
      .filter((x): x is { i: number; role: keyof LevelNote } => x !== null);
    const out: TableLevels = { set: {}, notes: {}, std: {}, kind: xGrid ? "x-grid" : "column", noteHeaders: {} };
    for (const n of noteCols)
      out.noteHeaders[n.role] ??= str((headerRows > 1 && str(grid[r + 1]?.[n.i])) || grid[r]?.[n.i]).replace(
        /\s+/g,
        " ",
      );
    for (const cells of body) {
      if (!cells.some(Boolean)) continue;
      const hit = codeIn(cells);
      const note: LevelNote = {};
      for (const n of noteCols) if (cells[n.i] && n.i !== hit?.col) note[n.role] = cells[n.i];
      if (!hit) {
        const s = parseStandardRef(cells[0] ?? "") ?? parseStandardRef(cells[1] ?? "");
        if (s && Object.keys(note).length) out.std[s.number] = note;
        continue;
      }
      let level: number | null = null;
      if (xGrid) {
        for (const c of levelCols)
          if (MARK.test(foldDiacritics(cells[c] ?? "").toLowerCase()))
            level = Math.max(level ?? 0, (roles[c] as { level: number }).level);
      }
      if (level === null && levelColumn >= 0) level = parseLevelText(cells[levelColumn] ?? "");
      if (Object.keys(note).length) out.notes[hit.code] = note;
      if (level === null) continue;
      out.set[hit.code] = level;
    }
    if (Object.keys(out.set).length) return out;
  }
  return null;
}

const LV =
  "(?:dat\\s*)?(?:muc|m)\\s*\\.?\\s*(?:iv|iii|ii|i|[0-4])\\b|" +
  "(?:khong|chua)\\s*dat(?:\\s*(?:\\(\\s*)?muc\\s*1\\b\\)?)?|[0-4](?![\\d.])";
const CODE = "(?:tieu\\s*chi|\\btc)?\\s*(?:so\\s*)?(\\d{1,2})\\s*\\.\\s*(\\d{1,2})(?!\\d)";
const PAIR = new RegExp(`(?:^|[^\\d.])${CODE}\\s*[.:=\\-–—()\\[\\],]*\\s*(${LV})`, "g");
/** "Mức 2: 1.1, 1.2, 1.4" — a level, then the criteria at it. */
const GROUP = new RegExp(`^\\s*(${LV})\\s*[:\\-–—]\\s*((?:${CODE}\\s*[,.;]?\\s*(?:va\\s*)?)+)$`);
const HAS_CODE = /(?:^|[^\d.])\d{1,2}\s*\.\s*\d{1,2}(?![\d])/;

/** A pasted list or two-cell rows: every "code level" pair in the text (compared without diacritics). */
function readPairs(grid: string[][]): { levels: Record<string, number>; unread: string[] } {
  const levels: Record<string, number> = {};
  const unread: string[] = [];
  const lines = grid.map((row) => (row ?? []).map(str).filter(Boolean).join(" : ")).filter(Boolean);
  // One cell per line ("1.1" then "Mức 2"): the code line joined with the level line.
  const joined: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const codeOnly = /^(?:tieu\s*chi|tc)?\s*\d{1,2}\s*\.\s*\d{1,2}\.?$/.test(foldDiacritics(lines[i]));
    if (codeOnly && i + 1 < lines.length && parseLevelText(lines[i + 1]) !== null) {
      joined.push(`${lines[i]} ${lines[i + 1]}`);
      i++;
    } else joined.push(lines[i]);
  }
  for (const line of joined)
    for (const part of line.split(";")) {
      const f = foldDiacritics(part);
      const group = GROUP.exec(f);
      if (group) {
        const level = parseLevelText(group[1]);
        for (const m of group[2].matchAll(new RegExp(CODE, "g")))
          if (level !== null) levels[`${Number(m[1])}.${Number(m[2])}`] = level;
        continue;
      }
      // "1.1 Mức 2, 1.2 Mức 1": each comma-separated piece that names a criterion is one entry.
      const pieces = part.split(/,(?=\s*(?:\S+\s+){0,2}\d{1,2}\s*\.\s*\d{1,2}(?!\d))/);
      for (const piece of pieces) {
        let hit = false;
        for (const m of foldDiacritics(piece).matchAll(PAIR)) {
          const level = parseLevelText(m[3]);
          if (level === null) continue;
          levels[`${Number(m[1])}.${Number(m[2])}`] = level;
          hit = true;
        }
        if (!hit && HAS_CODE.test(foldDiacritics(piece)) && piece.trim()) unread.push(piece.trim());
      }
    }
  return { levels, unread };
}

/** Levels in a grid (a sheet, a document's paragraphs and tables, or pasted text split by splitPasted). */
export function readLevels(grid: string[][], catalog?: Catalog | null): LevelSet {
  try {
    const table = readTable(grid);
    let found: Omit<LevelSet, "problems">;
    const problems: LangText[] = [];
    if (table)
      found = {
        levels: table.set,
        notes: table.notes,
        standardNotes: table.std,
        source: table.kind,
        noteHeaders: table.noteHeaders,
      };
    else {
      const plans = readPlans(grid);
      const fromPlan = levelsFromPlan(mainPlan(plans));
      // A plan table's own cells ("Tiêu chí 1.1 | Đạt Mức 2" as its target) are not self-assessment levels.
      const planRows = new Set(plans.flatMap((p) => [p.headerRow, ...p.rows.flatMap((r) => r.gridRows)]));
      const pairs = readPairs(grid.map((row, i) => (planRows.has(i) ? [] : row)));
      const source = Object.keys(pairs.levels).length ? "list" : "none";
      found = Object.keys(fromPlan.levels).length
        ? fromPlan
        : { levels: pairs.levels, notes: {}, standardNotes: {}, source, unread: pairs.unread };
      if (found.source === "list" && pairs.unread.length) {
        const shown = pairs.unread.slice(0, 20).map((l) => `“${l.length > 80 ? `${l.slice(0, 79)}…` : l}”`);
        problems.push(
          sayWith(LEVELS_PROBLEMS.unread, pairs.unread.length, shown, Math.max(0, pairs.unread.length - 20)),
        );
      }
    }
    return fitToCatalog({ ...found, problems }, catalog ?? null);
  } catch {
    return { ...emptyLevelSet(), problems: [LEVELS_PROBLEMS.unreadable] };
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
      problems.push(sayWith(LEVELS_PROBLEMS.capped, code, catalog.circular, hit.criterion.maxLevel));
  }
  if (unknown.length) problems.push(sayWith(LEVELS_PROBLEMS.unknown, unknown, catalog.circular));
  return { ...set, levels, problems };
}

/** Criteria of the catalog that have no level yet. */
export function unassessed(set: LevelSet, catalog: Catalog): string[] {
  return catalog.standards
    .flatMap((s) => s.criteria.map((c) => c.code))
    .filter((code) => set.levels[code] === undefined);
}
