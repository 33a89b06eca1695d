/**
 * One report model for many plans (a district's folder): per file what it is and what was found, and what the
 * district looks at across schools. Pure: the hosts give each finding's place in the file's own terms and the date;
 * the .xlsx and .html writers, the command line and the page all read this one model.
 */
import type { Finding, Plan, SchoolLevel, Severity } from "../types";
import { circularFor } from "../catalogs/index";
import { summarize } from "../summary";

/** How a file was read: fully; its text garbled (PDF fonts without Unicode); a scan without text; not at all. */
export type FileStatus = "read" | "garbled" | "scanned" | "unreadable";

export const STATUS_LABELS: Record<FileStatus, { vi: string; en: string }> = {
  read: { vi: "Đọc được", en: "Read" },
  garbled: { vi: "Chữ bị lỗi phông", en: "Garbled text" },
  scanned: { vi: "Bản quét (ảnh)", en: "Scanned (image)" },
  unreadable: { vi: "Không đọc được", en: "Unreadable" },
};

export const SEVERITY_LABELS: Record<Severity, string> = { error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" };

/** One file handed to the report. */
export interface ReportInput {
  /** The file as the user knows it: a path relative to the folder checked, or its name. */
  file: string;
  status: FileStatus;
  /** Why the file is unreadable, garbled or scanned: a Vietnamese sentence. */
  reason?: string | null;
  /** The same in English, when it has one. */
  reasonEn?: string | null;
  plan?: Plan | null;
  findings: Finding[];
  /** A finding's place in the file's own terms ("Bảng 1 · dòng 6 · cột Thời gian", "F29"); default: its A1 ref. */
  placeOf?: (f: Finding) => string;
}

export interface ReportFinding {
  place: string;
  severity: Severity;
  rule: string;
  criterion: string | null;
  standard: number | null;
  message: string;
  suggestion: string | null;
}

export interface ReportFile {
  file: string;
  /** The school as the document names it; null when it does not. */
  school: string | null;
  /** The school's name, or the file's name without folder and extension when the document does not say. */
  label: string;
  level: SchoolLevel | null;
  schoolYear: string | null;
  /** Canonical circular number ("18/2018/TT-BGDĐT"), cited or implied by level and regime. */
  circular: string | null;
  status: FileStatus;
  reason: string | null;
  /** `reason` in English, when it has one (the page's English mode shows it; reports are in Vietnamese). */
  reasonEn?: string | null;
  /** A plan was read and checked (false for an unreadable file, or a scan with no text at all). */
  checked: boolean;
  errors: number;
  warnings: number;
  notes: number;
  /** Plan rows (criterion and task rows). */
  rows: number;
  totalVnd: number;
  /** Some amounts are ranges counted at their upper bound: the total is a maximum ("(tối đa)"). */
  totalIsMax: boolean;
  byStandard: { standard: number; vnd: number }[];
  bySource: { source: string; vnd: number }[];
  /** Criterion codes the plan has rows for, in plan order, each once. */
  criteria: string[];
  findings: ReportFinding[];
}

export interface RuleCount {
  rule: string;
  /** The rule family as people say it ("Kinh phí", "Thời gian"). */
  family: string;
  severity: Severity;
  count: number;
  /** Files where it fires at least once. */
  files: number;
  /** The first message met, to say what the rule is about. */
  example: string;
}

export interface DistrictReport {
  title: string;
  /** "ngày 04 tháng 12 năm 2026" */
  dateText: string;
  /** ISO date (YYYY-MM-DD) of the run. */
  date: string;
  /** What was checked, one sentence per family of rules. */
  checks: string[];
  totals: {
    files: number;
    byStatus: Record<FileStatus, number>;
    errors: number;
    warnings: number;
    notes: number;
    rows: number;
    totalVnd: number;
    totalIsMax: boolean;
  };
  files: ReportFile[];
  /** Rules that fire most, most first (ties: rule id). */
  rules: RuleCount[];
  /** Findings per school, in the files' order (files checked only). */
  bySchool: { label: string; file: string; errors: number; warnings: number; notes: number }[];
  budgetByStandard: { standard: number; vnd: number }[];
  budgetBySource: { source: string; vnd: number }[];
  /** Criteria most planned: how many plans have a row for the code, most first (ties: code order). */
  criteria: { code: string; standard: number; plans: number }[];
  /** Standard × school: rows planned per standard (a heat map); schools in the files' order. */
  heat: { standards: number[]; schools: { label: string; counts: number[] }[] };
}

export const REPORT_TITLE = "Báo cáo tổng hợp kiểm tra kế hoạch cải tiến chất lượng giáo dục";

const FAMILIES: Record<string, { label: string; check: string }> = {
  criterion: { label: "Tiêu chí", check: "Mã và tên tiêu chuẩn, tiêu chí đúng thông tư của cấp học" },
  target: { label: "Mức cần đạt", check: "Mức cần đạt không vượt mức cao nhất của tiêu chí, cao hơn mức hiện tại" },
  timeline: { label: "Thời gian", check: "Thời gian thực hiện nằm trong năm học, không mơ hồ" },
  budget: { label: "Kinh phí", check: "Kinh phí viết đúng (số, đơn vị, nguồn)" },
  table: { label: "Bảng kế hoạch", check: "Bảng kế hoạch đủ cột, có nhiệm vụ và người chủ trì" },
  doc: {
    label: "Thể thức văn bản",
    check: "Thể thức văn bản: Quốc hiệu, Tiêu ngữ, Căn cứ, trích dẫn thông tư, năm học",
  },
  plan: { label: "Kế hoạch", check: "Kế hoạch có dòng tiêu chí, mục tiêu đạt được" },
  tt57: {
    label: "Biểu 2 (TT 57/2026)",
    check: "Biểu 2 theo TT 57/2026: chỉ số, minh chứng, tiêu chí bắt buộc, mục IV",
  },
  assess: { label: "Mức tự đánh giá", check: "Đối chiếu với mức tự đánh giá (khi có)" },
};

/** "timeline.vague" → "Thời gian". */
export function ruleFamily(rule: string): string {
  return FAMILIES[rule.split(".")[0]]?.label ?? "Khác";
}

/** "ngày 04 tháng 12 năm 2026": Nghị định 30/2020 writes days below 10 and the months 1, 2 with a leading 0. */
export function vietnameseDate(d: Date): string {
  const day = d.getDate() < 10 ? `0${d.getDate()}` : String(d.getDate());
  const m = d.getMonth() + 1;
  return `ngày ${day} tháng ${m < 3 ? `0${m}` : m} năm ${d.getFullYear()}`;
}

const isoDate = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;

/** "ke-hoach/THCS Lê Lợi.docx" → "THCS Lê Lợi". */
function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.[^.]+$/, "") || base;
}

const count = (findings: Finding[], s: Severity) => findings.filter((f) => f.severity === s).length;

/** Criterion code order: "1.10" after "1.9". */
function codeOrder(a: string, b: string): number {
  const [as, ac] = a.split(".").map(Number);
  const [bs, bc] = b.split(".").map(Number);
  return as - bs || ac - bc || a.localeCompare(b);
}

export function reportFile(input: ReportInput): ReportFile {
  const plan = input.plan ?? null;
  const ctx = plan?.context ?? null;
  const findings = plan ? input.findings : [];
  const summary = plan ? summarize(plan, findings) : null;
  const criteria: string[] = [];
  for (const row of plan?.rows ?? []) {
    if (row.kind === "criterion" && row.criterion && !criteria.includes(row.criterion)) criteria.push(row.criterion);
  }
  const school = ctx?.school?.trim() || null;
  return {
    file: input.file,
    school,
    label: school ?? fileStem(input.file),
    level: ctx?.level ?? null,
    schoolYear: ctx?.schoolYear ?? null,
    circular: ctx ? (ctx.circular ?? (ctx.level && ctx.regime ? circularFor(ctx.level, ctx.regime) : null)) : null,
    status: input.status,
    reason: input.reason ?? null,
    ...(input.reasonEn ? { reasonEn: input.reasonEn } : {}),
    checked: Boolean(plan),
    errors: count(findings, "error"),
    warnings: count(findings, "warning"),
    notes: count(findings, "info"),
    rows: summary?.rows ?? 0,
    totalVnd: summary?.totalVnd ?? 0,
    totalIsMax: Boolean(summary?.rangeRows),
    byStandard: summary?.byStandard.map((s) => ({ standard: s.standard, vnd: s.vnd })) ?? [],
    bySource: summary?.bySource.map((s) => ({ source: s.source, vnd: s.vnd })) ?? [],
    criteria,
    findings: findings.map((f) => ({
      place: input.placeOf ? input.placeOf(f) : (f.ref ?? "Văn bản"),
      severity: f.severity,
      rule: f.rule,
      criterion: f.criterion,
      standard: f.standard,
      message: f.message,
      suggestion: f.suggestion,
    })),
  };
}

/** Adds `vnd` under `key`, keeping first-seen order. */
function addTo<K>(m: Map<K, number>, key: K, vnd: number) {
  m.set(key, (m.get(key) ?? 0) + vnd);
}

export function buildReport(inputs: ReportInput[], now: Date): DistrictReport {
  return reportOf(inputs.map(reportFile), now);
}

/** The report of files already summarised one by one (the page's batch keeps only these, not the plans). */
export function reportOf(files: ReportFile[], now: Date): DistrictReport {
  const byStatus: Record<FileStatus, number> = { read: 0, garbled: 0, scanned: 0, unreadable: 0 };
  for (const f of files) byStatus[f.status]++;
  const sum = (k: "errors" | "warnings" | "notes" | "rows" | "totalVnd") => files.reduce((a, f) => a + f[k], 0);

  const rules = new Map<string, RuleCount>();
  for (const f of files) {
    const seen = new Set<string>();
    for (const x of f.findings) {
      const r = rules.get(x.rule) ?? {
        rule: x.rule,
        family: ruleFamily(x.rule),
        severity: x.severity,
        count: 0,
        files: 0,
        example: x.message,
      };
      r.count++;
      if (!seen.has(x.rule)) r.files++;
      seen.add(x.rule);
      rules.set(x.rule, r);
    }
  }

  const std = new Map<number, number>();
  const src = new Map<string, number>();
  for (const f of files) {
    for (const s of f.byStandard) addTo(std, s.standard, s.vnd);
    for (const s of f.bySource) addTo(src, s.source, s.vnd);
  }

  const planned = new Map<string, number>();
  for (const f of files) for (const c of f.criteria) addTo(planned, c, 1);
  const criteria = [...planned.entries()]
    .map(([code, plans]) => ({ code, standard: Number(code.split(".")[0]), plans }))
    .sort((a, b) => b.plans - a.plans || codeOrder(a.code, b.code));

  const read = files.filter((f) => f.checked);
  const standards = [...new Set(read.flatMap((f) => f.criteria.map((c) => Number(c.split(".")[0]))))]
    .filter((n) => n > 0)
    .sort((a, b) => a - b);

  return {
    title: REPORT_TITLE,
    date: isoDate(now),
    dateText: vietnameseDate(now),
    checks: checksFor(files),
    totals: {
      files: files.length,
      byStatus,
      errors: sum("errors"),
      warnings: sum("warnings"),
      notes: sum("notes"),
      rows: sum("rows"),
      totalVnd: sum("totalVnd"),
      totalIsMax: files.some((f) => f.totalIsMax),
    },
    files,
    rules: [...rules.values()].sort((a, b) => b.count - a.count || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)),
    bySchool: read.map((f) => ({
      label: f.label,
      file: f.file,
      errors: f.errors,
      warnings: f.warnings,
      notes: f.notes,
    })),
    budgetByStandard: [...std.entries()].sort((a, b) => a[0] - b[0]).map(([standard, vnd]) => ({ standard, vnd })),
    budgetBySource: [...src.entries()].sort((a, b) => b[1] - a[1]).map(([source, vnd]) => ({ source, vnd })),
    criteria,
    heat: {
      standards,
      schools: read.map((f) => ({
        label: f.label,
        counts: standards.map((n) => f.criteria.filter((c) => Number(c.split(".")[0]) === n).length),
      })),
    },
  };
}

/** What was checked: the families every plan goes through, and the self-assessment when some finding used it. */
function checksFor(files: ReportFile[]): string[] {
  const used = new Set(files.flatMap((f) => f.findings.map((x) => x.rule.split(".")[0])));
  const bieu2 = files.some((f) => /^57\//.test(f.circular ?? ""));
  return Object.entries(FAMILIES)
    .filter(([k]) => (k === "assess" ? used.has(k) : k === "tt57" ? bieu2 || used.has(k) : true))
    .map(([, v]) => v.check);
}

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

/** School names in Vietnamese alphabetical order (… d đ e …, u ư v …), case and tones second. */
export function compareSchools(a: string, b: string): number {
  return collator.compare(a.normalize("NFC"), b.normalize("NFC")) || (a < b ? -1 : a > b ? 1 : 0);
}
