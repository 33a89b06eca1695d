/**
 * User-facing strings: Vietnamese first (vi-VN), English second, and only one language on screen at a time.
 * Strings come in pairs: `t(key, lang)` for the table below, `L(lang, vi, en)` for one-off pairs next to their use,
 * and a host's messages arrive as {vi, en} objects (HostText, src/hosts/port.ts) shown as `message[lang]`.
 */
import type { SchoolLevel } from "../core/types";

export type Lang = "vi" | "en";

const STRINGS = {
  title: { vi: "Kế hoạch cải tiến CLGD", en: "Quality Improvement Plan" },
  pageTitle: { vi: "Kiểm tra kế hoạch cải tiến chất lượng giáo dục", en: "Check a quality improvement plan" },
  runningIn: { vi: "Đang chạy trong", en: "Running in" },
  hostExcel: { vi: "Excel", en: "Excel" },
  hostWord: { vi: "Word", en: "Word" },
  hostBrowser: { vi: "Trình duyệt (không có Office)", en: "Browser (no Office)" },
  hostFile: { vi: "Tệp", en: "File" },
  english: { vi: "English", en: "English" },
  context: { vi: "Thông tin trường", en: "School" },
  level: { vi: "Cấp học", en: "School level" },
  schoolYear: { vi: "Năm học", en: "School year" },
  yearHint: { vi: "Ví dụ: 2025-2026", en: "For example 2025-2026" },
  regime: { vi: "Quy định", en: "Regulation" },
  regime2018: { vi: "TT 17, 18, 19/2018 (đến năm học 2025-2026)", en: "Circulars 17, 18, 19/2018 (up to 2025-2026)" },
  regime2026: { vi: "TT 57/2026 (từ năm học 2026-2027)", en: "Circular 57/2026 (from 2026-2027)" },
  fromDocument: { vi: "lấy từ văn bản", en: "from the document" },
  chosen: { vi: "thầy cô đã chọn", en: "your choice" },
  pasteLabel: {
    vi: "Dán bảng kế hoạch (từ Word, Excel hoặc PDF)",
    en: "Paste the plan table (from Word, Excel or PDF)",
  },
  pastePlaceholder: {
    vi: "Chọn cả bảng trong văn bản, sao chép (Ctrl+C) rồi dán vào đây (Ctrl+V).",
    en: "Select the whole table, copy (Ctrl+C) and paste it here (Ctrl+V).",
  },
  pasteSection: { vi: "Kiểm tra bảng dán từ văn bản khác", en: "Check a table pasted from another document" },
  check: { vi: "Kiểm tra", en: "Check" },
  checkPasted: { vi: "Kiểm tra bảng đã dán", en: "Check the pasted table" },
  checking: { vi: "Đang kiểm tra…", en: "Checking…" },
  working: { vi: "Đang thực hiện…", en: "Working…" },
  noFindings: { vi: "Không phát hiện lỗi nào.", en: "No problems found." },
  findings: { vi: "Kết quả kiểm tra", en: "Findings" },
  errors: { vi: "lỗi", en: "errors" },
  warnings: { vi: "cảnh báo", en: "warnings" },
  infos: { vi: "lưu ý", en: "notes" },
  sevError: { vi: "Lỗi", en: "Error" },
  sevWarning: { vi: "Cảnh báo", en: "Warning" },
  sevInfo: { vi: "Lưu ý", en: "Note" },
  document: { vi: "Văn bản (ngoài bảng)", en: "Document (outside the table)" },
  row: { vi: "Dòng", en: "Row" },
  table: { vi: "Bảng", en: "Table" },
  column: { vi: "cột", en: "column" },
  tableRow: { vi: "dòng", en: "row" },
  paragraph: { vi: "Đoạn văn", en: "Paragraph" },
  suggestion: { vi: "Gợi ý", en: "Suggestion" },
  summary: { vi: "Tổng hợp kinh phí", en: "Budget summary" },
  total: { vi: "Tổng", en: "Total" },
  // Amount ranges ("khoảng 3–4 triệu") count at their upper bound (core/summary: rangeRows).
  upperBound: { vi: " (tối đa)", en: " (maximum)" },
  standard: { vi: "Tiêu chuẩn", en: "Standard" },
  columns2018: { vi: "Các cột của bảng kế hoạch (TT 17, 18, 19/2018)", en: "Plan table columns (2018 circulars)" },
  columnsTt57: { vi: "Các cột của Biểu 2 (TT 57/2026)", en: "Biểu 2 columns (Circular 57/2026)" },
  privacy: {
    vi: "Dữ liệu chỉ xử lý trên máy này, không gửi đi đâu.",
    en: "Data is processed on this computer only and never sent anywhere.",
  },
  error: { vi: "Có lỗi", en: "Error" },
  unknownLevel: { vi: "— chọn cấp học —", en: "— choose a level —" },
  insertTable: { vi: "Chèn bảng kế hoạch", en: "Insert plan table" },
  moreActions: { vi: "Thao tác khác", en: "More actions" },
  clearMarks: { vi: "Xóa đánh dấu", en: "Clear marks" },
  marksCleared: { vi: "Đã xóa đánh dấu.", en: "Marks cleared." },
  close: { vi: "Đóng", en: "Close" },
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, lang: Lang): string {
  return STRINGS[key][lang];
}

/** One string in the current language (for one-off texts kept next to their use). */
export const L = (lang: Lang, vi: string, en: string): string => (lang === "vi" ? vi : en);

export const LEVELS: SchoolLevel[] = ["mam-non", "tieu-hoc", "thcs", "thpt", "nhieu-cap", "gdtx"];

// Levels and circulars as people say them live in the core (the command line uses them too).
export { circularLabel, fundingSourceLabel, levelLabel } from "../core/labels";

/**
 * Months as people write them: "2026-09" → "tháng 9/2026" (vi) or "9/2026" (en). School years ("2025-2026") and
 * other numbers are left alone.
 */
export function humanDates(text: string, lang: Lang): string {
  return text.replace(
    /(^|[^\d/-])(\d{4})-(0[1-9]|1[0-2])(?![\d-])/g,
    (_, pre: string, y: string, m: string) => `${pre}${lang === "vi" ? "tháng " : ""}${Number(m)}/${y}`,
  );
}
