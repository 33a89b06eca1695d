/**
 * A drafted plan from the criteria the user picked on the gap board. Nothing is invented: the criterion, its
 * level and the goal are facts from the catalog and the self-assessment; every other cell holds the user's own
 * text or the mark "(cần điền)" to fill.
 *   TT57: Biểu 2 section IV rows (TT | Tiêu chuẩn | Tiêu chí liên quan | Đánh giá hiện trạng | Điểm hạn chế |
 *   Nguyên nhân) and section V rows (content = the criterion, goal = the level, the other columns marked).
 *   2018: the 9-column table under "MỨC 1, 2, 3", a standard row before its criteria.
 */
import type { Catalog, GridRowKind, RenderedGrid, SchoolContext } from "../types";
import { getTemplate, templateFor } from "../templates";
import { findCriterion } from "../catalogs/index";
import { TT57_PLAN_SECTIONS } from "../catalogs/plan-template";
import type { LevelNote, LevelSet } from "./levels";
import { plannable } from "./board";
import type { DraftTable } from "./stack";

export const FILL_MARK = "(cần điền)";

export type { DraftTable } from "./stack";

export interface Draft {
  context: SchoolContext;
  /** TT57 only: section IV table (headers as the form prints them, then one row per picked criterion). */
  sectionIV: { headers: string[]; rows: string[][] } | null;
  /** Section V (TT57) or the 9-column table (2018), header and number rows included. */
  grid: RenderedGrid;
  /** The picked criteria in the order drafted, with the level planned. */
  picked: { code: string; level: number; current: number | null }[];
  /** Where the user's weakness texts went, when there were any (Vietnamese, to show with the draft). */
  weaknessPlaced: string | null;
}

const levelText = (lv: number | null) => (lv === null ? "chưa có mức" : lv < 1 ? "chưa đạt Mức 1" : `Mức ${lv}`);

const section = (n: string) => TT57_PLAN_SECTIONS.find((s) => s.number === n);

/** Section IV's column headers, verbatim from the TT 57 plan template in ../shared/reference (never retyped). */
function sectionIVHeaders(): string[] {
  const table = section("IV")?.table;
  if (!table) throw new Error("TT 57 reference: section IV has no table");
  return table.columns.map((c) => c.header);
}

/** Picked criteria in catalog order (mandatory first for TT57), each with its planned level (one step at a time). */
function orderPicked(catalog: Catalog, set: LevelSet, selection: Record<string, number>) {
  const out: Draft["picked"] = [];
  for (const s of catalog.standards)
    for (const c of s.criteria)
      if (selection[c.code] !== undefined) {
        const current = set.levels[c.code] ?? null;
        out.push({ code: c.code, level: plannable(current ?? 0, Math.min(selection[c.code], c.maxLevel)), current });
      }
  if (catalog.regime === "2026") {
    const mandatory = (code: string) => Boolean(findCriterion(catalog, code)?.criterion.mandatory);
    return [...out.filter((p) => mandatory(p.code)), ...out.filter((p) => !mandatory(p.code))];
  }
  return out;
}

export function draftPlan(
  catalog: Catalog,
  set: LevelSet,
  selection: Record<string, number>,
  context: SchoolContext,
): Draft {
  const ctx: SchoolContext = { ...context, regime: catalog.regime, circular: catalog.circular };
  const template = getTemplate(templateFor(catalog.regime).id);
  const cols = template.columns;
  const picked = orderPicked(catalog, set, selection);
  const rows: string[][] = [cols.map((c) => c.header), cols.map((_, i) => `(${i + 1})`)];
  const kinds: GridRowKind[] = ["header", "number-row"];
  const put = (kind: GridRowKind, cells: Partial<Record<(typeof cols)[number]["role"], string>>) => {
    rows.push(cols.map((c) => cells[c.role] ?? ""));
    kinds.push(kind);
  };
  // Cells to fill: marked in the text, except the period, indicator and resources, which stay empty so the
  // re-check marks them with its own precise finding ("Chưa ghi thời gian thực hiện", "Chưa có chỉ số …").
  const marked = { tasks: FILL_MARK, owner: FILL_MARK, evidence: FILL_MARK };
  const target = (p: Draft["picked"][number]) => `Đạt Mức ${p.level} (hiện trạng: ${levelText(p.current)})`;
  const name = (code: string) => findCriterion(catalog, code)!;
  let sectionIV: Draft["sectionIV"] = null;
  let weaknesses = 0;
  if (catalog.regime === "2026") {
    const ivRows: string[][] = [];
    picked.forEach((p, i) => {
      const { standard, criterion } = name(p.code);
      const note: LevelNote = { ...set.standardNotes[standard.number], ...set.notes[p.code] };
      const state = note.state ?? `Tự đánh giá: ${levelText(p.current)} ${FILL_MARK}`;
      if (note.weakness) weaknesses++;
      ivRows.push([
        String(i + 1),
        `Tiêu chuẩn ${standard.number}: ${standard.name}`,
        `Tiêu chí ${p.code}: ${criterion.name}`,
        state,
        note.weakness ?? FILL_MARK,
        note.cause ?? FILL_MARK,
      ]);
      put("criterion", {
        tt: String(i + 1),
        criterion: `Tiêu chí ${p.code}: ${criterion.name}`,
        target: target(p),
        ...marked,
      });
    });
    sectionIV = { headers: sectionIVHeaders(), rows: ivRows };
  } else {
    const { tasks, owner } = marked;
    if (picked.length) put("section", { criterion: template.sections[0].label });
    let std = -1;
    picked.forEach((p, i) => {
      const { standard, criterion } = name(p.code);
      if (standard.number !== std) put("standard", { criterion: `Tiêu chuẩn ${standard.number}: ${standard.name}` });
      std = standard.number;
      // The 2018 table has no column for the weakness: it opens the task cell, the tasks still to write below it.
      const weakness = set.notes[p.code]?.weakness;
      if (weakness) weaknesses++;
      put("criterion", {
        tt: String(i + 1),
        criterion: `Tiêu chí ${p.code}: ${criterion.name}`,
        target: target(p),
        tasks: weakness ? `Khắc phục hạn chế: ${weakness}\n${tasks}` : tasks,
        owner,
        support: FILL_MARK,
      });
    });
  }
  const from = set.noteHeaders?.weakness ? `cột “${set.noteHeaders.weakness}”` : "tự đánh giá";
  const weaknessPlaced = !weaknesses
    ? null
    : catalog.regime === "2026"
      ? `Điểm hạn chế (${from}) của ${weaknesses} tiêu chí được chép vào cột “Điểm hạn chế” của mục IV.`
      : `Mẫu bảng 2018 không có cột hạn chế: hạn chế (${from}) của ${weaknesses} tiêu chí được chép vào đầu cột ` +
        `“${cols.find((c) => c.role === "tasks")?.header ?? "Công việc"}”, sau chữ “Khắc phục hạn chế:”.`;
  return {
    context: ctx,
    sectionIV,
    grid: { template: template.id, columns: cols, rows, kinds },
    picked,
    weaknessPlaced,
  };
}

/** The draft as tables to insert in order, each with its heading line (Biểu 2: IV then V; 2018: the one table). */
export function draftTables(draft: Draft): DraftTable[] {
  const plan: DraftTable = {
    heading: draft.sectionIV ? `V. ${section("V")?.title ?? ""}` : null,
    rows: draft.grid.rows,
    headerRows: 2,
  };
  if (!draft.sectionIV) return [plan];
  return [
    {
      heading: `IV. ${section("IV")?.title ?? ""}`,
      rows: [draft.sectionIV.headers, ...draft.sectionIV.rows],
      headerRows: 1,
    },
    plan,
  ];
}
