/** Reads every table of the body with the paragraphs around them: one load, one sync. */
import type { SchoolContext } from "../../core/types";
import { readPlans } from "../../core/read/index";
import { viOnly, type HostText, type ReadResult } from "../port";
import { hasWordApi, needsNewerWord, rowKey, type Origin, type WordEnv } from "./env";

export interface WordRead extends ReadResult {
  grid: string[][];
  origins: Map<string, Origin>;
}

export async function readDocument(env: WordEnv, schoolContext?: Partial<SchoolContext>): Promise<WordRead> {
  if (!hasWordApi(env, "1.3"))
    return {
      plans: readPlans([], schoolContext),
      problems: [viOnly(needsNewerWord("Đọc bảng trong tài liệu", "1.3"))],
      grid: [],
      origins: new Map(),
    };
  return env.run(async (context) => {
    const body = context.document.body;
    const paragraphs = body.paragraphs;
    const tables = body.tables;
    paragraphs.load("items/text, items/tableNestingLevel");
    tables.load("items/values, items/rowCount");
    await context.sync(); // 1
    const grid: string[][] = [];
    const problems: HostText[] = [];
    const origins = new Map<string, Origin>();
    let t = 0;
    let inTable = false;
    const seenText = new Map<string, number>();
    const nthText = paragraphs.items.map((p) => {
      const n = seenText.get(p.text) ?? 0;
      seenText.set(p.text, n + 1);
      return n;
    });
    paragraphs.items.forEach((p, i) => {
      if (p.tableNestingLevel > 0) {
        if (!inTable && t < tables.items.length) {
          const table = tables.items[t];
          const width = Math.max(...table.values.map((r) => r.length));
          const seen = new Map<string, number>();
          table.values.forEach((row, r) => {
            const key = rowKey(row);
            const nth = seen.get(key) ?? 0;
            seen.set(key, nth + 1);
            if (row.length !== width && problems.length < 10)
              problems.push({
                vi: `Bảng ${t + 1}, dòng ${r + 1}: có ô gộp, nội dung được đọc theo thứ tự ô`,
                en: `Merged cells in table ${t + 1}, row ${r + 1}`,
              });
            row.forEach((_, c) =>
              origins.set(`${grid.length}:${c}`, { kind: "cell", table: t, row: r, col: c, key, nth }),
            );
            grid.push(row.map((v) => String(v ?? "")));
          });
          t++;
        }
        inTable = true;
        return;
      }
      inTable = false;
      origins.set(`${grid.length}:0`, { kind: "paragraph", index: i, key: p.text, nth: nthText[i] });
      grid.push([p.text]);
    });
    return { plans: readPlans(grid, schoolContext), problems, grid, origins };
  });
}
