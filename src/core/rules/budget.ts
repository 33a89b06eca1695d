/** budget.*: the "Dự kiến kinh phí" / "Nguồn lực bảo đảm" column. */
import { analysisOf, analyzeBudget } from "../parse/budget";
import { finding, type Rule } from "./finding";
import { formatVnd } from "../summary";

export const budgetRules: Rule = ({ plan }) => {
  const out = [];
  for (const row of plan.rows) {
    if (row.kind !== "criterion" && row.kind !== "task") continue;
    const cell = row.cells.budget;
    if (!cell) continue;
    const a = analysisOf(row.budget) ?? analyzeBudget(cell.text);
    const base = { cell, criterion: row.criterion, standard: row.standard };
    for (const issue of a.issues) {
      if (issue.kind === "unit-typo")
        out.push(finding({ ...base, rule: "budget.unit-typo", severity: "error", message: `Đơn vị tiền viết sai: "${issue.text}".`, messageEn: `Misspelt currency unit: "${issue.text}".`, suggestion: "Viết đúng đơn vị, ví dụ: 10.000.000 đồng hoặc 10 triệu đồng." }));
      else if (issue.kind === "bad-grouping")
        out.push(finding({ ...base, rule: "budget.bad-grouping", severity: "error", message: `Số tiền "${issue.text}" phân nhóm chữ số sai (mỗi nhóm 3 chữ số).`, messageEn: `Amount "${issue.text}" has malformed digit grouping (groups of three).`, suggestion: "Viết lại số tiền theo nhóm 3 chữ số, ví dụ: 10.000.000." }));
      else if (issue.kind === "range") {
        const r = a.amounts.find((x) => x.low !== undefined && x.text === issue.text);
        const high = r ? formatVnd(r.vnd) : null;
        out.push(finding({ ...base, rule: "budget.range", severity: "info", message: `Kinh phí ghi một khoảng ("${issue.text}"): tổng kinh phí tính theo mức tối đa${high ? ` (${high})` : ""}.`, messageEn: `The budget is a range ("${issue.text}"): totals count its upper bound${high ? ` (${high})` : ""}.`, suggestion: "Nếu đã chốt được, ghi một số tiền dự kiến." }));
      }
      else if (issue.kind === "small")
        out.push(finding({ ...base, rule: "budget.small", severity: "warning", message: `Số tiền "${issue.text}" nhỏ bất thường (dưới 100.000 đ) — có thể đang ghi theo nghìn đồng.`, messageEn: `Amount "${issue.text}" is unusually small (< 100,000 VND) — probably written in thousands.`, suggestion: "Ghi đầy đủ bằng đồng, ví dụ: 5.000.000 đồng." }));
    }
    if (a.parse.kind === "unparsed" && !a.issues.some((i) => i.kind !== "unparsed"))
      out.push(finding({ ...base, rule: "budget.unparsed", severity: "warning", message: `Không đọc được kinh phí: "${cell.text.trim().slice(0, 60)}".`, messageEn: `Budget not readable: "${cell.text.trim().slice(0, 60)}".`, suggestion: 'Ghi số tiền (ví dụ "10.000.000 đồng"), "Không", hoặc nguồn kinh phí (ví dụ "Xã hội hóa").' }));
    if (a.parse.kind === "source")
      out.push(finding({ ...base, rule: "budget.source-only", severity: "info", message: `Chỉ ghi nguồn kinh phí (${a.parse.source}), chưa có số tiền dự kiến.`, messageEn: `Only a funding source (${a.parse.source}) is given, no estimated amount.`, suggestion: "Nếu có thể, ghi thêm số tiền dự kiến để tổng hợp kinh phí." }));
  }
  return out;
};
