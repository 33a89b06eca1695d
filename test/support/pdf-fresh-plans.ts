/**
 * The two fresh plans' readings written by hand from their HTML sources (scripts/fixtures/heldout/fresh): context,
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

export const PLANS: Record<string, { context: object; rows: Row[]; findings: string[] }> = {
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
};
