/**
 * From self-assessment to plan (pane and page): the levels in (pasted list or table, the document's level table,
 * or ticked per criterion), the gap board for the chosen goal (current → projected, what blocks, the smallest set
 * pre-selected) and the drafted plan — inserted at the cursor (Excel, Word) or downloaded as .xlsx/.docx (page).
 * Loaded on demand (its own chunk): the pane's first load does not pay for it.
 */
import * as React from "react";
import { Button, Field, MessageBar, MessageBarBody, Select, Text, Textarea } from "@fluentui/react-components";
import type { Catalog, Finding, SchoolContext, SchoolLevel } from "../core/types";
import type { PlanHost } from "../hosts/port";
import { catalogIdFor, loadCatalog } from "../core/catalogs/index";
import { regimeForYear } from "../core/context";
import { mainPlan, splitPasted } from "../core/read/index";
import {
  checkLevels,
  draftPlan,
  draftTables,
  emptyLevelSet,
  fitToCatalog,
  gapBoard,
  goalsFor,
  goalLabel,
  levelsFromPlan,
  readLevels,
  type GapStatus,
  type LevelSet,
} from "../core/assess/index";
import { download, MIME } from "./download";
import type { Lang } from "./i18n";

const L = (lang: Lang, vi: string, en: string) => (lang === "vi" ? vi : en);
const STATUS: Record<GapStatus, [string, string, string]> = {
  met: ["Đã đạt", "Met", "#107c10"],
  blocking: ["Chặn mục tiêu", "Blocks the goal", "#c50f1f"],
  choice: ["Chọn đủ 5/7", "Pick 5 of 7", "#8a6100"],
  optional: ["Không bắt buộc", "Optional", "#616161"],
};
const lvText = (lang: Lang, lv: number | null) =>
  lv === null ? "—" : lv < 1 ? L(lang, "Chưa đạt", "Below 1") : `${L(lang, "Mức", "Level")} ${lv}`;

export interface GapBoardProps {
  host: PlanHost | null;
  lang: Lang;
  level: SchoolLevel | "";
  schoolYear: string;
}

type Msg = { intent: "success" | "error" | "warning" | "info"; text: string } | null;

export default function GapBoard({ host, lang, level, schoolYear }: GapBoardProps) {
  const [open, setOpen] = React.useState(false);
  const [catalog, setCatalog] = React.useState<Catalog | null>(null);
  const [set, setSet] = React.useState<LevelSet>(emptyLevelSet);
  const [pasted, setPasted] = React.useState("");
  const [goal, setGoal] = React.useState(1);
  const [picked, setPicked] = React.useState<Record<string, number> | null>(null);
  const [message, setMessage] = React.useState<Msg>(null);
  const [occupied, setOccupied] = React.useState<{ address: string; text: string }[] | null>(null);
  const [findings, setFindings] = React.useState<Finding[] | null>(null);
  const valid = /^\d{4}-\d{4}$/.test(schoolYear);
  const regime = valid ? regimeForYear(schoolYear) : null;
  const context: SchoolContext = { level: level || null, regime, schoolYear: valid ? schoolYear : null, school: null };

  React.useEffect(() => {
    let live = true;
    setCatalog(null);
    if (open && level && regime) void loadCatalog(catalogIdFor(level, regime)).then((c) => live && setCatalog(c));
    return () => {
      live = false;
    };
  }, [open, level, regime]);
  // Levels of another catalog (level or regime changed) never carry over.
  React.useEffect(() => {
    setSet(emptyLevelSet());
    setPicked(null);
    setFindings(null);
    setGoal(1);
  }, [catalog?.id]);

  const board = catalog ? gapBoard(catalog, set, goal, picked) : null;
  const selection = board ? Object.fromEntries(board.selection.map((s) => [s.code, s.level])) : {};

  const applyLevels = (next: LevelSet, what: string) => {
    setSet(next);
    setPicked(null);
    setFindings(null);
    const n = Object.keys(next.levels).length;
    setMessage(
      n
        ? {
            intent: next.problems.length ? "warning" : "success",
            text: [
              L(lang, `Đã đọc mức của ${n} tiêu chí (${what}).`, `Levels of ${n} criteria read (${what}).`),
              ...(lang === "vi" ? next.problems : []),
            ].join(" "),
          }
        : {
            intent: "warning",
            text: L(
              lang,
              "Không tìm thấy mức của tiêu chí nào. Ví dụ: “1.1 Mức 2, 1.2 Mức 1, 1.3 Không đạt”, hoặc bảng có cột Mức 1/Mức 2 đánh dấu x.",
              "No criterion level found. Example: “1.1 Mức 2, 1.2 Mức 1”, or a table with x under Level 1/Level 2.",
            ),
          },
    );
  };
  const readPasted = () => catalog && applyLevels(readLevels(splitPasted(pasted), catalog), L(lang, "dán", "pasted"));
  const readDocument = async () => {
    if (!host || !catalog) return;
    try {
      const { plans } = await host.read(context);
      const withLevels = plans.find((p) => (p.assessment ?? []).length);
      const from = withLevels ? levelsFromPlan(withLevels) : emptyLevelSet();
      applyLevels(
        fitToCatalog(from, catalog),
        L(lang, "bảng tự đánh giá trong tài liệu", "the document's self-assessment table"),
      );
    } catch (e) {
      setMessage({ intent: "error", text: `${L(lang, "Có lỗi", "Error")}: ${String((e as Error)?.message ?? e)}` });
    }
  };
  const setLevelOf = (code: string, value: string) => {
    const levels = { ...set.levels };
    if (value === "") delete levels[code];
    else levels[code] = Number(value);
    setSet({ ...set, levels, source: "pane" });
    setFindings(null);
  };
  const toggle = (code: string, on: boolean, needed: number) => {
    const next = { ...selection };
    if (on) next[code] = needed;
    else delete next[code];
    setPicked(next);
  };

  const draft = () => (catalog ? draftPlan(catalog, set, selection, context) : null);
  const insert = async (overwrite = false) => {
    const d = draft();
    if (!d || !host?.insertDraft) return;
    setOccupied(null);
    try {
      const r = await host.insertDraft({ tables: draftTables(d), overwrite });
      if (r.status === "needs-confirmation") setOccupied(r.occupied);
      else if (r.status === "unsupported") setMessage({ intent: "warning", text: r.message });
      else
        setMessage({
          intent: "success",
          text: L(
            lang,
            `Đã chèn bản nháp (${d.picked.length} tiêu chí). Các ô “(cần điền)” và ô trống cần bổ sung — bấm Kiểm tra để đánh dấu.`,
            `Draft inserted (${d.picked.length} criteria). Fill the “(cần điền)” and empty cells — Check marks them.`,
          ),
        });
    } catch (e) {
      setMessage({ intent: "error", text: `${L(lang, "Có lỗi", "Error")}: ${String((e as Error)?.message ?? e)}` });
    }
  };
  const save = async (format: "xlsx" | "docx") => {
    const d = draft();
    if (!d) return;
    const mod = await import(/* webpackChunkName: "file-host" */ "../hosts/file/index");
    const bytes = await mod.writePlanFile(d.grid, d.context, format, { sectionIV: d.sectionIV?.rows });
    download(bytes, `ban-nhap-ke-hoach-${level}-${schoolYear}.${format}`, MIME[format]);
    setMessage({
      intent: "success",
      text: L(lang, `Đã tạo bản nháp (${d.picked.length} tiêu chí).`, `Draft created (${d.picked.length} criteria).`),
    });
  };
  const checkDocument = async () => {
    if (!host || !catalog) return;
    try {
      const plan = mainPlan((await host.read(context)).plans);
      setFindings(checkLevels(plan, catalog, set, goal).findings);
    } catch (e) {
      setMessage({ intent: "error", text: `${L(lang, "Có lỗi", "Error")}: ${String((e as Error)?.message ?? e)}` });
    }
  };

  const title = L(lang, "Lập kế hoạch từ kết quả tự đánh giá", "Plan from the self-assessment");
  if (!open)
    return (
      <Button aria-expanded={false} onClick={() => setOpen(true)}>
        {title}
      </Button>
    );
  const hasLevels = Object.keys(set.levels).length > 0;
  return (
    <section
      aria-labelledby="gap-title"
      data-testid="gap-panel"
      style={{ display: "flex", flexDirection: "column", gap: 8, borderTop: "1px solid #ddd", paddingTop: 8 }}
    >
      <h2 id="gap-title" style={{ margin: 0, fontSize: 18 }}>
        {title}
      </h2>
      {!catalog ? (
        <Text>
          {level && valid
            ? L(lang, "Đang tải danh mục tiêu chí…", "Loading the criteria…")
            : L(lang, "Chọn cấp học và năm học ở trên.", "Choose the school level and year above.")}
        </Text>
      ) : (
        <>
          <Field
            label={L(
              lang,
              "Mức tự đánh giá (dán danh sách hoặc bảng)",
              "Self-assessment levels (paste a list or a table)",
            )}
          >
            <Textarea
              value={pasted}
              onChange={(_, d) => setPasted(d.value)}
              placeholder="1.1 Mức 2, 1.2 Mức 1, 1.3 Không đạt …"
              rows={3}
              resize="vertical"
            />
          </Field>
          <div style={{ display: "flex", gap: 6, flexWrap: "wrap" }}>
            <Button onClick={readPasted} disabled={!pasted.trim()}>
              {L(lang, "Đọc mức", "Read levels")}
            </Button>
            {host && (
              <Button onClick={() => void readDocument()}>
                {L(lang, "Đọc mức từ tài liệu", "Read levels from the document")}
              </Button>
            )}
          </div>
          <Field label={L(lang, "Mục tiêu của trường", "School goal")}>
            <Select
              value={String(goal)}
              onChange={(_, d) => (setGoal(Number(d.value)), setPicked(null), setFindings(null))}
            >
              {goalsFor(catalog).map((g) => (
                <option key={g} value={g}>
                  {goalLabel(catalog, g, lang)}
                </option>
              ))}
            </Select>
          </Field>
          {message && (
            <MessageBar intent={message.intent} layout="multiline" data-testid="gap-message">
              <MessageBarBody>{message.text}</MessageBarBody>
            </MessageBar>
          )}
          {board && (
            <Text role="status" data-testid="gap-summary">
              {L(lang, "Trường hiện đạt", "School now")}: <b>{lvText(lang, board.current)}</b> ·{" "}
              {L(lang, "sau kế hoạch", "after the plan")}: <b>{lvText(lang, board.projected)}</b> ·{" "}
              {L(lang, "mục tiêu", "goal")}: <b>{goalLabel(catalog, board.goal, lang)}</b>
              {board.reaches ? "" : L(lang, " — chưa đạt mục tiêu", " — goal not reached")}
              {lang === "vi" &&
                hasLevels &&
                board.notes.map((n) => (
                  <span key={n} style={{ display: "block", fontSize: 12 }}>
                    {n}
                  </span>
                ))}
            </Text>
          )}
          {board && (
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
                        onChange={(e) => setLevelOf(r.code, e.target.value)}
                      >
                        <option value="">—</option>
                        {Array.from({ length: r.maxLevel + 1 }, (_, lv) => (
                          <option key={lv} value={lv}>
                            {lvText(lang, lv)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td style={{ padding: 2, whiteSpace: "nowrap" }}>{lvText(lang, r.needed)}</td>
                    <td style={{ padding: 2, color: STATUS[r.status][2] }}>
                      {STATUS[r.status][lang === "vi" ? 0 : 1]}
                    </td>
                    <td style={{ padding: 2 }}>
                      <input
                        type="checkbox"
                        aria-label={`${L(lang, "Đưa vào kế hoạch tiêu chí", "Plan criterion")} ${r.code}`}
                        checked={selection[r.code] !== undefined}
                        disabled={r.status === "met"}
                        onChange={(e) => toggle(r.code, e.target.checked, r.needed)}
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
          )}
          {catalog.regime === "2026" && (
            <Text size={200}>{L(lang, "* tiêu chí bắt buộc", "* mandatory criterion")}</Text>
          )}
          <div style={{ display: "flex", gap: 6, flexWrap: "wrap" }}>
            <Button onClick={() => setPicked(null)} disabled={picked === null}>
              {L(lang, "Chọn nhóm ít nhất", "Pick the smallest set")}
            </Button>
            {host?.capabilities().insertDraft && (
              <Button
                appearance="primary"
                onClick={() => void insert()}
                disabled={!hasLevels || !board?.selection.length}
              >
                {L(lang, "Chèn bản nháp", "Insert the draft")}
              </Button>
            )}
            {!host && (
              <>
                <Button
                  appearance="primary"
                  onClick={() => void save("xlsx")}
                  disabled={!hasLevels || !board?.selection.length}
                >
                  {L(lang, "Tải bản nháp (.xlsx)", "Download the draft (.xlsx)")}
                </Button>
                <Button onClick={() => void save("docx")} disabled={!hasLevels || !board?.selection.length}>
                  {L(lang, "Tải bản nháp (.docx)", "Download the draft (.docx)")}
                </Button>
              </>
            )}
            {host && (
              <Button onClick={() => void checkDocument()} disabled={!hasLevels}>
                {L(lang, "Đối chiếu kế hoạch với mức", "Check the plan against the levels")}
              </Button>
            )}
          </div>
          {occupied && (
            <MessageBar intent="warning" data-testid="gap-occupied">
              <MessageBarBody>
                {L(
                  lang,
                  `Chỗ chèn đã có dữ liệu (${occupied
                    .slice(0, 5)
                    .map((o) => o.address)
                    .join(", ")}${occupied.length > 5 ? ", …" : ""}). Ghi đè?`,
                  `The target cells hold data (${occupied
                    .slice(0, 5)
                    .map((o) => o.address)
                    .join(", ")}). Overwrite?`,
                )}{" "}
                <Button size="small" onClick={() => void insert(true)}>
                  {L(lang, "Ghi đè", "Overwrite")}
                </Button>{" "}
                <Button size="small" onClick={() => setOccupied(null)}>
                  {L(lang, "Không ghi đè", "Do not overwrite")}
                </Button>
              </MessageBarBody>
            </MessageBar>
          )}
          {findings && (
            <div data-testid="gap-findings">
              <Text>
                {findings.length
                  ? L(lang, `${findings.length} điều cần xem lại:`, `${findings.length} things to review:`)
                  : L(
                      lang,
                      "Kế hoạch khớp với mức tự đánh giá và mục tiêu.",
                      "The plan matches the levels and the goal.",
                    )}
              </Text>
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {findings.map((f, i) => (
                  <li key={i} data-rule={f.rule}>
                    {lang === "vi" ? f.message : f.messageEn}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}
