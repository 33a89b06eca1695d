/**
 * The gap board's state changes and texts as plain functions (no React): the context the board works in, what
 * reading levels says, a level set by hand, a criterion ticked or not, the "cells hold data" question.
 */
import type { GapBoard, GapStatus, LevelSet } from "../../core/assess/index";
import type { SchoolContext, SchoolLevel } from "../../core/types";
import { regimeForYear } from "../../core/context";
import type { Lang } from "../i18n";

export const L = (lang: Lang, vi: string, en: string) => (lang === "vi" ? vi : en);

export type GapMessage = { intent: "success" | "error" | "warning" | "info"; text: string };

/** Status label (vi, en) and its colour. */
export const STATUS: Record<GapStatus, [string, string, string]> = {
  met: ["Đã đạt", "Met", "#107c10"],
  blocking: ["Chặn mục tiêu", "Blocks the goal", "#c50f1f"],
  choice: ["Chọn đủ 5/7", "Pick 5 of 7", "#8a6100"],
  optional: ["Không bắt buộc", "Optional", "#616161"],
  unassessed: ["Chưa đánh giá", "Not assessed", "#8a6100"],
};

export const lvText = (lang: Lang, lv: number | null) =>
  lv === null ? "—" : lv < 1 ? L(lang, "Chưa đạt", "Below 1") : `${L(lang, "Mức", "Level")} ${lv}`;

/** The context the board drafts for: the pane's level and year; a year not written "yyyy-yyyy" counts as none. */
export function boardContext(level: SchoolLevel | "", schoolYear: string): SchoolContext {
  const valid = /^\d{4}-\d{4}$/.test(schoolYear);
  return {
    level: level || null,
    regime: valid ? regimeForYear(schoolYear) : null,
    schoolYear: valid ? schoolYear : null,
    school: null,
  };
}

/** Criterion code → planned level, from the board's selection. */
export const selectionOf = (board: GapBoard | null): Record<string, number> =>
  board ? Object.fromEntries(board.selection.map((s) => [s.code, s.level])) : {};

/** What reading levels from `what` (pasted text, the document) says: how many, with the reader's problems. */
export function levelsMessage(next: LevelSet, what: string, lang: Lang): GapMessage {
  const n = Object.keys(next.levels).length;
  if (!n)
    return {
      intent: "warning",
      text: L(
        lang,
        "Không tìm thấy mức của tiêu chí nào. Ví dụ: “1.1 Mức 2, 1.2 Mức 1, 1.3 Không đạt”, hoặc bảng có cột " +
          "Mức 1/Mức 2 đánh dấu x.",
        "No criterion level found. Example: “1.1 Mức 2, 1.2 Mức 1”, or a table with x under Level 1/Level 2.",
      ),
    };
  return {
    intent: next.problems.length ? "warning" : "success",
    text: [
      L(lang, `Đã đọc mức của ${n} tiêu chí (${what}).`, `Levels of ${n} criteria read (${what}).`),
      ...next.problems.map((p) => p[lang]),
    ].join(" "),
  };
}

/** The level set with one criterion's level chosen by hand ("" = no level). */
export function withLevel(set: LevelSet, code: string, value: string): LevelSet {
  const levels = { ...set.levels };
  if (value === "") delete levels[code];
  else levels[code] = Number(value);
  return { ...set, levels, source: "pane" };
}

/** The selection with a criterion ticked (at the level the goal needs) or unticked. */
export function toggled(
  selection: Record<string, number>,
  code: string,
  on: boolean,
  needed: number,
): Record<string, number> {
  const next = { ...selection };
  if (on) next[code] = needed;
  else delete next[code];
  return next;
}

/** The question before writing over cells that hold data: the first five addresses. */
export function occupiedQuestion(occupied: { address: string }[], lang: Lang): string {
  const first = occupied
    .slice(0, 5)
    .map((o) => o.address)
    .join(", ");
  return L(
    lang,
    `Chỗ chèn đã có dữ liệu (${first}${occupied.length > 5 ? ", …" : ""}). Ghi đè?`,
    `The target cells hold data (${first}). Overwrite?`,
  );
}

/** What the check of the document against the levels says above its list. */
export const findingsHeading = (count: number, lang: Lang) =>
  count
    ? L(lang, `${count} điều cần xem lại:`, `${count} things to review:`)
    : L(lang, "Kế hoạch khớp với mức tự đánh giá và mục tiêu.", "The plan matches the levels and the goal.");
