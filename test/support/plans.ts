/** Synthetic 2018-regime plans of any size, for host tests and benchmarks (TT 18/2018 criteria in turn). */
import "../../src/core/catalogs/all";
import type { Catalog } from "../../src/core/types";
import type { DraftInsert } from "../../src/hosts/port";
import { getCatalog } from "../../src/core/catalogs/index";
import { TEMPLATE_2018_COLUMNS } from "../../src/core/templates";

const tt18 = (): Catalog => getCatalog("tt18-2018")!;

/**
 * A school title, the 9-column header and `n` criterion rows; every 28 rows a new "MỨC 1, 2, 3" section (only 28
 * criteria exist). `cells(i)` gives row i's period and budget; `pad` fills rows to nine cells (Word tables).
 */
export function syntheticPlanGrid(
  n: number,
  cells: (i: number) => { period: string; budget: string },
  pad = false,
): string[][] {
  const criteria = tt18().standards.flatMap((s) => s.criteria);
  const fill = (r: string[]) => (pad ? [...r, ...new Array(Math.max(0, 9 - r.length)).fill("")] : r);
  const g = [["TRƯỜNG THCS A"], ["Năm học 2025 – 2026"], TEMPLATE_2018_COLUMNS.map((c) => c.header)];
  for (let i = 0; i < n; i++) {
    if (i % criteria.length === 0) g.push(fill(["", "MỨC 1, 2, 3"]));
    const c = criteria[i % criteria.length];
    const { period, budget } = cells(i);
    g.push(fill(["", `Tiêu chí ${c.code}: ${c.name}`, "Đạt mức 2", "Việc", "BGH", period, budget]));
  }
  return g;
}

/** TT 18/2018 with `standards` copies of its first standard: a blank template of about 2 × standards rows. */
export function catalogWithStandards(standards: number): Catalog {
  const c = tt18();
  return {
    ...c,
    standards: Array.from({ length: Math.max(1, standards) }, (_, i) => ({ ...c.standards[0], number: i + 1 })),
  };
}

/** A drafted plan of one small table under a heading line (hosts' insertDraft in the model tests). */
export const SMALL_DRAFT: DraftInsert = {
  tables: [
    {
      heading: "Bảng 1",
      rows: [
        ["TT", "Việc"],
        ["1", "Bồi dưỡng"],
      ],
      headerRows: 1,
    },
  ],
};
