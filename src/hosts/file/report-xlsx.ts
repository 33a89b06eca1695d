/**
 * The consolidated .xlsx report of many plans: a summary sheet (one row per file), a statistics sheet (rules that
 * fire most, budget per standard and source, criteria planned), every finding on one sheet, and one sheet per
 * school. Every sheet prints A4 landscape one page wide, starts with the title, the date and the district's fields,
 * and repeats its header row on every page. Each finding row names its school and file.
 */
import ExcelJS from "exceljs";
import type { DistrictReport, ReportFile } from "../../core/report/model";
import { SEVERITY_LABELS, STATUS_LABELS } from "../../core/report/model";
import { circularLabel, levelLabel } from "../../core/labels";
import { fitRowHeights } from "./layout";
import { PAGE_A4_LANDSCAPE, writeWorkbook } from "./xlsx";
import { xmlSafeText } from "./xml";

/** Fields the district fills in (or given by the caller): who sends the report, who made it. */
export interface ReportFields {
  /** "PHÒNG VĂN HÓA - XÃ HỘI XÃ …" / "SỞ GIÁO DỤC VÀ ĐÀO TẠO …"; dotted when not given. */
  unit?: string | null;
  /** The person who made the report; dotted when not given. */
  author?: string | null;
}

type Value = string | number | null;
interface Column {
  header: string;
  width: number;
}

const FONT = "Times New Roman";
const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};
const DOTS = "……………………………………";

export const SUMMARY_COLUMNS: Column[] = [
  { header: "TT", width: 5 },
  { header: "Trường", width: 24 },
  { header: "Tệp", width: 22 },
  { header: "Cấp học", width: 10 },
  { header: "Năm học", width: 11 },
  { header: "Thông tư", width: 11 },
  { header: "Trạng thái", width: 12 },
  { header: "Lỗi", width: 6 },
  { header: "Cảnh báo", width: 9 },
  { header: "Lưu ý", width: 7 },
  { header: "Số dòng", width: 7 },
  { header: "Tổng kinh phí (đồng)", width: 15 },
  { header: "Ghi chú", width: 20 },
];

export const FINDING_COLUMNS: Column[] = [
  { header: "TT", width: 5 },
  { header: "Trường", width: 18 },
  { header: "Tệp", width: 18 },
  { header: "Vị trí", width: 16 }, // "Bảng 1 · dòng 12 · cột Thời gian" on two lines
  { header: "Mức", width: 9 },
  { header: "Nội dung", width: 51 },
  { header: "Gợi ý", width: 41 },
];

/** The lines above a sheet's table: title, date, the district's fields, what was checked. */
function heading(
  r: DistrictReport,
  fields: ReportFields,
  title: string,
  extra: string[],
): { text: string; bold?: boolean; size?: number }[] {
  const t = r.totals;
  const read = [
    `${t.byStatus.read} đọc được`,
    t.byStatus.garbled ? `${t.byStatus.garbled} chữ bị lỗi phông` : "",
    t.byStatus.scanned ? `${t.byStatus.scanned} bản quét` : "",
    t.byStatus.unreadable ? `${t.byStatus.unreadable} không đọc được` : "",
  ].filter(Boolean);
  return [
    { text: (fields.unit?.trim() || `Đơn vị: ${DOTS}`).toUpperCase(), bold: true },
    { text: title, bold: true, size: 14 },
    { text: `Lập ${r.dateText} bằng KHCT · Người lập: ${fields.author?.trim() || DOTS}` },
    { text: `Đã kiểm tra ${t.files} tệp kế hoạch (${read.join(", ")}).` },
    ...extra.map((text) => ({ text })),
  ];
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ], unique (case-insensitive) in the workbook. */
export function sheetNames(labels: string[], taken: string[]): string[] {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  return labels.map((label) => {
    const base =
      label
        .replace(/[:\\/?*[\]]/g, " ")
        .replace(/\s+/g, " ")
        .replace(/^'+|'+$/g, "")
        .trim() || "Trường";
    let name = base.slice(0, 31);
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 3)} (${n})`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** A sheet: heading lines centred across the table's width, then the table with its header repeated on each page. */
function sheet(
  wb: ExcelJS.Workbook,
  name: string,
  lines: ReturnType<typeof heading>,
  columns: Column[],
  rows: Value[][],
  totalRow?: Value[],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { pageSetup: { ...PAGE_A4_LANDSCAPE } });
  columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  lines.forEach((l, i) => {
    for (let c = 1; c <= columns.length; c++) {
      const cell = ws.getCell(i + 1, c);
      if (c === 1) cell.value = xmlSafeText(l.text);
      cell.font = { name: FONT, size: l.size ?? 12, bold: Boolean(l.bold) };
      // Title lines centred across the table as on a printed form (no merged cells: the text stays in A).
      cell.alignment = { horizontal: i < 2 ? "centerContinuous" : "left", vertical: "middle" };
    }
  });
  const top = lines.length + 2;
  const table = [columns.map((c) => c.header), ...rows, ...(totalRow ? [totalRow] : [])];
  table.forEach((values, k) => {
    const row = ws.getRow(top + k);
    const strong = k === 0 || (totalRow !== undefined && k === table.length - 1);
    values.forEach((v, c) => {
      const cell = row.getCell(c + 1);
      // Characters XML forbids (U+FFFE, U+FFFF, C0 controls) quoted from a plan would make Excel refuse the report.
      cell.value = typeof v === "string" ? xmlSafeText(v) : v;
      cell.font = { name: FONT, size: 12, bold: strong };
      cell.alignment = {
        wrapText: true,
        vertical: "top",
        horizontal: k === 0 ? "center" : typeof v === "number" ? "right" : "left",
      };
      cell.border = BORDER;
      if (k > 0 && typeof v === "number") cell.numFmt = "#,##0";
    });
  });
  ws.views = [{ state: "frozen", ySplit: top }];
  ws.pageSetup.printTitlesRow = `${top}:${top}`;
  ws.autoFilter = { from: { row: top, column: 1 }, to: { row: top, column: columns.length } };
  const written = [...lines.map((_, i) => i + 1), ...table.map((_, k) => top + k)];
  fitRowHeights(ws, written);
  return ws;
}

const statusText = (f: ReportFile) => STATUS_LABELS[f.status].vi;
const noteText = (f: ReportFile) =>
  [f.reason ?? "", f.totalIsMax ? "Kinh phí tính theo mức tối đa của khoảng" : ""].filter(Boolean).join(". ");

/** One summary row per file: the figures of the file's own sheet and of `--json`. */
export function summaryRow(f: ReportFile, i: number): Value[] {
  const unread = !f.checked;
  return [
    i + 1,
    f.label,
    f.file,
    f.level ? levelLabel(f.level, "vi") : "",
    f.schoolYear ?? "",
    circularLabel(f.circular) ?? "",
    statusText(f),
    // A file that could not be read has no counts ("—"), never "0 lỗi / 0 cảnh báo".
    unread ? "—" : f.errors,
    unread ? "—" : f.warnings,
    unread ? "—" : f.notes,
    unread ? "—" : f.rows,
    unread ? null : f.totalVnd,
    noteText(f),
  ];
}

const findingRows = (files: ReportFile[]): Value[][] =>
  // People read this sheet: no internal rule ids (they stay in `kehoach check --json`).
  files
    .flatMap((f) =>
      f.findings.map((x) => [f.label, f.file, x.place, SEVERITY_LABELS[x.severity], x.message, x.suggestion ?? ""]),
    )
    .map((r, i) => [i + 1, ...r]);

export async function writeReportXlsx(r: DistrictReport, fields: ReportFields = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "KHCT";
  const t = r.totals;
  const checks = ["Nội dung kiểm tra:", ...r.checks.map((c) => `– ${c};`)];
  const total: Value[] = [
    "",
    "Cộng",
    `${t.files} tệp`,
    "",
    "",
    "",
    "",
    t.errors,
    t.warnings,
    t.notes,
    t.rows,
    t.totalVnd,
    t.totalIsMax ? "Tổng tối đa" : "",
  ];
  sheet(wb, "Tổng hợp", heading(r, fields, r.title, checks), SUMMARY_COLUMNS, r.files.map(summaryRow), total);

  const stats: Value[][] = [
    ...r.rules.map((x) => [
      `Vấn đề hay gặp: ${x.family}`,
      x.example,
      SEVERITY_LABELS[x.severity],
      x.count,
      x.files,
      "",
    ]),
    ...r.budgetByStandard.map((x) => ["Kinh phí theo tiêu chuẩn", `Tiêu chuẩn ${x.standard}`, "", x.vnd, null, ""]),
    ...r.budgetBySource.map((x) => ["Kinh phí theo nguồn", x.source, "", x.vnd, null, ""]),
    ...r.criteria.map((x) => ["Tiêu chí được lập kế hoạch", `Tiêu chí ${x.code}`, "", x.plans, x.plans, ""]),
  ];
  const statColumns = [
    { header: "Nhóm", width: 26 },
    { header: "Mục", width: 26 },
    { header: "Mức", width: 10 },
    { header: "Số lần / kinh phí (đồng)", width: 16 },
    { header: "Số trường", width: 10 },
    { header: "Ví dụ", width: 62 },
  ];
  sheet(wb, "Thống kê", heading(r, fields, "Thống kê chung các trường", []), statColumns, stats);
  sheet(
    wb,
    "Chi tiết",
    heading(r, fields, "Các vấn đề phát hiện ở tất cả các trường", []),
    FINDING_COLUMNS,
    findingRows(r.files),
  );

  const names = sheetNames(
    r.files.map((f) => f.label),
    ["Tổng hợp", "Thống kê", "Chi tiết"],
  );
  r.files.forEach((f, i) => {
    const about = [
      `Trường: ${f.label} · Tệp: ${f.file}`,
      [
        f.level ? levelLabel(f.level, "vi") : "Chưa rõ cấp học",
        `năm học ${f.schoolYear ?? "?"}`,
        circularLabel(f.circular),
        statusText(f),
      ]
        .filter(Boolean)
        .join(" · "),
      !f.checked
        ? `Không kiểm tra được: ${f.reason ?? ""}`
        : `Lỗi: ${f.errors} · Cảnh báo: ${f.warnings} · Lưu ý: ${f.notes} · Số dòng: ${f.rows} · Tổng kinh ` +
          `phí: ${f.totalVnd.toLocaleString("vi-VN")} đồng${f.totalIsMax ? " (tối đa)" : ""}`,
      ...(f.reason && f.checked ? [f.reason] : []),
    ];
    sheet(
      wb,
      names[i],
      heading(r, fields, `Kết quả kiểm tra kế hoạch: ${f.label}`, about),
      FINDING_COLUMNS,
      findingRows([f]),
    );
  });
  return writeWorkbook(wb);
}
