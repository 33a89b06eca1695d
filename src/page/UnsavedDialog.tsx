/**
 * Unsaved edits and another file (or batch) about to open: save, discard or cancel. Nothing is lost without the
 * user's word; Escape or "Hủy" keeps the current document as it is.
 */
import * as React from "react";
import { AlertDialog } from "../ui/AlertDialog";
import { L, type Lang } from "../ui/i18n";

export type UnsavedChoice = "save" | "discard" | "cancel";

export function UnsavedDialog({
  lang,
  name,
  onChoice,
}: {
  lang: Lang;
  name: string | null;
  onChoice: (c: UnsavedChoice) => void;
}) {
  return (
    <AlertDialog
      open={name !== null}
      testId="unsaved-dialog"
      title={L(lang, "Kế hoạch có thay đổi chưa lưu", "The plan has unsaved edits")}
      onDismiss={() => onChoice("cancel")}
      choices={[
        {
          label: L(lang, "Lưu rồi mở", "Save, then open"),
          appearance: "primary",
          onClick: () => onChoice("save"),
          testId: "unsaved-save",
        },
        {
          label: L(lang, "Bỏ thay đổi", "Discard edits"),
          onClick: () => onChoice("discard"),
          testId: "unsaved-discard",
        },
        { label: L(lang, "Hủy", "Cancel"), onClick: () => onChoice("cancel"), testId: "unsaved-cancel" },
      ]}
    >
      {L(
        lang,
        `Các sửa đổi trong “${name ?? ""}” chưa được lưu. Lưu tệp đã sửa trước khi mở tệp khác?`,
        `Your edits to “${name ?? ""}” are not saved. Save the corrected file before opening another?`,
      )}
    </AlertDialog>
  );
}
