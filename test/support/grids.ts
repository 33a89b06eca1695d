import { TEMPLATE_2018_COLUMNS } from "../../src/core/templates";

export const HEADER_2018 = TEMPLATE_2018_COLUMNS.map((c) => c.header);

/** A 2018-regime document grid: title lines, then the 9-column table. Row = [tt, criterion, target, tasks, owner, period, budget, support, note]. */
export function doc2018(opts: { title?: string[]; rows: string[][] }): string[][] {
  const title = opts.title ?? [
    "TRƯỜNG THCS LÊ QUÝ ĐÔN",
    "KẾ HOẠCH",
    "Cải tiến chất lượng giáo dục năm học 2025 – 2026",
    "Căn cứ Thông tư số 18/2018/TT-BGDĐT ngày 22 tháng 8 năm 2018 của Bộ trưởng Bộ Giáo dục và Đào tạo;",
  ];
  return [
    ...title.map((t) => [t]),
    HEADER_2018,
    ...opts.rows.map((r) => [...r, ...new Array(Math.max(0, 9 - r.length)).fill("")]),
  ];
}

export const GOOD_ROW = [
  "",
  "Tiêu chí 1.4: Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn và tổ văn phòng",
  "Đạt mức 3 so với mức 2 hiện tại",
  "Xây dựng chuyên đề sinh hoạt tổ chuyên môn.",
  "PHT; TTCM",
  "Tháng 9/2025 - tháng 5/2026",
  "5.000.000",
  "",
  "",
];

/** A 2018 row for a criterion with a level-2 target over the school year and the given budget (report tests). */
export const budgetRow2018 = (criterion: string, budget: string) => [
  "",
  criterion,
  "Đạt mức 2",
  "Việc",
  "BGH",
  "Tháng 9/2025 - tháng 5/2026",
  budget,
  "",
  "",
];
