/**
 * "Lưu thành .docx" for a PDF whose text came out garbled (the garbled-text guard, core/text/garble.ts): the new
 * .docx would carry the scrambled words, a wrong school year or legal basis into a document that looks official,
 * so the page asks first. "Không lưu" (and Escape) writes nothing.
 */
import * as React from "react";
import { AlertDialog } from "../ui/AlertDialog";
import { L, type Lang } from "../ui/i18n";

export function GarbledSaveDialog({
  lang,
  notice,
  onChoice,
}: {
  lang: Lang;
  /** The file's garbled-text notice (as shown above the table), or null when the dialog is closed. */
  notice: string | null;
  onChoice: (save: boolean) => void;
}) {
  return (
    <AlertDialog
      open={notice !== null}
      testId="garbled-save-dialog"
      title={L(lang, "Chữ trong tệp PDF có thể sai", "The PDF's text may be wrong")}
      onDismiss={() => onChoice(false)}
      choices={[
        {
          label: L(lang, "Không lưu", "Don't save"),
          appearance: "primary",
          onClick: () => onChoice(false),
          testId: "garbled-save-cancel",
        },
        { label: L(lang, "Vẫn lưu", "Save anyway"), onClick: () => onChoice(true), testId: "garbled-save-anyway" },
      ]}
    >
      <p>{notice}</p>
      <p>
        {L(
          lang,
          "Tệp .docx mới sẽ chứa đúng chữ đã trích ra, kể cả chỗ sai (năm học, căn cứ, kinh phí…), mà " +
            "trông như văn bản chính thức. Hãy dùng bản Word/Excel gốc của kế hoạch nếu có.",
          "The new .docx will hold the text as extracted, errors included (school year, legal basis, " +
            "budgets…), and look like an official document. Use the plan's original Word/Excel file if you " +
            "have it.",
        )}
      </p>
    </AlertDialog>
  );
}
