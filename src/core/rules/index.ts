/** checkPlan: every rule family over a plan. Total: a failing rule becomes an "internal" info finding. */
import type { Catalog, Finding, Plan } from "../types";
import { catalogIdFor, getCatalog } from "../catalogs/index";
import { finding, said, type MessageTable, type Rule, type RuleContext } from "./finding";
import { criterionRules } from "./criterion";
import { targetRules } from "./target";
import { timelineRules } from "./timeline";
import { budgetRules } from "./budget";
import { tableRules } from "./table";
import { unfilledRules } from "./unfilled";
import { docRules } from "./doc";
import { planRules } from "./plan";
import { tt57Rules } from "../tt57/rules";
import { tt57NextRules } from "../tt57/checks";

/** The registered rule families, in reporting order. Other modules may append (e.g. the TT57 family). */
export const RULES: { family: string; rule: Rule }[] = [
  { family: "criterion", rule: criterionRules },
  { family: "target", rule: targetRules },
  { family: "timeline", rule: timelineRules },
  { family: "budget", rule: budgetRules },
  { family: "table", rule: tableRules },
  { family: "unfilled", rule: unfilledRules },
  { family: "doc", rule: docRules },
  { family: "plan", rule: planRules },
  { family: "tt57", rule: tt57Rules },
  { family: "tt57-next", rule: tt57NextRules },
];

export function catalogForPlan(plan: Plan): Catalog | null {
  const { level } = plan.context;
  const regime = plan.context.regime ?? (plan.template === "tt57-bieu2" ? "2026" : null);
  if (!level || !regime) return null;
  return getCatalog(catalogIdFor(level, regime)) ?? null;
}

/** Messages of checkPlan itself: a rule family that failed, and a plan checked without a catalog. */
export const RULES_TEXT = {
  internal: {
    rule: "plan.internal",
    vi: (_family: string, _failure: string) =>
      "Một nhóm kiểm tra không chạy được (lỗi nội bộ của KHCT); các kiểm tra khác vẫn có kết quả.",
    en: (family: string, failure: string) => `Rule family "${family}" failed: ${failure}`,
  },
  noCatalog: {
    rule: "plan.no-catalog",
    vi: "Chưa xác định cấp học/thông tư nên chưa đối chiếu tiêu chí với danh mục.",
    en: "School level or regime unknown: criteria were not checked against a catalog.",
    suggestion: {
      vi: "Chọn cấp học và năm học trong khung Thông tin trường.",
      en: "Choose the school level and school year in the School information box.",
    },
  },
} satisfies MessageTable;

export function checkPlan(plan: Plan, catalog?: Catalog | null): Finding[] {
  const cat = catalog === undefined ? catalogForPlan(plan) : catalog;
  const m = /^(\d{4})/.exec(plan.context.schoolYear ?? "");
  const ctx: RuleContext = { plan, catalog: cat, yearStart: m ? Number(m[1]) : null };
  const out: Finding[] = [...plan.readFindings];
  for (const { family, rule } of RULES) {
    try {
      out.push(...rule(ctx));
    } catch (e) {
      const failure = String((e as Error)?.message ?? e);
      // The rule id names the family that failed ("budget.internal").
      out.push(
        finding({ severity: "info", ...said(RULES_TEXT.internal, family, failure), rule: `${family}.internal` }),
      );
    }
  }
  if (!cat && plan.headerRow >= 0) out.push(finding({ severity: "info", ...said(RULES_TEXT.noCatalog) }));
  return out;
}

export { finding, cellRef, columnLetter } from "./finding";
export type { Rule, RuleContext } from "./finding";
export { projectSchoolLevel } from "./plan";
export { sameName } from "./criterion";
