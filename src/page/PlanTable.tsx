/**
 * The plan as an editable table: header that stays visible, cells that grow with their text, column widths that
 * suit each column, marks that read without colour (✕ solid border for errors, ⚠ dashed for warnings) with the
 * message on hover and on focus. Cells are keyed by the document session (a new file never shows old text).
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Catalog, CellPos, ColumnRole, Finding, Plan } from "../core/types";
import type { Locator } from "../ui/findings/model";
import { getTemplate } from "../core/templates";
import { humanDates, L, type Lang } from "../ui/i18n";

export const cellId = (row: number, col: number) => `cell-${row}-${col}`;
export const findingId = (f: Finding, index: number) => (f.cell ? `f-${f.cell.row}-${f.cell.col}-${index}` : undefined);

/** TT wide enough for "MỨC 1, 2, 3" on one line; the other columns share the rest as the printed form does. */
const TT_WIDTH = 116;

const useStyles = makeStyles({
  scroller: {
    overflow: "auto",
    maxHeight: "calc(100vh - 120px)",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  table: {
    borderCollapse: "separate",
    borderSpacing: "0",
    fontSize: "13px",
    tableLayout: "fixed",
    width: "100%",
    minWidth: "960px",
  },
  caption: { textAlign: "start", padding: "6px 8px", fontWeight: tokens.fontWeightSemibold },
  th: {
    position: "sticky",
    top: "0",
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `2px solid ${tokens.colorNeutralStroke1}`,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "6px",
    textAlign: "start",
    verticalAlign: "bottom",
    fontWeight: tokens.fontWeightSemibold,
  },
  td: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px",
    verticalAlign: "top",
    position: "relative",
  },
  section: { backgroundColor: tokens.colorNeutralBackground2 },
  error: {
    outline: `3px solid ${tokens.colorPaletteRedBorder2}`,
    outlineOffset: "-3px",
    backgroundColor: tokens.colorPaletteRedBackground1,
  },
  warning: {
    outline: `3px dashed ${tokens.colorPaletteDarkOrangeBorder2}`,
    outlineOffset: "-3px",
    backgroundColor: tokens.colorPaletteYellowBackground1,
  },
  flash: { boxShadow: `0 0 0 3px ${tokens.colorBrandStroke1}` },
  mark: { position: "absolute", top: "2px", right: "4px", fontSize: "12px", fontWeight: 700, pointerEvents: "none" },
  field: {
    display: "block",
    width: "100%",
    boxSizing: "border-box",
    border: "1px solid transparent",
    background: "transparent",
    font: "inherit",
    lineHeight: "1.35",
    padding: "3px 18px 3px 4px",
    resize: "none",
    overflow: "hidden",
    color: tokens.colorNeutralForeground1,
    ":focus": { outline: `2px solid ${tokens.colorStrokeFocus2}`, backgroundColor: tokens.colorNeutralBackground1 },
  },
  pick: { display: "block", width: "calc(100% - 8px)", margin: "2px 4px", font: "inherit", fontSize: "12px" },
  tip: {
    margin: "2px 4px 4px",
    padding: "4px 6px",
    fontSize: "12px",
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
});

/** HTML tags some exports leave in cells ("<p>…</p>") are not shown. */
const shown = (text: string) =>
  text
    .replace(/<\/?(p|br|b|i|u|strong|em|span|div)\b[^>]*>/gi, (m) => (/^<br|^<\/p/i.test(m) ? "\n" : ""))
    .replace(/\n{3,}/g, "\n\n")
    .replace(/^\n+|\n+$/g, "");

function grow(el: HTMLTextAreaElement | null) {
  if (!el) return;
  el.style.height = "auto";
  el.style.height = `${el.scrollHeight + 2}px`;
}

export interface PlanTableProps {
  plan: Plan;
  findings: Finding[];
  lang: Lang;
  onEdit: (row: number, col: number, text: string) => void;
  /** Cell last gone to from the findings list (highlighted). */
  flash?: string | null;
  /** The plan's catalog: the criterion cell being edited offers its criteria (one list, for that cell only). */
  catalog?: Catalog | null;
  /** Places in the file's terms (as in the findings list): cells are named "… — bảng 1 · dòng 4" in a Word or PDF. */
  locate?: Locator;
}

export function PlanTable({ plan, findings, lang, onEdit, flash, catalog, locate }: PlanTableProps) {
  // "Dòng 29" / "Bảng 1 · dòng 4" from the locator, mid-sentence in the cell's name.
  const rowName = (pos: CellPos) => {
    const row = locate?.(pos)?.row ?? `${L(lang, "dòng", "row")} ${pos.row + 1}`;
    return row.charAt(0).toLocaleLowerCase("vi") + row.slice(1);
  };
  const s = useStyles();
  const [focused, setFocused] = React.useState<string | null>(null);
  const template = getTemplate(plan.template);
  const roles = template.columns.map((c) => c.role).filter((r) => plan.columns[r] !== undefined);
  const header = (role: ColumnRole) => template.columns.find((c) => c.role === role)!;
  const byCell = new Map<string, { f: Finding; i: number }[]>();
  findings.forEach((f, i) => {
    if (!f.cell) return;
    const k = `${f.cell.row}:${f.cell.col}`;
    byCell.set(k, [...(byCell.get(k) ?? []), { f, i }]);
  });
  const criteria = React.useMemo(
    () => catalog?.standards.flatMap((st) => st.criteria.map((c) => `Tiêu chí ${c.code}: ${c.name}`)) ?? [],
    [catalog],
  );
  const share = roles.filter((r) => r !== "tt").reduce((sum, r) => sum + header(r).width, 0);
  const colWidth = (r: ColumnRole) =>
    r === "tt" ? `${TT_WIDTH}px` : `${((header(r).width / share) * 90).toFixed(2)}%`;
  return (
    <div className={s.scroller} data-testid="table-scroller">
      <table data-testid="plan-table" className={s.table}>
        <caption className={s.caption}>
          {L(
            lang,
            "Bảng kế hoạch — sửa trực tiếp trong ô; kết quả kiểm tra cập nhật khi gõ",
            "Plan table — edit in the cells; findings update as you type",
          )}
        </caption>
        <colgroup>
          {roles.map((r) => (
            <col key={r} style={{ width: colWidth(r) }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {roles.map((r) => (
              <th key={r} scope="col" className={s.th}>
                {lang === "vi" ? header(r).header : header(r).headerEn}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {plan.rows.map((row, ri) => (
            <tr key={ri} className={row.kind === "section" || row.kind === "standard" ? s.section : undefined}>
              {roles.map((role) => {
                const cell = row.cells[role];
                const pos = cell?.pos ?? { row: row.gridRows[0], col: plan.columns[role]! };
                const id = cellId(pos.row, pos.col);
                const hits = byCell.get(`${pos.row}:${pos.col}`) ?? [];
                const worst = hits.some((h) => h.f.severity === "error")
                  ? "error"
                  : hits.some((h) => h.f.severity === "warning")
                    ? "warning"
                    : null;
                const merged = row.gridRows.length > 1 && Boolean(cell) && cell!.text.includes("\n");
                const name = lang === "vi" ? header(role).header : header(role).headerEn;
                const messages = hits.map((h) => humanDates(lang === "vi" ? h.f.message : h.f.messageEn, lang));
                const cls = [
                  s.td,
                  worst === "error" ? s.error : worst === "warning" ? s.warning : "",
                  flash === id ? s.flash : "",
                ].join(" ");
                return (
                  <td
                    key={role}
                    className={cls}
                    onFocus={() => setFocused(id)}
                    onBlur={(e) => {
                      if (!e.currentTarget.contains(e.relatedTarget as Node | null))
                        setFocused((x) => (x === id ? null : x));
                    }}
                    title={messages.join("\n") || undefined}
                    data-mark={worst ?? undefined}
                  >
                    {worst && (
                      <span className={s.mark} aria-hidden="true">
                        {worst === "error" ? "✕" : "⚠"}
                      </span>
                    )}
                    <textarea
                      id={id}
                      ref={grow}
                      className={s.field}
                      aria-label={`${name} — ${rowName(pos)}`}
                      aria-describedby={hits.map((h) => findingId(h.f, h.i)).join(" ") || undefined}
                      aria-invalid={worst === "error" || undefined}
                      defaultValue={shown(cell?.text ?? "")}
                      readOnly={merged}
                      title={
                        merged
                          ? L(
                              lang,
                              "Ô gộp từ nhiều dòng của bảng gốc: sửa trong Word/Excel",
                              "Merged from several source rows: edit in Word/Excel",
                            )
                          : undefined
                      }
                      rows={1}
                      onChange={(e) => {
                        grow(e.currentTarget);
                        onEdit(pos.row, pos.col, e.currentTarget.value);
                      }}
                    />
                    {focused === id &&
                      role === "criterion" &&
                      !merged &&
                      criteria.length > 0 &&
                      row.kind !== "section" && (
                        <select
                          className={s.pick}
                          aria-label={L(lang, "Chọn tiêu chí từ danh mục", "Pick a criterion from the catalog")}
                          value=""
                          onChange={(e) => {
                            const v = e.currentTarget.value;
                            const field = document.getElementById(id) as HTMLTextAreaElement | null;
                            if (!v || !field) return;
                            field.value = v;
                            grow(field);
                            onEdit(pos.row, pos.col, v);
                            field.focus();
                          }}
                        >
                          <option value="">{L(lang, "— chọn tiêu chí từ danh mục —", "— pick a criterion —")}</option>
                          {criteria.map((c) => (
                            <option key={c} value={c}>
                              {c}
                            </option>
                          ))}
                        </select>
                      )}
                    {focused === id && messages.length > 0 && (
                      <div className={s.tip} role="note">
                        {messages.map((m, k) => (
                          <div key={k}>
                            {hits[k].f.severity === "error" ? "✕ " : hits[k].f.severity === "warning" ? "⚠ " : "ℹ "}
                            {m}
                          </div>
                        ))}
                      </div>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
