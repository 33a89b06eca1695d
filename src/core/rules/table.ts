/** table.*: reading problems (passed through) and empty required cells. */
import type { Finding } from "../types";
import { criterionWarning, finding, said, type MessageTable, type Rule } from "./finding";

/** Messages of the table.* rules (and plan.no-rows, found here). */
export const TABLE_TEXT = {
  emptyTasks: {
    rule: "table.empty-tasks",
    vi: (code: string) => `Tiêu chí ${code} chưa có công việc/giải pháp.`,
    en: (code: string) => `Criterion ${code} has no tasks.`,
    suggestion: {
      vi: "Ghi các công việc/giải pháp cụ thể để đạt kết quả.",
      en: "Write the concrete tasks that will reach the target.",
    },
  },
  missingOwner: {
    rule: "table.missing-owner",
    vi: "Chưa ghi người/bộ phận chủ trì.",
    en: "No lead person/unit is given.",
    suggestion: {
      vi: "Ghi người chủ trì và phối hợp, ví dụ: Hiệu trưởng; TTCM.",
      en: "Name the lead and the partners, e.g. “Hiệu trưởng; TTCM”.",
    },
  },
  noRows: {
    rule: "plan.no-rows",
    vi: "Bảng kế hoạch chưa có dòng tiêu chí nào.",
    en: "The plan table has no criterion rows.",
    suggestion: {
      vi: 'Thêm các dòng "Tiêu chí x.y" cần cải tiến.',
      en: 'Add a "Tiêu chí x.y" row for each criterion to improve.',
    },
  },
} satisfies MessageTable;

export const tableRules: Rule = ({ plan }) => {
  const out: Finding[] = [];
  if (plan.headerRow < 0) return out;
  const rows = plan.rows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.kind !== "criterion") continue;
    const hasTasks =
      Boolean(row.cells.tasks?.text.trim()) ||
      (rows[i + 1]?.kind === "task" &&
        rows[i + 1].criterion === row.criterion &&
        Boolean(rows[i + 1].cells.tasks?.text.trim()));
    if (plan.columns.tasks !== undefined && !hasTasks)
      out.push(criterionWarning(row, TABLE_TEXT.emptyTasks, row.criterion ?? ""));
    if (plan.columns.owner !== undefined && !row.cells.owner?.text.trim())
      out.push(
        finding({
          severity: "info",
          cell: { row: row.gridRows[0], col: plan.columns.owner },
          criterion: row.criterion,
          standard: row.standard,
          ...said(TABLE_TEXT.missingOwner),
        }),
      );
  }
  // A blank form (only TT numbers, section and standard rows) is not reported; a table with content but no
  // criterion is.
  const hasContent = rows.some(
    (r) => r.kind === "task" && Object.entries(r.cells).some(([role, c]) => role !== "tt" && c && c.text.trim()),
  );
  if (!rows.some((r) => r.kind === "criterion") && hasContent)
    out.push(finding({ severity: "info", cell: { row: plan.headerRow, col: 0 }, ...said(TABLE_TEXT.noRows) }));
  return out;
};
