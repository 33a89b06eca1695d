/**
 * The standalone page at desktop widths: a readable column with three entries (Mở tệp · Dán bảng · Tạo mẫu), the
 * school context at the top, then the open document (summary, table, findings beside it).
 */
import * as React from "react";
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Switch,
  Text,
  ToggleButton,
  Textarea,
  Field,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { ContextBar } from "../ui/context/ContextBar";
import { useSchoolContext } from "../ui/context/useSchoolContext";
import { L, t, type Lang } from "../ui/i18n";
import { useResultFocus } from "../ui/useResultFocus";
import { download, MIME } from "../ui/download";
import { OpenFile, type Picked } from "./OpenFile";
import type { UnsavedChoice } from "./UnsavedDialog";
import type { BatchItem } from "./batch/BatchView";
import { GapBoard } from "../ui/lazy";
import { garbledSaveNotice } from "./save-docx";
import type { LangText } from "../core/text/message";

// Not on the first screen: loaded on demand.
const DocumentView = React.lazy(() =>
  import(/* webpackChunkName: "page-document" */ "./DocumentView").then((m) => ({ default: m.DocumentView })),
);
const loadBatch = () => import(/* webpackChunkName: "page-batch" */ "./batch/BatchView");
// The unsaved-edits question: its own chunk, loaded only when asked.
const UnsavedDialog = React.lazy(() =>
  import(/* webpackChunkName: "page-unsaved" */ "./UnsavedDialog").then((m) => ({ default: m.UnsavedDialog })),
);
// A large plan's view (findings list, virtualised table): its own chunk, loaded when such a plan opens.
const LargePlanView = React.lazy(() =>
  import(/* webpackChunkName: "page-large" */ "./LargePlanView").then((m) => ({ default: m.LargePlanView })),
);
// "Lưu thành .docx" of a PDF whose text came out garbled: asked first (its own chunk, loaded only when asked).
const GarbledSaveDialog = React.lazy(() =>
  import(/* webpackChunkName: "page-garbled-save" */ "./GarbledSaveDialog").then((m) => ({
    default: m.GarbledSaveDialog,
  })),
);
const BatchView = React.lazy(() => loadBatch().then((m) => ({ default: m.BatchView })));
const TemplateForm = React.lazy(() =>
  import(/* webpackChunkName: "page-template" */ "./TemplateForm").then((m) => ({ default: m.TemplateForm })),
);
/** Shown only while a scan is read by OCR (issue 22): not in the page's first load. */
const OcrProgressBar = React.lazy(() =>
  import(/* webpackChunkName: "ocr-client" */ "./ocr/OcrProgressBar").then((m) => ({ default: m.OcrProgressBar })),
);
import { usePlanDocument } from "./usePlanDocument";

const useStyles = makeStyles({
  main: {
    maxWidth: "1500px",
    margin: "0 auto",
    padding: "16px 16px 32px",
    display: "flex",
    flexDirection: "column",
    rowGap: "16px",
    boxSizing: "border-box",
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    alignItems: "center",
    columnGap: "16px",
    rowGap: "8px",
  },
  h1: {
    margin: "0",
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  intro: { maxWidth: "75ch", margin: "0", color: tokens.colorNeutralForeground2 },
  entry: { maxWidth: "960px", display: "flex", flexDirection: "column", rowGap: "12px" },
  entries: { display: "flex", flexWrap: "wrap", columnGap: "8px", rowGap: "8px" },
  panel: { paddingTop: "8px", display: "flex", flexDirection: "column", rowGap: "8px" },
  context: { maxWidth: "520px" },
  skip: {
    position: "absolute",
    left: "-10000px",
    top: "auto",
    ":focus": {
      position: "static",
      left: "auto",
      padding: "4px 8px",
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
    },
  },
});

type Entry = "open" | "paste" | "template";
const ENTRIES: [Entry, string, string][] = [
  ["open", "Mở tệp", "Open a file"],
  ["paste", "Dán bảng", "Paste a table"],
  ["template", "Tạo mẫu", "Create a template"],
];

const loadSingleReport = () => import(/* webpackChunkName: "page-document" */ "./single-report");

export function PageApp({ initialLang = "vi" }: { initialLang?: Lang }) {
  const s = useStyles();
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const [entry, setEntry] = React.useState<Entry>("open");
  const [pasted, setPasted] = React.useState("");
  const ctx = useSchoolContext();
  const d = usePlanDocument(lang, ctx);
  const heading = useResultFocus<HTMLHeadingElement>();
  // A folder of plans (a district's batch); `list` shows its summary, otherwise the plan opened from it.
  const [batch, setBatch] = React.useState<{ id: number; items: BatchItem[] } | null>(null);
  const [list, setList] = React.useState(false);
  // Never lose edits: another document waits for save / discard / cancel while the open one has unsaved edits.
  const [pending, setPending] = React.useState<(() => void) | null>(null);
  const [asked, setAsked] = React.useState(false);
  const guard = (action: () => void) => {
    if (!d.dirty) return action();
    setAsked(true);
    setPending(() => action);
  };
  // A PDF whose text came out garbled is not written to a new .docx without the user's word.
  const [garbledSave, setGarbledSave] = React.useState<{ notice: LangText; then?: () => void } | null>(null);
  const [garbledAsked, setGarbledAsked] = React.useState(false);
  const save = async (then?: () => void) => {
    const notice = d.doc ? garbledSaveNotice(d.doc.host.file.kind, d.doc.problems) : null;
    if (notice) {
      setGarbledAsked(true);
      setGarbledSave({ notice, then });
      return;
    }
    await d.save();
    then?.();
  };
  const chooseGarbled = async (yes: boolean) => {
    const asked = garbledSave;
    setGarbledSave(null);
    if (!asked || !yes) return; // "Không lưu": nothing is written, the open document stays
    await d.save();
    asked.then?.();
  };
  const choose = async (c: UnsavedChoice) => {
    const action = pending;
    setPending(null);
    if (!action || c === "cancel") return;
    if (c === "save") return save(action);
    action();
  };
  const openBatch = (files: Picked[]) =>
    guard(
      () =>
        void loadBatch().then((m) => {
          setBatch((b) => ({ id: (b?.id ?? 0) + 1, items: m.batchItems(files) }));
          setList(true);
        }),
    );
  const openOne = (f: File) =>
    guard(() => {
      setList(false);
      void d.open(f);
    });
  // The context bar drives the open document: a change re-checks it with the new level/year.
  const key = `${ctx.state.level}|${ctx.state.yearText}|${ctx.state.source.level}|${ctx.state.source.year}`;
  const lastKey = React.useRef(key);
  React.useEffect(() => {
    if (lastKey.current === key) return;
    lastKey.current = key;
    if (ctx.state.source.level === "user" || ctx.state.source.year === "user") d.recheck();
    // `key` holds every value read here; `d` is a new object each render and must not re-run the check.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  // After a document arrives, its findings heading is brought into view.
  const session = d.doc?.session ?? (d.large ? `large-${d.large.id}` : undefined);
  React.useEffect(() => {
    if (session) heading.focusResult();
    // Once per document: `heading` is a new object each render, focusing it again would steal the user's focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session]);

  const report = async (kind: "xlsx" | "html") => {
    const doc = d.doc;
    if (!doc) return;
    const { singleReport, REPORT_NAME } = await loadSingleReport();
    const out = await singleReport(kind, {
      name: doc.name,
      file: doc.host.file,
      plan: doc.plan,
      findings: doc.findings,
    });
    download(out, REPORT_NAME[kind], kind === "html" ? MIME.html : MIME.xlsx);
  };

  return (
    <FluentProvider theme={webLightTheme} lang={lang === "vi" ? "vi-VN" : "en-US"}>
      {(d.doc || d.large) && !list && (
        <a href="#file-findings-heading" className={s.skip} data-testid="skip-to-findings">
          {L(lang, "Bỏ qua tới danh sách lỗi", "Skip to the problems found")}
        </a>
      )}
      <main className={s.main}>
        <header className={s.header}>
          <h1 className={s.h1}>{t("pageTitle", lang)}</h1>
          <Switch
            label={t("english", lang)}
            checked={lang === "en"}
            onChange={(_, v) => setLang(v.checked ? "en" : "vi")}
          />
        </header>
        <p className={s.intro}>
          {L(
            lang,
            "Mở tệp kế hoạch (.xlsx, .docx, .pdf, .txt, bản quét hoặc ảnh chụp .jpg/.png), dán bảng từ văn " +
              "bản khác hoặc tạo mẫu mới. Lỗi hiện ngay trên ô và trong danh sách bên phải; sửa trong ô rồi " +
              "lưu tệp đã sửa.",
            "Open a plan file (.xlsx, .docx, .pdf, .txt, a scan or a photo .jpg/.png), paste a table from " +
              "another document, or create a new template. Problems show on the cells and in the list on the " +
              "right; fix them in the cells and save the corrected file.",
          )}{" "}
          {t("privacy", lang)}
        </p>
        <div className={s.context}>
          <ContextBar ctx={ctx} lang={lang} idPrefix="page-ctx" />
        </div>
        <section className={s.entry} aria-label={L(lang, "Bắt đầu", "Start")}>
          <div className={s.entries} role="group" aria-label={L(lang, "Chọn cách bắt đầu", "Choose how to start")}>
            {ENTRIES.map(([value, vi, en]) => (
              <ToggleButton
                key={value}
                size="large"
                appearance={entry === value ? "primary" : "secondary"}
                checked={entry === value}
                onClick={() => setEntry(value)}
                data-testid={`entry-${value}`}
              >
                {L(lang, vi, en)}
              </ToggleButton>
            ))}
          </div>
          <div className={s.panel}>
            {entry === "open" && <OpenFile lang={lang} busy={d.busy !== null} onFile={openOne} onFiles={openBatch} />}
            {entry === "paste" && (
              <>
                <Field label={t("pasteLabel", lang)}>
                  <Textarea
                    value={pasted}
                    onChange={(_, v) => setPasted(v.value)}
                    placeholder={t("pastePlaceholder", lang)}
                    rows={6}
                    resize="vertical"
                  />
                </Field>
                <div>
                  <Button
                    appearance="primary"
                    disabledFocusable={!pasted.trim() || d.busy !== null}
                    onClick={() => guard(() => (setList(false), void d.paste(pasted)))}
                  >
                    {t("check", lang)}
                  </Button>
                </div>
              </>
            )}
            {entry === "template" && (
              <React.Suspense fallback={null}>
                <TemplateForm
                  lang={lang}
                  ctx={ctx}
                  onCreated={(bytes, name) =>
                    guard(
                      () => (
                        setList(false),
                        void d.openBytes(bytes, name, L(lang, "Đang mở mẫu…", "Opening the template…"))
                      ),
                    )
                  }
                />
              </React.Suspense>
            )}
          </div>
        </section>
        <React.Suspense fallback={null}>
          <GapBoard host={null} lang={lang} level={ctx.state.level} schoolYear={ctx.schoolYear ?? ""} />
        </React.Suspense>
        <div role="status" aria-live="polite">
          {d.busy && <Spinner size="small" label={d.busy} labelPosition="after" data-testid="loading" />}
        </div>
        {d.ocr && (
          <React.Suspense fallback={null}>
            <OcrProgressBar lang={lang} progress={d.ocr} onStop={d.stopOcr} />
          </React.Suspense>
        )}
        {d.notice && (
          <MessageBar intent={d.notice.intent} data-testid={d.notice.intent === "error" ? "file-error" : "page-notice"}>
            <MessageBarBody>{d.notice.text}</MessageBarBody>
          </MessageBar>
        )}
        {asked && (
          // Mounted from the first question on and closed through `open`: the modal then restores the page it hid.
          <React.Suspense fallback={null}>
            <UnsavedDialog lang={lang} name={pending ? (d.doc?.name ?? "") : null} onChoice={(c) => void choose(c)} />
          </React.Suspense>
        )}
        {garbledAsked && (
          <React.Suspense fallback={null}>
            <GarbledSaveDialog
              lang={lang}
              notice={garbledSave ? garbledSave.notice[lang] : null}
              onChoice={(y) => void chooseGarbled(y)}
            />
          </React.Suspense>
        )}
        {batch && (
          <React.Suspense fallback={<Spinner size="small" />}>
            <BatchView
              key={batch.id}
              lang={lang}
              items={batch.items}
              hidden={!list}
              onOpen={(item) =>
                guard(() => {
                  setList(false);
                  void d.open(item.file);
                })
              }
            />
          </React.Suspense>
        )}
        {batch && list && (d.doc || d.large) && (
          <div>
            <Button onClick={() => setList(false)} data-testid="back-to-plan">
              {L(
                lang,
                `Quay lại kế hoạch đang mở: ${d.doc?.name ?? d.large?.first.name ?? ""}`,
                `Back to the open plan: ${d.doc?.name ?? d.large?.first.name ?? ""}`,
              )}
            </Button>
          </div>
        )}
        {batch && !list && (
          <div>
            <Button onClick={() => setList(true)} data-testid="back-to-list">
              {L(lang, "← Về danh sách các trường", "← Back to the list of schools")}
            </Button>
          </div>
        )}
        {d.doc && !list && (
          <React.Suspense fallback={<Spinner size="small" />}>
            <DocumentView
              doc={d.doc}
              lang={lang}
              dirty={d.dirty}
              onEdit={d.edit}
              onSave={() => void save()}
              onReport={(k) => void report(k)}
              headingRef={heading.ref}
            />
          </React.Suspense>
        )}
        {d.large && !list && (
          <React.Suspense fallback={<Spinner size="small" />}>
            <LargePlanView
              key={d.large.id}
              client={d.large.client}
              first={d.large.first}
              lang={lang}
              dirty={d.dirty}
              onDirty={d.markDirty}
              onSave={() => void d.save()}
              headingRef={heading.ref}
            />
          </React.Suspense>
        )}
        {!d.doc && !d.large && !d.busy && !d.ocr && !batch && (
          <Text size={200}>{L(lang, "Chưa mở kế hoạch nào.", "No plan open yet.")}</Text>
        )}
      </main>
    </FluentProvider>
  );
}
