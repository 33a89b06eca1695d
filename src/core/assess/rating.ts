/**
 * The school-rating rule of each regime, over a level per criterion.
 *   TT57 (khoản 3 Điều 5): projectTt57Level in ../tt57/rules — Mức 1 = all 8 mandatory ≥ 1 and ≥ 5 of the 7 others
 *   ≥ 1; Mức 2 = all mandatory ≥ 2, ≥ 5 of the others ≥ 2, the rest ≥ 1.
 *   2018 (TT17/18/19, Điều 6 + Điều 2 khoản 4, reference circulars-2018.json school_level_from_criteria): Mức N when
 *   every criterion with Mức N content reaches Mức N (the rule of projectSchoolLevel in ../rules/plan). Mức 4 adds
 *   the separate Điều 22 list, which criterion levels cannot show: it is never projected from them.
 */
import type { Catalog, CriterionDef } from "../types";
import { projectTt57Level } from "../tt57/rules";

export type LevelOf = (code: string) => number;

export const criteriaOf = (catalog: Catalog): (CriterionDef & { standard: number; standardName: string })[] =>
  catalog.standards.flatMap((s) => s.criteria.map((c) => ({ ...c, standard: s.number, standardName: s.name })));

/** Goals a school can choose: TT57 Mức 1–2; 2018 Mức 1–4 (chuẩn quốc gia mức độ 1 = Mức 2, mức độ 2 = Mức 3). */
export function goalsFor(catalog: Catalog): number[] {
  return catalog.regime === "2026" ? [1, 2] : [1, 2, 3, 4];
}

/** The school's level by the catalog's regime rule. */
export function schoolLevel(catalog: Catalog, lv: LevelOf): number {
  const criteria = criteriaOf(catalog);
  if (catalog.regime === "2026") {
    const levels = new Map(criteria.map((c) => [c.code, lv(c.code)]));
    return projectTt57Level(levels, new Set(), criteria).current ?? 0;
  }
  let reached = 0;
  for (let n = 1; n <= Math.min(3, catalog.maxLevel); n++) {
    if (criteria.filter((c) => c.maxLevel >= n).every((c) => lv(c.code) >= n)) reached = n;
    else break;
  }
  return reached;
}

/** The level a criterion must reach for the school to be at `goal`, when it is one of those that must. */
export function requiredLevel(catalog: Catalog, c: Pick<CriterionDef, "maxLevel" | "mandatory">, goal: number): number {
  if (catalog.regime === "2026") return Math.min(goal, c.maxLevel);
  return Math.min(goal, 3, c.maxLevel);
}

/** Vietnamese name of a school goal ("Mức 2 (chuẩn quốc gia mức độ 1)"). */
export function goalLabel(catalog: Catalog, goal: number, lang: "vi" | "en" = "vi"): string {
  if (lang === "en")
    return catalog.regime === "2018" && goal >= 2 && goal <= 3
      ? `Level ${goal} (national standard ${goal - 1})`
      : `Level ${goal}`;
  if (catalog.regime === "2018" && goal >= 2 && goal <= 3) return `Mức ${goal} (chuẩn quốc gia mức độ ${goal - 1})`;
  return `Mức ${goal}`;
}
