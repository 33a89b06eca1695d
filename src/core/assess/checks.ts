/**
 * assess.*: checks of a plan against the self-assessment levels the user gave and the goal chosen on the gap
 * board. They read the board's statuses, so the board and the checks always agree:
 *   assess.already-at-goal     a row for a criterion the board shows as met (and the row aims no higher);
 *   assess.blocking-missing    a criterion the board shows as blocking has no row (the choice group: too few rows);
 *   assess.muc2-before-muc1    a row aims at Mức 2 or more for a criterion below Mức 1.
 */
import type { Catalog, Finding, Plan } from "../types";
import { criterionWarning, finding, said, type MessageTable } from "../rules/finding";
import type { LevelSet } from "./levels";
import { gapBoard, type GapBoard } from "./board";

/** How a criterion's current level is named in a message. */
const levelNamed = (current: number | null) =>
  current === null ? "chưa có mức" : current < 1 ? "chưa đạt Mức 1" : `Mức ${current}`;

/** Messages of the assess.* checks (`goal`: the goal's label, e.g. "Mức 1"). */
export const ASSESS_TEXT = {
  alreadyAtGoal: {
    rule: "assess.already-at-goal",
    vi: (code: string, current: number, goal: string) =>
      `Tiêu chí ${code} đã đạt Mức ${current} theo tự đánh giá — đủ cho mục tiêu ${goal}: ` +
      "không cần dòng cải tiến nếu không có hạn chế.",
    en: (code: string, current: number) => `Criterion ${code} is already at Level ${current}, enough for the goal.`,
    suggestion: {
      vi: "Bỏ dòng này, hoặc ghi rõ hạn chế cần cải tiến.",
      en: "Drop this row, or state the weakness to improve.",
    },
  },
  muc2BeforeMuc1: {
    rule: "assess.muc2-before-muc1",
    vi: (code: string, aim: number) =>
      `Tiêu chí ${code} chưa đạt Mức 1 nhưng dòng này đặt mục tiêu Mức ${aim}: chỉ xem xét Mức 2 khi Mức 1 đã đạt.`,
    en: (code: string, aim: number) => `Criterion ${code} is below Level 1 but the row aims at Level ${aim}.`,
    suggestion: { vi: "Đặt mục tiêu Mức 1 cho năm nay.", en: "Set a Level 1 target for this year." },
  },
  blockingMissing: {
    rule: "assess.blocking-missing",
    vi: (code: string, mandatory: boolean, current: number | null, needed: number, goal: string) =>
      `Tiêu chí ${mandatory ? "bắt buộc " : ""}${code} (${levelNamed(current)}) cần đạt Mức ${needed} ` +
      `để trường đạt ${goal}, nhưng chưa có dòng nào trong kế hoạch.`,
    en: (code: string, _mandatory: boolean, _current: number | null, needed: number) =>
      `Criterion ${code} must reach Level ${needed} for the goal but has no row.`,
    suggestion: {
      vi: (code: string) => `Thêm dòng cải tiến cho tiêu chí ${code}.`,
      en: (code: string) => `Add an improvement row for criterion ${code}.`,
    },
  },
  choicesMissing: {
    rule: "assess.blocking-missing",
    vi: (more: number, choices: string[], level: number, goal: string, _nearest: string[]) =>
      `Cần thêm ${more} tiêu chí trong số ${choices.join(", ")} đạt Mức ${level} ` +
      `(ít nhất 05 trong 07 tiêu chí không bắt buộc) để trường đạt ${goal}.`,
    en: (more: number, _choices: string[], level: number) =>
      `${more} more non-mandatory criteria must reach Level ${level}.`,
    suggestion: {
      vi: (_more: number, _choices: string[], _level: number, _goal: string, nearest: string[]) =>
        `Thêm dòng cho các tiêu chí gần đạt nhất: ${nearest.join(", ")}.`,
      en: (_more: number, _choices: string[], _level: number, _goal: string, nearest: string[]) =>
        `Add rows for the criteria closest to it: ${nearest.join(", ")}.`,
    },
  },
} satisfies MessageTable;

/** The plan's criterion rows as a board selection: code → the level the row aims at (the goal when unwritten). */
export function selectionOfPlan(plan: Plan, goal: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of plan.rows)
    if (r.kind === "criterion" && r.criterion)
      out[r.criterion] = Math.max(out[r.criterion] ?? 0, r.target?.level ?? goal);
  return out;
}

export function checkLevels(
  plan: Plan,
  catalog: Catalog,
  set: LevelSet,
  goal: number,
): { findings: Finding[]; board: GapBoard } {
  const selection = selectionOfPlan(plan, goal);
  const board = gapBoard(catalog, set, goal, selection);
  const out: Finding[] = [];
  const head = { row: Math.max(0, plan.headerRow), col: 0 };
  const status = new Map(board.rows.map((r) => [r.code, r]));
  for (const row of plan.rows) {
    if (row.kind !== "criterion" || !row.criterion) continue;
    const b = status.get(row.criterion);
    if (!b || b.current === null) continue;
    const base = { criterion: row.criterion, standard: row.standard };
    const aim = row.target?.level ?? null;
    if (b.status === "met" && (aim === null || aim <= b.current))
      out.push(criterionWarning(row, ASSESS_TEXT.alreadyAtGoal, row.criterion, b.current, board.goalLabel));
    if (aim !== null && aim >= 2 && b.current < 1)
      out.push(
        finding({
          ...base,
          severity: "warning",
          cell: row.cells.target ?? row.cells.criterion ?? null,
          ...said(ASSESS_TEXT.muc2BeforeMuc1, row.criterion, aim),
        }),
      );
  }
  if (!board.reaches) {
    const missing = board.rows.filter((r) => r.status === "blocking" && selection[r.code] === undefined);
    for (const r of missing)
      out.push(
        finding({
          severity: "warning",
          cell: head,
          criterion: r.code,
          standard: r.standard,
          ...said(ASSESS_TEXT.blockingMissing, r.code, r.mandatory, r.current, r.needed, board.goalLabel),
        }),
      );
    const choices = board.rows.filter((r) => r.status === "choice");
    const planned = choices.filter((r) => selection[r.code] !== undefined && selection[r.code] >= r.needed).length;
    const smallestChoices = board.smallest.filter((s) => choices.some((c) => c.code === s.code)).length;
    if (choices.length && planned < smallestChoices) {
      const codes = choices.map((c) => c.code);
      const nearest = board.smallest.filter((s) => codes.includes(s.code)).map((s) => s.code);
      const text = said(
        ASSESS_TEXT.choicesMissing,
        smallestChoices - planned,
        codes,
        board.goal,
        board.goalLabel,
        nearest,
      );
      out.push(finding({ severity: "warning", cell: head, ...text }));
    }
  }
  return { findings: out, board };
}
