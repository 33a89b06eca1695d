/**
 * A plan opened in the plan worker (large files): what it is, the summary, the virtualised table with the one shared
 * findings list beside it (each finding goes to its cell, scrolling the table there), saving and the single-file
 * reports — as for a small plan — while the page stays responsive whatever the number of rows.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, Text, makeStyles } from "@fluentui/react-components";
import type { CellPos, Finding } from "../core/types";
import { formatVnd, summarize } from "../core/summary";
import { FindingsList } from "../ui/findings/FindingsList";
import { download, MIME } from "../ui/download";
import { L, t, type Lang } from "../ui/i18n";
import { saveLabel } from "./save-docx";
import { contextLine } from "./contextLine";
import { kindLocator } from "./locate";
import { REPORT_NAME, type ReportKind } from "./single-report";
import type { PlanWorkerClient } from "./worker/client";
import type { Analysis } from "./worker/protocol";
import { VirtualPlanTable } from "./VirtualPlanTable";
import { planViewStyles } from "./planViewStyles";

const LIST_ID = "khct-criteria-list";

const useStyles = makeStyles({
  ...planViewStyles,
  table: { minWidth: "0", overflowX: "auto" },
  side: {
    maxHeight: "560px",
    overflowY: "auto",
    paddingRight: "4px",
    "@media (max-width: 1000px)": { maxHeight: "none", order: -1 },
  },
});

export interface LargePlanViewProps {
  client: PlanWorkerClient;
  /** The plan's analysis when opened, then after each re-check the page asks for (a context bar change). */
  first: Analysis;
  lang: Lang;
  /** Unsaved edits (held by the page, which asks before another document replaces this one). */
  dirty?: boolean;
  /** Called on every edit of a cell. */
  onDirty?: () => void;
  /** Saves the plan (the page's save: the worker's file, downloaded, then "no unsaved changes"). */
  onSave?: () => void;
  headingRef?: React.Ref<HTMLHeadingElement>;
}

export function LargePlanView({ client, first, lang, dirty = false, onDirty, onSave, headingRef }: LargePlanViewProps) {
  const s = useStyles();
  const [analysis, setAnalysis] = React.useState(first);
  const [edits, setEdits] = React.useState(() => new Map<string, string>());
  // The page re-checked the plan (the context bar's level or year changed): its findings replace these. Edits are
  // in the worker's plan already, so the re-check holds them.
  const [shown, setShown] = React.useState(first);
  if (shown !== first) {
    setShown(first);
    setAnalysis(first);
    setEdits(new Map());
  }
  const [busy, setBusy] = React.useState(false);
  const [target, setTarget] = React.useState<(CellPos & { seq: number }) | null>(null);
  const timer = React.useRef<ReturnType<typeof setTimeout> | null>(null);
  React.useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const { plan, findings, problems, criteria, name, tableRows, kind } = analysis;
  const summary = React.useMemo(() => summarize(plan, findings), [plan, findings]);
  const locate = React.useMemo(
    () => kindLocator(kind, plan, lang, tableRows ? (pos) => tableRows[pos.row] ?? null : null),
    [kind, plan, lang, tableRows],
  );
  const rowName = (pos: CellPos) => {
    const row = locate(pos)?.row;
    return row ? row.charAt(0).toLocaleLowerCase("vi") + row.slice(1) : null;
  };

  const onEdit = (row: number, col: number, text: string) => {
    setEdits((m) => new Map(m).set(`${row}:${col}`, text));
    onDirty?.();
    // A reply that never comes (the document was closed meanwhile, its worker ended) is nothing to report.
    client.edit(row, col, text).catch(() => undefined);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      client.check().then(
        (a) => {
          setAnalysis(a);
          setEdits(new Map());
        },
        () => undefined,
      );
    }, 400);
  };

  const go = (f: Finding) => {
    if (f.cell) setTarget((x) => ({ ...f.cell!, seq: (x?.seq ?? 0) + 1 }));
  };

  const report = async (k: ReportKind) => {
    setBusy(true);
    try {
      const out = await client.report(k);
      download(out, REPORT_NAME[k], k === "html" ? MIME.html : MIME.xlsx);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="large-plan" className={s.root}>
      <div className={s.head}>
        <h2 className={s.name} ref={headingRef} tabIndex={-1}>
          {name}
        </h2>
        <Text data-testid="file-context">{contextLine(plan.context, lang)}</Text>
      </div>
      <div className={s.summary} data-testid="file-summary">
        <Text weight="semibold" data-testid="large-summary" aria-live="polite">
          {L(
            lang,
            `${plan.rows.length.toLocaleString("vi-VN")} dòng · ${summary.errors} lỗi, ${summary.warnings} cảnh báo`,
            `${plan.rows.length.toLocaleString("en-US")} rows · ${summary.errors} errors, ${summary.warnings} warnings`,
          )}
        </Text>
        <Text>
          {L(lang, "Tổng kinh phí", "Total budget")}
          {summary.rangeRows ? t("upperBound", lang) : ""}: <b>{formatVnd(summary.totalVnd)}</b>
        </Text>
      </div>
      {problems.map((p, i) => (
        <MessageBar key={i} intent={plan.headerRow < 0 && i === 0 ? "error" : "warning"} data-testid="file-problem">
          <MessageBarBody>{p[lang]}</MessageBarBody>
        </MessageBar>
      ))}
      <div className={s.actions}>
        <Button appearance="primary" onClick={() => onSave?.()} disabled={busy}>
          {saveLabel(kind, lang) ?? L(lang, "Lưu tệp đã sửa", "Save corrected file")}
        </Button>
        <Text size={200} data-testid="dirty">
          {dirty
            ? L(lang, "Có thay đổi chưa lưu", "Unsaved changes")
            : L(lang, "Chưa có thay đổi chưa lưu", "No unsaved changes")}
        </Text>
        <Button onClick={() => void report("xlsx")} disabled={busy}>
          {L(lang, "Tải báo cáo (.xlsx)", "Download report (.xlsx)")}
        </Button>
        <Button onClick={() => void report("html")} disabled={busy}>
          {L(lang, "Tải báo cáo để in (.html)", "Printable report (.html)")}
        </Button>
      </div>
      <datalist id={LIST_ID}>
        {criteria.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      <div className={s.layout}>
        <div className={s.table}>
          {plan.headerRow >= 0 && (
            <VirtualPlanTable
              plan={plan}
              findings={findings}
              lang={lang}
              edits={edits}
              onEdit={onEdit}
              criteriaListId={LIST_ID}
              target={target}
              rowName={rowName}
            />
          )}
        </div>
        <aside className={s.side}>
          <FindingsList
            findings={findings}
            summary={summary}
            lang={lang}
            locate={locate}
            onGo={go}
            testId="file-findings"
          />
        </aside>
      </div>
    </div>
  );
}
