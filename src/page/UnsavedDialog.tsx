/**
 * Unsaved edits and another file (or batch) about to open: save, discard or cancel. Nothing is lost without the
 * user's word; Escape or "Hủy" keeps the current document as it is.
 */
import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
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
    <Dialog open={name !== null} modalType="alert" onOpenChange={(_, d) => !d.open && onChoice("cancel")}>
      <DialogSurface data-testid="unsaved-dialog">
        <DialogBody>
          <DialogTitle>{L(lang, "Kế hoạch có thay đổi chưa lưu", "The plan has unsaved edits")}</DialogTitle>
          <DialogContent>
            {L(
              lang,
              `Các sửa đổi trong “${name ?? ""}” chưa được lưu. Lưu tệp đã sửa trước khi mở tệp khác?`,
              `Your edits to “${name ?? ""}” are not saved. Save the corrected file before opening another?`,
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onChoice("save")} data-testid="unsaved-save">
              {L(lang, "Lưu rồi mở", "Save, then open")}
            </Button>
            <Button onClick={() => onChoice("discard")} data-testid="unsaved-discard">
              {L(lang, "Bỏ thay đổi", "Discard edits")}
            </Button>
            <Button onClick={() => onChoice("cancel")} data-testid="unsaved-cancel">
              {L(lang, "Hủy", "Cancel")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
