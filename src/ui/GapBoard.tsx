/**
 * From self-assessment to plan (pane and page): the levels in (pasted list or table, the document's level table,
 * or ticked per criterion), the gap board for the chosen goal (current → projected, what blocks, the smallest set
 * pre-selected) and the drafted plan — inserted at the cursor (Excel, Word) or downloaded as .xlsx/.docx (page).
 * Loaded on demand (its own chunk): the pane's first load does not pay for it.
 */
import * as React from "react";
import { Button, Field, MessageBar, MessageBarBody, Select, Text, Textarea } from "@fluentui/react-components";
import type { Catalog, Finding, SchoolLevel } from "../core/types";
import type { PlanHost } from "../hosts/port";
import { catalogIdFor, loadCatalog } from "../core/catalogs/index";
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
  type LevelSet,
} from "../core/assess/index";
import { download, MIME } from "./download";
import type { Lang } from "./i18n";
import { GapTable } from "./gap/GapTable";
import { errorText } from "../core/text/message";
import {
  L,
  boardContext,
  findingsHeading,
  levelsMessage,
  lvText,
  occupiedQuestion,
  selectionOf,
  toggled,
  withLevel,
  type GapMessage,
} from "./gap/model";

export interface GapBoardProps {
  host: PlanHost | null;
  lang: Lang;
  level: SchoolLevel | "";
  schoolYear: string;
}

export default function GapBoard({ host, lang, level, schoolYear }: GapBoardProps) {
  const [open, setOpen] = React.useState(false);
  const [catalog, setCatalog] = React.useState<Catalog | null>(null);
  const [set, setSet] = React.useState<LevelSet>(emptyLevelSet);
  const [pasted, setPasted] = React.useState("");
  const [goal, setGoal] = React.useState(1);
  const [picked, setPicked] = React.useState<Record<string, number> | null>(null);
  const [message, setMessage] = React.useState<GapMessage | null>(null);
  const [occupied, setOccupied] = React.useState<{ address: string; text: string }[] | null>(null);
  const [findings, setFindings] = React.useState<Finding[] | null>(null);
  const context = boardContext(level, schoolYear);
  const { regime } = context;
  const valid = context.schoolYear !== null;

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
  const selection = selectionOf(board);

  const applyLevels = (next: LevelSet, what: string) => {
    setSet(next);
    setPicked(null);
    setFindings(null);
    setMessage(levelsMessage(next, what, lang));
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
      setMessage({ intent: "error", text: `${L(lang, "Có lỗi", "Error")}: ${errorText(e, lang)}` });
    }
  };
  const setLevelOf = (code: string, value: string) => {
    setSet(withLevel(set, code, value));
    setFindings(null);
  };
  const toggle = (code: string, on: boolean, needed: number) => setPicked(toggled(selection, code, on, needed));

  const draft = () => (catalog ? draftPlan(catalog, set, selection, context) : null);
  const insert = async (overwrite = false) => {
    const d = draft();
    if (!d || !host?.insertDraft) return;
    setOccupied(null);
    try {
      const r = await host.insertDraft({ tables: draftTables(d), overwrite });
      if (r.status === "needs-confirmation") setOccupied(r.occupied);
      else if (r.status === "unsupported") setMessage({ intent: "warning", text: r.message[lang] });
      else
        setMessage({
          intent: "success",
          text: L(
            lang,
            `Đã chèn bản nháp (${d.picked.length} tiêu chí). Các ô “(cần điền)” và ô trống cần bổ sung — bấm ` +
              `Kiểm tra để đánh dấu.`,
            `Draft inserted (${d.picked.length} criteria). Fill the “(cần điền)” and empty cells — Check marks them.`,
          ),
        });
    } catch (e) {
      setMessage({ intent: "error", text: `${L(lang, "Có lỗi", "Error")}: ${errorText(e, lang)}` });
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
      setMessage({ intent: "error", text: `${L(lang, "Có lỗi", "Error")}: ${errorText(e, lang)}` });
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
              {hasLevels &&
                board.notes.map((n) => (
                  <span key={n.vi} style={{ display: "block", fontSize: 12 }}>
                    {n[lang]}
                  </span>
                ))}
            </Text>
          )}
          {board && (
            <Text size={200} block data-testid="gap-rule">
              {lang === "vi" ? board.rule : board.ruleEn}
            </Text>
          )}
          {board && <GapTable board={board} selection={selection} lang={lang} onLevel={setLevelOf} onToggle={toggle} />}
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
                {occupiedQuestion(occupied, lang)}{" "}
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
              <Text>{findingsHeading(findings.length, lang)}</Text>
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
