/**
 * The one findings list of KHCT (Excel pane, Word pane, pasted tables, the page): counts, groups by row
 * ("Dòng 29 — 1.4"), errors first, a severity badge that reads without colour, the message, "Gợi ý" under it, and
 * the budget summary. Every finding is a button that goes to its place.
 */
import * as React from "react";
import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { Finding, Summary } from "../../core/types";
import { formatVnd } from "../../core/summary";
import { fundingSourceLabel, humanDates, t, type Lang } from "../i18n";
import { countsText, groupFindings, placeText, severityLabel, type Locator } from "./model";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: "6px", minWidth: "0" },
  heading: {
    margin: "0",
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    outlineOffset: "2px",
  },
  groups: { listStyleType: "none", padding: "0", margin: "0" },
  group: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, padding: "6px 0" },
  groupLabel: { margin: "0 0 2px", fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  items: { listStyleType: "none", padding: "0", margin: "0" },
  item: { margin: "4px 0", display: "flex", flexDirection: "column", rowGap: "2px" },
  button: {
    display: "block",
    width: "100%",
    textAlign: "start",
    background: "none",
    border: "none",
    padding: "2px 4px",
    margin: "0",
    font: "inherit",
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  place: { fontWeight: tokens.fontWeightSemibold, textDecorationLine: "underline", marginRight: "4px" },
  suggestion: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    paddingLeft: "8px",
    overflowWrap: "anywhere",
  },
  badge: { flexShrink: 0 },
  line: { display: "flex", alignItems: "flex-start", columnGap: "4px" },
  summary: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: "6px" },
  list: { margin: "0", paddingLeft: "18px" },
});

const ICON = { error: <ErrorCircle16Filled />, warning: <Warning16Filled />, info: <Info16Filled /> } as const;
const COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

export interface FindingsListProps {
  findings: Finding[];
  summary?: Summary | null;
  lang: Lang;
  locate: Locator;
  onGo?: (f: Finding) => void;
  /** Receives the heading, so the caller can scroll it into view and focus it after a check. */
  headingRef?: React.Ref<HTMLHeadingElement>;
  title?: string;
  testId?: string;
  /** Id for the finding element, so a table cell can point at the findings that concern it. */
  itemId?: (f: Finding) => string | undefined;
}

export function FindingsList({
  findings,
  summary,
  lang,
  locate,
  onGo,
  headingRef,
  title,
  testId = "findings",
  itemId,
}: FindingsListProps) {
  const s = useStyles();
  const groups = groupFindings(findings, locate, lang);
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings)
    counts[f.severity === "error" ? "errors" : f.severity === "warning" ? "warnings" : "infos"]++;
  const headingId = `${testId}-heading`;
  return (
    <section aria-labelledby={headingId} className={s.root} data-testid={testId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className={s.heading}>
        {title ?? t("findings", lang)}: {countsText(counts, lang)}
      </h2>
      {findings.length === 0 && <Text>{t("noFindings", lang)}</Text>}
      <ul className={s.groups}>
        {groups.map((g) => (
          <li key={g.key} className={s.group}>
            <p className={s.groupLabel}>{g.label}</p>
            <ul className={s.items}>
              {g.items.map(({ finding: f, place }, i) => (
                <li key={i} className={s.item} id={itemId?.(f)}>
                  <div className={s.line}>
                    <Badge
                      className={s.badge}
                      color={COLOR[f.severity]}
                      appearance="tint"
                      size="medium"
                      icon={ICON[f.severity]}
                    >
                      {severityLabel(f.severity, lang)}
                    </Badge>
                    <button
                      type="button"
                      className={s.button}
                      data-rule={f.rule}
                      data-severity={f.severity}
                      onClick={() => onGo?.(f)}
                    >
                      {place && (
                        <span className={s.place}>
                          {/* The row is the group's label above: said to screen readers, not shown twice. */}
                          {placeText(place) !== place.cell && (
                            <span className={s.visuallyHidden}>{`${place.row} · `}</span>
                          )}
                          {place.cell}
                        </span>
                      )}
                      {humanDates(lang === "vi" ? f.message : f.messageEn, lang)}
                    </button>
                  </div>
                  {(lang === "vi" ? f.suggestion : f.suggestionEn) && (
                    <div className={s.suggestion}>
                      {t("suggestion", lang)}: {humanDates((lang === "vi" ? f.suggestion : f.suggestionEn)!, lang)}
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {summary && summary.totalVnd > 0 && <BudgetSummary summary={summary} lang={lang} />}
    </section>
  );
}

export function BudgetSummary({ summary, lang }: { summary: Summary; lang: Lang }) {
  const s = useStyles();
  return (
    <div className={s.summary} data-testid="summary">
      <Text weight="semibold">{t("summary", lang)}</Text>
      <ul className={s.list}>
        {summary.byStandard.map((x) => (
          <li key={x.standard}>
            {t("standard", lang)} {x.standard}: {formatVnd(x.vnd)}
          </li>
        ))}
        {summary.bySource.map((x) => (
          <li key={x.source}>
            {fundingSourceLabel(x.source, lang)}: {formatVnd(x.vnd)}
          </li>
        ))}
      </ul>
      <Text>
        {t("total", lang)}
        {summary.rangeRows ? t("upperBound", lang) : ""}: <b>{formatVnd(summary.totalVnd)}</b>
        {/* The amount in words is the Vietnamese "bằng chữ": said in Vietnamese only. */}
        {lang === "vi" ? ` (${summary.totalInWords})` : ""}
      </Text>
    </div>
  );
}
