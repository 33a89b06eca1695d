/**
 * The newest held-out plans (scripts/fixtures/heldout, written by hand as HTML): what each must read to, written by
 * hand from the HTML — not computed with the reader — so the matrix test's reference (the .docx reading, which every
 * PDF is compared with) is itself checked. Criterion codes, periods (HK I = 9 → 1, HK II = 1 → 5, "Cả năm học" = 9 →
 * 8, as src/core/parse/period.ts documents), budgets and the findings each plan was written to raise.
 */
import * as path from "path";
import type { Plan } from "../../../src/core/types";
import { fixtureFolder, readMain, readingOf } from "../../support/pdf-variety-read";

const { file } = fixtureFolder(path.join(__dirname, "..", "..", "fixtures", "pdf-variety"));

type Row = [standard: number, code: string, period: string, budget: string];

/** "2027-09..2027-12", "school-year", "month 2026-03", "—" (none); budget "5000000", "none", "source: …", "—". */
function rowOf(r: Plan["rows"][number]): Row {
  const p = r.period;
  const period = !p
    ? "—"
    : p.kind === "school-year"
      ? "school-year"
      : p.kind === "month"
        ? `month ${p.start}`
        : `${p.start}..${p.end}`;
  const b = r.budget;
  const budget = !b ? "—" : b.kind === "amount" ? String(b.vnd) : b.kind === "source" ? `source: ${b.source}` : b.kind;
  return [r.standard ?? 0, r.criterion ?? "", period, budget];
}

const PLANS: Record<string, { context: object; rows: Row[]; findings: string[] }> = {
  // THCS, TT 57/2026 Biểu 2 with an 11th "Ghi chú" column, portrait: row 1.3 splits across the page break.
  "bieu2-thcs-tan-phu-2027-2028": {
    context: { level: "thcs", schoolYear: "2027-2028", regime: "2026" },
    rows: [
      [1, "1.3", "2027-09..2027-12", "5000000"],
      [1, "1.4", "2027-09..2028-01", "none"], // "Học kỳ I năm học 2027-2028", "Không phát sinh kinh phí"
      [2, "2.2", "2027-09..2028-05", "12000000"],
      [3, "3.4", "2027-10..2028-05", "source: Ngân sách"],
      [4, "4.1", "2027-11..2028-08", "350000000"],
    ],
    findings: [
      "budget.source-only 3.4 info",
      // Chỉ số without a figure: "Không có nội dung công khai bị thiếu", "Phòng học bộ môn đưa vào sử dụng".
      "tt57.indicator-vague 1.4 warning",
      "tt57.indicator-vague 4.1 warning",
      // Nguồn lực with an amount but no source (ngân sách, xã hội hóa…).
      "tt57.resource-no-source 1.3 warning",
      "tt57.resource-no-source 2.2 warning",
      "tt57.resource-no-source 4.1 warning",
    ],
  },
  // Mầm non, TT 19/2018: "Tiêu chuẩn" cells merged over their criterion rows; "HK I", "20 tr", "XHH".
  "mam-non-anh-duong-2025-2026": {
    context: { level: "mam-non", schoolYear: "2025-2026", regime: "2018" },
    rows: [
      [1, "1.5", "2025-09..2026-01", "none"],
      [1, "1.8", "school-year", "none"],
      [1, "1.10", "2025-09..2025-12", "20000000"], // "Tháng 9 - 12/2025", "20 tr"
      [3, "3.1", "2026-01..2026-05", "source: Xã hội hóa"],
      [3, "3.5", "month 2026-03", "source: Xã hội hóa; Ngân sách"], // "Ngân sách + XHH"
      [5, "5.3", "school-year", "5000000"],
    ],
    findings: ["budget.source-only 3.1 info", "budget.source-only 3.5 info"],
  },
  // THPT, TT 18/2018 with a "Minh chứng" column ([H1-1.4-02]): still a 2018 plan, not a Biểu 2; "Tiêu chí 1,4".
  "thpt-le-quy-don-2024-2025": {
    context: { level: "thpt", schoolYear: "2024-2025", regime: "2018" },
    rows: [
      [1, "1.4", "2024-09..2025-05", "4000000"],
      [2, "2.4", "school-year", "none"],
      [3, "3.6", "2023-10..2025-04", "60000000"],
      [4, "4.1", "month 2024-09", "—"],
      [5, "5.2", "2025-01..2025-05", "15000000"],
    ],
    // 5.2 carries 5.6's name ("Kết quả giáo dục"); 3.6 starts in October 2023, before the school year.
    findings: ["criterion.name-mismatch 5.2 warning", "timeline.before-school-year 3.6 warning"],
  },
  // Tiểu học, TT 17/2018: criteria as "1.5. …" without "Tiêu chí", "Quý I/2024", "9/2023 - 5/2024", "5 triệu",
  // "15tr", "Ngân sách nhà nước: 3.000.000 đồng"; nothing to report.
  "tieu-hoc-song-hong-2023-2024": {
    context: { level: "tieu-hoc", schoolYear: "2023-2024", regime: "2018" },
    rows: [
      [1, "1.1", "2023-09..2023-12", "none"], // "Từ tháng 9/2023 đến tháng 12/2023", "Không"
      [1, "1.5", "2024-01..2024-03", "5000000"],
      [3, "3.6", "2023-09..2024-05", "2500000"],
      [4, "4.1", "2023-09..2024-05", "3000000"], // "Tháng 9/2023, tháng 1/2024, tháng 5/2024"
      [5, "5.5", "school-year", "15000000"],
    ],
    findings: [],
  },
  // THCS, TT 18/2018: the national-motto header block and "Nơi nhận" as borderless tables, a self-assessment summary
  // table before the plan, full-width "Tiêu chuẩn N" rows, the header repeated on each page (thead).
  "thcs-hoa-phu-2025-2026": {
    context: { level: "thcs", schoolYear: "2025-2026", regime: "2018" },
    rows: [
      [1, "", "—", "—"],
      [1, "1.2", "2025-09..2026-06", "none"],
      [1, "1.6", "month 2025-12", "2000000"],
      [1, "1.10", "2025-09..2025-11", "35000000"],
      [2, "", "—", "—"],
      [2, "2.2", "school-year", "5000000"],
      [2, "2.4", "2025-09..2026-05", "none"],
      [3, "", "—", "—"],
      [3, "3.1", "2026-06..2026-08", "120000000"],
      [3, "3.5", "2026-01..2026-05", "40000000"], // "Học kỳ II"
      [4, "", "—", "—"],
      [4, "4.2", "school-year", "source: Xã hội hóa"],
      [5, "", "—", "—"],
      [5, "5.3", "2025-10..2026-04", "8000000"],
      [5, "5.6", "2025-09..2026-05", "10000000"],
    ],
    findings: ["budget.source-only 4.2 info"],
  },
  // THPT, TT 18/2018, a two-row header: "Thời gian" over "Bắt đầu" | "Hoàn thành", the other labels merged over both.
  "thpt-tran-phu-2025-2026": {
    context: { level: "thpt", schoolYear: "2025-2026", regime: "2018" },
    rows: [
      [1, "1.7", "2025-09..2025-11", "none"],
      [3, "3.2", "2026-01..2026-08", "300000000"],
      [5, "5.2", "2025-09..2026-03", "50000000"],
      [5, "5.5", "2025-10..2026-05", "12000000"],
    ],
    findings: [],
  },
};

describe("the new held-out plans read as written (expectations by hand)", () => {
  it.each(Object.keys(PLANS))("%s.docx", async (plan) => {
    const want = PLANS[plan];
    const p = await readMain(file(`${plan}.docx`), `${plan}.docx`);
    const got = readingOf(p);
    expect(got.context).toEqual(want.context);
    expect(p.rows.filter((r) => r.kind !== "criterion" && r.kind !== "standard").map((r) => r.kind)).toEqual([]);
    expect(p.rows.map(rowOf)).toEqual(want.rows);
    expect(got.findings).toEqual([...want.findings].sort());
  });
});
