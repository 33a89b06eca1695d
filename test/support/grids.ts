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

// TT 57/2026 (Biểu 2) plans, written by hand from the circular's form.

/** The header of Biểu 2's plan table (section V), as the circular's form prints it: written by hand, not read from
 * the templates under test. */
export const HEADER_TT57 = [
  "TT",
  "Nội dung cải tiến",
  "Mục tiêu cải tiến",
  "Hoạt động/giải pháp",
  "Chỉ số đánh giá kết quả",
  "Thời gian thực hiện",
  "Đơn vị/cá nhân phụ trách",
  "Nguồn lực bảo đảm",
  "Thông tin, dữ liệu hoặc minh chứng dự kiến",
  "Mức độ thực hiện",
];

/** The title lines of a TT 57 plan for 2026-2027: the school, the plan's name, the legal basis. */
export const titleTt57 = (school = "TRƯỜNG THCS LÊ QUÝ ĐÔN") => [
  [school],
  ["KẾ HOẠCH Cải tiến chất lượng giáo dục năm học 2026-2027"],
  ["Căn cứ Thông tư số 57/2026/TT-BGDĐT ngày 07 tháng 7 năm 2026 của Bộ trưởng Bộ Giáo dục và Đào tạo;"],
];
export const TITLE_TT57 = titleTt57();

/** Section VI with its two review dates (the end of the plan table). */
export const REVIEW_TT57 = [
  ["VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN"],
  ["Cuối học kỳ I (tháng 01/2027)"],
  ["Cuối năm học (tháng 05/2027)"],
];

/** A Biểu 2 row (10 columns) that meets every TT 57 check: criterion 2.2 to Mức 2. */
export const GOOD_ROW_TT57 = [
  "1",
  "Tiêu chí 2.2: Giáo viên",
  "Đạt Mức 2",
  "Bồi dưỡng giáo viên theo chuẩn nghề nghiệp",
  "100% giáo viên đạt chuẩn nghề nghiệp mức khá trở lên",
  "Tháng 9/2026 - tháng 5/2027",
  "BGH, TTCM",
  "Ngân sách: 5.000.000 đồng",
  "Kế hoạch bồi dưỡng (MC.2.2.01)",
  "Chưa thực hiện",
];

/** Biểu 2's eight section headings (Mẫu số 2, Phụ lục V, TT 57/2026), in the form's order, copied from it by hand. */
export const BIEU2_SECTION_HEADINGS = [
  "I. THÔNG TIN CHUNG",
  "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
  "III. MỤC ĐÍCH, YÊU CẦU",
  "IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN",
  "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
  "VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN (GIÁM SÁT NỘI BỘ)",
  "VII. TỔ CHỨC THỰC HIỆN",
  "VIII. CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO",
];

/** The header of section IV's table as Biểu 2 prints it. */
export const SECTION_IV_HEADER = [
  "TT",
  "Tiêu chuẩn",
  "Tiêu chí liên quan (nếu có)",
  "Đánh giá hiện trạng",
  "Điểm hạn chế",
  "Nguyên nhân của hạn chế",
];

/** Section IV (heading, header, the given issue rows) followed by section V's heading. */
export const sectionIV = (...rows: string[][]) => [
  ["IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN"],
  SECTION_IV_HEADER,
  ...rows,
  ["V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG"],
];

/** A TT 57 document grid: title, what comes before the table, the plan header, its rows, then section VI. */
export function doc57(opts: {
  rows: string[][];
  title?: string[][];
  before?: string[][];
  head?: string[];
  after?: string[][];
}): string[][] {
  return [
    ...(opts.title ?? TITLE_TT57),
    ...(opts.before ?? []),
    opts.head ?? HEADER_TT57,
    ...opts.rows,
    ...(opts.after ?? REVIEW_TT57),
  ];
}
