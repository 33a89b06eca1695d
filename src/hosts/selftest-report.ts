/**
 * How a self-test (selftest.ts) is worded: the capability labels, a failure as the report says it, and the copyable
 * text report. Loaded only with a self-test (the pane's panel and each host's self-test), never at start-up.
 */
import type { HostText } from "./port";
import type { SelfTestCapability, SelfTestReport, SelfTestStatus } from "./selftest";

const LABELS: Record<SelfTestCapability, { vi: string; en: string }> = {
  insert: { vi: "Chèn bảng kế hoạch", en: "Insert the plan table" },
  "read-back": { vi: "Đọc lại bảng (đúng như đã chèn)", en: "Read the table back (equal)" },
  dropdowns: { vi: "Danh sách chọn tiêu chí", en: "Criterion dropdowns" },
  mark: { vi: "Đánh dấu ô có lỗi", en: "Mark cells with findings" },
  clear: { vi: "Xóa đánh dấu (trả lại như cũ)", en: "Clear marks (restores exactly)" },
  "live-check": { vi: "Tự kiểm tra khi sửa (bật/tắt)", en: "Live re-check on/off" },
  clipboard: { vi: "Sao chép bảng", en: "Copy the table" },
  cleanup: { vi: "Dọn vùng thử, tài liệu giữ nguyên", en: "Clean up, document unchanged" },
};

const STATUS: Record<SelfTestStatus, { vi: string; en: string }> = {
  pass: { vi: "ĐẠT", en: "PASS" },
  fail: { vi: "LỖI", en: "FAIL" },
  unsupported: { vi: "CẦN OFFICE MỚI HƠN", en: "NEEDS NEWER OFFICE" },
  skipped: { vi: "BỎ QUA", en: "SKIPPED" },
};

export function selfTestLabel(capability: SelfTestCapability, lang: "vi" | "en" = "vi"): string {
  return LABELS[capability][lang];
}

/** The copyable text report (one language at a time). */
export function formatSelfTestReport(report: SelfTestReport, lang: "vi" | "en" = "vi"): string {
  const head =
    lang === "vi"
      ? [
          `KHCT — Tự kiểm tra phần bổ trợ (${report.host === "excel" ? "Excel" : "Word"})`,
          `Phiên bản Office: ${report.officeVersion} · Nền tảng: ${report.platform}`,
          `Bộ API hỗ trợ: ${report.requirementSets.join("; ") || "không xác định"}`,
        ]
      : [
          `KHCT — add-in self-test (${report.host === "excel" ? "Excel" : "Word"})`,
          `Office version: ${report.officeVersion} · Platform: ${report.platform}`,
          `Requirement sets: ${report.requirementSets.join("; ") || "unknown"}`,
        ];
  const lines = report.steps.map((s) => {
    const detail = oneLanguage(s.detail, lang);
    return `${STATUS[s.status][lang]} — ${selfTestLabel(s.capability, lang)}${detail ? `: ${detail}` : ""}`;
  });
  const failed = report.steps.filter((s) => s.status === "fail").length;
  const tail =
    lang === "vi"
      ? failed
        ? `Kết quả: ${failed} mục lỗi.`
        : "Kết quả: mọi mục đều đạt hoặc chỉ cần Office mới hơn."
      : failed
        ? `Result: ${failed} failed.`
        : "Result: everything passed or needs a newer Office.";
  return [...head, "", ...lines, "", tail].join("\n");
}

/** A step's detail in one language: an adapter's message in the language asked for; a text as it is. */
export function oneLanguage(text: string | HostText, lang: "vi" | "en"): string {
  return typeof text === "string" ? text : text[lang];
}

/**
 * A failure as the report says it, in Vietnamese: an Office error (it carries a `code`, OfficeExtension.Error) is
 * quoted with its code; anything else is a defect of KHCT itself and is said to be so, never blamed on Office.
 */
export const failureText = (e: unknown): string => {
  const err = e as { code?: string; message?: string };
  if (err && typeof err.code === "string" && err.code) return `Office báo lỗi ${err.code}: ${err.message ?? ""}`.trim();
  return (
    `Lỗi của phần bổ trợ KHCT (không phải lỗi của Office), hãy gửi báo cáo này cho người hỗ trợ: ` +
    `${err?.message ?? String(e)}`
  );
};
