/**
 * The fresh plans' readings written by hand from their HTML sources (scripts/fixtures/heldout/fresh): context,
 * every row (standard, criterion, period, budget) and findings. Shared by the PDF test (test/hosts/file/
 * pdf-fresh.test.ts) and the paste test (test/core/pasted-pdf-fresh.test.ts); never computed with a reader.
 */
import type { Plan } from "../../src/core/types";

export type Row = [standard: number, code: string, period: string, budget: string];

/** "2026-09..2026-12", "school-year"; budget "2500000", "none", "source: …". */
export function rowOf(r: Plan["rows"][number]): Row {
  const p = r.period;
  const period = !p ? "—" : p.kind === "school-year" ? "school-year" : `${p.start}..${p.end}`;
  const b = r.budget;
  const budget = !b ? "—" : b.kind === "amount" ? String(b.vnd) : b.kind === "source" ? `source: ${b.source}` : b.kind;
  return [r.standard ?? 0, r.criterion ?? "", period, budget];
}

/**
 * A plan's reading: its context (and school, when asserted), its criterion rows, the standard numbers of its
 * "Tiêu chuẩn N: …" heading rows (none when the table has no such rows), the level each criterion row aims at when
 * the plan gives one in a column of its own, and the findings.
 */
export interface Expected {
  context: object;
  school?: string;
  rows: Row[];
  headings?: number[];
  targets?: (number | null)[];
  /** Each row's kind when some are "task" rows (a criterion cell merged over several activity rows); else all
   * "criterion". */
  kinds?: ("criterion" | "task")[];
  findings: string[];
}

export const PLANS: Record<string, Expected> = {
  "tieu-hoc-kim-dong-2025-2026": {
    context: { level: "tieu-hoc", schoolYear: "2025-2026", regime: "2018" },
    rows: [
      [1, "1.4", "2025-11..2026-03", "3500000"], // "TC 1.4", "Tháng 11/2025 – Tháng 3/2026", "3.500.000đ"
      [2, "2.3", "2026-01..2026-05", "none"], // "Tiêu chí 2.3", "HK II", "Không"
      [3, "3.5", "2025-12..2026-02", "source: Xã hội hóa"], // "Nguồn xã hội hóa"
      [4, "4.1", "2025-09..2026-01", "1200000"], // "HK I", "1.200.000đ"
      [5, "5.3", "2026-03..2026-04", "12000000"],
    ],
    findings: ["budget.source-only 3.5 info"],
  },
  "thpt-tran-quang-khai-2025-2026": {
    context: { level: "thpt", schoolYear: "2025-2026", regime: "2018" },
    // The header block's cell: "TRƯỜNG TRUNG HỌC PHỔ THÔNG" and "TRẦN QUANG KHẢI" on two lines.
    school: "TRƯỜNG TRUNG HỌC PHỔ THÔNG TRẦN QUANG KHẢI",
    rows: [
      [1, "1.2", "2025-09..2025-12", "none"], // "1.2" alone, "Từ tháng 9/2025 đến tháng 12/2025", "Không"
      [1, "1.8", "2026-01..2026-01", "3000000"], // "Tháng 01/2026", "3 triệu đồng"
      [2, "2.2", "school-year", "source: Ngân sách"], // "Năm học 2025-2026", "Kinh phí chi thường xuyên"
      [2, "2.4", "2025-10..2026-05", "5000000"],
      [3, "3.2", "2026-03..2026-09", "source: Ngân sách"], // "Ngân sách nhà nước"; ends after the school year
      [3, "3.3", "2026-04..2026-06", "25000000"], // "Tiêu chí 3.3 - Mức 3", "Quý II/2026", "25.000.000đ (XHH)"
      [3, "3.5", "2025-09..2025-12", "unparsed"], // "15.000.0000 đ": a malformed amount is not counted
      [3, "3.6", "2025-11..2026-04", "12500000"],
      [4, "4.2", "school-year", "source: Xã hội hóa"], // "Nguồn xã hội hóa"
      [5, "5.4", "2026-03..2026-03", "8000000"], // "Tháng 03/2026"
      [5, "5.6", "2026-02..2026-06", "none"],
    ],
    findings: [
      // "Căn cứ Thông tư số 17/2018/TT-BGDĐT" (tiểu học) in a THPT plan, whose wording is TT 18's.
      "doc.circular-level-mismatch  error",
      "timeline.after-school-year 3.2 warning", // "Từ tháng 3/2026 đến tháng 9/2026"
      "budget.bad-grouping 3.5 error", // "15.000.0000 đ"
      "budget.source-only 2.2 info",
      "budget.source-only 3.2 info",
      "budget.source-only 4.2 info",
      // No name check on "Mức 3" after "Tiêu chí 3.3": a level, not a criterion name.
    ],
  },
  "bieu2-thcs-luong-son-2026-2027": {
    context: { level: "thcs", schoolYear: "2026-2027", regime: "2026" },
    rows: [
      [1, "1.1", "2026-09..2026-12", "2500000"], // "2,5 triệu đồng"
      [2, "2.2", "2026-09..2027-05", "15000000"],
      [3, "3.4", "school-year", "8000000"], // "Cả năm học 2026-2027"
      [4, "4.2", "2026-10..2027-03", "20000000"],
      [4, "4.3", "2026-09..2027-01", "none"], // "Học kỳ I", "Không phát sinh"
    ],
    findings: [
      // The plan has no "Mức độ thực hiện" column (its owner column is "Người/bộ phận thực hiện").
      "table.missing-column  warning",
      // Chỉ số without a figure: "Kế hoạch được phê duyệt", "Không có học sinh bỏ học", "Không có vụ việc …".
      "tt57.indicator-vague 1.1 warning",
      "tt57.indicator-vague 3.4 warning",
      "tt57.indicator-vague 4.2 warning",
      // Kinh phí with an amount but no source.
      "tt57.resource-no-source 1.1 warning",
      "tt57.resource-no-source 2.2 warning",
      "tt57.resource-no-source 3.4 warning",
      "tt57.resource-no-source 4.2 warning",
    ],
  },
  "mam-non-hoa-mai-2025-2026": {
    context: { level: "mam-non", schoolYear: "2025-2026", regime: "2018" },
    rows: [
      [1, "1.2", "2025-09..2025-12", "none"], // "09/2025" | "12/2025", "Không"
      [1, "1.6", "2025-10..2026-01", "5000000"], // "Tháng 10/2025" | "Tháng 01/2026", "5 triệu"
      [2, "2.2", "2025-10..2026-04", "10000000"], // "15/10/2025" | "30/4/2026", "10.000.000 đồng"
      [3, "3.2", "2025-11..2026-07", "source: Xã hội hóa"], // "Huy động xã hội hóa"; the long row
      [3, "3.7", "2026-01..2026-03", "25000000"], // a code TT 19 does not have (standard 3 stops at 3.6)
      [4, "4.1", "2025-09..2026-05", "none"],
      [5, "5.2", "2025-09..2026-05", "3000000"], // "3 triệu"
      [5, "5.4", "2026-03..2026-09", "2500000"], // ends "Tháng 9/2026": after the school year
    ],
    headings: [1, 2, 3, 4, 5],
    // The "Mức cần đạt" column.
    targets: [3, 2, 3, 2, 2, 3, 3, 2],
    findings: [
      "target.above-max 1.2 error", // Tiêu chí 1.2 has Mức 1–2 only; the plan aims at Mức 3
      "criterion.unknown-code 3.7 error",
      "timeline.after-school-year 5.4 warning",
      "budget.source-only 3.2 info",
      // Added after the first reading (a rule not in mind when the list above was written; right as it reads): the
      // plan aims at "chuẩn quốc gia mức độ 1" (= Mức 2), and four rows aim at Mức 3.
      "target.above-goal 1.2 info",
      "target.above-goal 2.2 info",
      "target.above-goal 4.1 info",
      "target.above-goal 5.2 info",
    ],
  },
  // Landscape, the form's ten columns in order with headers on three lines, a numbers row (1)…(10), "Tiêu chuẩn N"
  // group rows, a two-column heading block and signature block; realistic mistakes: TT 17/2018 as the basis, a code
  // TT 57 does not have (4.4, also in its evidence code), a 2018 evidence code [H1-1.3-02].
  "bieu2-tieu-hoc-phu-my-2026-2027": {
    context: { level: "tieu-hoc", schoolYear: "2026-2027", regime: "2026" },
    rows: [
      [1, "1.3", "2026-09..2026-12", "6000000"], // "09/2026 - 12/2026", "Ngân sách: 4.000.000 đ; XHH: 2.000.000 đ"
      [1, "1.4", "2026-09..2027-08", "none"], // "Thường xuyên", "Không"
      [2, "2.2", "2026-09..2026-11", "none"], // "Tháng 9 - tháng 11/2026", "Nhân lực: GV khối 5" (people, no money)
      [2, "2.3", "2026-09..2027-01", "3500000"], // "HK I năm học 2026-2027", "3.500.000 đồng"
      [3, "3.1", "2026-09..2027-05", "10000000"], // "Ngân sách nhà nước: 10.000.000 đồng"
      [3, "3.2", "2026-10..2027-04", "5000000"], // "XHH: 5.000.000 đ"
      [3, "3.5", "2027-01..2027-05", "none"], // "HK II"
      [4, "4.2", "2026-11..2027-03", "20000000"], // "Ngân sách: 8.000.000 đ; XHH: 12.000.000 đ"
      [4, "4.4", "2027-02..2027-05", "15000000"], // "15 triệu đồng (ngân sách)"
    ],
    headings: [1, 2, 3, 4], // "Tiêu chuẩn N: …" group rows
    findings: [
      // Biểu 2 has no "Tiêu chuẩn" rows: the plan's four group rows.
      "criterion.standard-row-in-bieu2  error",
      "criterion.standard-row-in-bieu2  error",
      "criterion.standard-row-in-bieu2  error",
      "criterion.standard-row-in-bieu2  error",
      // "Tiêu chí 4.4" (TT 57 Tiêu chuẩn 4 has 4.1–4.3; TT 17/2018 has 4.1–4.2) and its code (MC.4.4.01).
      "criterion.unknown-code 4.4 error",
      "tt57.evidence-criterion 4.4 error",
      // "Căn cứ Thông tư số 17/2018/TT-BGDĐT …" in a 2026-2027 plan.
      "doc.circular-regime-mismatch  error",
      // "Sổ theo dõi tài sản [H1-1.3-02]".
      "tt57.evidence-2018-code 1.3 warning",
      // "3.500.000 đồng" without a source; "Nhân viên thư viện, thiết bị hoàn thành lớp bồi dưỡng nghiệp vụ".
      "tt57.resource-no-source 2.3 warning",
      "tt57.indicator-vague 2.3 warning",
    ],
  },
  // Landscape TT 18/2018 THCS plan for 2024-2025 with "Người phụ trách" and "Người phối hợp" columns, a "Ghi chú"
  // column and the budget column headed "Kinh phí (triệu đồng)" holding bare numbers: the unit is the header's, so
  // "2,5" is 2,500,000 đ and "0" is no spending (as "Không"). "Tiêu chí 2.2" (and its TT cell) is merged over three
  // activity rows "1." "2." "3.", each with its own period and budget: one criterion row and two task rows of 2.2.
  // Three mistakes: a code TT 18 lacks (4.3: Tiêu chuẩn 4 has 4.1–4.2), a period a year early ("Từ tháng 01/2024 đến
  // tháng 3/2024" in a 2024-2025 plan), a malformed amount "1,5,0".
  "thcs-phan-boi-chau-2024-2025": {
    context: { level: "thcs", schoolYear: "2024-2025", regime: "2018" },
    school: "TRƯỜNG THCS PHAN BỘI CHÂU",
    rows: [
      [1, "1.4", "2024-09..2024-12", "none"], // "Từ tháng 9/2024 đến tháng 12/2024", "Không"
      [1, "1.10", "school-year", "3000000"], // "1.10" alone, "Suốt năm học", "3"
      [2, "2.2", "2024-09..2024-09", "2500000"], // "Tuần 1 - tuần 4 tháng 9/2024", "2,5"
      [2, "2.2", "2024-10..2024-11", "5000000"], // task row: "Từ tháng 10/2024 đến tháng 11/2024", "5"
      [2, "2.2", "school-year", "none"], // task row: "Suốt năm học", "0"
      [3, "3.4", "2024-01..2024-03", "15000000"], // "Từ tháng 01/2024 đến tháng 3/2024", "15"
      [4, "4.3", "2025-01..2025-05", "4000000"], // "Học kỳ II", "4"
      [5, "5.2", "2024-10..2025-04", "unparsed"], // "1,5,0": not counted
      [5, "5.4", "2025-03..2025-05", "1500000"], // "Tháng 3/2025 - tháng 5/2025", "1,5"
    ],
    kinds: ["criterion", "criterion", "criterion", "task", "task", "criterion", "criterion", "criterion", "criterion"],
    findings: [
      "criterion.unknown-code 4.3 error",
      "timeline.before-school-year 3.4 warning",
      "budget.bad-grouping 5.2 error", // "1,5,0"
      // No criterion.duplicate: 2.2's three rows are one merged cell, not the criterion written twice.
    ],
  },
  // Portrait A4, the form's ten columns with two renamed ("Thời gian hoàn thành": one completion date per row;
  // "Nguồn lực": money and people mixed), a numbers row (1)…(10), standards as group rows numbered with Roman
  // numerals ("I. Tiêu chuẩn 1: …", like the document's own sections "IV. KẾ HOẠCH …"), criteria written "TC 1.1:",
  // "Tiêu chí 2.2." or a bare "3.1", evidence "(MC.1.1.01)", a page header (school, plan, year) and a footer
  // "Trang N/M" on every page. Planted mistakes: TT 18/2018 as the basis of a 2026-2027 plan, "3.3" with the name of
  // 3.5, a completion date "30/9/2027" after the school year.
  "bieu2-thpt-hung-vuong-2026-2027": {
    context: { level: "thpt", schoolYear: "2026-2027", regime: "2026" },
    school: "TRƯỜNG THPT HÙNG VƯƠNG",
    rows: [
      [1, "1.1", "2026-09..2026-09", "none"], // "TC 1.1:", "30/9/2026", "Không phát sinh kinh phí"
      [1, "1.3", "2026-12..2026-12", "12000000"], // "Tháng 12/2026", "Ngân sách nhà nước 12.000.000đ"
      // "Tiêu chí 2.2.", "30/5/2027", "Kinh phí: 3 triệu đồng; Nhân lực: tổ Toán"
      [2, "2.2", "2027-05..2027-05", "3000000"],
      [2, "2.3", "2026-11..2026-11", "none"], // "Tháng 11 năm 2026", "Nhân lực: nhân viên thiết bị, thí nghiệm"
      [3, "3.1", "2026-10..2026-10", "none"], // "3.1 Tổ chức …", "Trước 15/10/2026"
      [3, "3.3", "2027-04..2027-04", "20000000"], // "30/4/2027", "Xã hội hóa: 20.000.000 đồng"
      [3, "3.4", "2027-09..2027-09", "5000000"], // "30/9/2027", "Kinh phí chi thường xuyên 5.000.000 đồng"
      // "Trước 31/3/2027", "Ngân sách nhà nước 45.000.000đ; Xã hội hóa 15.000.000đ"
      [4, "4.1", "2027-03..2027-03", "60000000"],
      [4, "4.2", "2026-11..2026-11", "8500000"], // "20/11/2026", "Kinh phí: 8.500.000 đồng (ngân sách nhà nước)"
    ],
    headings: [1, 2, 3, 4], // "I. Tiêu chuẩn 1: …" … "IV. Tiêu chuẩn 4: …"
    findings: [
      // Biểu 2 has no "Tiêu chuẩn" rows: the plan's four group rows.
      "criterion.standard-row-in-bieu2  error",
      "criterion.standard-row-in-bieu2  error",
      "criterion.standard-row-in-bieu2  error",
      "criterion.standard-row-in-bieu2  error",
      // "Căn cứ Thông tư số 18/2018/TT-BGDĐT …" in a 2026-2027 plan.
      "doc.circular-regime-mismatch  error",
      // "3.3 Kết quả học tập, phát triển, rèn luyện và sự tiến bộ của học sinh": the name of 3.5 (3.3 is "Tổ chức
      // hoạt động giáo dục và phát triển toàn diện").
      "criterion.name-mismatch 3.3 warning",
      "timeline.after-school-year 3.4 warning", // "30/9/2027"
      // "Kinh phí: 3 triệu đồng; Nhân lực: tổ Toán": money without its source.
      "tt57.resource-no-source 2.2 warning",
    ],
  },
  // Portrait A4, a mầm non TT 57 Biểu 2 with eleven columns: the time in two ("Thời gian bắt đầu" | "Thời gian kết
  // thúc", dates "01/9/2026", "15/01/2027"), amounts grouped with spaces ("5 000 000 đ"), ungrouped ("2000000đ") or
  // in shorthand ("3tr5" = 3 triệu 5 = 3,500,000; "10tr" = 10,000,000); bold "Tiêu chí N.M: name" then the weakness
  // in the same cell; no standard rows; a "Nơi nhận:" list and "HIỆU TRƯỞNG" with a name at the end. Planted
  // mistakes: row 4 ends "30/12/2026" before it starts "01/3/2027"; "Tiêu chí 4.4" (the mầm non catalog stops at 4.3).
  "bieu2-mam-non-huong-duong-2026-2027": {
    context: { level: "mam-non", schoolYear: "2026-2027", regime: "2026" },
    school: "TRƯỜNG MẦM NON HƯỚNG DƯƠNG",
    rows: [
      [1, "1.3", "2026-09..2026-12", "5000000"], // "01/9/2026" | "31/12/2026", "Ngân sách: 5 000 000 đ"
      [2, "2.2", "2026-09..2027-01", "2000000"], // "15/9/2026" | "15/01/2027", "Ngân sách nhà nước 2000000đ"
      [3, "3.2", "2026-10..2027-04", "3500000"], // "01/10/2026" | "30/4/2027", "Xã hội hóa 3tr5"
      [3, "3.4", "2027-03..2026-12", "none"], // "01/3/2027" | "30/12/2026": the end before the start; "Không"
      // "01/11/2026" | "31/5/2027", "Ngân sách 10tr; xã hội hóa 5 000 000 đ"
      [4, "4.1", "2026-11..2027-05", "15000000"],
      [4, "4.4", "2027-01..2027-03", "none"], // "02/01/2027" | "31/3/2027", "Không phát sinh kinh phí"
      // "01/9/2026" | "31/5/2027", "Kinh phí hoạt động thường xuyên: 1 500 000 đồng"
      [4, "4.3", "2026-09..2027-05", "1500000"],
    ],
    findings: [
      "timeline.end-before-start 3.4 error", // "01/3/2027" | "30/12/2026"
      "criterion.unknown-code 4.4 error", // TT 57's mầm non catalog: 4.1–4.3
      // Added after the first reading (a rule not in mind when the list above was written; right as it reads): the
      // row's evidence "(MC.4.4.01)" names the same criterion 4.4, which TT 57 does not have.
      "tt57.evidence-criterion 4.4 error",
    ],
  },
  // Landscape TT 17/2018 tiểu học plan for 2025-2026 without a TT column: the first column is the standard
  // ("Tiêu chuẩn 1: Tổ chức và quản lý nhà trường") merged over its criterion rows, then "Tiêu chí N.M: name", a
  // "Kết quả tự đánh giá" column ("Mức 2", the level now: not the target) beside "Mục tiêu" ("Đạt Mức 3"), periods
  // "HK I", "HK II", "Tháng 9-12/2025", "Cả năm", budgets "Không", "5 triệu", "XHH", a header row repeated on every
  // page of a table over three pages. Planted mistakes: "Tháng 9-12/2024" (the year before) and 5.3 named with TT 18's
  // 5.3 ("Thực hiện nội dung giáo dục địa phương theo quy định"; TT 17's is "Thực hiện các hoạt động giáo dục khác").
  "tieu-hoc-nguyen-van-troi-2025-2026": {
    context: { level: "tieu-hoc", schoolYear: "2025-2026", regime: "2018" },
    school: "TRƯỜNG TIỂU HỌC NGUYỄN VĂN TRỖI",
    rows: [
      [1, "1.1", "2025-09..2026-01", "none"], // "HK I", "Không"
      [1, "1.4", "school-year", "5000000"], // "Cả năm", "5 triệu"
      [1, "1.6", "2025-09..2025-12", "none"], // "Tháng 9-12/2025"
      [2, "2.2", "2026-01..2026-05", "source: Xã hội hóa"], // "HK II", "XHH"
      [2, "2.4", "2025-09..2025-12", "none"],
      [3, "3.1", "school-year", "source: Xã hội hóa"],
      [3, "3.5", "2026-01..2026-05", "5000000"],
      [3, "3.6", "2024-09..2024-12", "none"], // "Tháng 9-12/2024": a year early
      [4, "4.1", "2025-09..2026-01", "none"],
      [4, "4.2", "school-year", "source: Xã hội hóa"],
      [5, "5.3", "2026-01..2026-05", "5000000"],
      [5, "5.5", "school-year", "none"],
    ],
    // "Mục tiêu": "Đạt Mức 3" (2.4: "Đạt Mức 2"); the "Kết quả tự đánh giá" column is not the target.
    targets: [3, 3, 3, 3, 2, 3, 3, 3, 3, 3, 3, 3],
    findings: [
      "timeline.before-school-year 3.6 warning", // "Tháng 9-12/2024"
      "criterion.name-mismatch 5.3 warning", // TT 18's name of 5.3
      "budget.source-only 2.2 info", // "XHH"
      "budget.source-only 3.1 info",
      "budget.source-only 4.2 info",
    ],
  },
  // Landscape TT 57 Biểu 2 tiểu học plan for 2027-2028 with the form's columns in the wording schools vary: "Nội
  // dung cần cải tiến" (the criterion and its weakness: "Tiêu chí 2.2: Giáo viên" + "Hạn chế: …"), "Giải
  // pháp/biện pháp", "Kết quả/sản phẩm cần đạt" (column 5, after "Mục tiêu cải tiến": the indicator), "Thời gian bắt
  // đầu – hoàn thành", "Bộ phận chủ trì, phối hợp", "Nguồn lực (kinh phí, nhân lực)", "Minh chứng"; no numbers row;
  // the header row in <thead>; "Tiêu chuẩn N. …" merged rows; one criterion written only "1.3" (then "Hạn chế: …");
  // evidence "(MC.1.1.01)", two codes in a cell, one code broken over a line ("(MC.2.3." / "02)"). Planted
  // mistakes: TT 17/2018 cited beside TT 57 in "Căn cứ"; "Tiêu chí 3.6: Thư viện" (TT 17's 3.6: TT 57's Tiêu chuẩn
  // 3 has 3.1–3.5) with its evidence code (MC.3.6.01).
  "bieu2-tieu-hoc-an-binh-2027-2028": {
    context: { level: "tieu-hoc", schoolYear: "2027-2028", regime: "2026" },
    // "ỦY BAN NHÂN DÂN XÃ AN BÌNH" / "TRƯỜNG TIỂU HỌC AN BÌNH" / "______" in the heading block's first column.
    school: "TRƯỜNG TIỂU HỌC AN BÌNH",
    rows: [
      [1, "1.1", "2027-09..2027-12", "none"], // "09/2027 – 12/2027", "Không"
      [1, "1.3", "2027-09..2028-01", "3000000"], // "1.3" alone, "Học kỳ I năm học 2027-2028", "3.000.000 đồng"
      // "Năm học 2027 - 2028", "Lồng ghép kinh phí hoạt động": the school's operating budget, no amount.
      [2, "2.2", "school-year", "source: Ngân sách"],
      [2, "2.3", "2028-02..2028-04", "none"], // "Tháng 2 đến tháng 4/2028"
      [3, "3.2", "2028-01..2028-05", "10000000"], // "01/2028 – 05/2028", "Nguồn xã hội hóa: 10.000.000 đồng"
      [3, "3.6", "2028-01..2028-05", "5000000"], // "Học kỳ II", "Ngân sách: 5.000.000 đồng"
      [4, "4.3", "school-year", "none"],
    ],
    headings: [1, 2, 3, 4], // "Tiêu chuẩn N. …" merged rows
    // "Mục tiêu cải tiến": "Tiêu chí đạt Mức 2.", "Nâng từ Mức 1 lên Mức 2."; 2.3 and 3.6 name no level.
    targets: [2, 2, 2, null, 2, null, 2],
    findings: [
      // Biểu 2 has no "Tiêu chuẩn" rows: the plan's four merged rows.
      "criterion.standard-row-in-bieu2  error",
      "criterion.standard-row-in-bieu2  error",
      "criterion.standard-row-in-bieu2  error",
      "criterion.standard-row-in-bieu2  error",
      // "Căn cứ Thông tư số 17/2018/TT-BGDĐT …" (beside TT 57) in a 2027-2028 plan.
      "doc.circular-regime-mismatch  error",
      // "Tiêu chí 3.6: Thư viện": TT 17/2018's code (Tiêu chuẩn 3 of TT 17 runs to 3.6), not TT 57's; and its
      // evidence code (MC.3.6.01) names the same criterion.
      "criterion.wrong-regime 3.6 error",
      "tt57.evidence-criterion 3.6 error",
      "tt57.resource-no-source 1.3 warning", // "3.000.000 đồng"
      "budget.source-only 2.2 info", // "Lồng ghép kinh phí hoạt động"
    ],
  },
  // Landscape TT 19/2018 mầm non plan for 2024-2025 with a weaknesses column before the measures: STT | Tiêu chí |
  // Điểm yếu (tồn tại) | Biện pháp khắc phục / Nội dung cải tiến | Người thực hiện | Thời gian (thực hiện – hoàn
  // thành) | Kinh phí / Nguồn lực | Ghi chú (no "Kết quả cần đạt" column). Standard rows numbered 1–5 in the STT
  // column, criterion rows without a number; "Tiêu chí 2.2" (and its weakness) merged over three "- " activity rows,
  // each with its own period and budget; "- ", "+ ", "•" bullets in the measures and owner cells; 3.5's measures
  // longer than a landscape page; periods "Tháng 9/2024 - Tháng 5/2025", "Thường xuyên", "Cả năm học", "Từ 01/10/2024
  // đến 30/12/2024"; budgets "5tr", "Không phát sinh", "Ngân sách + XHH", "2.000.000đ/năm", "1,5 triệu". Planted
  // mistakes: criteria numbered as in TT 17/2018 (tiểu học) — "Tiêu chí 3.4: Khu vệ sinh, hệ thống cấp thoát nước"
  // (TT 19's 3.4 is "Khối phòng tổ chức ăn"; its toilets are 3.6) and "Tiêu chí 5.5: Kết quả giáo dục" (TT 19's
  // standard 5 stops at 5.4) — and a malformed amount "3.000.00đ".
  "mam-non-sen-hong-2024-2025": {
    context: { level: "mam-non", schoolYear: "2024-2025", regime: "2018" },
    school: "TRƯỜNG MẦM NON SEN HỒNG",
    rows: [
      [1, "1.4", "2024-09..2025-05", "5000000"], // "Tháng 9/2024 - Tháng 5/2025", "5tr"
      [1, "1.10", "2024-09..2025-08", "none"], // "Thường xuyên" (the school year's months), "Không phát sinh"
      [2, "2.2", "school-year", "2000000"], // "Cả năm học", "2.000.000đ/năm"
      [2, "2.2", "2024-10..2024-12", "1500000"], // task row: "Từ 01/10/2024 đến 30/12/2024", "1,5 triệu"
      [2, "2.2", "2024-09..2025-05", "source: Xã hội hóa; Ngân sách"], // task row: "Ngân sách + XHH"
      [3, "3.4", "2025-06..2025-08", "15000000"], // "Tháng 6/2025 - Tháng 8/2025", "15.000.000đ"
      [3, "3.5", "school-year", "unparsed"], // "3.000.00đ": not counted
      [4, "4.2", "2024-09..2025-08", "none"], // "Thường xuyên", "Không phát sinh"
      [5, "5.2", "2024-10..2024-12", "1500000"],
      [5, "5.5", "2025-03..2025-05", "none"],
    ],
    headings: [1, 2, 3, 4, 5], // "1" | "Tiêu chuẩn 1: …" (merged over the other columns) … "5" | "Tiêu chuẩn 5: …"
    kinds: [
      "criterion",
      "criterion",
      "criterion",
      "task",
      "task",
      "criterion",
      "criterion",
      "criterion",
      "criterion",
      "criterion",
    ],
    findings: [
      // The 2018 form's "Kết quả cần đạt (so với hiện trạng)" column is missing (the weaknesses are no target).
      "table.missing-column  warning",
      "budget.source-only 2.2 info", // the third activity's "Ngân sách + XHH"
      // TT 17's (and TT 18's) name of 3.4; TT 19's 3.4 is "Khối phòng tổ chức ăn".
      "criterion.name-mismatch 3.4 warning",
      "budget.bad-grouping 3.5 error", // "3.000.00đ"
      "criterion.unknown-code 5.5 error", // TT 17's "Kết quả giáo dục" code; TT 19's standard 5 has 5.1–5.4
      // No criterion.duplicate: 2.2's three rows are one merged cell.
    ],
  },
  // Portrait A4, a table ruled with horizontal lines only (no vertical borders, as Word's "simple" table styles
  // print: the columns come from the text's positions, the rows from the rules), 10 pt in the table and 13 pt in the
  // body; columns TT | Tiêu chuẩn, tiêu chí | Mục tiêu | Nội dung, biện pháp | Thời gian | Người phụ trách | Kinh phí
  // dự kiến with "Tiêu chuẩn N: …" group rows; budgets "Theo thực tế", "0 đ", "2.000.000 đồng/năm", a range
  // "10.000.000đ - 15.000.000đ" (counted at its upper bound), "150.000.000đ" in a column too narrow for it (broken
  // inside the number); periods "Quý I/2025", "Tháng 10, 11/2024", "Từ tháng 8/2024", "Tháng 9/2024 → Tháng 5/2025";
  // one cell naming two criteria ("Tiêu chí 4.1, 4.2": one row of 4.1 that also serves 4.2 — no name check against
  // 4.1's name, which "4.2" is not). Mistakes: "Đạt Mức 3" for 1.7 (it stops at Mức 2), a start in August 2024,
  // before the school year (and the plan, dated 20/9/2024); "Theo thực tế" gives no estimated amount.
  "thpt-nguyen-du-2024-2025": {
    context: { level: "thpt", schoolYear: "2024-2025", regime: "2018" },
    school: "TRƯỜNG THPT NGUYỄN DU",
    rows: [
      [1, "1.1", "2025-01..2025-03", "unparsed"], // "Quý I/2025", "Theo thực tế"
      [1, "1.7", "2024-10..2024-11", "none"], // "Tháng 10, 11/2024", "0 đ"
      [1, "1.10", "2024-08..2025-08", "2000000"], // "Từ tháng 8/2024" (to the school year's end), "2.000.000 đồng/năm"
      [2, "2.2", "2024-09..2025-05", "15000000"], // "Tháng 9/2024 → Tháng 5/2025", "10.000.000đ - 15.000.000đ"
      [2, "2.4", "2024-12..2024-12", "3500000"],
      [3, "3.5", "2025-04..2025-06", "150000000"], // "Quý II/2025", "150.000.000đ" (wrapped in the PDFs)
      [4, "4.1", "2025-01..2025-05", "20000000"], // "Tiêu chí 4.1, 4.2", "Học kỳ II", "Xã hội hóa: 20.000.000đ"
      [5, "5.3", "2024-11..2025-04", "5000000"], // "Tháng 11/2024 – Tháng 4/2025"
      [5, "5.6", "2025-05..2025-05", "none"], // "Tháng 5/2025", "Không"
    ],
    headings: [1, 2, 3, 4, 5],
    // "Mục tiêu": "Đạt Mức 3. …" / "Đạt Mức 2. …" where the cell gives a level.
    targets: [3, 3, null, 3, null, 2, null, 2, null],
    findings: [
      "target.above-max 1.7 error", // 1.7 has Mức 1–2 only
      "timeline.before-school-year 1.10 warning", // "Từ tháng 8/2024"
      "budget.unparsed 1.1 warning", // "Theo thực tế": no estimated amount
      "budget.range 2.2 info", // "10.000.000đ - 15.000.000đ": totals count 15,000,000
      // No criterion.name-mismatch on 4.1: "4.2" after it is the second criterion the row serves, not a name.
    ],
  },
  // Landscape TT 18/2018 THCS plan for an older year, 2023-2024 (thcs-le-loi-2023-2024): the header row in <thead>
  // (repeated by LibreOffice at the top of every page), standards as full-width rows in capitals numbered with Roman
  // numerals ("I. TIÊU CHUẨN 1: TỔ CHỨC VÀ QUẢN LÝ NHÀ TRƯỜNG"), the level aimed at written beside the criterion code
  // ("Tiêu chí 2.1 (Mức 2)", "TC 1.5 - Mức 3", "TC 3.4 - Mức 3" over the name) with no level in its "Kết quả cần đạt"
  // (a description) and no level column of its own, "Kinh phí (nghìn đồng)" with "5.000", "12.500", "Không", "XHH",
  // periods "T9/2023 - T12/2023", "Tháng 10, 11/2023", "Tuần 1-4 tháng 3/2024", "HKI", "HKII", "Cả năm". Planted
  // mistakes: "TC 3.4 - Mức 3" (3.4 stops at Mức 2 in TT 18), "T2/2023 - T4/2023" (last year's months), "Tiêu chí 5.7"
  // (TT 18's Tiêu chuẩn 5 has 5.1–5.6).
  "thcs-le-loi-2023-2024": {
    context: { level: "thcs", schoolYear: "2023-2024", regime: "2018" },
    school: "TRƯỜNG THCS LÊ LỢI",
    rows: [
      [1, "1.1", "2023-09..2023-12", "none"], // "Tiêu chí 1.1 (Mức 3)", "T9/2023 - T12/2023", "Không"
      [1, "1.5", "2023-09..2024-01", "5000000"], // "TC 1.5 - Mức 3", "HKI", "5.000" nghìn đồng
      [1, "1.10", "school-year", "12500000"], // "Cả năm", "12.500"
      [2, "2.1", "2023-10..2023-11", "3500000"], // "Tháng 10, 11/2023", "3.500"
      [2, "2.2", "school-year", "8000000"],
      [3, "3.4", "2024-03..2024-03", "source: Xã hội hóa"], // "Tuần 1-4 tháng 3/2024", "XHH"
      [3, "3.6", "2024-01..2024-04", "20000000"], // "T1/2024 - T4/2024", "20.000"
      [4, "4.1", "2024-01..2024-05", "1500000"], // "HKII", "1.500"
      [5, "5.4", "2023-02..2023-04", "2000000"], // "T2/2023 - T4/2023": a year early
      [5, "5.7", "school-year", "4000000"], // a code TT 18 lacks
    ],
    headings: [1, 2, 3, 4, 5], // "I. TIÊU CHUẨN 1: …" … "V. TIÊU CHUẨN 5: …"
    // The level beside the code: the level the row works towards (its "Kết quả cần đạt" names none).
    targets: [3, 3, 2, 2, 3, 3, 3, 3, 2, 2],
    findings: [
      "target.above-max 3.4 error", // "TC 3.4 - Mức 3": Khu vệ sinh, hệ thống cấp thoát nước has Mức 1–2 only
      "timeline.before-school-year 5.4 warning", // "T2/2023 - T4/2023"
      "criterion.unknown-code 5.7 error",
      "budget.source-only 3.4 info", // "XHH"
    ],
  },
  // Portrait A4 TT 18/2018 THCS plan for 2025-2026 whose document holds two tables: first "Bảng tổng hợp kết quả tự
  // đánh giá" (Tiêu chuẩn | Số tiêu chí | Đạt: Mức 1 | Mức 2 | Mức 3 | Không đạt, a two-row header, rows "Tiêu chuẩn
  // 1" … "Tiêu chuẩn 5" and "Tổng cộng" with bare numbers), then the plan (TT | Tiêu chí | Biện pháp cải tiến | Kết
  // quả cần đạt | Thời gian | Người thực hiện | Kinh phí), "Nơi nhận:" and the signature. The summary is no plan: its
  // numbers are neither rows, standards, periods nor budgets. Planted mistake: row 6 (training office staff, 2.3's
  // matter) copied as "Tiêu chí 2.2: Đối với giáo viên", so 2.2 is written twice.
  "thcs-hoa-binh-2025-2026": {
    context: { level: "thcs", schoolYear: "2025-2026", regime: "2018" },
    school: "TRƯỜNG THCS HÒA BÌNH",
    rows: [
      [1, "1.5", "2025-09..2025-09", "none"], // "Tháng 9/2025", "Không"
      [1, "1.6", "2025-09..2026-01", "2000000"], // "Học kỳ I", "2.000.000 đồng"
      [2, "2.2", "school-year", "10000000"], // "Cả năm học"
      [3, "3.2", "2025-10..2026-03", "source: Xã hội hóa"], // "Tháng 10/2025 - tháng 3/2026", "Nguồn xã hội hóa"
      [3, "3.5", "2026-01..2026-05", "15000000"], // "Học kỳ II"
      [2, "2.2", "2025-11..2025-11", "none"], // "Tháng 11/2025": the copied row
      [5, "5.6", "2026-04..2026-05", "3000000"], // "Tháng 4/2026 - tháng 5/2026", "3.000.000 đồng"
    ],
    findings: [
      "criterion.duplicate 2.2 warning", // row 6: "Tiêu chí 2.2: Đối với giáo viên" again (not a merged cell)
      "budget.source-only 3.2 info", // "Nguồn xã hội hóa"
    ],
  },
  // Landscape TT 17/2018 tiểu học plan for 2025-2026 whose criteria are numbered LOCALLY under their standard, as
  // some schools write: "Tiêu chuẩn 2: …" merged across the row (TT column included), then "Tiêu chí 1: Đối với cán
  // bộ quản lý" (2.1), "Tiêu chí 3: Đối với nhân viên" (2.3); one row in the usual form ("Tiêu chí 3.2: Phòng học");
  // no Tiêu chuẩn 4 rows. Columns "TT | Tiêu chuẩn, tiêu chí | Mục tiêu | Biện pháp thực hiện | Người thực hiện |
  // Thời gian thực hiện | Kinh phí"; periods "Học kỳ I", "Tháng 10/2025 – 3/2026", "Năm học 2025-2026"; budgets
  // "3.000.000 đồng", "Không", "Nguồn xã hội hóa". Planted mistake: 2.1 named "Đối với cán bộ quản lý" (TT 17's 2.1:
  // "Đối với hiệu trưởng, phó hiệu trưởng"); unplanned ones the rules rightly report: "Đạt Mức 3" for 1.2 and 1.8.
  "tieu-hoc-quang-trung-2025-2026": {
    context: { level: "tieu-hoc", schoolYear: "2025-2026", regime: "2018" },
    school: "TRƯỜNG TIỂU HỌC QUANG TRUNG",
    rows: [
      [1, "1.2", "2025-09..2026-01", "none"], // "Tiêu chí 2: Hội đồng trường …", "Học kỳ I", "Không"
      [1, "1.8", "2025-10..2026-03", "3000000"], // "Tiêu chí 8", "Tháng 10/2025 – 3/2026", "3.000.000 đồng"
      [2, "2.1", "school-year", "none"], // "Tiêu chí 1: Đối với cán bộ quản lý", "Năm học 2025-2026"
      [2, "2.3", "2025-09..2025-12", "2000000"], // "Tiêu chí 3: Đối với nhân viên"
      [3, "3.2", "2025-11..2026-01", "source: Xã hội hóa"], // "Tiêu chí 3.2: Phòng học", "Nguồn xã hội hóa"
      [3, "3.6", "2026-01..2026-05", "5000000"], // "Tiêu chí 6: Thư viện", "Học kỳ II"
      [5, "5.2", "2026-02..2026-04", "4500000"], // "Tiêu chí 2: Thực hiện Chương trình …", "4.500.000 đồng"
    ],
    headings: [1, 2, 3, 5],
    targets: [3, 3, 3, 2, 3, 3, 3], // "Mục tiêu": "Đạt Mức 3" (2.3: "Đạt Mức 2")
    findings: [
      "criterion.name-mismatch 2.1 warning", // "Đối với cán bộ quản lý"
      "budget.source-only 3.2 info", // "Nguồn xã hội hóa"
      // Added after the first reading (the hand list was wrong by the rules, not the reader): TT 17's 1.2 and 1.8 go
      // up to Mức 2 only, and the plan aims "Đạt Mức 3" at both.
      "target.above-max 1.2 error",
      "target.above-max 1.8 error",
    ],
  },
  // Landscape TT 18/2018 THCS plan for 2025-2026 in the seeds' column set (TT | Tiêu chuẩn, tiêu chí | Kết quả cần
  // đạt (so với hiện trạng) | Công việc/giải pháp cần thực hiện | Chủ trì và phối hợp thực hiện | Thời gian thực hiện
  // và hoàn thành | Dự kiến kinh phí | Ghi chú) whose table ends with a "Tổng cộng" row (TT and criterion cells merged,
  // "38.500.000 đồng" in the budget cell, the others empty) and, under the table, "(Bằng chữ: Ba mươi tám triệu năm
  // trăm nghìn đồng)". The total row is no plan row: it adds neither a row nor an amount (the rows' sum is also
  // 38,500,000). Planted mistake: 2.3's training written "Tháng 11/2026" (a year late; meant 11/2025).
  "thcs-tran-phu-2025-2026": {
    context: { level: "thcs", schoolYear: "2025-2026", regime: "2018" },
    school: "TRƯỜNG THCS TRẦN PHÚ",
    rows: [
      [1, "1.4", "2025-09..2026-05", "none"], // "Tháng 9/2025 - tháng 5/2026", "Không"
      [1, "1.10", "2025-09..2026-01", "4500000"], // "Học kỳ I", "4.500.000 đồng"
      [2, "2.3", "2026-11..2026-11", "2000000"], // "Tháng 11/2026": after the school year
      [3, "3.3", "2025-12..2026-02", "12000000"], // "Tháng 12/2025 - tháng 2/2026"
      [3, "3.6", "2026-01..2026-05", "15000000"], // "Học kỳ II"
      [4, "4.2", "school-year", "none"], // "Năm học 2025-2026", "Không"
      [5, "5.5", "2026-03..2026-04", "5000000"], // "Tháng 3/2026 - tháng 4/2026"
    ],
    findings: [
      "timeline.after-school-year 2.3 warning", // "Tháng 11/2026"
      // Nothing from the "Tổng cộng" row: not a criterion row, no empty-cell findings, not counted in the totals.
    ],
  },
  "tieu-hoc-le-van-tam-2024-2025": {
    context: { level: "tieu-hoc", schoolYear: "2024-2025", regime: "2018" },
    school: "TRƯỜNG TIỂU HỌC LÊ VĂN TÁM",
    rows: [
      [1, "1.3", "2024-09..2024-10", "none"], // "Tháng 9 - 10/2024": two months sharing one year
      [1, "1.5", "2024-09..2024-10", "1500000"], // "Từ 15/9 đến 30/10/2024": the start's year is the end's
      // "Đến hết tháng 12/2024": a deadline with no start is its month, as the Hùng Vương plan's "Trước 15/10/2026"
      // (and a bare date, "30/4/2027") is (corrected before any reading: the first hand list ran deadlines from the
      // school year's start, which no plan here does; a deadline is when the work is done, the row's one month).
      [2, "2.5", "2024-12..2024-12", "2000000"],
      [3, "3.3", "2025-04..2025-04", "source: Xã hội hóa"], // "Trước 30/4/2025": April; "Nguồn xã hội hóa"
      [3, "3.6", "2024-09..2025-08", "5000000"], // "Định kỳ hàng tháng": recurring over the school year
      [4, "4.1", "2024-11..2024-11", "800000"], // "Tuần 3 tháng 11/2024": the week is inside November
      [5, "5.2", "2025-01..2025-05", "3000000"], // "Học kỳ II", "3.000.000 đồng"
    ],
    findings: [
      // "TC 2.5": TT 17's Tiêu chuẩn 2 has four criteria (2.1-2.4); the school numbered the staff criterion on.
      "criterion.unknown-code 2.5 error",
      "budget.source-only 3.3 info", // "Nguồn xã hội hóa"
    ],
  },
};
