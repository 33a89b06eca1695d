/** The document's context at the top of the pane and the page: level, school year and the regulation they imply. */
import * as React from "react";
import { Field, Input, Select, Text, makeStyles } from "@fluentui/react-components";
import type { SchoolLevel } from "../../core/types";
import { LEVELS, levelLabel, t, type Lang } from "../i18n";
import { normalizeSchoolYear, type SchoolContextApi } from "./useSchoolContext";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", columnGap: "8px", rowGap: "4px", alignItems: "flex-end" },
  level: { flex: "1 1 150px", minWidth: "0" },
  year: { flex: "0 1 120px", minWidth: "0" },
  regime: { flexBasis: "100%" },
  control: { minWidth: "0", width: "100%" },
});

export function ContextBar({ ctx, lang, idPrefix = "ctx" }: { ctx: SchoolContextApi; lang: Lang; idPrefix?: string }) {
  const s = useStyles();
  const { state, regime } = ctx;
  const validYear = normalizeSchoolYear(state.yearText) !== null;
  const origin = (src: string) => (src === "detected" ? ` (${t("fromDocument", lang)})` : "");
  return (
    <section aria-label={t("context", lang)} className={s.bar} data-testid="context-bar">
      <Field label={t("level", lang)} className={s.level} hint={origin(state.source.level).trim() || undefined}>
        <Select
          className={s.control}
          id={`${idPrefix}-level`}
          value={state.level}
          onChange={(_, d) => ctx.setLevel(d.value as SchoolLevel | "")}
        >
          <option value="">{t("unknownLevel", lang)}</option>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {levelLabel(l, lang)}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={t("schoolYear", lang)}
        className={s.year}
        validationState={validYear ? "none" : "error"}
        validationMessage={validYear ? undefined : t("yearHint", lang)}
        hint={validYear ? origin(state.source.year).trim() || undefined : undefined}
      >
        <Input
          className={s.control}
          id={`${idPrefix}-year`}
          value={state.yearText}
          onChange={(_, d) => ctx.setYear(d.value)}
        />
      </Field>
      <Text size={200} className={s.regime} data-testid="context-regime">
        {t("regime", lang)}: <b>{regime ? t(regime === "2026" ? "regime2026" : "regime2018", lang) : "—"}</b>
      </Text>
    </section>
  );
}
