/**
 * assess.*: checks of a plan against the self-assessment levels the user gave and the goal chosen on the gap
 * board. They read the board's statuses, so the board and the checks always agree:
 *   assess.already-at-goal     a row for a criterion the board shows as met (and the row aims no higher);
 *   assess.blocking-missing    a criterion the board shows as blocking has no row (the choice group: too few rows);
 *   assess.muc2-before-muc1    a row aims at Mức 2 or more for a criterion below Mức 1.
 */
import type { Catalog, Finding, Plan } from "../types";
import { finding } from "../rules/finding";
import type { LevelSet } from "./levels";
import { gapBoard, type GapBoard } from "./board";

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
      out.push(
        finding({
          ...base,
          rule: "assess.already-at-goal",
          severity: "warning",
          cell: row.cells.criterion ?? null,
          message: `Tiêu chí ${row.criterion} đã đạt Mức ${b.current} theo tự đánh giá — đủ cho mục tiêu ${board.goalLabel}: không cần dòng cải tiến nếu không có hạn chế.`,
          messageEn: `Criterion ${row.criterion} is already at Level ${b.current}, enough for the goal.`,
          suggestion: "Bỏ dòng này, hoặc ghi rõ hạn chế cần cải tiến.",
        }),
      );
    if (aim !== null && aim >= 2 && b.current < 1)
      out.push(
        finding({
          ...base,
          rule: "assess.muc2-before-muc1",
          severity: "warning",
          cell: row.cells.target ?? row.cells.criterion ?? null,
          message: `Tiêu chí ${row.criterion} chưa đạt Mức 1 nhưng dòng này đặt mục tiêu Mức ${aim}: chỉ xem xét Mức 2 khi Mức 1 đã đạt.`,
          messageEn: `Criterion ${row.criterion} is below Level 1 but the row aims at Level ${aim}.`,
          suggestion: `Đặt mục tiêu Mức 1 cho năm nay.`,
        }),
      );
  }
  if (!board.reaches) {
    const missing = board.rows.filter((r) => r.status === "blocking" && selection[r.code] === undefined);
    for (const r of missing)
      out.push(
        finding({
          rule: "assess.blocking-missing",
          severity: "warning",
          cell: head,
          criterion: r.code,
          standard: r.standard,
          message: `Tiêu chí ${r.mandatory ? "bắt buộc " : ""}${r.code} (${r.current === null ? "chưa có mức" : r.current < 1 ? "chưa đạt Mức 1" : `Mức ${r.current}`}) cần đạt Mức ${r.needed} để trường đạt ${board.goalLabel}, nhưng chưa có dòng nào trong kế hoạch.`,
          messageEn: `Criterion ${r.code} must reach Level ${r.needed} for the goal but has no row.`,
          suggestion: `Thêm dòng cải tiến cho tiêu chí ${r.code}.`,
        }),
      );
    const choices = board.rows.filter((r) => r.status === "choice");
    const planned = choices.filter((r) => selection[r.code] !== undefined && selection[r.code] >= r.needed).length;
    const smallestChoices = board.smallest.filter((s) => choices.some((c) => c.code === s.code)).length;
    if (choices.length && planned < smallestChoices)
      out.push(
        finding({
          rule: "assess.blocking-missing",
          severity: "warning",
          cell: head,
          message: `Cần thêm ${smallestChoices - planned} tiêu chí trong số ${choices.map((c) => c.code).join(", ")} đạt Mức ${board.goal} (ít nhất 05 trong 07 tiêu chí không bắt buộc) để trường đạt ${board.goalLabel}.`,
          messageEn: `${smallestChoices - planned} more non-mandatory criteria must reach Level ${board.goal}.`,
          suggestion: `Thêm dòng cho các tiêu chí gần đạt nhất: ${board.smallest
            .filter((s) => choices.some((c) => c.code === s.code))
            .map((s) => s.code)
            .join(", ")}.`,
        }),
      );
  }
  return { findings: out, board };
}
