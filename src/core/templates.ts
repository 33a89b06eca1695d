/**
 * Plan table templates as data. The 2018 regime's 9-column table is a school-practice layout (no official
 * form exists: reference guidance_self_assessment.improvement_plan_table); TT57's Biểu 2 (Mẫu số 2,
 * Phụ lục V) has 10 columns (reference tt57-2026.json plan_template.main_table).
 */
import type { ColumnDef, Regime, Template, TemplateId } from "./types";

export const TEMPLATE_2018_COLUMNS: ColumnDef[] = [
  { role: "tt", header: "TT", headerEn: "No.", width: 4 },
  { role: "criterion", header: "Tiêu chuẩn, tiêu chí", headerEn: "Standard, criterion", width: 14 },
  {
    role: "target",
    header: "Kết quả cần đạt (so với hiện trạng)",
    headerEn: "Target (against the current state)",
    width: 14,
  },
  { role: "tasks", header: "Công việc/giải pháp cần thực hiện", headerEn: "Tasks / solutions", width: 20 },
  { role: "owner", header: "Chủ trì và phối hợp thực hiện", headerEn: "Lead and partners", width: 12 },
  { role: "period", header: "Thời gian thực hiện và hoàn thành", headerEn: "Period and completion", width: 10 },
  { role: "budget", header: "Dự kiến kinh phí", headerEn: "Estimated budget", width: 10 },
  { role: "support", header: "Điều kiện hỗ trợ khác", headerEn: "Other support", width: 10 },
  { role: "note", header: "Ghi chú", headerEn: "Notes", width: 6 },
];

export const TEMPLATE_TT57_COLUMNS: ColumnDef[] = [
  { role: "tt", header: "TT", headerEn: "No.", width: 4 },
  { role: "criterion", header: "Nội dung cải tiến", headerEn: "Improvement content", width: 12 },
  { role: "target", header: "Mục tiêu cải tiến", headerEn: "Improvement goal", width: 12 },
  { role: "tasks", header: "Hoạt động/giải pháp", headerEn: "Activities / solutions", width: 15 },
  { role: "indicator", header: "Chỉ số đánh giá kết quả", headerEn: "Result indicator", width: 11 },
  { role: "period", header: "Thời gian thực hiện", headerEn: "Period", width: 8 },
  { role: "owner", header: "Đơn vị/cá nhân phụ trách", headerEn: "Responsible unit/person", width: 10 },
  { role: "budget", header: "Nguồn lực bảo đảm", headerEn: "Resources", width: 10 },
  {
    role: "evidence",
    header: "Thông tin, dữ liệu hoặc minh chứng dự kiến",
    headerEn: "Expected information, data or evidence",
    width: 10,
  },
  { role: "status", header: "Mức độ thực hiện", headerEn: "Implementation status", width: 8 },
];

const TEMPLATES: Record<TemplateId, Template> = {
  "2018-9col": {
    id: "2018-9col",
    regime: "2018",
    title: "Bảng kế hoạch cải tiến chất lượng (9 cột, TT 17/18/19/2018)",
    columns: TEMPLATE_2018_COLUMNS,
    sections: [
      { id: "muc-1-3", label: "MỨC 1, 2, 3" },
      { id: "muc-4", label: "MỨC 4" },
    ],
    standardRows: true,
  },
  "tt57-bieu2": {
    id: "tt57-bieu2",
    regime: "2026",
    title: "Biểu 2 — Kế hoạch cải tiến chất lượng (Mẫu số 2, Phụ lục V, TT 57/2026)",
    columns: TEMPLATE_TT57_COLUMNS,
    sections: [],
    standardRows: false,
  },
};

export function getTemplate(id: TemplateId): Template {
  return TEMPLATES[id] ?? TEMPLATES["2018-9col"];
}

export function templateFor(regime: Regime): Template {
  return regime === "2026" ? TEMPLATES["tt57-bieu2"] : TEMPLATES["2018-9col"];
}
