import * as React from "react";
import { FluentProvider, webLightTheme, Switch, Text, Title3 } from "@fluentui/react-components";
import type { HostKind, PlanHost } from "../hosts/port";
import { PlanPane } from "./PlanPane";
import { t, type Lang } from "./i18n";

export interface AppProps {
  hostKind: HostKind;
  host: PlanHost | null;
  initialLang?: Lang;
  /** Extra panels (the standalone page's file panel). */
  extra?: (lang: Lang) => React.ReactNode;
}

const HOST_LABEL = { excel: "hostExcel", word: "hostWord", browser: "hostBrowser", file: "hostFile" } as const;

export function App({ hostKind, host, initialLang = "vi", extra }: AppProps) {
  const [lang, setLang] = React.useState<Lang>(initialLang);
  return (
    <FluentProvider theme={webLightTheme} lang={lang === "vi" ? "vi-VN" : "en-US"}>
      <main style={{ padding: 12, display: "flex", flexDirection: "column", gap: 10 }}>
        <header style={{ display: "flex", justifyContent: "space-between", alignItems: "center", gap: 8 }}>
          <Title3 as="h1">{t("title", lang)}</Title3>
          <Switch label={t("english", lang)} checked={lang === "en"} onChange={(_, d) => setLang(d.checked ? "en" : "vi")} />
        </header>
        <Text data-testid="host-kind">
          {t("runningIn", lang)}: <b>{t(HOST_LABEL[hostKind], lang)}</b>
        </Text>
        {extra?.(lang)}
        <PlanPane host={host} hostKind={hostKind} lang={lang} />
        <Text size={200}>{t("privacy", lang)}</Text>
      </main>
    </FluentProvider>
  );
}
