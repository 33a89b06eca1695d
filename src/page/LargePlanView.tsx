/**
 * A plan opened in the plan worker (large files): context line, problems, one shared criteria list, the
 * virtualised table, the findings count, and save — the page stays responsive whatever the number of rows.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { download, MIME } from "../ui/download";
import { saveLabel } from "./save-docx";
import { contextLine } from "./contextLine";
import type { PlanWorkerClient } from "./worker/client";
import type { Analysis } from "./worker/protocol";
import { VirtualPlanTable } from "./VirtualPlanTable";

type Lang = "vi" | "en";
const L = (lang: Lang, vi: string, en: string) => (lang === "vi" ? vi : en);
const LIST_ID = "khct-criteria-list";

export function LargePlanView({ client, first, lang }: { client: PlanWorkerClient; first: Analysis; lang: Lang }) {
  const [analysis, setAnalysis] = React.useState(first);
  const [edits, setEdits] = React.useState(() => new Map<string, string>());
  const [busy, setBusy] = React.useState(false);
  const timer = React.useRef<ReturnType<typeof setTimeout> | null>(null);
  React.useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const { plan, findings, problems, criteria, name } = analysis;
  const ctx = plan.context;
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;

  const onEdit = (row: number, col: number, text: string) => {
    setEdits((m) => new Map(m).set(`${row}:${col}`, text));
    void client.edit(row, col, text);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      void client.check().then((a) => {
        setAnalysis(a);
        setEdits(new Map());
      });
    }, 400);
  };

  const save = async () => {
    setBusy(true);
    try {
      const bytes = await client.save();
      if (analysis.kind === "pdf") download(bytes, name.replace(/(\.pdf)?$/i, ".docx"), MIME.docx);
      else download(bytes, name.replace(/(\.[^.]+)?$/, `-da-sua$1`), MIME[analysis.kind]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="large-plan" style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      <Text data-testid="file-context">
        <b>{name}</b> · {contextLine(ctx, lang)}
      </Text>
      {problems.map((p, i) => (
        <MessageBar key={i} intent={plan.headerRow < 0 && i === 0 ? "error" : "warning"} data-testid="file-problem">
          <MessageBarBody>{p}</MessageBarBody>
        </MessageBar>
      ))}
      <Text data-testid="large-summary" aria-live="polite">
        {L(
          lang,
          `${plan.rows.length.toLocaleString("vi-VN")} dòng · ${errors} lỗi, ${warnings} cảnh báo`,
          `${plan.rows.length.toLocaleString("en-US")} rows · ${errors} errors, ${warnings} warnings`,
        )}
      </Text>
      <datalist id={LIST_ID}>
        {criteria.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      {plan.headerRow >= 0 && (
        <VirtualPlanTable
          plan={plan}
          findings={findings}
          lang={lang}
          edits={edits}
          onEdit={onEdit}
          criteriaListId={LIST_ID}
        />
      )}
      <div>
        <Button appearance="primary" onClick={() => void save()} disabled={busy}>
          {saveLabel(analysis.kind, lang) ?? L(lang, "Lưu tệp đã sửa", "Save corrected file")}
        </Button>
      </div>
    </div>
  );
}
