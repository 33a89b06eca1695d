import * as React from "react";
import { Badge, Button, Field, Input, MessageBar, MessageBarBody, Select, Text, Textarea } from "@fluentui/react-components";
import type { HostKind, PlanHost } from "../hosts/port";
import type { Finding, Plan, Regime, SchoolLevel, Summary } from "../core/types";
import { TEMPLATE_2018_COLUMNS, TEMPLATE_TT57_COLUMNS } from "../core/templates";
import { regimeForYear, schoolYearOf } from "../core/context";
import { catalogIdFor, loadCatalog } from "../core/catalogs/index";
import { readPlan } from "../core/read/index";
import { checkPlan } from "../core/rules/index";
import { formatVnd, summarize } from "../core/summary";
import { t, type Lang, type StringKey } from "./i18n";
import { HostPanel } from "./HostPanel";

const LEVELS: SchoolLevel[] = ["mam-non", "tieu-hoc", "thcs", "thpt", "nhieu-cap", "gdtx"];
const levelKey = (l: SchoolLevel) => `lvl_${l.replace("-", "_")}` as StringKey;

export interface PlanPaneProps {
  host: PlanHost | null;
  hostKind: HostKind;
  lang: Lang;
}

interface Result {
  plan: Plan;
  findings: Finding[];
  summary: Summary;
}

/** Groups findings by the grid row they point at (document-level findings first). */
function groupByRow(findings: Finding[]): { row: number | null; criterion: string | null; items: Finding[] }[] {
  const groups = new Map<string, { row: number | null; criterion: string | null; items: Finding[] }>();
  for (const f of findings) {
    const key = f.cell ? String(f.cell.row) : "doc";
    const g = groups.get(key) ?? { row: f.cell ? f.cell.row : null, criterion: f.criterion, items: [] };
    g.items.push(f);
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => (a.row ?? -1) - (b.row ?? -1));
}

const SEVERITY_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

export function PlanPane({ host, hostKind, lang }: PlanPaneProps) {
  const [level, setLevel] = React.useState<SchoolLevel | "">("");
  const [schoolYear, setSchoolYear] = React.useState(() => schoolYearOf(new Date()));
  // What the user chose wins over what the document says; untouched fields follow the document.
  const [touched, setTouched] = React.useState({ level: false, year: false });
  const [pasted, setPasted] = React.useState("");
  const [busy, setBusy] = React.useState(false);
  const [result, setResult] = React.useState<Result | null>(null);
  const [message, setMessage] = React.useState<string | null>(null);
  const validYear = /^(\d{4})-(\d{4})$/.exec(schoolYear);
  const regime: Regime = validYear ? regimeForYear(schoolYear) : "2018";
  const columns = regime === "2026" ? TEMPLATE_TT57_COLUMNS : TEMPLATE_2018_COLUMNS;

  const check = async () => {
    setBusy(true);
    setMessage(null);
    try {
      // PDF-viewer paste forms and the "what was seen" message load on demand (first load stays small).
      const paste = await import(/* webpackChunkName: "paste-pdf" */ "../core/read/pasted-pdf");
      const grid = paste.splitPastedText(pasted);
      const detected = readPlan(grid).context;
      const user = {
        ...(level && (touched.level || !detected.level) ? { level } : {}),
        ...(validYear && (touched.year || !detected.schoolYear) ? { schoolYear, regime } : {}),
      };
      const plan = paste.explainPasted(readPlan(grid, user), pasted);
      const lv = plan.context.level;
      const rg = plan.context.regime;
      const catalog = lv && rg ? await loadCatalog(catalogIdFor(lv, rg)) : null;
      if (lv) setLevel(lv);
      if (plan.context.schoolYear) setSchoolYear(plan.context.schoolYear);
      const findings = checkPlan(plan, catalog);
      setResult({ plan, findings, summary: summarize(plan, findings) });
    } catch (e) {
      setMessage(`${t("error", lang)}: ${String((e as Error)?.message ?? e)}`);
    } finally {
      setBusy(false);
    }
  };

  const select = (f: Finding) => {
    if (host && f.cell && result) void host.select(f.cell, result.plan).catch(() => undefined);
  };

  return (
    <section style={{ display: "flex", flexDirection: "column", gap: 10 }} aria-label={t("context", lang)}>
      <Field label={t("level", lang)}>
        <Select
          value={level}
          onChange={(_, d) => {
            setLevel(d.value as SchoolLevel | "");
            setTouched((x) => ({ ...x, level: true }));
          }}
        >
          <option value="">{t("unknownLevel", lang)}</option>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {t(levelKey(l), lang)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("schoolYear", lang)} validationState={validYear ? "none" : "error"} validationMessage={validYear ? undefined : "2025-2026"}>
        <Input
          value={schoolYear}
          onChange={(_, d) => {
            setSchoolYear(d.value.trim());
            setTouched((x) => ({ ...x, year: true }));
          }}
        />
      </Field>
      <Text>
        {t("regime", lang)}: <b>{t(regime === "2026" ? "regime2026" : "regime2018", lang)}</b>
      </Text>
      {host && <HostPanel host={host} lang={lang} level={level} schoolYear={schoolYear} />}
      <Field label={t("pasteLabel", lang)}>
        <Textarea value={pasted} onChange={(_, d) => setPasted(d.value)} placeholder={t("pastePlaceholder", lang)} rows={6} resize="vertical" />
      </Field>
      <Button appearance="primary" onClick={() => void check()} disabled={busy || !pasted.trim()}>
        {busy ? t("checking", lang) : t("check", lang)}
      </Button>
      {message && (
        <MessageBar intent="error">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
      {result && <Findings result={result} lang={lang} onSelect={select} hostKind={hostKind} />}
      <details>
        <summary>{t(regime === "2026" ? "columnsTt57" : "columns2018", lang)}</summary>
        <ol data-testid="columns">
          {columns.map((c) => (
            <li key={c.role}>{lang === "vi" ? c.header : c.headerEn}</li>
          ))}
        </ol>
      </details>
    </section>
  );
}

function Findings({ result, lang, onSelect }: { result: Result; lang: Lang; onSelect: (f: Finding) => void; hostKind: HostKind }) {
  const { findings, summary } = result;
  const groups = groupByRow(findings);
  return (
    <section aria-label={t("findings", lang)} data-testid="findings">
      <Text weight="semibold">
        {t("findings", lang)}: {summary.errors} {t("errors", lang)}, {summary.warnings} {t("warnings", lang)}, {summary.infos} {t("infos", lang)}
      </Text>
      {findings.length === 0 && <p>{t("noFindings", lang)}</p>}
      <ul style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {groups.map((g) => (
          <li key={String(g.row)} style={{ borderTop: "1px solid #ddd", padding: "6px 0" }}>
            <Text weight="semibold">{g.row === null ? t("document", lang) : `${t("row", lang)} ${g.row + 1}${g.criterion ? ` — ${g.criterion}` : ""}`}</Text>
            <ul style={{ paddingLeft: 16, margin: 0 }}>
              {g.items.map((f, i) => (
                <li key={i} style={{ margin: "4px 0" }}>
                  <Badge color={SEVERITY_COLOR[f.severity]} appearance="tint" size="small">
                    {f.ref ?? "—"}
                  </Badge>{" "}
                  <button type="button" onClick={() => onSelect(f)} style={{ all: "unset", cursor: "pointer" }} data-rule={f.rule}>
                    {lang === "vi" ? f.message : f.messageEn}
                  </button>
                  {f.suggestion && lang === "vi" && (
                    <div style={{ color: "#555", fontSize: 12 }}>
                      {t("suggestion", lang)}: {f.suggestion}
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {summary.totalVnd > 0 && (
        <div data-testid="summary">
          <Text weight="semibold">{t("summary", lang)}</Text>
          <ul style={{ margin: 0 }}>
            {summary.byStandard.map((s) => (
              <li key={s.standard}>
                {t("standard", lang)} {s.standard}: {formatVnd(s.vnd)}
              </li>
            ))}
            {summary.bySource.map((s) => (
              <li key={s.source}>
                {s.source}: {formatVnd(s.vnd)}
              </li>
            ))}
          </ul>
          <Text>
            {t("total", lang)}: <b>{formatVnd(summary.totalVnd)}</b> ({summary.totalInWords})
          </Text>
        </div>
      )}
    </section>
  );
}
