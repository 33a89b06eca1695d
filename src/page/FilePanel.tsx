import * as React from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Select, Text } from "@fluentui/react-components";
import type { Catalog, ColumnRole, Finding, Plan, SchoolLevel } from "../core/types";
import { catalogIdFor, loadCatalog } from "../core/catalogs/index";
import { checkPlan } from "../core/rules/index";
import { mainPlan } from "../core/read/index";
import { formatVnd, summarize } from "../core/summary";
import { getTemplate } from "../core/templates";
import { regimeForYear, schoolYearOf } from "../core/context";
import { download, MIME } from "./download";
import type { Lang } from "../taskpane/i18n";
import { LargePlanView } from "./LargePlanView";
import { openLarge, type LargeDoc } from "./worker/open-large";

type FileModule = typeof import("../hosts/file/index");
type Host = InstanceType<FileModule["FileHost"]>;
const loadFileModule = () => import(/* webpackChunkName: "file-host" */ "../hosts/file/index");
const loadReport = () => import(/* webpackChunkName: "file-host" */ "../hosts/file/report");

const L = (lang: Lang, vi: string, en: string) => (lang === "vi" ? vi : en);
const LEVELS: [SchoolLevel, string, string][] = [
  ["mam-non", "Mầm non", "Preschool"],
  ["tieu-hoc", "Tiểu học", "Primary"],
  ["thcs", "THCS", "Lower secondary"],
  ["thpt", "THPT", "Upper secondary"],
  ["nhieu-cap", "Phổ thông nhiều cấp học", "Multi-level"],
  ["gdtx", "GDTX", "Continuing education"],
];

interface State {
  host: Host;
  name: string;
  plan: Plan;
  catalog: Catalog | null;
  findings: Finding[];
  problems: string[];
}

const cellId = (row: number, col: number) => `cell-${row}-${col}`;

export function FilePanel({ lang }: { lang: Lang }) {
  const [state, setState] = React.useState<State | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [dragging, setDragging] = React.useState(false);
  const timer = React.useRef<ReturnType<typeof setTimeout> | null>(null);
  const [large, setLarge] = React.useState<LargeDoc | null>(null);

  const analyse = async (host: Host, name: string, problems: string[]) => {
    const { plans } = await host.read();
    const plan = mainPlan(plans);
    if (plan.headerRow < 0) problems = [(await loadFileModule()).noPlanTableMessage(name)[lang], ...problems];
    const ctx = plan.context;
    const catalog = ctx.level && ctx.regime ? await loadCatalog(catalogIdFor(ctx.level, ctx.regime)) : null;
    setState({ host, name, plan, catalog, findings: checkPlan(plan, catalog), problems });
  };

  const open = async (file: File) => {
    setBusy(true);
    setError(null);
    setLarge((l) => (l?.client.dispose(), null));
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const big = await openLarge(bytes, file.name, lang); // large plans stay in the worker
      if (big) {
        setState(null);
        setLarge(big);
        return;
      }
      const mod = await loadFileModule();
      const opened = await mod.openPlanFile(bytes, file.name);
      await analyse(new mod.FileHost(opened), file.name, opened.problems);
    } catch (e) {
      setState(null);
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const edit = (row: number, col: number, text: string) => {
    if (!state) return;
    state.host.setCell(state.plan, { row, col }, text);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void analyse(state.host, state.name, state.problems), 300);
  };

  const save = async () => {
    if (!state) return;
    const bytes = await state.host.save();
    const ext = state.host.file.kind;
    download(bytes, state.name.replace(/(\.[^.]+)?$/, `-da-sua$1`), MIME[ext]);
  };

  const report = async (kind: "xlsx" | "html") => {
    if (!state) return;
    const r = await loadReport();
    const result = [{ path: state.name, status: "ok" as const, plan: state.plan, findings: state.findings, totalVnd: summarize(state.plan).totalVnd }];
    if (kind === "html") download(r.htmlReport(result), "bao-cao-kiem-tra.html", MIME.html);
    else download(await r.xlsxReport(result), "bao-cao-kiem-tra.xlsx", MIME.xlsx);
  };

  return (
    <section aria-labelledby="open-title" style={{ display: "flex", flexDirection: "column", gap: 10 }}>
      <h2 id="open-title" style={{ margin: 0, fontSize: 18 }}>
        {L(lang, "Mở tệp kế hoạch (.xlsx, .docx, .txt)", "Open a plan file (.xlsx, .docx, .txt)")}
      </h2>
      <div
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          const f = e.dataTransfer.files[0];
          if (f) void open(f);
        }}
        style={{ border: `2px dashed ${dragging ? "#0f6cbd" : "#8a8886"}`, borderRadius: 6, padding: 16 }}
      >
        <label htmlFor="file-input">{L(lang, "Chọn tệp hoặc kéo thả vào đây. Tệp chỉ được đọc trên máy này.", "Choose a file or drop it here. The file is only read on this computer.")}</label>
        <br />
        <input id="file-input" type="file" accept=".xlsx,.docx,.txt" onChange={(e) => e.target.files?.[0] && void open(e.target.files[0])} disabled={busy} />
      </div>
      {error && (
        <MessageBar intent="error" data-testid="file-error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {state && <PlanView state={state} lang={lang} onEdit={edit} onSave={() => void save()} onReport={(k) => void report(k)} />}
      {large && <LargePlanView key={large.id} client={large.client} first={large.first} lang={lang} />}
      <TemplateForm lang={lang} />
    </section>
  );
}

function PlanView({ state, lang, onEdit, onSave, onReport }: { state: State; lang: Lang; onEdit: (row: number, col: number, text: string) => void; onSave: () => void; onReport: (k: "xlsx" | "html") => void }) {
  const { plan, findings, catalog } = state;
  const template = getTemplate(plan.template);
  const roles = template.columns.map((c) => c.role).filter((r) => plan.columns[r] !== undefined);
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) if (f.cell) byCell.set(`${f.cell.row}:${f.cell.col}`, [...(byCell.get(`${f.cell.row}:${f.cell.col}`) ?? []), f]);
  const summary = summarize(plan, findings);
  const ctx = plan.context;
  const options = catalog ? catalog.standards.flatMap((s) => s.criteria.map((c) => `Tiêu chí ${c.code}: ${c.name}`)) : [];
  const header = (role: ColumnRole) => template.columns.find((c) => c.role === role)!;
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      <Text data-testid="file-context">
        {state.name} — {L(lang, "cấp học", "level")}: <b>{ctx.level ?? "?"}</b>, {L(lang, "năm học", "year")}: <b>{ctx.schoolYear ?? "?"}</b>, {L(lang, "quy định", "regime")}: <b>{ctx.regime ?? "?"}</b>
        {ctx.school ? ` — ${ctx.school}` : ""}
      </Text>
      {state.problems.map((p, i) => (
        <MessageBar key={i} intent="warning">
          <MessageBarBody>{p}</MessageBarBody>
        </MessageBar>
      ))}
      <div style={{ overflowX: "auto" }}>
        <table data-testid="plan-table" style={{ borderCollapse: "collapse", fontSize: 13 }}>
          <caption style={{ textAlign: "left" }}>{L(lang, "Bảng kế hoạch (sửa trực tiếp; kiểm tra lại khi gõ)", "Plan table (edit in place; re-checked as you type)")}</caption>
          <thead>
            <tr>
              {roles.map((r) => (
                <th key={r} scope="col" style={{ border: "1px solid #999", padding: 4 }}>
                  {lang === "vi" ? header(r).header : header(r).headerEn}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {plan.rows.map((row, i) => (
              <tr key={i}>
                {roles.map((role) => {
                  const cell = row.cells[role];
                  const pos = cell?.pos ?? { row: row.gridRows[0], col: plan.columns[role]! };
                  const hits = byCell.get(`${pos.row}:${pos.col}`) ?? [];
                  const merged = row.gridRows.length > 1 && Boolean(cell) && cell!.text.includes("\n");
                  const label = `${lang === "vi" ? header(role).header : header(role).headerEn} — ${L(lang, "dòng", "row")} ${pos.row + 1}`;
                  const style: React.CSSProperties = { border: "1px solid #999", padding: 2, verticalAlign: "top", background: hits.some((h) => h.severity === "error") ? "#fde7e9" : hits.length ? "#fff4ce" : undefined };
                  const describedBy = hits.length ? hits.map((_, k) => `f-${pos.row}-${pos.col}-${k}`).join(" ") : undefined;
                  if (row.kind === "criterion" && role === "criterion" && options.length && !merged) {
                    const value = cell?.text ?? "";
                    const match = options.find((o) => o.startsWith(`Tiêu chí ${row.criterion}:`));
                    return (
                      <td key={role} style={style}>
                        <select id={cellId(pos.row, pos.col)} aria-label={label} aria-describedby={describedBy} value={value} onChange={(e) => onEdit(pos.row, pos.col, e.target.value)} style={{ maxWidth: 260 }}>
                          <option value={value}>{value}</option>
                          {options.filter((o) => o !== value).map((o) => (
                            <option key={o} value={o}>
                              {o === match ? `✓ ${o}` : o}
                            </option>
                          ))}
                        </select>
                      </td>
                    );
                  }
                  return (
                    <td key={role} style={style}>
                      <textarea id={cellId(pos.row, pos.col)} aria-label={label} aria-describedby={describedBy} defaultValue={cell?.text ?? ""} readOnly={merged} title={merged ? L(lang, "Ô gộp từ nhiều dòng của bảng gốc: sửa trong Word/Excel", "Merged from several source rows: edit in Word/Excel") : undefined} onChange={(e) => onEdit(pos.row, pos.col, e.target.value)} rows={2} style={{ width: role === "tt" ? 32 : 150, font: "inherit" }} />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-label={L(lang, "Kết quả kiểm tra", "Findings")} data-testid="file-findings">
        <Text weight="semibold">
          {L(lang, "Kết quả kiểm tra", "Findings")}: {summary.errors} {L(lang, "lỗi", "errors")}, {summary.warnings} {L(lang, "cảnh báo", "warnings")}, {summary.infos} {L(lang, "lưu ý", "notes")}
        </Text>
        <ul>
          {findings.map((f, k) => {
            const idx = f.cell ? (byCell.get(`${f.cell.row}:${f.cell.col}`) ?? []).indexOf(f) : -1;
            return (
              <li key={k} id={f.cell ? `f-${f.cell.row}-${f.cell.col}-${idx}` : undefined} data-rule={f.rule}>
                <button type="button" onClick={() => f.cell && document.getElementById(cellId(f.cell.row, f.cell.col))?.focus()} style={{ all: "unset", cursor: "pointer" }}>
                  [{f.ref ?? "—"}] {lang === "vi" ? f.message : f.messageEn}
                </button>
              </li>
            );
          })}
        </ul>
        <Text>
          {L(lang, "Tổng kinh phí", "Total budget")}: <b>{formatVnd(summary.totalVnd)}</b> ({summary.totalInWords})
        </Text>
      </section>
      <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
        <Button appearance="primary" onClick={onSave}>
          {L(lang, "Lưu tệp đã sửa", "Save corrected file")}
        </Button>
        <Button onClick={() => onReport("xlsx")}>{L(lang, "Tải báo cáo (.xlsx)", "Download report (.xlsx)")}</Button>
        <Button onClick={() => onReport("html")}>{L(lang, "Tải báo cáo để in (.html)", "Printable report (.html)")}</Button>
      </div>
    </div>
  );
}

function TemplateForm({ lang }: { lang: Lang }) {
  const [level, setLevel] = React.useState<SchoolLevel>("thcs");
  const [year, setYear] = React.useState(() => schoolYearOf(new Date()));
  const [school, setSchool] = React.useState("");
  const [format, setFormat] = React.useState<"xlsx" | "docx">("xlsx");
  const [msg, setMsg] = React.useState<string | null>(null);
  const valid = /^(\d{4})-(\d{4})$/.exec(year) && Number(year.slice(5)) === Number(year.slice(0, 4)) + 1;
  const create = async () => {
    const mod = await loadFileModule();
    const bytes = await mod.generateTemplate({ level, schoolYear: year, school: school.trim() || null, format });
    download(bytes, `ke-hoach-cai-tien-${level}-${year}.${format}`, MIME[format]);
    setMsg(L(lang, "Đã tạo tệp mẫu.", "Template created."));
  };
  return (
    <section aria-labelledby="tpl-title" style={{ display: "flex", flexDirection: "column", gap: 6, borderTop: "1px solid #ddd", paddingTop: 8 }}>
      <h2 id="tpl-title" style={{ margin: 0, fontSize: 18 }}>
        {L(lang, "Tạo mẫu kế hoạch", "Create a plan template")}
      </h2>
      <Field label={L(lang, "Cấp học (mẫu)", "Level (template)")}>
        <Select value={level} onChange={(_, d) => setLevel(d.value as SchoolLevel)}>
          {LEVELS.map(([v, vi, en]) => (
            <option key={v} value={v}>
              {lang === "vi" ? vi : en}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={L(lang, "Năm học (mẫu)", "School year (template)")} validationState={valid ? "none" : "error"} validationMessage={valid ? `${L(lang, "Quy định", "Regime")}: ${regimeForYear(year) === "2026" ? "TT 57/2026" : "TT 17, 18, 19/2018"}` : "2025-2026"}>
        <Input value={year} onChange={(_, d) => setYear(d.value.trim())} />
      </Field>
      <Field label={L(lang, "Tên trường", "School name")}>
        <Input value={school} onChange={(_, d) => setSchool(d.value)} />
      </Field>
      <Field label={L(lang, "Định dạng", "Format")}>
        <Select value={format} onChange={(_, d) => setFormat(d.value as "xlsx" | "docx")}>
          <option value="xlsx">Excel (.xlsx)</option>
          <option value="docx">Word (.docx)</option>
        </Select>
      </Field>
      <Button onClick={() => void create()} disabled={!valid}>
        {L(lang, "Tạo mẫu", "Create template")}
      </Button>
      {msg && <Text role="status">{msg}</Text>}
    </section>
  );
}
