/** "Mở tệp": a drop area that is also a button (click or Enter opens the picker), with a Vietnamese file button. */
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { FolderOpen24Regular } from "@fluentui/react-icons";
import { L, type Lang } from "../ui/i18n";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    rowGap: "8px",
    padding: "24px 16px",
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    cursor: "pointer",
    textAlign: "center",
    backgroundColor: tokens.colorNeutralBackground2,
    ":hover": { backgroundColor: tokens.colorNeutralBackground2Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  dragging: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hidden: { display: "none" },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export const ACCEPT = ".xlsx,.docx,.pdf,.txt";

export function OpenFile({ lang, onFile, busy }: { lang: Lang; onFile: (f: File) => void; busy: boolean }) {
  const s = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = React.useState(false);
  const pick = () => input.current?.click();
  return (
    <div
      data-testid="drop-zone"
      className={`${s.zone} ${dragging ? s.dragging : ""}`}
      onClick={pick}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        const f = e.dataTransfer.files[0];
        if (f) onFile(f);
      }}
    >
      <Button
        appearance="primary"
        icon={<FolderOpen24Regular />}
        disabledFocusable={busy}
        onClick={(e) => {
          e.stopPropagation();
          pick();
        }}
      >
        {L(lang, "Chọn tệp kế hoạch…", "Choose a plan file…")}
      </Button>
      <span>
        {L(lang, "hoặc kéo thả tệp .xlsx, .docx, .pdf, .txt vào đây", "or drop an .xlsx, .docx, .pdf or .txt file here")}
      </span>
      <span className={s.hint}>
        {L(
          lang,
          "Tệp chỉ được đọc trên máy này, không tải lên đâu.",
          "The file is only read on this computer, never uploaded.",
        )}
      </span>
      <input
        ref={input}
        id="file-input"
        type="file"
        accept={ACCEPT}
        className={s.hidden}
        tabIndex={-1}
        aria-hidden="true"
        onClick={(e) => e.stopPropagation()}
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) onFile(f);
          e.target.value = "";
        }}
      />
    </div>
  );
}
