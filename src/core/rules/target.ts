/** target.*: the level aimed at, against the criterion's highest level and the current level. */
import type { Finding } from "../types";
import { findCriterion } from "../catalogs/index";
import { foldDiacritics } from "../text/normalize";
import { finding, type Rule } from "./finding";

export const targetRules: Rule = ({ plan, catalog }) => {
  const out: Finding[] = [];
  for (const row of plan.rows) {
    if (row.kind !== "criterion" || !row.target || !row.cells.target) continue;
    const cell = row.cells.target;
    const { level, current } = row.target;
    const base = { cell, criterion: row.criterion, standard: row.standard };
    if (level === null) continue;
    const hit = catalog && row.criterion ? findCriterion(catalog, row.criterion) : null;
    if (catalog?.regime === "2026" && level > 2) {
      out.push(finding({ ...base, rule: "target.above-max", severity: "error", message: `Mức ${level} không có trong ${catalog.circular}: mỗi tiêu chí chỉ có Mức 1 và Mức 2.`, messageEn: `Level ${level} does not exist in ${catalog.circular}: criteria have Level 1 and Level 2 only.`, suggestion: "Ghi mục tiêu Mức 1 hoặc Mức 2." }));
    } else if (level === 4 && catalog?.regime === "2018") {
      if (row.section === "muc-1-3" || row.section === "muc-3" || row.section === "muc-2")
        out.push(finding({ ...base, rule: "target.muc4-in-muc13", severity: "warning", message: "Mục tiêu Mức 4 nằm trong phần MỨC 1, 2, 3.", messageEn: "A Level 4 target sits in the LEVEL 1, 2, 3 section.", suggestion: 'Chuyển dòng này sang phần "MỨC 4".' }));
    } else if (hit && level > hit.criterion.maxLevel) {
      out.push(finding({ ...base, rule: "target.above-max", severity: "error", message: `Tiêu chí ${row.criterion} chỉ có đến Mức ${hit.criterion.maxLevel}; không thể đặt mục tiêu Mức ${level}.`, messageEn: `Criterion ${row.criterion} only goes up to Level ${hit.criterion.maxLevel}; Level ${level} is not possible.`, suggestion: `Ghi mục tiêu tối đa Mức ${hit.criterion.maxLevel}.` }));
    }
    if (current !== null && level <= current && !/duy tri/.test(foldDiacritics(cell.text)))
      out.push(finding({ ...base, rule: "target.not-above-current", severity: "warning", message: `Mục tiêu Mức ${level} không cao hơn hiện trạng (Mức ${current}).`, messageEn: `Target Level ${level} is not above the current Level ${current}.`, suggestion: `Ghi "Duy trì Mức ${current}" hoặc đặt mục tiêu Mức ${current + 1}.` }));
  }
  return out;
};
