/**
 * The task pane (Excel, Word, or a browser without Office): language switch, the document's context at the top,
 * the document actions, then checking a pasted table. Laid out for 320–350 px.
 */
import * as React from "react";
import { FluentProvider, Switch, Text, makeStyles, webLightTheme } from "@fluentui/react-components";
import type { HostKind, PlanHost } from "../hosts/port";
import { TEMPLATE_2018_COLUMNS, TEMPLATE_TT57_COLUMNS } from "../core/templates";
import { HostPanel } from "./HostPanel";
import { PastePanel } from "./lazy";
import { GapBoard } from "../ui/lazy";
import { ContextBar } from "../ui/context/ContextBar";
import { useSchoolContext } from "../ui/context/useSchoolContext";
import { t, type Lang } from "../ui/i18n";

export interface AppProps {
  hostKind: HostKind;
  host: PlanHost | null;
  initialLang?: Lang;
}

const HOST_LABEL = { excel: "hostExcel", word: "hostWord", browser: "hostBrowser", file: "hostFile" } as const;

const useStyles = makeStyles({
  main: {
    padding: "12px",
    display: "flex",
    flexDirection: "column",
    rowGap: "12px",
    maxWidth: "100%",
    boxSizing: "border-box",
    overflowWrap: "anywhere",
  },
  header: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "center",
    columnGap: "8px",
    flexWrap: "wrap",
  },
  h1: { margin: "0", fontSize: "18px", lineHeight: "24px" },
  details: { display: "flex", flexDirection: "column", rowGap: "8px" },
  summary: { cursor: "pointer", fontWeight: 600, padding: "4px 0" },
});

export function App({ hostKind, host, initialLang = "vi" }: AppProps) {
  const s = useStyles();
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const ctx = useSchoolContext();
  const [pasteOpen, setPasteOpen] = React.useState(false);
  const columns = ctx.regime === "2026" ? TEMPLATE_TT57_COLUMNS : TEMPLATE_2018_COLUMNS;
  return (
    <FluentProvider theme={webLightTheme} lang={lang === "vi" ? "vi-VN" : "en-US"}>
      <main className={s.main}>
        <header className={s.header}>
          <h1 className={s.h1}>{t("title", lang)}</h1>
          <Switch
            label={t("english", lang)}
            checked={lang === "en"}
            onChange={(_, d) => setLang(d.checked ? "en" : "vi")}
          />
        </header>
        <Text size={200} data-testid="host-kind">
          {t("runningIn", lang)}: <b>{t(HOST_LABEL[hostKind], lang)}</b>
        </Text>
        <ContextBar ctx={ctx} lang={lang} />
        {host && <HostPanel host={host} hostKind={hostKind} lang={lang} ctx={ctx} />}
        <React.Suspense fallback={null}>
          <GapBoard host={host} lang={lang} level={ctx.state.level} schoolYear={ctx.schoolYear ?? ""} />
        </React.Suspense>
        {host ? (
          <details onToggle={(e) => setPasteOpen((e.currentTarget as HTMLDetailsElement).open)}>
            <summary className={s.summary}>{t("pasteSection", lang)}</summary>
            {pasteOpen && (
              <React.Suspense fallback={null}>
                <PastePanel lang={lang} ctx={ctx} inHost />
              </React.Suspense>
            )}
          </details>
        ) : (
          <React.Suspense fallback={null}>
            <PastePanel lang={lang} ctx={ctx} />
          </React.Suspense>
        )}
        <details>
          <summary className={s.summary}>{t(ctx.regime === "2026" ? "columnsTt57" : "columns2018", lang)}</summary>
          <ol data-testid="columns">
            {columns.map((c) => (
              <li key={c.role}>{lang === "vi" ? c.header : c.headerEn}</li>
            ))}
          </ol>
        </details>
        <Text size={200}>{t("privacy", lang)}</Text>
      </main>
    </FluentProvider>
  );
}
