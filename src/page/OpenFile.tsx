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
  many: { display: "flex", flexWrap: "wrap", columnGap: "8px", rowGap: "8px", justifyContent: "center" },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** A scan or a phone photo (.jpg, .png) is read by OCR (issue 22). */
export const ACCEPT = ".xlsx,.docx,.pdf,.txt,.jpg,.jpeg,.png";

export interface Picked {
  file: File;
  /** The path the user sees: "phong/cum-2/a.xlsx" inside a folder, the name alone otherwise. */
  path: string;
}

type Entry = { isFile: boolean; isDirectory: boolean; name: string; fullPath: string };
type FileEntry = Entry & { file(ok: (f: File) => void, fail: (e: unknown) => void): void };
type DirEntry = Entry & { createReader(): { readEntries(ok: (e: Entry[]) => void, fail: (e: unknown) => void): void } };

/** Every file under a dropped entry (folders walked; an entry that cannot be read is skipped). */
async function walk(entry: Entry, out: Picked[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File | null>((ok) => (entry as FileEntry).file(ok, () => ok(null)));
    if (file) out.push({ file, path: entry.fullPath.replace(/^\//, "") });
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as DirEntry).createReader();
  // readEntries answers in chunks (about 100 entries): read until it answers none.
  for (;;) {
    const chunk = await new Promise<Entry[]>((ok) => reader.readEntries(ok, () => ok([])));
    if (!chunk.length) break;
    for (const e of chunk) await walk(e, out);
  }
}

/** The files of a drop: several files, or whole folders (each file with its path inside the folder). */
async function droppedFiles(dt: DataTransfer): Promise<Picked[]> {
  const entries = [...dt.items]
    .map((i) => (i.webkitGetAsEntry?.() ?? null) as unknown as Entry | null)
    .filter((e): e is Entry => e !== null);
  if (!entries.length) return [...dt.files].map((file) => ({ file, path: file.name }));
  const out: Picked[] = [];
  for (const e of entries) await walk(e, out);
  return out;
}

const picked = (files: FileList | null): Picked[] =>
  [...(files ?? [])].map((file) => ({
    file,
    path: (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name,
  }));

export function OpenFile({
  lang,
  onFile,
  onFiles,
  busy,
}: {
  lang: Lang;
  onFile: (f: File) => void;
  onFiles: (files: Picked[]) => void;
  busy: boolean;
}) {
  const s = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const many = React.useRef<HTMLInputElement>(null);
  const folder = React.useRef<HTMLInputElement>(null);
  React.useEffect(() => folder.current?.setAttribute("webkitdirectory", ""), []);
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
        const dt = e.dataTransfer;
        const single = dt.files.length === 1 && !dt.items[0]?.webkitGetAsEntry?.()?.isDirectory;
        if (single) onFile(dt.files[0]);
        else void droppedFiles(dt).then((list) => list.length && onFiles(list));
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
        {L(
          lang,
          "hoặc kéo thả tệp .xlsx, .docx, .pdf, .txt, ảnh .jpg/.png (hoặc cả thư mục) vào đây",
          "or drop .xlsx, .docx, .pdf, .txt, .jpg/.png files (or a whole folder) here",
        )}
      </span>
      <span className={s.many}>
        <Button
          disabledFocusable={busy}
          onClick={(e) => (e.stopPropagation(), many.current?.click())}
          data-testid="open-many"
        >
          {L(lang, "Mở nhiều tệp…", "Open several files…")}
        </Button>
        <Button
          disabledFocusable={busy}
          onClick={(e) => (e.stopPropagation(), folder.current?.click())}
          data-testid="open-folder"
        >
          {L(lang, "Mở cả thư mục…", "Open a folder…")}
        </Button>
      </span>
      <span className={s.hint}>
        {L(
          lang,
          "Tệp chỉ được đọc trên máy này, không tải lên đâu.",
          "The file is only read on this computer, never uploaded.",
        )}
      </span>
      {[many, folder].map((ref, i) => (
        <input
          key={i}
          ref={ref}
          id={i ? "folder-input" : "files-input"}
          type="file"
          multiple
          accept={i ? undefined : ACCEPT}
          className={s.hidden}
          tabIndex={-1}
          aria-hidden="true"
          onClick={(e) => e.stopPropagation()}
          onChange={(e) => {
            const list = picked(e.target.files);
            if (list.length) onFiles(list);
            e.target.value = "";
          }}
        />
      ))}
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
