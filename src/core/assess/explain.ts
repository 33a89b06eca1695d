/**
 * The gap board explains itself: the circular's rule for the school's level in one sentence, and what each
 * criterion needs for the chosen goal (the "Cần" column). The UI and the CLI only display these texts.
 */
import type { Catalog } from "../types";
import { TT57_SCHOOL_LEVEL_RULE } from "../catalogs/plan-template";
import { criteriaOf } from "./rating";
import type { GapStatus } from "./board";

const TT57_RULE: string = TT57_SCHOOL_LEVEL_RULE;

/**
 * TT 57: the rule as the reference quotes it (khoản 3 Điều 5), with the catalog's mandatory criteria named after
 * its first "tiêu chí bắt buộc". 2018: Mức N when every criterion with Mức N content reaches it (Điều 6 and
 * khoản 4 Điều 2), the criteria without Mức 3 content named.
 */
export function ratingRule(catalog: Catalog): { rule: string; ruleEn: string } {
  const criteria = criteriaOf(catalog);
  if (catalog.regime === "2026") {
    const mandatory = criteria.filter((c) => c.mandatory).map((c) => c.code);
    const others = criteria.length - mandatory.length;
    const rule = TT57_RULE
      ? TT57_RULE.replace(
          "tất cả tiêu chí bắt buộc",
          `tất cả ${mandatory.length} tiêu chí bắt buộc (${mandatory.join(", ")})`,
        )
      : "";
    return {
      rule,
      ruleEn:
        `Circular 57/2026, Article 5(3): Level 1 when all ${mandatory.length} mandatory criteria ` +
        `(${mandatory.join(", ")}) are at Level 1 and at least 5 of the ${others} others at Level 1 or ` +
        `above; Level 2 ` +
        `when all mandatory criteria are at Level 2 and at least 5 of the ${others} others at Level 2, the rest at ` +
        `least Level 1.`,
    };
  }
  const noMuc3 = criteria.filter((c) => c.maxLevel < 3).map((c) => c.code);
  const without = noMuc3.length ? ` (tiêu chí không có yêu cầu Mức 3 — ${noMuc3.join(", ")} — chỉ cần Mức 2)` : "";
  const withoutEn = noMuc3.length
    ? ` (criteria without Level 3 requirements — ${noMuc3.join(", ")} — need Level 2)`
    : "";
  return {
    rule:
      `Theo Điều 6 và khoản 4 Điều 2 Thông tư số ${catalog.circular}: trường đạt Mức N khi mọi tiêu chí có yêu cầu ` +
      `Mức N đều đạt Mức N, mức sau gồm cả yêu cầu của mức trước${without}; Mức 4 còn cần các yêu cầu riêng của ` +
      `Mức 4.`,
    ruleEn:
      `Circular ${catalog.circular}, Articles 6 and 2(4): the school is at Level N when every criterion with Level N ` +
      `requirements reaches Level N, each level including the previous one${withoutEn}; Level 4 also needs its own ` +
      `requirements.`,
  };
}

export interface NeedRow {
  mandatory: boolean;
  current: number | null;
  needed: number;
  status: GapStatus;
}

/** What one criterion needs for the goal, as the board's "Cần" column says it. */
export function needText(
  catalog: Catalog,
  r: NeedRow,
  ctx: { goal: number; missingOthers: number; othersTotal: number },
): { vi: string; en: string } {
  const tt57 = catalog.regime === "2026";
  const below1 = r.current !== null && r.current < 1;
  const firstStep = below1 && r.needed >= 2 ? "; năm nay Mức 1" : "";
  const firstStepEn = below1 && r.needed >= 2 ? "; Level 1 this year" : "";
  const of = `${ctx.othersTotal} tiêu chí không bắt buộc`;
  const ofEn = `${ctx.othersTotal} non-mandatory criteria`;
  switch (r.status) {
    case "unassessed":
      return { vi: "chưa đánh giá — cần cho biết mức", en: "not assessed — give its level" };
    case "met":
      return { vi: "đã đủ cho mục tiêu", en: "enough for the goal" };
    case "optional":
      return {
        vi: `không cần cho mục tiêu (đã đủ 5/${of} đạt Mức ${ctx.goal})`,
        en: `not needed for the goal (5 of the ${ofEn} already at Level ${ctx.goal})`,
      };
    case "choice":
      return {
        vi: `Mức ${ctx.goal} nếu chọn — cần thêm ${ctx.missingOthers} tiêu chí để đủ 5/${of}`,
        en: `Level ${ctx.goal} if chosen — ${ctx.missingOthers} more needed for 5 of the ${ofEn}`,
      };
    case "blocking":
      if (!tt57) return { vi: `Mức ${r.needed}${firstStep}`, en: `Level ${r.needed}${firstStepEn}` };
      if (r.mandatory)
        return {
          vi: `Mức ${r.needed} (tiêu chí bắt buộc)${firstStep}`,
          en: `Level ${r.needed} (mandatory)${firstStepEn}`,
        };
      if (ctx.goal === 2 && below1)
        return ctx.missingOthers === 0
          ? { vi: "Mức 1 (các tiêu chí còn lại tối thiểu Mức 1)", en: "Level 1 (the rest at least Level 1)" }
          : {
              vi: `tối thiểu Mức 1; Mức 2 nếu tính vào 5/${of}`,
              en: `at least Level 1; Level 2 if counted in 5 of the ${ofEn}`,
            };
      return {
        vi: `Mức ${r.needed} (cần đủ 5/${of} đạt Mức ${ctx.goal})`,
        en: `Level ${r.needed} (5 of the ${ofEn} must reach Level ${ctx.goal})`,
      };
  }
}

/** The board's status words (the pane, the page and the CLI show the same). */
export const STATUS_LABELS: Record<GapStatus, { vi: string; en: string }> = {
  met: { vi: "đã đạt", en: "met" },
  blocking: { vi: "chặn mục tiêu", en: "blocks the goal" },
  choice: { vi: "chọn đủ 5/7", en: "pick 5 of 7" },
  optional: { vi: "không bắt buộc", en: "optional" },
  unassessed: { vi: "chưa đánh giá", en: "not assessed" },
};
