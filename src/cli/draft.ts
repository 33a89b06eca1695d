/**
 * `kehoach new --from levels.xlsx|.docx|.txt [--goal N] [--pick 1.3,2.1=2] -o draft.xlsx|draft.docx`:
 * the self-assessment levels → the gap board (printed) → a drafted plan (Biểu 2 sections IV and V, or the 2018
 * 9-column table). The criteria drafted are the smallest set that reaches the goal unless --pick names them.
 */
import * as fs from "fs";
import * as path from "path";
import type { Catalog, SchoolContext } from "../core/types";
import { catalogIdFor, getCatalog } from "../core/catalogs/index";
import { readPlan } from "../core/read/index";
import { regimeForYear } from "../core/context";
import {
  draftPlan,
  gapBoard,
  goalsFor,
  readLevels,
  STATUS_LABELS,
  type GapBoard,
  type LevelSet,
} from "../core/assess/index";
import { openPlanFile, writePlanFile } from "../hosts/file/index";
import { checkNotAnInput, checkOutPath } from "./out-path";
import { readInputFile } from "./input";
import { checkLevelRows } from "../hosts/file/limits";
import { writeFileWhole } from "./output";

export interface DraftOptions {
  from: string;
  /** The draft file to write; null with --json prints the board only. */
  out: string | null;
  /** Print the board (and what was written) as JSON (docs/gap-board-json-schema.json) instead of text. */
  json?: boolean;
  goal?: string;
  pick?: string;
  force?: boolean;
  cwd: string;
  user: Partial<SchoolContext>;
  school?: string | null;
  lang: "vi" | "en";
}

const L = (lang: "vi" | "en", vi: string, en: string) => (lang === "vi" ? vi : en);
const lvText = (lv: number | null, lang: "vi" | "en") =>
  lv === null ? "—" : lv < 1 ? L(lang, "chưa đạt", "below 1") : `${L(lang, "Mức", "Level")} ${lv}`;

/** "1.3,2.1=2" → { "1.3": goal, "2.1": 2 }. */
export function parsePick(text: string, goal: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of text.split(/[,;\s]+/).filter(Boolean)) {
    const m = /^(\d{1,2}\.\d{1,2})(?:=(\d))?$/.exec(part);
    if (!m) throw new Error(`--pick: "${part}" (--pick 1.3,2.1=2)`);
    out[m[1]] = m[2] ? Number(m[2]) : goal;
  }
  return out;
}

/** The gap board as text lines (the pane and the page show the same columns). */
export function boardLines(board: GapBoard, lang: "vi" | "en"): string[] {
  const picked = new Map(board.selection.map((s) => [s.code, s.level]));
  const goal = lang === "vi" ? board.goalLabel : `Level ${board.goal}`;
  const head = [
    `${L(lang, "Mục tiêu", "Goal")}: ${goal}`,
    `${L(lang, "trường hiện đạt", "school now")}: ${lvText(board.current, lang)}`,
    `${L(lang, "sau kế hoạch", "after the plan")}: ${lvText(board.projected, lang)}`,
  ].join(" · ");
  const cols = (cells: string[]) => cells.map((c, i) => c.padEnd([10, 9, 15, 10, 0][i])).join(" ");
  const lines = [
    lang === "vi" ? board.rule : board.ruleEn,
    head + (board.reaches ? "" : L(lang, " (chưa đạt mục tiêu)", " (goal not reached)")),
    cols([
      L(lang, "Tiêu chí", "Criterion"),
      L(lang, "Hiện tại", "Now"),
      L(lang, "Trạng thái", "Status"),
      L(lang, "Kế hoạch", "Draft"),
      L(lang, "Cần", "Needs"),
    ]),
  ];
  for (const r of board.rows) {
    const plan = picked.has(r.code) ? `→ ${lvText(picked.get(r.code)!, lang)}` : "";
    const code = r.code + (r.mandatory ? " *" : "");
    const now = r.current === null ? L(lang, "chưa ĐG", "n/a") : lvText(r.current, lang);
    lines.push(cols([code, now, STATUS_LABELS[r.status][lang], plan, lang === "vi" ? r.need : r.needEn]));
  }
  if (board.regime === "2026") lines.push(L(lang, "* tiêu chí bắt buộc", "* mandatory criterion"));
  lines.push(...board.notes.map((n) => n[lang]));
  return lines;
}

/** Reads the levels (the sheet or part with the most levels) and the school context of a file. */
async function levelsOf(
  file: string,
  user: Partial<SchoolContext>,
  lang: "vi" | "en",
): Promise<{ set: LevelSet; context: SchoolContext; catalog: Catalog; declaredGoal: number | null }> {
  const opened = await openPlanFile(readInputFile(file), path.basename(file));
  checkLevelRows(path.basename(file), opened.grids);
  let best: { grid: string[][]; n: number } | null = null;
  for (const g of opened.grids) {
    const n = Object.keys(readLevels(g.grid).levels).length;
    if (!best || n > best.n) best = { grid: g.grid, n };
  }
  if (!best || !best.n) {
    const unread = opened.grids.flatMap((g) => readLevels(g.grid).problems);
    throw new Error(
      L(
        lang,
        "Không tìm thấy mức tự đánh giá của các tiêu chí trong tệp (ví dụ: “1.1 Mức 2, 1.2 Mức 1”, " +
          "hoặc bảng có cột Mức 1/Mức 2/Mức 3 đánh dấu x, hoặc cột “Mức đạt được”)." +
          (unread.length ? ` ${unread.map((p) => p.vi).join(" ")}` : ""),
        "No criterion levels in the file (e.g. “1.1 Mức 2, 1.2 Mức 1”, or a table with x under Mức 1/2/3)." +
          (unread.length ? ` ${unread.map((p) => p.en).join(" ")}` : ""),
      ),
    );
  }
  const plan = readPlan(best.grid, user);
  const context: SchoolContext = { ...plan.context, ...user } as SchoolContext;
  if (!context.level)
    throw new Error(
      L(lang, "Chưa xác định được cấp học: thêm --level (ví dụ --level thcs).", "School level unknown: add --level."),
    );
  if (!context.schoolYear)
    throw new Error(
      L(
        lang,
        "Chưa xác định được năm học của kế hoạch: thêm --year (ví dụ --year 2026-2027).",
        "School year unknown: add --year.",
      ),
    );
  context.regime = user.regime ?? regimeForYear(context.schoolYear);
  const catalog = getCatalog(catalogIdFor(context.level, context.regime));
  if (!catalog) throw new Error(L(lang, "Thiếu danh mục tiêu chí.", "Catalog missing."));
  const declaredGoal = plan.goal && plan.goal.level <= (context.regime === "2026" ? 2 : 4) ? plan.goal.level : null;
  return { set: readLevels(best.grid, catalog), context, catalog, declaredGoal };
}

/** The board as the --json output gives it (version 1, docs/gap-board-json-schema.json). */
export function boardJson(
  from: string,
  context: SchoolContext,
  catalog: Catalog,
  set: LevelSet,
  board: GapBoard,
  draft: { path: string; criteria: { code: string; level: number }[] } | null,
) {
  const planned = new Map(board.selection.map((s) => [s.code, s.level]));
  return {
    version: 1,
    from,
    context: {
      level: context.level,
      regime: catalog.regime,
      circular: catalog.circular,
      schoolYear: context.schoolYear,
      school: context.school ?? null,
    },
    levels: {
      source: set.source,
      levels: set.levels,
      unread: set.unread ?? [],
      problems: set.problems.map((p) => p.vi),
      problemsEn: set.problems.map((p) => p.en),
    },
    board: {
      goal: board.goal,
      goalLabel: board.goalLabel,
      rule: board.rule,
      ruleEn: board.ruleEn,
      current: board.current,
      currentAtMost: board.currentAtMost,
      projected: board.projected,
      reaches: board.reaches,
      smallest: board.smallest,
      selection: board.selection,
      unassessed: board.unassessed,
      notes: board.notes.map((n) => n.vi),
      notesEn: board.notes.map((n) => n.en),
      rows: board.rows.map((r) => ({
        code: r.code,
        name: r.name,
        standard: r.standard,
        mandatory: r.mandatory,
        maxLevel: r.maxLevel,
        current: r.current,
        needed: r.needed,
        status: r.status,
        need: r.need,
        needEn: r.needEn,
        planned: planned.get(r.code) ?? null,
      })),
    },
    draft,
  };
}

export async function runDraft(o: DraftOptions, write: (s: string) => void): Promise<number> {
  const src = path.resolve(o.cwd, o.from);
  const out = o.out;
  const format = out === null ? null : /\.docx$/i.test(out) ? "docx" : /\.xlsx$/i.test(out) ? "xlsx" : null;
  if (out !== null && !format)
    throw new Error(L(o.lang, "Tệp ra phải là .xlsx hoặc .docx", "Output must be .xlsx or .docx"));
  if (!fs.existsSync(src)) throw new Error(L(o.lang, `Không tìm thấy tệp "${o.from}"`, `"${o.from}" not found`));
  // Compared by real path and file identity (a link to the input is the input), existing files only with --force.
  const target = out === null ? null : checkOutPath(out, o.cwd, [".xlsx", ".docx"], Boolean(o.force));
  if (target && out !== null) checkNotAnInput(target, out, [src]);
  const { set, context, catalog, declaredGoal } = await levelsOf(src, o.user, o.lang);
  const goals = goalsFor(catalog);
  let goal: number;
  if (o.goal !== undefined) {
    goal = Number(o.goal);
    if (!goals.includes(goal))
      throw new Error(
        L(o.lang, `--goal phải là ${goals.join(", ")} (${catalog.circular})`, `--goal must be ${goals.join(", ")}`),
      );
  } else goal = declaredGoal ?? Math.min(goals[goals.length - 1], gapBoard(catalog, set, 1).current + 1);
  const selection = o.pick ? parsePick(o.pick, goal) : null;
  const board = gapBoard(catalog, set, goal, selection);
  const json = (draft: { path: string; criteria: { code: string; level: number }[] } | null) =>
    write(`${JSON.stringify(boardJson(o.from, context, catalog, set, board, draft), null, 2)}\n`);
  if (!o.json) {
    for (const p of set.problems) write(`  ${p[o.lang]}\n`);
    for (const l of boardLines(board, o.lang)) write(`${l}\n`);
  }
  if (!target || !format || !out) {
    json(null);
    return 0;
  }
  if (!board.selection.length) {
    if (o.json) {
      json(null);
      return 0;
    }
    write(
      L(
        o.lang,
        "Không có tiêu chí nào cần cải tiến cho mục tiêu này: chưa tạo tệp.\n",
        "No criterion needs improving for this goal: no file written.\n",
      ),
    );
    return 0;
  }
  const draft = draftPlan(catalog, set, Object.fromEntries(board.selection.map((s) => [s.code, s.level])), {
    ...context,
    school: o.school ?? context.school,
  });
  const bytes = await writePlanFile(draft.grid, draft.context, format, { sectionIV: draft.sectionIV?.rows });
  writeFileWhole(target.file, bytes, out);
  if (o.json) {
    json({ path: out, criteria: draft.picked.map((p) => ({ code: p.code, level: p.level })) });
    return 0;
  }
  if (draft.weaknessPlaced && o.lang === "vi") write(`${draft.weaknessPlaced}\n`);
  write(
    `${L(o.lang, "Đã tạo bản nháp kế hoạch", "Draft plan created")} (${draft.picked.length} ` +
      `${L(o.lang, "tiêu chí", "criteria")}): ${out}\n`,
  );
  return 0;
}
