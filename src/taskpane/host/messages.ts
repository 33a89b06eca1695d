/**
 * What the pane says after a check of the document, as a plain function of what happened: rows checked, errors
 * and warnings, how the marks were made (or why not), and what could not be read.
 */
import type { Finding, Plan } from "../../core/types";
import type { HostKind, HostText } from "../../hosts/port";
import { L, type Lang } from "../../ui/i18n";
import { count } from "../../ui/findings/model";

export type Intent = "success" | "error" | "warning" | "info";
export interface PaneMessage {
  intent: Intent;
  text: string;
}

export interface CheckOutcome {
  plan: Plan;
  findings: Finding[];
  /** What the host said about marking (null: everything was marked, or nothing was to be). */
  markMessage: HostText | null;
  /** The host's notes on what it could not read. */
  problems: HostText[];
  /** This host, in this Office version, can mark findings on the document. */
  canMark: boolean;
  kind: HostKind;
}

/** How the findings were marked on the document and how to remove the marks (only when the host said nothing). */
function markedNote({ markMessage, canMark, kind }: CheckOutcome, lang: Lang): string {
  if (markMessage) return "";
  if (!canMark)
    return L(
      lang,
      " Office này chưa đánh dấu được trên ô; xem danh sách bên dưới.",
      " This Office cannot mark cells; see the list below.",
    );
  if (kind === "word")
    return L(
      lang,
      " Chỗ có lỗi được đánh dấu bằng nhận xét “[KHCT]”; bỏ bằng “Xóa đánh dấu” trong Thao tác khác.",
      " Problems are marked with “[KHCT]” comments; “Clear marks” under More actions removes them.",
    );
  return L(
    lang,
    " Ô có lỗi được tô màu và ghi chú “[KHCT]”; bỏ bằng “Xóa đánh dấu” trong Thao tác khác.",
    " Cells with problems are shaded and noted “[KHCT]”; “Clear marks” under More actions removes them.",
  );
}

/** The message after "Kiểm tra": a warning when there are errors or no plan table, else a success. */
export function checkMessage(outcome: CheckOutcome, lang: Lang): PaneMessage {
  const { plan, findings, markMessage, problems } = outcome;
  const notes = [markMessage ? markMessage[lang] : "", ...problems.map((p) => p[lang])].filter(Boolean).join(" ");
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  const head =
    plan.headerRow < 0
      ? L(lang, "Không tìm thấy bảng kế hoạch trong tài liệu.", "No plan table found in the document.")
      : L(
          lang,
          `Đã kiểm tra ${plan.rows.length} dòng: ${errors} lỗi, ${warnings} cảnh báo.`,
          `Checked ${plan.rows.length} rows: ${count(errors, "errors", lang)}, ${count(warnings, "warnings", lang)}.`,
        ) + (findings.some((f) => f.cell) ? markedNote(outcome, lang) : "");
  return { intent: errors || plan.headerRow < 0 ? "warning" : "success", text: `${head}${notes ? " " + notes : ""}` };
}
