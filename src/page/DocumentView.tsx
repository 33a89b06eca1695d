/**
 * One open document on the page: what it is (file, school, level, year, circular — in words people use), the
 * summary, the findings list beside the table (each finding goes to its cell), and saving.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, Text, makeStyles } from "@fluentui/react-components";
import type { Finding } from "../core/types";
import { formatVnd, summarize } from "../core/summary";
import { FindingsList } from "../ui/findings/FindingsList";
import { countsText } from "../ui/findings/model";
import { L, t, type Lang } from "../ui/i18n";
import { PlanTable, cellId, findingId } from "./PlanTable";
import type { PlanDocument } from "./usePlanDocument";
import { saveLabel } from "./save-docx";
import { contextLine } from "./contextLine";
import { planViewStyles } from "./planViewStyles";

const useStyles = makeStyles({
  ...planViewStyles,
  side: {
    position: "sticky",
    top: "8px",
    maxHeight: "calc(100vh - 24px)",
    overflowY: "auto",
    paddingRight: "4px",
    "@media (max-width: 1000px)": { position: "static", maxHeight: "none", order: -1 },
  },
});

export interface DocumentViewProps {
  doc: PlanDocument;
  lang: Lang;
  dirty: boolean;
  onEdit: (row: number, col: number, text: string) => void;
  onSave: () => void;
  onReport: (kind: "xlsx" | "html") => void;
  headingRef?: React.Ref<HTMLHeadingElement>;
}

export function DocumentView({ doc, lang, dirty, onEdit, onSave, onReport, headingRef }: DocumentViewProps) {
  const s = useStyles();
  const [flash, setFlash] = React.useState<string | null>(null);
  const { plan, findings } = doc;
  const summary = summarize(plan, findings);
  const go = (f: Finding) => {
    if (!f.cell) return;
    const id = cellId(f.cell.row, f.cell.col);
    const el = document.getElementById(id);
    if (!el) return;
    el.scrollIntoView?.({ block: "center", inline: "nearest" });
    (el as HTMLTextAreaElement).focus({ preventScroll: true });
    setFlash(id);
  };
  const counts = { errors: summary.errors, warnings: summary.warnings, infos: summary.infos };
  return (
    <div className={s.root}>
      <div className={s.head}>
        <h2 className={s.name} ref={headingRef} tabIndex={-1}>
          {doc.name}
        </h2>
        <Text data-testid="file-context">{contextLine(plan.context, lang)}</Text>
      </div>
      <div className={s.summary} data-testid="file-summary">
        <Text weight="semibold">{countsText(counts, lang)}</Text>
        <Text>
          {L(lang, "Tổng kinh phí", "Total budget")}
          {summary.rangeRows ? t("upperBound", lang) : ""}: <b>{formatVnd(summary.totalVnd)}</b>
          {/* The amount in words is the Vietnamese "bằng chữ": said in Vietnamese only. */}
          {lang === "vi" ? ` (${summary.totalInWords})` : ""}
        </Text>
        <Text>{L(lang, `${plan.rows.length} dòng trong bảng`, `${plan.rows.length} table rows`)}</Text>
      </div>
      {doc.problems.map((p, i) => (
        <MessageBar key={i} intent="warning">
          <MessageBarBody>{p[lang]}</MessageBarBody>
        </MessageBar>
      ))}
      <div className={s.actions}>
        <Button appearance="primary" onClick={onSave}>
          {doc.pasted
            ? L(lang, "Lưu bảng đã sửa", "Save the edited table")
            : (saveLabel(doc.host.file.kind, lang) ?? L(lang, "Lưu tệp đã sửa", "Save corrected file"))}
        </Button>
        <Text size={200} data-testid="dirty">
          {dirty
            ? L(lang, "Có thay đổi chưa lưu", "Unsaved changes")
            : L(lang, "Chưa có thay đổi chưa lưu", "No unsaved changes")}
        </Text>
        <Button onClick={() => onReport("xlsx")}>{L(lang, "Tải báo cáo (.xlsx)", "Download report (.xlsx)")}</Button>
        <Button onClick={() => onReport("html")}>
          {L(lang, "Tải báo cáo để in (.html)", "Printable report (.html)")}
        </Button>
      </div>
      <div className={s.layout}>
        <PlanTable
          key={doc.session}
          plan={plan}
          findings={findings}
          lang={lang}
          onEdit={onEdit}
          flash={flash}
          catalog={doc.catalog}
          locate={doc.locate}
        />
        <aside className={s.side}>
          <FindingsList
            findings={findings}
            summary={summary}
            lang={lang}
            locate={doc.locate}
            onGo={go}
            testId="file-findings"
            itemId={(f) => findingId(f, findings.indexOf(f))}
          />
        </aside>
      </div>
    </div>
  );
}
