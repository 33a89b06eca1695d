/** target.*: the level aimed at, against the criterion's highest level and the current level. */
import type { Finding, PlanCell, PlanRow } from "../types";
import { findCriterion } from "../catalogs/index";
import { foldDiacritics } from "../text/normalize";
import { finding, said, type MessageTable, type Rule } from "./finding";

/** Messages of the target.* rules. */
export const TARGET_TEXT = {
  aboveMaxTt57: {
    rule: "target.above-max",
    vi: (level: number, circular: string) =>
      `Mức ${level} không có trong ${circular}: mỗi tiêu chí chỉ có Mức 1 và Mức 2.`,
    en: (level: number, circular: string) =>
      `Level ${level} does not exist in ${circular}: criteria have Level 1 and Level 2 only.`,
    suggestion: { vi: "Ghi mục tiêu Mức 1 hoặc Mức 2.", en: "Set a Level 1 or Level 2 target." },
  },
  muc4InMuc13: {
    rule: "target.muc4-in-muc13",
    vi: "Mục tiêu Mức 4 nằm trong phần MỨC 1, 2, 3.",
    en: "A Level 4 target sits in the LEVEL 1, 2, 3 section.",
    suggestion: { vi: 'Chuyển dòng này sang phần "MỨC 4".', en: 'Move this row to the "MỨC 4" (Level 4) section.' },
  },
  aboveMax: {
    rule: "target.above-max",
    vi: (code: string | null, max: number, level: number) =>
      `Tiêu chí ${code} chỉ có đến Mức ${max}; không thể đặt mục tiêu Mức ${level}.`,
    en: (code: string | null, max: number, level: number) =>
      `Criterion ${code} only goes up to Level ${max}; Level ${level} is not possible.`,
    suggestion: {
      vi: (_code: string | null, max: number) => `Ghi mục tiêu tối đa Mức ${max}.`,
      en: (_code: string | null, max: number) => `Set a target of at most Level ${max}.`,
    },
  },
  notAboveCurrent: {
    rule: "target.not-above-current",
    vi: (level: number, current: number) => `Mục tiêu Mức ${level} không cao hơn hiện trạng (Mức ${current}).`,
    en: (level: number, current: number) => `Target Level ${level} is not above the current Level ${current}.`,
    suggestion: {
      vi: (_level: number, current: number) => `Ghi "Duy trì Mức ${current}" hoặc đặt mục tiêu Mức ${current + 1}.`,
      en: (_level: number, current: number) =>
        `Write "Duy trì Mức ${current}" (keep Level ${current}) or set a Level ${current + 1} target.`,
    },
  },
} satisfies MessageTable;

/** The cell where a row's target level is written: the criterion cell when it is written beside the code there. */
export function targetCellOf(row: PlanRow): PlanCell | undefined {
  return row.target?.from === "criterion" ? row.cells.criterion : row.cells.target;
}

export const targetRules: Rule = ({ plan, catalog }) => {
  const out: Finding[] = [];
  for (const row of plan.rows) {
    const cell = targetCellOf(row);
    if (row.kind !== "criterion" || !row.target || !cell) continue;
    const { level, current } = row.target;
    const base = { cell, criterion: row.criterion, standard: row.standard };
    if (level === null) continue;
    const hit = catalog && row.criterion ? findCriterion(catalog, row.criterion) : null;
    if (catalog?.regime === "2026" && level > 2) {
      out.push(finding({ ...base, severity: "error", ...said(TARGET_TEXT.aboveMaxTt57, level, catalog.circular) }));
    } else if (level === 4 && catalog?.regime === "2018") {
      if (row.section === "muc-1-3" || row.section === "muc-3" || row.section === "muc-2")
        out.push(finding({ ...base, severity: "warning", ...said(TARGET_TEXT.muc4InMuc13) }));
    } else if (hit && level > hit.criterion.maxLevel) {
      out.push(
        finding({
          ...base,
          severity: "error",
          ...said(TARGET_TEXT.aboveMax, row.criterion, hit.criterion.maxLevel, level),
        }),
      );
    }
    if (current !== null && level <= current && !/duy tri/.test(foldDiacritics(cell.text)))
      out.push(finding({ ...base, severity: "warning", ...said(TARGET_TEXT.notAboveCurrent, level, current) }));
  }
  return out;
};
