/**
 * Short column names as schools say them ("cột Thời gian"), by the role the reader gave the column. Used wherever a
 * finding's place is written in a document's own terms: the pane and page lists, the CLI and the reports.
 */
import type { ColumnRole, Plan } from "./types";

const SHORT: Record<ColumnRole, [string, string]> = {
  tt: ["TT", "No."],
  criterion: ["Tiêu chí", "Criterion"],
  target: ["Kết quả cần đạt", "Target"],
  tasks: ["Công việc", "Tasks"],
  indicator: ["Chỉ số đánh giá", "Indicator"],
  owner: ["Chủ trì", "Owner"],
  period: ["Thời gian", "Period"],
  budget: ["Kinh phí", "Budget"],
  support: ["Điều kiện hỗ trợ", "Support"],
  evidence: ["Minh chứng", "Evidence"],
  status: ["Mức độ thực hiện", "Status"],
  note: ["Ghi chú", "Note"],
};
/** Biểu 2 (TT 57/2026) names some columns differently. */
const SHORT_TT57: Partial<Record<ColumnRole, [string, string]>> = {
  criterion: ["Nội dung cải tiến", "Content"],
  target: ["Mục tiêu", "Goal"],
  tasks: ["Hoạt động", "Activities"],
  owner: ["Phụ trách", "Owner"],
  budget: ["Nguồn lực", "Resources"],
};

/** The column's short name in the plan's template, or null when the reader gave it no role. */
export function columnName(plan: Plan, col: number, lang: "vi" | "en"): string | null {
  const role = (Object.keys(plan.columns) as ColumnRole[]).find((r) => plan.columns[r] === col);
  if (!role) return null;
  const names = (plan.template === "tt57-bieu2" && SHORT_TT57[role]) || SHORT[role];
  return names[lang === "vi" ? 0 : 1];
}
