/**
 * Many plans at once (a district's folder): read in the batch worker one after another with progress and cancel,
 * then a summary of schools as a keyboard-navigable grid (sortable, filterable), the charts (their own chunk, on
 * demand) and the consolidated reports. A click or Enter on a school opens its plan in the normal view; the list,
 * its sort and filters stay as they were (this view stays mounted, only hidden).
 */
import * as React from "react";
import { Button, Checkbox, Field, ProgressBar, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReportFile } from "../../core/report/model";
import { STATUS_LABELS, compareSchools } from "../../core/report/model";
import { levelLabel } from "../../core/labels";
import { planSources, runBatch, type BatchSource } from "../../hosts/file/batch";
import { L, type Lang } from "../../ui/i18n";
import { download, MIME } from "../../ui/download";
import { spawnBatchWorker, type BatchWorker } from "./client";

const Charts = React.lazy(() =>
  import(/* webpackChunkName: "page-charts" */ "./Charts").then((m) => ({ default: m.Charts })),
);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: "12px" },
  bar: { display: "flex", flexWrap: "wrap", columnGap: "12px", rowGap: "8px", alignItems: "end" },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase300 },
  th: {
    textAlign: "left",
    borderBottom: `2px solid ${tokens.colorNeutralStroke1}`,
    padding: "4px 6px",
    whiteSpace: "nowrap",
  },
  td: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: "4px 6px", verticalAlign: "top" },
  num: { textAlign: "right" },
  row: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  bad: { color: tokens.colorPaletteRedForeground1 },
});

export interface BatchItem {
  source: BatchSource;
  file: File;
}

type Key = "label" | "file" | "level" | "schoolYear" | "status" | "errors" | "warnings" | "notes" | "rows" | "totalVnd";
const COLUMNS: [Key, string, string, boolean][] = [
  ["label", "Trường", "School", false],
  ["file", "Tệp", "File", false],
  ["level", "Cấp học", "Level", false],
  ["schoolYear", "Năm học", "Year", false],
  ["status", "Trạng thái", "Status", false],
  ["errors", "Lỗi", "Errors", true],
  ["warnings", "Cảnh báo", "Warnings", true],
  ["notes", "Lưu ý", "Notes", true],
  ["rows", "Số dòng", "Rows", true],
  ["totalVnd", "Tổng kinh phí", "Total budget", true],
];

const money = (n: number) => `${n.toLocaleString("vi-VN")} đ`;

/** A file chosen or dropped, with the path the user sees ("phong/cum-2/a.xlsx"; its name when alone). */
export interface PickedFile {
  file: File;
  path: string;
}

/** The plan files among those picked, in the command line's order, each with a way to read it. */
export function batchItems(picked: PickedFile[]): BatchItem[] {
  const items = picked.map(({ file, path }) => ({
    file,
    source: { path, size: file.size, bytes: async () => new Uint8Array(await file.arrayBuffer()) },
  }));
  const order = planSources(items.map((i) => i.source));
  return order.map((src) => items.find((i) => i.source === src)!);
}

type Move = (from: HTMLElement, by: number | "first" | "last") => void;

/** One school's row: drawn again only when its entry, place or language change (new rows do not redraw the others). */
const Row = React.memo(function Row({
  e,
  first,
  lang,
  onOpen,
  onMove,
}: {
  e: ReportFile;
  first: boolean;
  lang: Lang;
  onOpen: (e: ReportFile) => void;
  onMove: Move;
}) {
  const s = useStyles();
  return (
    <tr
      data-file={e.file}
      tabIndex={first ? 0 : -1}
      className={s.row}
      aria-label={`${e.label} — ${e.file}`}
      onClick={() => onOpen(e)}
      onKeyDown={(k) => {
        const el = k.currentTarget;
        if (k.key === "ArrowDown") onMove(el, 1);
        else if (k.key === "ArrowUp") onMove(el, -1);
        else if (k.key === "Home") onMove(el, "first");
        else if (k.key === "End") onMove(el, "last");
        else if (k.key === "Enter" || k.key === " ") onOpen(e);
        else return;
        k.preventDefault();
      }}
    >
      <td className={s.td}>{e.label}</td>
      <td className={s.td}>{e.file}</td>
      <td className={s.td}>{e.level ? levelLabel(e.level, lang) : ""}</td>
      <td className={s.td}>{e.schoolYear ?? ""}</td>
      <td className={`${s.td} ${e.checked ? "" : s.bad}`} data-status={e.status}>
        {STATUS_LABELS[e.status][lang]}
        {e.reason ? `: ${lang === "en" ? (e.reasonEn ?? e.reason) : e.reason}` : ""}
      </td>
      {(["errors", "warnings", "notes", "rows"] as const).map((k) => (
        <td key={k} className={`${s.td} ${s.num}`} data-col={k}>
          {e.checked ? e[k] : ""}
        </td>
      ))}
      <td className={`${s.td} ${s.num}`} data-col="totalVnd">
        {e.checked ? `${money(e.totalVnd)}${e.totalIsMax ? L(lang, " (tối đa)", " (max)") : ""}` : ""}
      </td>
    </tr>
  );
});

/** The summary's rows: re-drawn only when the list, its sort or filter change (not on each progress step). */
const Rows = React.memo(function Rows({
  shown,
  lang,
  onOpen,
  onMove,
}: {
  shown: ReportFile[];
  lang: Lang;
  onOpen: (e: ReportFile) => void;
  onMove: Move;
}) {
  return (
    <>
      {shown.map((e, i) => (
        <Row key={e.file} e={e} first={i === 0} lang={lang} onOpen={onOpen} onMove={onMove} />
      ))}
    </>
  );
});

export function BatchView({
  lang,
  items,
  hidden,
  onOpen,
}: {
  lang: Lang;
  items: BatchItem[];
  hidden: boolean;
  onOpen: (item: BatchItem) => void;
}) {
  const s = useStyles();
  const [entries, setEntries] = React.useState<ReportFile[]>([]);
  const [progress, setProgress] = React.useState<{ done: number; total: number; current: string | null }>({
    done: 0,
    total: items.length,
    current: null,
  });
  const [running, setRunning] = React.useState(true);
  const [cancelled, setCancelled] = React.useState(false);
  const [sort, setSort] = React.useState<{ key: Key; up: boolean }>({ key: "file", up: true });
  const [onlyErrors, setOnlyErrors] = React.useState(false);
  const [level, setLevel] = React.useState("");
  const [charts, setCharts] = React.useState(false);
  const signal = React.useRef({ aborted: false });
  /** The page of a scan being read by OCR in the current file (issue 22), and how to stop that reading at once. */
  const [ocrPage, setOcrPage] = React.useState<{ page: number; pages: number } | null>(null);
  const stopReading = React.useRef<() => void>(() => undefined);

  React.useEffect(() => {
    const sig = { aborted: false };
    signal.current = sig;
    let worker: BatchWorker | null = null;
    // Entries reach the table in groups (at most ~3 renders a second), not one render per file.
    const arrived: ReportFile[] = [];
    let flushTimer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      flushTimer = null;
      if (!arrived.length || sig.aborted) return;
      const batch = arrived.splice(0);
      // A transition: React draws the new rows in slices and lets the page answer between them (no long task).
      React.startTransition(() => setEntries((list) => [...list, ...batch]));
    };
    const check = async (bytes: Uint8Array, source: BatchSource) => {
      worker ??= spawnBatchWorker();
      try {
        return await worker.check(bytes, source, (page, pages) => !sig.aborted && setOcrPage({ page, pages }));
      } catch (e) {
        worker.dispose(); // a worker that failed is not reused: the next file gets a fresh one
        worker = null;
        throw e;
      } finally {
        setOcrPage(null);
      }
    };
    // "Dừng" during a scan: its worker (and tesseract with it) is terminated; that file is not listed.
    stopReading.current = () => {
      worker?.dispose();
      worker = null;
    };
    void runBatch(
      items.map((i) => i.source),
      check,
      {
        signal: sig,
        onProgress: (p) => !sig.aborted && React.startTransition(() => setProgress(p)),
        onFile: (entry) => {
          arrived.push(entry);
          flushTimer ??= setTimeout(flush, 300);
        },
      },
    ).then((r) => {
      if (flushTimer) clearTimeout(flushTimer);
      flush();
      worker?.dispose();
      React.startTransition(() => {
        setRunning(false);
        setCancelled(r.cancelled);
      });
    });
    return () => {
      sig.aborted = true;
      worker?.dispose();
    };
  }, [items]);

  const levels = [...new Set(entries.map((e) => e.level).filter((x): x is NonNullable<typeof x> => Boolean(x)))];
  const shown = React.useMemo(
    () =>
      entries
        .filter((e) => (!onlyErrors || e.errors > 0 || !e.checked) && (!level || e.level === level))
        .sort((a, b) => {
          const k = sort.key;
          const x = a[k] ?? "";
          const y = b[k] ?? "";
          const c = typeof x === "number" && typeof y === "number" ? x - y : compareSchools(String(x), String(y));
          return sort.up ? c : -c;
        }),
    [entries, onlyErrors, level, sort],
  );

  // The consolidated report is written in a worker of its own: ExcelJS over 300 sheets would hold the page.
  const report = async (kind: "xlsx" | "html") => {
    const w = spawnBatchWorker();
    try {
      const out = await w.report(entries, kind);
      if (kind === "html") download(out as string, "tong-hop-kiem-tra.html", MIME.html);
      else download(out as Uint8Array, "tong-hop-kiem-tra.xlsx", MIME.xlsx);
    } finally {
      w.dispose();
    }
  };

  const rowsRef = React.useRef<HTMLTableSectionElement>(null);
  const moveFocus = React.useCallback<Move>((from, by) => {
    const rows = [...(rowsRef.current?.querySelectorAll<HTMLElement>("tr[data-file]") ?? [])];
    const i = rows.indexOf(from);
    const j = by === "first" ? 0 : by === "last" ? rows.length - 1 : Math.max(0, Math.min(rows.length - 1, i + by));
    rows[j]?.focus();
  }, []);
  const openRef = React.useRef(onOpen);
  openRef.current = onOpen;
  const open = React.useCallback(
    (e: ReportFile) => {
      const item = items.find((i) => i.source.path === e.file);
      if (item) openRef.current(item);
    },
    [items],
  );

  const errorsCount = entries.filter((e) => e.errors > 0).length;
  return (
    <section
      className={s.root}
      hidden={hidden}
      style={hidden ? { display: "none" } : undefined}
      aria-labelledby="batch-title"
      data-testid="batch"
    >
      <h2 id="batch-title">
        {L(lang, `Tổng hợp ${items.length} tệp kế hoạch`, `Summary of ${items.length} plan files`)}
      </h2>
      <div role="status" aria-live="polite" data-testid="batch-progress">
        {running ? (
          <>
            <ProgressBar value={progress.total ? progress.done / progress.total : 0} />
            <Text>
              {L(
                lang,
                `Đang đọc tệp ${Math.min(progress.done + 1, progress.total)} / ${progress.total}`,
                `Reading file ${Math.min(progress.done + 1, progress.total)} of ${progress.total}`,
              )}
              {progress.current ? `: ${progress.current}` : ""}
              {ocrPage && progress.current
                ? L(lang, " — đọc ảnh trang ", " — reading image page ") + `${ocrPage.page}/${ocrPage.pages}`
                : ""}
            </Text>{" "}
            <Button
              onClick={() => {
                signal.current.aborted = true;
                stopReading.current();
              }}
              data-testid="batch-cancel"
            >
              {L(lang, "Dừng", "Cancel")}
            </Button>
          </>
        ) : (
          <Text data-testid="batch-done">
            {cancelled
              ? L(
                  lang,
                  `Đã dừng: đọc ${entries.length} / ${items.length} tệp.`,
                  `Stopped: ${entries.length} of ${items.length} files read.`,
                )
              : L(
                  lang,
                  `Đã đọc ${entries.length} tệp; ${errorsCount} tệp có lỗi.`,
                  `${entries.length} files read; ${errorsCount} with errors.`,
                )}
          </Text>
        )}
      </div>
      <div className={s.bar}>
        <Checkbox
          label={L(lang, "Chỉ tệp có lỗi hoặc không đọc được", "Only files with errors or unreadable")}
          checked={onlyErrors}
          onChange={(_, v) => setOnlyErrors(Boolean(v.checked))}
          data-testid="batch-only-errors"
        />
        <Field label={L(lang, "Cấp học", "Level")}>
          <Select value={level} onChange={(_, v) => setLevel(v.value)} data-testid="batch-level">
            <option value="">{L(lang, "Tất cả", "All")}</option>
            {levels.map((l) => (
              <option key={l} value={l}>
                {levelLabel(l, lang)}
              </option>
            ))}
          </Select>
        </Field>
        <Button disabledFocusable={!entries.length} onClick={() => void report("xlsx")} data-testid="batch-report-xlsx">
          {L(lang, "Tải báo cáo tổng hợp (.xlsx)", "Download the report (.xlsx)")}
        </Button>
        <Button disabledFocusable={!entries.length} onClick={() => void report("html")} data-testid="batch-report-html">
          {L(lang, "Báo cáo để in (.html)", "Printable report (.html)")}
        </Button>
        <Button aria-expanded={charts} onClick={() => setCharts(!charts)} data-testid="batch-charts-toggle">
          {charts ? L(lang, "Ẩn biểu đồ", "Hide charts") : L(lang, "Xem biểu đồ", "Show charts")}
        </Button>
      </div>
      <table
        role="grid"
        className={s.table}
        aria-labelledby="batch-title"
        aria-rowcount={shown.length + 1}
        data-testid="batch-table"
      >
        <thead>
          <tr>
            {COLUMNS.map(([key, vi, en, num]) => (
              <th
                key={key}
                className={`${s.th} ${num ? s.num : ""}`}
                aria-sort={sort.key === key ? (sort.up ? "ascending" : "descending") : "none"}
              >
                <Button
                  appearance="transparent"
                  size="small"
                  onClick={() => setSort({ key, up: sort.key === key ? !sort.up : !num })}
                  data-testid={`sort-${key}`}
                >
                  {L(lang, vi, en)}
                  {sort.key === key ? (sort.up ? " ▲" : " ▼") : ""}
                </Button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody ref={rowsRef}>
          <Rows shown={shown} lang={lang} onOpen={open} onMove={moveFocus} />
        </tbody>
      </table>
      {charts && entries.length > 0 && (
        <React.Suspense fallback={null}>
          <Charts files={entries} />
        </React.Suspense>
      )}
    </section>
  );
}
