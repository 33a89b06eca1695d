/** The gap board's table: each criterion's level now (editable), what the goal needs, its status, and "in the plan". */
import * as React from "react";
import type { GapBoard } from "../../core/assess/index";
import type { Lang } from "../i18n";
import { L, STATUS, lvText } from "./model";

export interface GapTableProps {
  board: GapBoard;
  /** Criterion code → planned level. */
  selection: Record<string, number>;
  lang: Lang;
  onLevel: (code: string, value: string) => void;
  onToggle: (code: string, on: boolean, needed: number) => void;
}

export function GapTable({ board, selection, lang, onLevel, onToggle }: GapTableProps) {
  return (
    <table data-testid="gap-board" style={{ borderCollapse: "collapse", fontSize: 12, width: "100%" }}>
      <thead>
        <tr>
          {[
            L(lang, "Tiêu chí", "Criterion"),
            L(lang, "Hiện tại", "Now"),
            L(lang, "Cần", "Needs"),
            L(lang, "Trạng thái", "Status"),
            L(lang, "Đưa vào", "Plan"),
          ].map((h) => (
            <th key={h} scope="col" style={{ textAlign: "left", borderBottom: "1px solid #999", padding: 2 }}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {board.rows.map((r) => (
          <tr key={r.code} data-code={r.code} data-status={r.status}>
            <td style={{ padding: 2 }} title={r.name}>
              {r.code}
              {r.mandatory ? " *" : ""}
            </td>
            <td style={{ padding: 2 }}>
              <select
                aria-label={`${L(lang, "Mức hiện tại của tiêu chí", "Current level of criterion")} ${r.code}`}
                value={r.current === null ? "" : String(r.current)}
                onChange={(e) => onLevel(r.code, e.target.value)}
              >
                <option value="">—</option>
                {Array.from({ length: r.maxLevel + 1 }, (_, lv) => (
                  <option key={lv} value={lv}>
                    {lvText(lang, lv)}
                  </option>
                ))}
              </select>
            </td>
            <td style={{ padding: 2 }}>{lang === "vi" ? r.need : r.needEn}</td>
            <td style={{ padding: 2, color: STATUS[r.status][2] }}>{STATUS[r.status][lang === "vi" ? 0 : 1]}</td>
            <td style={{ padding: 2 }}>
              <input
                type="checkbox"
                aria-label={`${L(lang, "Đưa vào kế hoạch tiêu chí", "Plan criterion")} ${r.code}`}
                checked={selection[r.code] !== undefined}
                disabled={r.status === "met" || r.status === "unassessed"}
                onChange={(e) => onToggle(r.code, e.target.checked, r.needed)}
              />
              {/* The planned level, said only when it is not what the goal needs (one step at a time). */}
              {selection[r.code] !== undefined && selection[r.code] !== r.needed
                ? ` → ${lvText(lang, selection[r.code])}`
                : ""}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
