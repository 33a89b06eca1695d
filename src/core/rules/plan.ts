/** plan.*: the school level the plan reaches, from the self-assessment levels and the rows planned. */
import type { Catalog, Finding, Plan } from "../types";
import { finding, said, type MessageTable, type Rule } from "./finding";

/** Messages of the plan.* rules found here (`goalText`: the goal as written, `missing`: criteria not planned). */
export const PLAN_TEXT = {
  goalUnreachable: {
    rule: "plan.goal-unreachable",
    vi: (goalText: string, goal: number, current: number | null, missing: string[]) =>
      `Mục tiêu "${goalText}" (Mức ${goal}) chưa thể đạt với các dòng đã lập: theo tự đánh giá trường đang ở ` +
      `Mức ${current}; ${
        missing.length
          ? `các tiêu chí ${missing.join(", ")} chưa đạt Mức ${goal} và chưa có trong kế hoạch.`
          : `các dòng kế hoạch chưa nâng đủ tiêu chí lên Mức ${goal}.`
      }`,
    en: (_goalText: string, goal: number, current: number | null, missing: string[]) =>
      `The declared goal (Level ${goal}) cannot be reached with the rows planned (current Level ${current}` +
      `${missing.length ? `; criteria ${missing.join(", ")} are below it and not planned` : ""}).`,
    suggestion: {
      vi: (_goalText: string, goal: number, _current: number | null, missing: string[]) =>
        missing.length
          ? `Bổ sung dòng kế hoạch cho tiêu chí ${missing.join(", ")} với mục tiêu Mức ${goal}.`
          : `Đặt mục tiêu Mức ${goal} cho các tiêu chí còn thấp hơn.`,
      en: (_goalText: string, goal: number, _current: number | null, missing: string[]) =>
        missing.length
          ? `Add plan rows for criteria ${missing.join(", ")} with a Level ${goal} target.`
          : `Set a Level ${goal} target for the criteria still below it.`,
    },
  },
} satisfies MessageTable;

export interface Projection {
  /** Level the school is at now by the circular's rule (null when the assessment is missing). */
  current: number | null;
  /** Level reachable with the rows planned. */
  projected: number | null;
  /** Criteria below the goal that have no row in the plan. */
  missing: string[];
}

/**
 * 2018 rule: a school is at Mức N only when every criterion that has Mức N content reaches Mức N
 * (criteria whose highest level is below N are not considered for N). Mức 4 is a separate list: not projected.
 */
export function projectSchoolLevel(plan: Plan, catalog: Catalog, goal?: number | null): Projection {
  const assessed = new Map<string, number>();
  for (const a of plan.assessment ?? []) if (a.level !== null) assessed.set(a.criterion, a.level);
  const criteria = catalog.standards.flatMap((s) => s.criteria);
  const planned = new Map<string, number | null>();
  for (const r of plan.rows)
    if (r.kind === "criterion" && r.criterion)
      planned.set(r.criterion, Math.max(planned.get(r.criterion) ?? 0, r.target?.level ?? 0) || null);
  const known = criteria.filter((c) => assessed.has(c.code));
  if (!known.length) return { current: null, projected: null, missing: [] };
  const levelOf = (lv: (code: string) => number): number => {
    let reached = 0;
    for (let n = 1; n <= catalog.maxLevel; n++) {
      const need = criteria.filter((c) => c.maxLevel >= n && assessed.has(c.code));
      if (need.every((c) => lv(c.code) >= n)) reached = n;
      else break;
    }
    return reached;
  };
  const current = levelOf((code) => assessed.get(code) ?? 0);
  const target = goal ?? null;
  const projected = levelOf((code) => {
    const now = assessed.get(code) ?? 0;
    if (!planned.has(code)) return now;
    const t = planned.get(code);
    return Math.max(now, t ?? (target !== null ? target : now + 1));
  });
  const missing =
    target === null
      ? []
      : criteria
          .filter(
            (c) =>
              c.maxLevel >= target &&
              assessed.has(c.code) &&
              (assessed.get(c.code) ?? 0) < target &&
              !planned.has(c.code),
          )
          .map((c) => c.code);
  return { current, projected, missing };
}

export const planRules: Rule = ({ plan, catalog }) => {
  const out: Finding[] = [];
  if (!catalog || catalog.regime !== "2018" || !plan.goal || !(plan.assessment ?? []).length) return out;
  const goal = plan.goal.level;
  if (goal > catalog.maxLevel) return out; // Mức 4 has its own list of requirements
  const p = projectSchoolLevel(plan, catalog, goal);
  if (p.projected !== null && p.projected < goal)
    out.push(
      finding({
        severity: "warning",
        cell: { row: plan.goal.row, col: 0 },
        ...said(PLAN_TEXT.goalUnreachable, plan.goal.text.slice(0, 80), goal, p.current, p.missing),
      }),
    );
  return out;
};
