/**
 * A plan table pasted from any document (Word, Excel, PDF), checked with the one school context. Its findings
 * point into the pasted text (clicking one selects that text), never into the document the pane runs in.
 */
import * as React from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  Textarea,
  makeStyles,
} from "@fluentui/react-components";
import type { CellPos, Finding, Plan, Summary } from "../core/types";
import { readPlan } from "../core/read/index";
import { checkPlan } from "../core/rules/index";
import { summarize } from "../core/summary";
import { needsFallback, type SchoolContextApi } from "../ui/context/useSchoolContext";
import { catalogFor } from "./host/useHostActions";
import { FindingsList } from "../ui/lazy";
import { pastedLocator } from "../ui/findings/model";
import { t, L, circularLabel, levelLabel, type Lang } from "../ui/i18n";
import { circularFor } from "../core/catalogs/index";
import { useResultFocus } from "../ui/useResultFocus";
import { pastedSelection } from "./pasted-selection";
import { errorText } from "../core/text/message";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: "8px", minWidth: "0" },
});

interface Result {
  plan: Plan;
  findings: Finding[];
  summary: Summary;
}

/** "THCS · năm học 2025-2026 · TT 18/2018": what the pasted table was checked with. */
export function contextLine(plan: Plan, lang: Lang): string {
  const c = plan.context;
  const circular = c.level && c.regime ? circularLabel(circularFor(c.level, c.regime)) : null;
  return [
    c.level ? levelLabel(c.level, lang) : L(lang, "chưa rõ cấp học", "level unknown"),
    c.schoolYear ? `${L(lang, "năm học", "school year")} ${c.schoolYear}` : L(lang, "chưa rõ năm học", "year unknown"),
    circular,
  ]
    .filter(Boolean)
    .join(" · ");
}

/** The pasted cell's text at a grid position, to select it in the text box. */
function cellText(plan: Plan, pos: CellPos): string | null {
  for (const row of plan.rows)
    for (const c of Object.values(row.cells)) if (c && c.pos.row === pos.row && c.pos.col === pos.col) return c.text;
  return null;
}

export function PastePanel({
  lang,
  ctx,
  onChecked,
  inHost = false,
}: {
  lang: Lang;
  ctx: SchoolContextApi;
  onChecked?: (plan: Plan) => void;
  inHost?: boolean;
}) {
  const s = useStyles();
  const [pasted, setPasted] = React.useState("");
  const [busy, setBusy] = React.useState(false);
  const [result, setResult] = React.useState<Result | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const box = React.useRef<HTMLTextAreaElement>(null);
  const heading = useResultFocus<HTMLHeadingElement>();

  const check = async () => {
    setBusy(true);
    setError(null);
    try {
      // PDF-viewer paste forms and the "what was seen" message load on demand (the first load stays small).
      const paste = await import(/* webpackChunkName: "paste-pdf" */ "../core/read/pasted-pdf");
      const grid = paste.splitPastedText(pasted);
      // In Office the pasted table is judged on what it says; the pane's context only fills what it lacks.
      const overrides = inHost ? {} : ctx.overrides();
      let plan = readPlan(grid, overrides);
      const fallbacks = ctx.fallbacks();
      if (needsFallback(plan, fallbacks)) plan = readPlan(grid, { ...fallbacks, ...overrides });
      plan = paste.explainPasted(plan, pasted, grid);
      const findings = checkPlan(plan, await catalogFor(plan.context));
      // In Office the pasted table is another document: it must not change the context of the one open.
      if (!inHost) ctx.adopt(plan);
      setResult({ plan, findings, summary: summarize(plan, findings) });
      onChecked?.(plan);
    } catch (e) {
      setError(`${t("error", lang)}: ${errorText(e, lang)}`);
    } finally {
      setBusy(false);
      heading.focusResult();
    }
  };

  const go = (f: Finding) => {
    const el = box.current;
    const text = result && f.cell ? cellText(result.plan, f.cell) : null;
    if (!el || !text || !f.cell) return;
    const range = pastedSelection(pasted, f.cell, text);
    el.focus();
    if (range) el.setSelectionRange(range.start, range.end);
  };

  return (
    <div className={s.root}>
      <Field label={t("pasteLabel", lang)}>
        <Textarea
          ref={box}
          value={pasted}
          onChange={(_, d) => setPasted(d.value)}
          placeholder={t("pastePlaceholder", lang)}
          rows={5}
          resize="vertical"
        />
      </Field>
      <Button appearance="primary" onClick={() => void check()} disabledFocusable={busy || !pasted.trim()}>
        {t(inHost ? "checkPasted" : "check", lang)}
      </Button>
      <div role="status" aria-live="polite">
        {busy && <Spinner size="tiny" label={t("checking", lang)} labelPosition="after" />}
      </div>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {result && inHost && (
        <Text size={200} data-testid="pasted-context">
          {L(lang, "Bảng đã dán", "Pasted table")}: {contextLine(result.plan, lang)}
        </Text>
      )}
      {result && (
        <React.Suspense fallback={null}>
          <FindingsList
            findings={result.findings}
            summary={result.summary}
            lang={lang}
            locate={pastedLocator(result.plan, lang)}
            onGo={go}
            headingRef={heading.ref}
            title={inHost ? L(lang, "Kết quả kiểm tra bảng dán", "Pasted table findings") : undefined}
          />
        </React.Suspense>
      )}
    </div>
  );
}
