/**
 * Grid of cell strings → plan model. A document is a grid too: paragraphs are one-cell rows, table rows
 * are rows. Total: never throws. The user's text is kept as written; only comparisons are normalized.
 */
import type { ColumnRole, Finding, Plan, PlanCell, SchoolContext, TemplateId } from "../types";
import { contextSources, detectContext, firstPart, joinSchoolName, resolveContext } from "../context";
import { finding } from "../rules/finding";
import { isColumnRole, stripTags, type Role } from "./headers";
import { findFlattened, findRegions } from "./regions";
import { inferPeriodColumn } from "./infer-columns";
import { joinPeriodPairs } from "./sub-header";
import { joinBudgetSources } from "./budget-sources";
import { buildFlattened, buildRows, regionBudgetUnit } from "./rows";
import { readAssessment, readGoal, readPriorityIssues } from "./side-tables";

export { splitPasted } from "./pasted";
export { roleOfHeader } from "./headers";
export { criterionRefOf } from "./rows";

function noHeaderFinding(): Finding {
  return finding({
    rule: "table.no-header",
    severity: "error",
    message: "Không tìm thấy bảng kế hoạch cải tiến (dòng tiêu đề: TT | Tiêu chuẩn, tiêu chí | Kết quả cần đạt | …).",
    messageEn: "No improvement plan table found (header row: TT | Standard, criterion | Target | …).",
    suggestion: {
      vi: "Chèn bảng kế hoạch theo mẫu hoặc kiểm tra lại dòng tiêu đề của bảng.",
      en: "Insert the plan table from the template, or check the table's header row.",
    },
  });
}

const REQUIRED_2018: [ColumnRole, string, string][] = [
  ["period", "Thời gian thực hiện và hoàn thành", "Period"],
  ["budget", "Dự kiến kinh phí", "Estimated budget"],
  ["target", "Kết quả cần đạt (so với hiện trạng)", "Target"],
  ["owner", "Chủ trì và phối hợp thực hiện", "Lead and partners"],
];
const REQUIRED_TT57: [ColumnRole, string, string][] = [
  ["period", "Thời gian thực hiện", "Period"],
  ["budget", "Nguồn lực bảo đảm", "Resources"],
  ["target", "Mục tiêu cải tiến", "Improvement goal"],
  ["indicator", "Chỉ số đánh giá kết quả", "Result indicator"],
  ["owner", "Đơn vị/cá nhân phụ trách", "Responsible unit/person"],
  ["evidence", "Thông tin, dữ liệu hoặc minh chứng dự kiến", "Expected evidence"],
  ["status", "Mức độ thực hiện", "Implementation status"],
];

function missingColumns(
  template: TemplateId,
  columns: Partial<Record<ColumnRole, number>>,
  headerRow: number,
): Finding[] {
  const req = template === "tt57-bieu2" ? REQUIRED_TT57 : REQUIRED_2018;
  return req
    .filter(([role]) => columns[role] === undefined)
    .map(([role, vi, en]) =>
      finding({
        rule: "table.missing-column",
        severity: "warning",
        cell: { row: headerRow, col: 0 },
        message: `Bảng kế hoạch thiếu cột "${vi}".`,
        messageEn: `The plan table has no "${en}" column (${role}).`,
        suggestion: {
          vi: `Thêm cột "${vi}" và điền cho từng dòng.`,
          en: `Add a "${vi}" column and fill it for every row.`,
        },
      }),
    );
}

/** Every plan table in a grid (documents may hold several); text rows are shared. */
export function readPlans(grid: string[][], context?: Partial<SchoolContext>): Plan[] {
  try {
    return readAll(
      Array.isArray(grid)
        ? grid.map((r) => (Array.isArray(r) ? r.map((c) => (c == null ? "" : String(c))) : [String(r ?? "")]))
        : [],
      context,
    );
  } catch {
    return [emptyPlan(context)];
  }
}

/** The first (main) plan table in a grid; a plan with a table.no-header finding when none is found. */
export function readPlan(grid: string[][], context?: Partial<SchoolContext>): Plan {
  return mainPlan(readPlans(grid, context));
}

/** Columns only a plan has: what is done, when, by whom, with what (a self-assessment summary has none). */
const PLAN_ONLY_COLUMNS = ["tasks", "period", "budget", "owner", "indicator"] as const;

/**
 * The plan table of a document: the first with criterion rows and a column of what is to be done (tasks, period,
 * budget, owner or indicator) — a "Bảng tổng hợp kết quả tự đánh giá" listing criteria and their levels before the
 * plan is no plan —, else the first with criterion rows, else the one with most columns recognised.
 */
export function mainPlan(plans: Plan[]): Plan {
  const withRows = plans.filter((p) => p.rows.some((r) => r.kind === "criterion"));
  const planned = withRows.find((p) => PLAN_ONLY_COLUMNS.some((role) => p.columns[role] !== undefined));
  if (planned ?? withRows[0]) return planned ?? withRows[0];
  const tables = plans.filter((p) => p.headerRow >= 0);
  if (!tables.length) return plans[0];
  return tables.reduce((best, p) => (Object.keys(p.columns).length > Object.keys(best.columns).length ? p : best));
}

function emptyPlan(context?: Partial<SchoolContext>): Plan {
  const ctx = resolveContext({ level: null, regime: null, schoolYear: null, school: null, circular: null }, context);
  return {
    context: ctx,
    contextSource: {},
    template: ctx.regime === "2026" ? "tt57-bieu2" : "2018-9col",
    headerRow: -1,
    columns: {},
    rows: [],
    text: [],
    readFindings: [noHeaderFinding()],
  };
}

function readAll(input: string[][], context?: Partial<SchoolContext>): Plan[] {
  const regions = findRegions(input);
  const grid = joinPeriodPairs(joinBudgetSources(input, regions), regions);
  const inTable = new Set<number>();
  for (const g of regions) for (let r = g.header.row; r < g.end; r++) inTable.add(r);
  const flat = findFlattened(grid, (r) => inTable.has(r));
  const flatRows = new Set<number>();
  if (flat) for (let r = flat.start; r < flat.end; r++) flatRows.add(r);
  const text: { row: number; text: string }[] = [];
  for (let r = 0; r < grid.length; r++) {
    if (inTable.has(r) || flatRows.has(r)) continue;
    const t = (grid[r] || [])
      .map((c) => String(c ?? ""))
      .filter((c) => c.trim())
      .join(" ");
    if (t.trim()) text.push({ row: r, text: t });
  }
  // Context from every line of text outside the plan tables (cells of other tables, e.g. the header block, split by line).
  // A row of several cells above the table (an Excel header block: "Năm học" | "2025 - 2026") is also read whole,
  // as the paragraph a .docx would have.
  const lines: string[] = [];
  const firstTable = Math.min(grid.length, ...regions.map((g) => g.header.row), ...(flat ? [flat.start] : []));
  for (let r = 0; r < grid.length; r++) {
    if (inTable.has(r) || flatRows.has(r)) continue;
    const filled = (grid[r] || []).map((c) => String(c ?? "")).filter((c) => c.trim());
    for (const c of filled) for (const l of c.split("\n")) if (l.trim()) lines.push(l);
    if (filled.length > 1 && r < firstTable) lines.push(filled.map((c) => c.replace(/\s+/g, " ").trim()).join(" "));
  }
  lines.unshift(...schoolNames(grid, Math.min(firstTable, 60)));
  const detected = detectContext(lines);
  const ctx = resolveContext(detected, context);
  const sources = contextSources(detected, context);
  const assessment = readAssessment(grid, new Set([...inTable, ...flatRows]));
  const goal = readGoal(text);
  const priorityIssues = readPriorityIssues(grid);
  const plans: Plan[] = [];
  for (const region of regions) {
    inferPeriodColumn(grid, region, ctx.schoolYear);
    const columns: Partial<Record<ColumnRole, number>> = {};
    for (const [role, c] of Object.entries(region.header.columns) as [Role, number][])
      if (isColumnRole(role)) columns[role] = c;
    // Biểu 2 has "Chỉ số đánh giá" and "Mức độ thực hiện"; a "Minh chứng" column alone is also common in 2018-regime
    // plans ([H1-1.1-01] codes, Công văn 5932/5942): under a 2018 school year it does not make the table a Biểu 2.
    const template: TemplateId =
      columns.indicator !== undefined ||
      columns.status !== undefined ||
      (columns.evidence !== undefined && ctx.regime !== "2018")
        ? "tt57-bieu2"
        : "2018-9col";
    const rows = buildRows(grid, region, ctx.schoolYear);
    const budgetUnit = regionBudgetUnit(grid, region);
    plans.push({
      context: ctx,
      contextSource: sources,
      template,
      headerRow: region.header.row,
      columns,
      ...(budgetUnit > 1 ? { budgetUnit } : {}),
      rows,
      text,
      readFindings: missingColumns(template, columns, region.header.row),
      assessment,
      goal,
      ...(template === "tt57-bieu2" && priorityIssues ? { priorityIssues } : {}),
    });
  }
  if (flat) {
    const columns: Partial<Record<ColumnRole, number>> = {};
    flat.columns.forEach((role) => {
      if (isColumnRole(role)) columns[role] = 0;
    });
    const rows = buildFlattened(grid, flat, ctx.schoolYear);
    const plan: Plan = {
      context: ctx,
      contextSource: sources,
      template: "2018-9col",
      headerRow: flat.start,
      columns,
      rows,
      text,
      readFindings: missingColumns("2018-9col", columns, flat.start),
      assessment,
      goal,
    };
    plans.push(plan);
  }
  if (!plans.length) {
    return [
      {
        context: ctx,
        contextSource: sources,
        template: ctx.regime === "2026" ? "tt57-bieu2" : "2018-9col",
        headerRow: -1,
        columns: {},
        rows: [],
        text,
        readFindings: [noHeaderFinding()],
        assessment,
        goal,
      },
    ];
  }
  plans.sort((a, b) => a.headerRow - b.headerRow);
  return plans;
}

/** Plain text of a cell for display (tags such as <p> removed). */
export function displayText(cell: PlanCell | undefined): string {
  return cell
    ? stripTags(cell.text)
        .replace(/[ \t]+/g, " ")
        .trim()
    : "";
}

/**
 * A school's name in capitals over several lines of one column above the table ("TRƯỜNG TRUNG HỌC PHỔ" / "THÔNG" /
 * "TRẦN QUANG KHẢI": lines of one header-block cell, or one grid row a line as a PDF's text gives them): each read
 * whole, to be found before its pieces.
 */
function schoolNames(grid: string[][], end: number): string[] {
  const out: string[] = [];
  const below = (r: number, c: number): string[] => {
    const lines: string[] = [];
    for (let k = r + 1; k < Math.min(end, r + 4); k++) {
      const t = String(grid[k]?.[c] ?? "");
      if (!t.trim()) break;
      lines.push(...t.split("\n"));
    }
    return lines;
  };
  for (let r = 0; r < end; r++)
    (grid[r] || []).forEach((cell, c) => {
      const own = String(cell ?? "").split("\n");
      own.forEach((line, i) => {
        const whole = joinSchoolName(line, [...own.slice(i + 1), ...below(r, c)]);
        if (whole !== firstPart(line)) out.push(whole);
      });
    });
  return out;
}
