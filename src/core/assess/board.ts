/**
 * The gap board: for a chosen goal, every criterion with its current level, the level it needs, whether it blocks
 * the goal; the school's level now and after the chosen rows; and the smallest set of criteria whose improvement
 * reaches the goal, mandatory ones first.
 *
 * One step at a time: a criterion below Mức 1 is planned to Mức 1, never straight to Mức 2 (TT57 khoản 2 Điều 5:
 * Mức 2 is considered only once Mức 1 is met) — the board then says the goal needs more than one plan.
 */
import type { Catalog, Regime } from "../types";
import type { LevelSet } from "./levels";
import { criteriaOf, goalLabel, requiredLevel, schoolLevel } from "./rating";
import { needText, ratingRule } from "./explain";
import { sayWith, type LangText } from "../text/message";

/** The board's notes, one entry per note, each in both languages with the same parameters. */
export const BOARD_NOTES = {
  /** `current`..`atMost`: the school's level now, depending on the unassessed criteria. */
  unassessed: {
    vi: (codes: string[], current: number, atMost: number) =>
      `Chưa đánh giá ${codes.length} tiêu chí: ${codes.join(", ")} — cho biết mức của các tiêu chí này ` +
      `(chưa tính là Không đạt, chưa đưa vào kế hoạch)` +
      (current === atMost
        ? "."
        : `; mức của trường hiện nay từ ${current < 1 ? "chưa đạt Mức 1" : `Mức ${current}`} đến Mức ${atMost} ` +
          "tùy các tiêu chí đó."),
    en: (codes: string[], current: number, atMost: number) =>
      `${codes.length} ${codes.length === 1 ? "criterion" : "criteria"} not assessed: ${codes.join(", ")} — ` +
      "give their levels " +
      `(not counted as not met, not planned)` +
      (current === atMost
        ? "."
        : `; the school is now between ${current < 1 ? "below Level 1" : `Level ${current}`} and Level ${atMost} ` +
          "depending on them."),
  },
  twoSteps: {
    vi: (codes: string[], goal: LangText) =>
      `Tiêu chí ${codes.join(", ")} chưa đạt Mức 1: kế hoạch năm nay đặt mục tiêu Mức 1 trước ` +
      `(chỉ xem xét Mức 2 khi Mức 1 đạt), nên ${goal.vi} cần thêm ít nhất một kế hoạch nữa.`,
    en: (codes: string[], goal: LangText) =>
      `Criteria ${codes.join(", ")} are below Level 1: this year's plan aims at Level 1 first ` +
      `(Level 2 is considered only once Level 1 is met), so ${goal.en} needs at least one more plan.`,
  },
  level4: {
    vi:
      "Mức 4 còn cần đạt các yêu cầu riêng của Mức 4 (Điều 22), không suy ra được từ mức của tiêu chí: " +
      "bảng chỉ tính phần Mức 3.",
    en:
      "Level 4 also needs Level 4's own requirements (Article 22), which the criteria's levels do not tell: " +
      "the board counts the Level 3 part only.",
  },
};

/**
 * met: already at the level the goal needs (or above);
 * blocking: must be improved for the goal;
 * choice: TT57 non-mandatory criteria of which only some must be improved (5 of the 7);
 * optional: below the goal but not needed (the 5-of-7 count is already reached);
 * unassessed: the self-assessment gave no level ("chưa đánh giá"): never planned, the user is asked for it.
 */
export type GapStatus = "met" | "blocking" | "choice" | "optional" | "unassessed";

export interface GapRow {
  code: string;
  name: string;
  standard: number;
  standardName: string;
  mandatory: boolean;
  maxLevel: number;
  /** Level reached now; null when the self-assessment gave none ("chưa đánh giá"). */
  current: number | null;
  /** Level this criterion needs for the goal when it is one of those that must reach it. */
  needed: number;
  status: GapStatus;
  /** What the criterion needs for the chosen goal, as the "Cần" column shows it (Vietnamese, then English). */
  need: string;
  needEn: string;
  /** In the smallest set, with the level to plan for this year. */
  smallest: number | null;
}

export interface GapBoard {
  regime: Regime;
  goal: number;
  goalLabel: string;
  /** The circular's rule for the school's level, in one sentence (Vietnamese, then English). */
  rule: string;
  ruleEn: string;
  /** School level now (criteria without a level counted below Mức 1: the lowest it can be). */
  current: number;
  /** Highest the school level can be once the criteria without a level are assessed (= current when all are). */
  currentAtMost: number;
  /** School level once the selected criteria reach their planned level. */
  projected: number;
  /** Criteria-level part of the goal reached by the selection (Mức 4 also needs the Điều 22 list). */
  reaches: boolean;
  /** The smallest set, mandatory first: code → level to plan now. */
  smallest: { code: string; level: number }[];
  /** The selection the projection used (the smallest set unless the user chose). */
  selection: { code: string; level: number }[];
  rows: GapRow[];
  /** Criteria without a level ("chưa đánh giá"): not planned; the user is asked for their level. */
  unassessed: string[];
  /** Notes for the user (goal needs two plans, Mức 4 list, criteria without a level), in both languages. */
  notes: LangText[];
}

/** One step at a time: below Mức 1 → Mức 1 this year. */
export const plannable = (current: number, needed: number) => (current < 1 ? Math.min(1, needed) : needed);

export function gapBoard(
  catalog: Catalog,
  set: LevelSet,
  goal: number,
  selection?: Record<string, number> | null,
): GapBoard {
  const criteria = criteriaOf(catalog);
  const lvNow = (code: string) => set.levels[code] ?? 0;
  const assessed = (code: string) => set.levels[code] !== undefined;
  const g = Math.max(1, Math.min(goal, catalog.regime === "2026" ? 2 : 4));
  const critGoal = Math.min(g, 3);
  const smallest = smallestSet(catalog, set, critGoal);
  const inSmallest = new Map(smallest.map((s) => [s.code, s.level]));
  // A chosen criterion the catalog does not have is dropped; a level above the criterion's highest is capped.
  const maxOf = new Map(criteria.map((c) => [c.code, c.maxLevel]));
  const chosen = selection
    ? Object.entries(selection)
        .filter(([code]) => maxOf.has(code))
        .map(([code, level]) => ({ code, level: plannable(lvNow(code), Math.min(level, maxOf.get(code)!)) }))
    : smallest;
  const planned = new Map(chosen.map((s) => [s.code, s.level]));
  const after = (code: string) => Math.max(lvNow(code), planned.get(code) ?? 0);
  const current = schoolLevel(catalog, lvNow);
  const currentAtMost = schoolLevel(catalog, (code) => set.levels[code] ?? maxOf.get(code) ?? 0);
  const projected = schoolLevel(catalog, after);

  // Statuses: TT57 non-mandatory criteria count together (5 of 7), everything else one by one.
  const others = catalog.regime === "2026" ? criteria.filter((c) => !c.mandatory) : [];
  const othersAt = others.filter((c) => lvNow(c.code) >= critGoal).length;
  const candidates = others.filter((c) => assessed(c.code) && lvNow(c.code) < critGoal);
  const missingOthers = Math.max(0, 5 - othersAt);
  const rows: GapRow[] = criteria.map((c) => {
    const now = set.levels[c.code];
    let needed = requiredLevel(catalog, c, critGoal);
    const lv = now ?? 0;
    let status: GapStatus;
    if (now === undefined) status = "unassessed";
    else if (lv >= needed) status = "met";
    else if (catalog.regime === "2018" || c.mandatory) status = "blocking";
    else if (critGoal === 2 && lv < 1) {
      status = "blocking"; // the rest must be at least Mức 1; Mức 1 first in any case (one step at a time)
      needed = 1;
    } else if (missingOthers === 0) {
      status = critGoal === 2 && lv >= 1 ? "met" : "optional"; // Mức 2: the rest only need Mức 1
      if (status === "met") needed = 1;
    } else status = missingOthers >= candidates.length ? "blocking" : "choice";
    const need = needText(
      catalog,
      { mandatory: Boolean(c.mandatory), current: now ?? null, needed, status },
      {
        goal: critGoal,
        missingOthers,
        othersTotal: others.length,
      },
    );
    return {
      code: c.code,
      name: c.name,
      standard: c.standard,
      standardName: c.standardName,
      mandatory: Boolean(c.mandatory),
      maxLevel: c.maxLevel,
      current: now ?? null,
      needed,
      status,
      need: need.vi,
      needEn: need.en,
      smallest: inSmallest.get(c.code) ?? null,
    };
  });

  const unassessed = criteria.filter((c) => !assessed(c.code)).map((c) => c.code);
  const notes: LangText[] = [];
  if (unassessed.length) notes.push(sayWith(BOARD_NOTES.unassessed, unassessed, current, currentAtMost));
  const twoSteps = chosen.filter(
    (s) =>
      lvNow(s.code) < 1 &&
      requiredLevel(catalog, criteria.find((c) => c.code === s.code) ?? { maxLevel: 1 }, critGoal) >= 2 &&
      (catalog.regime === "2018" || criteria.find((c) => c.code === s.code)?.mandatory || missingOthers > 0),
  );
  if (twoSteps.length && projected < critGoal)
    notes.push(
      sayWith(
        BOARD_NOTES.twoSteps,
        twoSteps.map((s) => s.code),
        { vi: goalLabel(catalog, g), en: goalLabel(catalog, g, "en") },
      ),
    );
  if (g === 4) notes.push(BOARD_NOTES.level4);
  const reaches = projected >= critGoal;
  return {
    regime: catalog.regime,
    goal: g,
    goalLabel: goalLabel(catalog, g),
    ...ratingRule(catalog),
    current,
    currentAtMost,
    projected,
    reaches,
    smallest,
    selection: chosen,
    rows,
    unassessed,
    notes,
  };
}

/**
 * The fewest criteria to improve so the school reaches `goal` (criteria part), mandatory first, each with the level
 * to plan now. 2018: every criterion below the level the goal needs. TT57: every mandatory criterion below the goal;
 * then the non-mandatory ones closest to it until 5 of the 7 reach it (for Mức 2 the rest at least Mức 1).
 */
export function smallestSet(catalog: Catalog, set: LevelSet, goal: number): { code: string; level: number }[] {
  const criteria = criteriaOf(catalog);
  const lv = (code: string) => set.levels[code] ?? 0;
  // Criteria without a level are never planned (asked for instead): they are left out of the set.
  const known = (code: string) => set.levels[code] !== undefined;
  const out: { code: string; level: number }[] = [];
  const add = (code: string, needed: number) => out.push({ code, level: plannable(lv(code), needed) });
  if (catalog.regime === "2018") {
    for (const c of criteria)
      if (known(c.code) && lv(c.code) < requiredLevel(catalog, c, goal)) add(c.code, requiredLevel(catalog, c, goal));
    return out;
  }
  for (const c of criteria) if (c.mandatory && known(c.code) && lv(c.code) < goal) add(c.code, goal);
  const others = criteria.filter((c) => !c.mandatory);
  let missing = Math.max(0, 5 - others.filter((c) => lv(c.code) >= goal).length);
  // Closest first (one step before two), then catalog order.
  const candidates = others.filter((c) => known(c.code) && lv(c.code) < goal).sort((a, b) => lv(b.code) - lv(a.code));
  const picked = new Set<string>();
  for (const c of candidates) {
    if (missing <= 0) break;
    picked.add(c.code);
    missing--;
  }
  for (const c of others) {
    if (picked.has(c.code)) add(c.code, goal);
    else if (goal === 2 && known(c.code) && lv(c.code) < 1) add(c.code, 1);
  }
  return out;
}
