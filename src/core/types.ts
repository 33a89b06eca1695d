/**
 * Core domain types shared by every part of KHCT.
 * Pure TypeScript: no Office, no DOM, no Node APIs.
 */
import type { LangText } from "./text/message";

/** School level (cấp học). */
export type SchoolLevel = "mam-non" | "tieu-hoc" | "thcs" | "thpt" | "nhieu-cap" | "gdtx";

/** Regulatory regime: the 2018 circulars (TT17/18/19) or TT 57/2026. */
export type Regime = "2018" | "2026";

/** Catalog identifiers: one per circular (and per TT57 annex). */
export type CatalogId = "tt19-2018" | "tt17-2018" | "tt18-2018" | "tt57-mam-non" | "tt57-pho-thong" | "tt57-gdtx";

/** Template identifiers: a template is data (columns, roles, section rules). */
export type TemplateId = "2018-9col" | "tt57-bieu2";

export interface SchoolContext {
  level: SchoolLevel | null;
  regime: Regime | null;
  /** "2025-2026": runs September of the first year to August of the second. */
  schoolYear: string | null;
  school: string | null;
  /** The circular the document cites, as written in canonical form, e.g. "18/2018/TT-BGDĐT". */
  circular?: string | null;
}

/** How each context field was obtained: detected from the document, given by the user, or defaulted. */
export type ContextSource = "detected" | "user" | "default" | "unknown";

export type Severity = "error" | "warning" | "info";

/** A 0-based position in the grid the plan was read from. */
export interface CellPos {
  row: number;
  col: number;
}

export interface Finding {
  /** Rule id, prefixed by its family: criterion., target., timeline., budget., table., doc., plan., tt57. */
  rule: string;
  severity: Severity;
  /** Human cell address ("C12" for a grid read from a sheet); null for document-level findings. */
  ref: string | null;
  /** Grid position of the offending cell, for hosts to mark; null for document-level findings. */
  cell: CellPos | null;
  criterion: string | null;
  standard: number | null;
  /** Vietnamese message (vi-VN, shown first). */
  message: string;
  messageEn: string;
  /** Suggested fix, Vietnamese; null when there is nothing concrete to suggest. */
  suggestion: string | null;
  /** The same fix in English (quoted legal texts and examples of plan wording stay Vietnamese); null with it. */
  suggestionEn: string | null;
}

/** Column roles of the 2018 9-column table and of TT57 Biểu 2. */
export type ColumnRole =
  | "tt"
  | "criterion" // 2018: Tiêu chuẩn, tiêu chí; TT57 (2): Nội dung cải tiến
  | "target" // 2018: Kết quả cần đạt; TT57 (3): Mục tiêu cải tiến
  | "tasks" // 2018: Công việc/giải pháp; TT57 (4): Hoạt động/giải pháp
  | "indicator" // TT57 (5): Chỉ số đánh giá kết quả
  | "owner" // 2018: Chủ trì và phối hợp; TT57 (7): Đơn vị/cá nhân phụ trách
  | "period" // 2018: Thời gian thực hiện và hoàn thành; TT57 (6): Thời gian thực hiện
  | "budget" // 2018: Dự kiến kinh phí; TT57 (8): Nguồn lực bảo đảm
  | "support" // 2018: Điều kiện hỗ trợ khác
  | "evidence" // TT57 (9): Thông tin, dữ liệu hoặc minh chứng dự kiến
  | "status" // TT57 (10): Mức độ thực hiện
  | "note"; // 2018: Ghi chú

export interface ColumnDef {
  role: ColumnRole;
  /** Header exactly as the table prints it (vi). */
  header: string;
  headerEn: string;
  /** Relative width (sum over a template ≈ 100). */
  width: number;
}

export interface BudgetParse {
  kind: "amount" | "none" | "source" | "unparsed" | "empty";
  /** The amount; when the cell gives a range ("khoảng 3–4 triệu"), its upper bound — totals say "tối đa". */
  vnd: number | null;
  /** Lower bound when the cell gives a range; absent otherwise. */
  low?: number;
  per: "year" | "month" | null;
  source: string | null;
}

export interface PeriodParse {
  kind: "range" | "month" | "recurring" | "school-year" | "unparsed" | "empty";
  /** "YYYY-MM" */
  start: string | null;
  end: string | null;
}

export interface TargetParse {
  level: number | null;
  current: number | null;
  /**
   * "criterion" when the level aimed at is the one written beside the criterion code ("Tiêu chí 2.1 (Mức 2)") because
   * the target cell names none (or the plan has no target column); absent when it is the target cell's.
   */
  from?: "criterion";
}

export type RowKind = "section" | "standard" | "criterion" | "task";

export interface PlanCell {
  /** The user's original text (never modified). */
  text: string;
  pos: CellPos;
  /** Read from an image (OCR): how sure the reading is, 0–100 (lowest over the cell's grid rows). */
  confidence?: number;
}

export interface PlanRow {
  kind: RowKind;
  /** Grid rows this plan row was built from (continuation rows merged in). */
  gridRows: number[];
  /** Cells by role; text of continuation rows is joined with "\n". */
  cells: Partial<Record<ColumnRole, PlanCell>>;
  /** For section rows: "muc-1-3" | "muc-4" | "muc-2" … as read; null otherwise. */
  section: string | null;
  /** Standard number this row belongs to (from its own text or the standard row above). */
  standard: number | null;
  /** Criterion code as the catalog writes it ("1.4"), for criterion/task rows. */
  criterion: string | null;
  target: TargetParse | null;
  period: PeriodParse | null;
  budget: BudgetParse | null;
}

export interface Plan {
  context: SchoolContext;
  contextSource: Partial<Record<keyof SchoolContext, ContextSource>>;
  template: TemplateId;
  /** Grid row of the header; -1 when no plan table was found. */
  headerRow: number;
  /** Column index in the grid for each role found. */
  columns: Partial<Record<ColumnRole, number>>;
  /**
   * The unit the budget column's header gives its bare numbers ("Kinh phí (triệu đồng)": 1,000,000; see
   * parse/budget.ts budgetUnitOf); absent when it gives none. Whoever reads a budget cell again passes it on.
   */
  budgetUnit?: number;
  rows: PlanRow[];
  /** Free text of the document outside the table (titles, Căn cứ …), with grid rows, for doc.* rules. */
  text: { row: number; text: string }[];
  /** Problems met while reading (no header, merged cells …), already in finding form. */
  readFindings: Finding[];
  /** Self-assessment levels found in the document (e.g. a "Kết quả tự đánh giá" table), when present. */
  assessment?: AssessmentEntry[];
  /** TT57 Biểu 2 section IV ("vấn đề trọng tâm"): the issues the plan must trace to, when the document has it. */
  priorityIssues?: PriorityIssue[];
  /** Goal the document declares ("đạt kiểm định chất lượng mức độ 3" → accreditation level 3), when present. */
  goal?: { level: number; kind: "kiem-dinh" | "chuan-quoc-gia" | "muc"; text: string; row: number } | null;
  /** Set when the plan was read from a scan or a photo (OCR). */
  scan?: ScanSummary;
}

/** What OCR saw on a scanned plan. */
export interface ScanSummary {
  pages: number;
  words: number;
  /** Mean word confidence, 0–100. */
  meanConfidence: number;
  /** Table cells read with a confidence below the threshold. */
  lowCells: number;
  /** What may make a page read wrong ("Trang 1: ảnh quá nhỏ …"), in both languages. */
  warnings: LangText[];
}

/** One row of Biểu 2 section IV. */
export interface PriorityIssue {
  criterion: string | null;
  standard: number | null;
  /** The row's cells joined with " | ". */
  text: string;
  pos: CellPos;
  /** The "Đánh giá hiện trạng" cell, when the table has that column. */
  current?: PlanCell;
  /** The "Điểm hạn chế" cell, when the table has that column. */
  weakness?: PlanCell;
}

export interface AssessmentEntry {
  criterion: string;
  level: number | null;
  pos: CellPos;
}

/** Confidence carried over from ../shared/reference (high | medium | low, free text allowed). */
export type Confidence = string;

export interface LevelRequirement {
  level: number;
  /** Indicator texts for this level, verbatim. */
  items: string[];
}

export interface CriterionDef {
  /** "1.4" */
  code: string;
  /** Verbatim legal name. */
  name: string;
  /** Highest level this criterion has (2018: 2 or 3; TT57: 2). */
  maxLevel: number;
  /** TT57 only: one of the 8 mandatory criteria. */
  mandatory?: boolean;
  levels: LevelRequirement[];
  confidence?: Confidence;
}

export interface StandardDef {
  number: number;
  /** Verbatim legal name. */
  name: string;
  criteria: CriterionDef[];
}

export interface Catalog {
  id: CatalogId;
  regime: Regime;
  /** Canonical number, e.g. "18/2018/TT-BGDĐT". */
  circular: string;
  /** Annex for TT57 ("Phụ lục II"), null for 2018. */
  annex: string | null;
  title: string;
  levels: SchoolLevel[];
  /** Highest criterion level in this catalog (2018: 3, with Mức 4 separate; TT57: 2). */
  maxLevel: number;
  standards: StandardDef[];
  /** 2018 only: Mức 4 requirement items, verbatim. */
  muc4: string[];
  /** Guidance letter for self-assessment ("5932/BGDĐT-QLCL"), when the regime has one. */
  guidance: string | null;
  source: string[];
  confidence: Confidence;
}

export interface Template {
  id: TemplateId;
  regime: Regime;
  title: string;
  columns: ColumnDef[];
  /** Section rows the template prints (2018: "MỨC 1, 2, 3", "MỨC 4"); empty for TT57. */
  sections: { id: string; label: string }[];
  /** Print a standard row ("Tiêu chuẩn 1: <name>") before its criteria. */
  standardRows: boolean;
}

export interface Summary {
  rows: number;
  criterionRows: number;
  totalVnd: number;
  byStandard: { standard: number; vnd: number; rows: number }[];
  /** Funding sources, normalised labels ("Ngân sách", "Xã hội hóa", "Nguồn thu tại đơn vị", "Khác"). */
  bySource: { source: string; vnd: number; rows: number }[];
  /** Total in Vietnamese words ("Mười triệu đồng"). */
  totalInWords: string;
  /** Rows whose budget is a range ("khoảng 3–4 triệu"): they count at their upper bound, so the total is a maximum. */
  rangeRows: number;
  /** Amounts read from an image with low confidence (OCR): counted in the total, which says how many they are. */
  uncertainRows?: number;
  /** "Tổng kinh phí (tối đa)" when some rows give a range (the stated rule), else "Tổng kinh phí". */
  totalLabel: string;
  errors: number;
  warnings: number;
  infos: number;
}

export type GridRowKind = "header" | "number-row" | "section" | "standard" | "criterion" | "task" | "total";

/** A plan rendered to a grid for insertion (Excel/Word/file) or the clipboard. */
export interface RenderedGrid {
  template: TemplateId;
  columns: ColumnDef[];
  /** rows[0] is the header row. */
  rows: string[][];
  kinds: GridRowKind[];
}
