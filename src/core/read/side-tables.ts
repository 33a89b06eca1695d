/** The tables and lines around the plan table: self-assessment levels, Biểu 2 section IV, the declared goal. */
import type { Plan, AssessmentEntry } from "../types";
import { foldDiacritics } from "../text/normalize";
import { parseCriterionRef, parseStandardRef } from "../parse/refs";

/** Self-assessment level table ("Tiêu chí 3.2 | | x | |" or PDF text "Tiêu chí 3.2  x  …" under "Mức 1 Mức 2 Mức 3"). */
export function readAssessment(grid: string[][], tableRows: Set<number>): AssessmentEntry[] {
  const out: AssessmentEntry[] = [];
  let levelCols: number[] | null = null;
  let flatHeaderAt = -100;
  for (let r = 0; r < grid.length; r++) {
    if (tableRows.has(r)) continue;
    const row = grid[r] || [];
    const folded = row.map((c) => foldDiacritics(String(c ?? "")));
    if (row.length > 1) {
      const cols = folded.map((c, i) => (/^muc\s*[1-3]$/.test(c.trim()) ? i : -1)).filter((i) => i >= 0);
      if (cols.length >= 2) {
        levelCols = cols;
        continue;
      }
      if (levelCols) {
        const ref = parseCriterionRef(String(row[0] ?? "")) ?? parseCriterionRef(String(row[1] ?? ""));
        if (ref && /^tieu chi|^\d/.test(folded[0].trim() || folded[1]?.trim() || "")) {
          const idx = levelCols.findIndex((c) => /^(x|v|✓|✔|dat)$/i.test(folded[c]?.trim() ?? ""));
          const maxIdx = (() => {
            let best = -1;
            levelCols!.forEach((c, i) => {
              if (/^(x|v|✓|✔|dat)$/i.test(folded[c]?.trim() ?? "")) best = i;
            });
            return best;
          })();
          out.push({
            criterion: ref.code,
            level: maxIdx >= 0 ? maxIdx + 1 : idx >= 0 ? idx + 1 : null,
            pos: { row: r, col: 0 },
          });
        }
      }
      continue;
    }
    const t = String(row[0] ?? "");
    const f = foldDiacritics(t);
    if (/muc\s*1\s+muc\s*2\s+muc\s*3/.test(f)) {
      flatHeaderAt = r;
      continue;
    }
    if (r - flatHeaderAt < 200 && flatHeaderAt >= 0) {
      const m = /^\s*Tiêu chí\s*(\d{1,2}\.\d{1,2})( +)(x|X)\b/.exec(t);
      if (m) out.push({ criterion: m[1], level: Math.min(3, Math.max(1, m[2].length)), pos: { row: r, col: 0 } });
    }
  }
  return out;
}

/** Biểu 2 section IV: TT | Tiêu chuẩn | Tiêu chí liên quan | Đánh giá hiện trạng | Điểm hạn chế | Nguyên nhân. */
export function readPriorityIssues(grid: string[][]): Plan["priorityIssues"] {
  for (let r = 0; r < grid.length; r++) {
    const cells = (grid[r] || []).map((c) => foldDiacritics(String(c ?? "")));
    // Headed as the form prints it ("Tiêu chí liên quan (nếu có)", "Điểm hạn chế") or as the published apps
    // write it ("Tiêu chí (nếu có)", "Hạn chế", "Nguyên nhân"): a criterion column and a weakness or cause column.
    const critCol = cells.findIndex((c) => /^tieu chi( lien quan)?(\s*\(neu co\))?(\s*\(\d+\))?\s*$/.test(c.trim()));
    const stdCol = cells.findIndex((c) => /^tieu chuan$/.test(c.trim()));
    const weakCol = cells.findIndex((c) => /han che|diem yeu|ton tai/.test(c) && !/^nguyen nhan/.test(c.trim()));
    const causeCol = cells.findIndex((c) => /^nguyen nhan/.test(c.trim()));
    const currentCol = cells.findIndex((c) => /danh gia hien trang|hien trang/.test(c));
    const isIV = critCol >= 0 && (weakCol >= 0 || (causeCol >= 0 && (currentCol >= 0 || stdCol >= 0)));
    if (!isIV) continue;
    const out: NonNullable<Plan["priorityIssues"]> = [];
    for (let k = r + 1; k < grid.length; k++) {
      const row = grid[k] || [];
      const filled = row.filter((c) => String(c ?? "").trim());
      if (!filled.length) continue;
      if (row.length <= 1) break;
      const crit = String(row[critCol] ?? "");
      const ref =
        parseCriterionRef(crit) ??
        (/^\s*(\d{1,2})\s*\.\s*(\d{1,2})\s*$/.test(crit) ? parseCriterionRef(`Tiêu chí ${crit}`) : null);
      const std =
        stdCol >= 0
          ? (parseStandardRef(String(row[stdCol] ?? "")) ??
            (/^\s*\d{1,2}\s*$/.test(String(row[stdCol] ?? "")) ? { number: Number(row[stdCol]), rest: "" } : null))
          : null;
      if (!ref && !std) continue;
      const issue: NonNullable<Plan["priorityIssues"]>[number] = {
        criterion: ref?.code ?? null,
        standard: ref?.standard ?? std?.number ?? null,
        text: filled.join(" | "),
        pos: { row: k, col: critCol },
      };
      if (weakCol >= 0 && String(row[weakCol] ?? "").trim())
        issue.weakness = { text: String(row[weakCol]), pos: { row: k, col: weakCol } };
      if (currentCol >= 0 && String(row[currentCol] ?? "").trim())
        issue.current = { text: String(row[currentCol]), pos: { row: k, col: currentCol } };
      out.push(issue);
    }
    return out;
  }
  return undefined;
}

/**
 * The level the school aims at ("kiểm định chất lượng giáo dục cấp độ 2", "chuẩn quốc gia mức độ 1" = Mức 2), in a
 * text row, or across a row and the next one (a PDF's paragraph comes one printed line per row: "… chuẩn quốc" +
 * "gia mức độ 1.").
 */
export function readGoal(text: { row: number; text: string }[]): Plan["goal"] {
  const GOALS: [RegExp, (m: RegExpExecArray) => number, "kiem-dinh" | "chuan-quoc-gia"][] = [
    [
      /(kiem dinh chat luong|kiem dinh chat luong giao duc)[a-z ]{0,20}?(?:muc do|cap do|muc)\s*(\d)/,
      (m) => +m[2],
      "kiem-dinh",
    ],
    [/chuan quoc gia\s*(?:muc do|muc)\s*(\d)/, (m) => +m[1] + 1, "chuan-quoc-gia"],
  ];
  for (let i = 0; i < text.length; i++) {
    const t = text[i];
    const next = text[i + 1]?.row === t.row + 1 ? text[i + 1].text : "";
    const own = foldDiacritics(t.text.trimEnd());
    for (const said of next ? [t.text, `${t.text.trimEnd()} ${next.trimStart()}`] : [t.text]) {
      for (const [re, level, kind] of GOALS) {
        const m = re.exec(foldDiacritics(said));
        // (a goal wholly on the next row is that row's)
        if (m && m.index < own.length) return { level: level(m), kind, text: said.trim(), row: t.row };
      }
    }
  }
  return null;
}
