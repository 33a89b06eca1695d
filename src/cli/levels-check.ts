/**
 * `kehoach check --levels LEVELS.xlsx|.docx|.txt [--goal N] PLAN...`: the plans checked against the self-assessment
 * levels too (assess.* findings — the same statuses the gap board shows): a row for a criterion already at the
 * goal, a blocking criterion without a row, Mức 2 aimed at where Mức 1 is not met.
 */
import * as fs from "fs";
import * as path from "path";
import type { Catalog, Plan } from "../core/types";
import { checkLevels, gapBoard, goalsFor, readLevels } from "../core/assess/index";
import { openPlanFile } from "../hosts/file/index";
import { readInputFile } from "./input";
import { checkLevelRows } from "../hosts/file/limits";

/** The grids of the levels file, read once; each plan reads its levels against its own catalog. */
export async function loadLevelGrids(file: string): Promise<string[][][]> {
  if (!fs.existsSync(file)) throw new Error(`Không tìm thấy tệp mức tự đánh giá "${path.basename(file)}"`);
  const opened = await openPlanFile(readInputFile(file), path.basename(file));
  checkLevelRows(path.basename(file), opened.grids);
  return opened.grids.map((g) => g.grid);
}

export function levelFindings(plan: Plan, catalog: Catalog, grids: string[][][], goalText?: string) {
  const sets = grids.map((g) => readLevels(g, catalog));
  const set = sets.reduce((a, b) => (Object.keys(b.levels).length > Object.keys(a.levels).length ? b : a));
  if (!Object.keys(set.levels).length) return [];
  const goals = goalsFor(catalog);
  const asked = goalText !== undefined ? Number(goalText) : NaN;
  const declared = plan.goal && goals.includes(plan.goal.level) ? plan.goal.level : null;
  const goal = goals.includes(asked)
    ? asked
    : (declared ?? Math.min(goals[goals.length - 1], gapBoard(catalog, set, 1).current + 1));
  return checkLevels(plan, catalog, set, goal).findings;
}
