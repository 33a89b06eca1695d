/**
 * The plan table for large plans: only the rows on screen (plus a margin) are in the page, each of a fixed height,
 * with spacer rows above and below so the scrollbar is true to the whole plan. 50,000 rows cost the same to draw
 * as 30. The criterion column uses ONE shared list of criteria (a datalist), never a list per row.
 */
import * as React from "react";
import type { CellPos, ColumnRole, Finding, Plan } from "../core/types";
import { getTemplate } from "../core/templates";

type Lang = "vi" | "en";
const L = (lang: Lang, vi: string, en: string) => (lang === "vi" ? vi : en);

export const ROW_HEIGHT = 56;
/** The id of a cell's field (only the cells on screen exist). */
export const virtualCellId = (row: number, col: number) => `vcell-${row}-${col}`;
const OVERSCAN = 8;
// The 2018 form's seven columns fit beside the findings list at 1366 px (≈ 965 px).
const WIDTH: Partial<Record<ColumnRole, number>> = { tt: 50, criterion: 200, tasks: 200, target: 140, indicator: 160 };

export interface VirtualPlanTableProps {
  plan: Plan;
  findings: Finding[];
  lang: Lang;
  /** Edited text by "row:col", shown over the plan's text until the next check. */
  edits: Map<string, string>;
  onEdit: (row: number, col: number, text: string) => void;
  /** id of the one shared criteria <datalist>. */
  criteriaListId: string;
  height?: number;
  /** A cell to go to (from the findings list): scrolled into the drawn rows, then focused. `seq` repeats a visit. */
  target?: (CellPos & { seq: number }) | null;
  /** Names a cell's row in the file's terms ("Dòng 29", "Bảng 1 · dòng 6"); default "dòng N" of the grid. */
  rowName?: (pos: CellPos) => string | null;
}

export function VirtualPlanTable({
  plan,
  findings,
  lang,
  edits,
  onEdit,
  criteriaListId,
  height = 520,
  target = null,
  rowName,
}: VirtualPlanTableProps) {
  const [scrollTop, setScrollTop] = React.useState(0);
  const scroller = React.useRef<HTMLDivElement>(null);
  const focusNext = React.useRef<(CellPos & { seq: number }) | null>(null);
  // Grid row → plan row, to find the plan row a finding's cell is in.
  const rowOf = React.useMemo(() => {
    const m = new Map<number, number>();
    plan.rows.forEach((r, i) => r.gridRows.forEach((g) => m.set(g, i)));
    return m;
  }, [plan]);
  // Going to a cell: its row is scrolled to the middle of the view (and so drawn), then its field is focused.
  React.useLayoutEffect(() => {
    if (!target) return;
    const ri = rowOf.get(target.row);
    if (ri === undefined) return;
    const top = Math.max(0, ri * ROW_HEIGHT - height / 2 + ROW_HEIGHT);
    if (scroller.current) scroller.current.scrollTop = top;
    focusNext.current = target;
    setScrollTop(top);
    // Runs once per request (seq): a resize or a new row index must not scroll the view back to the last target.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target?.seq]);
  React.useLayoutEffect(() => {
    const t = focusNext.current;
    if (!t) return;
    const ri = rowOf.get(t.row);
    const el =
      document.getElementById(virtualCellId(t.row, t.col)) ??
      scroller.current?.querySelector<HTMLElement>(`[data-row="${ri}"] textarea, [data-row="${ri}"] input`);
    if (!el) return;
    focusNext.current = null;
    el.scrollIntoView?.({ block: "center", inline: "nearest" });
    el.focus({ preventScroll: true });
  });
  const template = getTemplate(plan.template);
  const roles = template.columns.map((c) => c.role).filter((r) => plan.columns[r] !== undefined);
  const header = (role: ColumnRole) => template.columns.find((c) => c.role === role)!;
  const marks = React.useMemo(() => {
    const m = new Map<string, { severity: "error" | "warning"; text: string[] }>();
    for (const f of findings) {
      if (!f.cell || f.severity === "info") continue;
      const k = `${f.cell.row}:${f.cell.col}`;
      const cur = m.get(k) ?? { severity: f.severity, text: [] };
      if (f.severity === "error") cur.severity = "error";
      cur.text.push(lang === "vi" ? f.message : f.messageEn);
      m.set(k, cur);
    }
    return m;
  }, [findings, lang]);
  const total = plan.rows.length;
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(total, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const width = roles.reduce((s, r) => s + (WIDTH[r] ?? 125), 0);
  return (
    <div
      data-testid="virtual-table-scroller"
      ref={scroller}
      style={{ height, overflow: "auto", border: "1px solid #d1d1d1", borderRadius: 4 }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <table
        data-testid="plan-table"
        aria-rowcount={total + 1}
        style={{ borderCollapse: "separate", borderSpacing: 0, tableLayout: "fixed", width, fontSize: 13 }}
      >
        <caption style={{ textAlign: "start", padding: "4px 6px" }}>
          {L(
            lang,
            `Bảng kế hoạch — ${total.toLocaleString("vi-VN")} dòng; sửa trực tiếp trong ô`,
            `Plan table — ${total.toLocaleString("en-US")} rows; edit in the cells`,
          )}
        </caption>
        <thead>
          <tr aria-rowindex={1}>
            {roles.map((r) => (
              <th
                key={r}
                scope="col"
                style={{
                  width: WIDTH[r] ?? 125,
                  position: "sticky",
                  top: 0,
                  zIndex: 1,
                  background: "#f0f0f0",
                  textAlign: "start",
                  padding: 4,
                  borderBottom: "2px solid #d1d1d1",
                }}
              >
                {lang === "vi" ? header(r).header : header(r).headerEn}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {first > 0 && <tr aria-hidden="true" style={{ height: first * ROW_HEIGHT }} />}
          {plan.rows.slice(first, last).map((row, k) => {
            const ri = first + k;
            return (
              <tr
                key={ri}
                aria-rowindex={ri + 2}
                data-row={ri}
                style={{
                  height: ROW_HEIGHT,
                  background: row.kind === "section" || row.kind === "standard" ? "#f5f5f5" : undefined,
                }}
              >
                {roles.map((role) => {
                  const cell = row.cells[role];
                  const pos = cell?.pos ?? { row: row.gridRows[0], col: plan.columns[role]! };
                  const key = `${pos.row}:${pos.col}`;
                  const text = edits.get(key) ?? cell?.text ?? "";
                  const mark = marks.get(key);
                  const where = rowName?.(pos) ?? `${L(lang, "dòng", "row")} ${pos.row + 1}`;
                  const label = `${lang === "vi" ? header(role).header : header(role).headerEn} — ${where}`;
                  const id = virtualCellId(pos.row, pos.col);
                  const here = target !== null && target.row === pos.row && target.col === pos.col;
                  const style: React.CSSProperties = {
                    width: "100%",
                    height: ROW_HEIGHT - 6,
                    boxSizing: "border-box",
                    font: "inherit",
                    resize: "none",
                    border: "1px solid transparent",
                    background: "transparent",
                  };
                  return (
                    <td
                      key={role}
                      title={mark?.text.join("\n")}
                      data-mark={mark?.severity}
                      style={{
                        padding: 2,
                        verticalAlign: "top",
                        borderBottom: "1px solid #e0e0e0",
                        outline: mark
                          ? `2px ${mark.severity === "error" ? "solid #c50f1f" : "dashed #bc4b09"}`
                          : undefined,
                        outlineOffset: -2,
                        boxShadow: here ? "inset 0 0 0 3px #0f6cbd" : undefined,
                      }}
                    >
                      {role === "criterion" && row.kind === "criterion" ? (
                        <input
                          key={key}
                          id={id}
                          list={criteriaListId}
                          aria-label={label}
                          defaultValue={text}
                          style={style}
                          onChange={(e) => onEdit(pos.row, pos.col, e.currentTarget.value)}
                        />
                      ) : (
                        <textarea
                          key={key}
                          id={id}
                          aria-label={label}
                          defaultValue={text}
                          style={style}
                          onChange={(e) => onEdit(pos.row, pos.col, e.currentTarget.value)}
                        />
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {last < total && <tr aria-hidden="true" style={{ height: (total - last) * ROW_HEIGHT }} />}
        </tbody>
      </table>
    </div>
  );
}
