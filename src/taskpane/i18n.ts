/** User-facing strings: Vietnamese first (vi-VN), English second. */
export type Lang = "vi" | "en";

const STRINGS = {
  title: { vi: "Kế hoạch cải tiến CLGD", en: "Quality Improvement Plan" },
  runningIn: { vi: "Đang chạy trong", en: "Running in" },
  hostExcel: { vi: "Excel", en: "Excel" },
  hostWord: { vi: "Word", en: "Word" },
  hostBrowser: { vi: "Trình duyệt (không có Office)", en: "Browser (no Office)" },
  hostFile: { vi: "Tệp", en: "File" },
  english: { vi: "English", en: "English" },
  context: { vi: "Thông tin trường", en: "School" },
  level: { vi: "Cấp học", en: "School level" },
  schoolYear: { vi: "Năm học", en: "School year" },
  regime: { vi: "Quy định áp dụng", en: "Regulation" },
  regime2018: { vi: "TT 17, 18, 19/2018 (đến năm học 2025-2026)", en: "Circulars 17, 18, 19/2018 (up to 2025-2026)" },
  regime2026: { vi: "TT 57/2026 (từ năm học 2026-2027)", en: "Circular 57/2026 (from 2026-2027)" },
  pasteLabel: { vi: "Dán bảng kế hoạch (từ Word, Excel hoặc PDF)", en: "Paste the plan table (from Word, Excel or PDF)" },
  pastePlaceholder: { vi: "Chọn cả bảng trong văn bản, sao chép (Ctrl+C) rồi dán vào đây (Ctrl+V).", en: "Select the whole table, copy (Ctrl+C) and paste it here (Ctrl+V)." },
  check: { vi: "Kiểm tra", en: "Check" },
  checking: { vi: "Đang kiểm tra…", en: "Checking…" },
  noFindings: { vi: "Không phát hiện lỗi nào.", en: "No problems found." },
  noTable: { vi: "Chưa có bảng để kiểm tra.", en: "Nothing to check yet." },
  findings: { vi: "Kết quả kiểm tra", en: "Findings" },
  errors: { vi: "lỗi", en: "errors" },
  warnings: { vi: "cảnh báo", en: "warnings" },
  infos: { vi: "lưu ý", en: "notes" },
  document: { vi: "Văn bản", en: "Document" },
  row: { vi: "Dòng", en: "Row" },
  suggestion: { vi: "Gợi ý", en: "Suggestion" },
  summary: { vi: "Tổng hợp kinh phí", en: "Budget summary" },
  total: { vi: "Tổng", en: "Total" },
  standard: { vi: "Tiêu chuẩn", en: "Standard" },
  columns2018: { vi: "Các cột của bảng kế hoạch (TT 17, 18, 19/2018)", en: "Plan table columns (2018 circulars)" },
  columnsTt57: { vi: "Các cột của Biểu 2 (TT 57/2026)", en: "Biểu 2 columns (Circular 57/2026)" },
  privacy: { vi: "Dữ liệu chỉ xử lý trên máy này, không gửi đi đâu.", en: "Data is processed on this computer only and never sent anywhere." },
  detected: { vi: "phát hiện từ văn bản", en: "detected from the document" },
  error: { vi: "Có lỗi", en: "Error" },
  lvl_mam_non: { vi: "Mầm non", en: "Preschool" },
  lvl_tieu_hoc: { vi: "Tiểu học", en: "Primary" },
  lvl_thcs: { vi: "THCS", en: "Lower secondary" },
  lvl_thpt: { vi: "THPT", en: "Upper secondary" },
  lvl_nhieu_cap: { vi: "Phổ thông nhiều cấp học", en: "Multi-level school" },
  lvl_gdtx: { vi: "GDTX", en: "Continuing education" },
  unknownLevel: { vi: "— chọn cấp học —", en: "— choose a level —" },
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, lang: Lang): string {
  return STRINGS[key][lang];
}
