/**
 * Opens a file in the plan worker first: a plan of more than LARGE_ROWS rows, or one holding more than LARGE_CHARS
 * characters of text or a cell longer than LARGE_CELL, stays there (virtualised view, edits and saving through the
 * worker); a small plan is left to the page's usual in-page path. The worker follows the file host's limits (the same
 * "Tệp quá lớn…" messages as the command line) and the command line's time budget per file: a file still being read
 * after BUDGET.fileTimeMs, or one that makes the worker fail, ends with its message — it is never read again on the
 * main thread, where it could freeze or crash the tab. Only without Worker support is the page's usual path used.
 */
import type { PlanWorkerClient } from "./client";
import type { Analysis } from "./protocol";
import { BUDGET, outOfMemoryMessage, tooSlowMessage } from "../../hosts/file/limits";
import { pastedOutOfMemoryMessage, pastedTooSlowMessage } from "../paste-names";

export const LARGE_ROWS = 300;
/** About 10 times a real 300-row plan's text: reading more again on the main thread would pause the page. */
export const LARGE_CHARS = 1_000_000;
/** A cell this long (a real plan's longest is a few hundred characters) keeps the file in the worker too. */
export const LARGE_CELL = 10_000;

export interface LargeDoc {
  id: number;
  client: PlanWorkerClient;
  /** The plan's analysis: the first, then the one of each re-check with the context bar's values. */
  first: Analysis;
}

/** A message the page shows as the file's own problem. */
const problem = (message: string) => Object.assign(new Error(message), { problem: true });

let ids = 0;

export async function openLarge(
  bytes: Uint8Array,
  name: string,
  lang: "vi" | "en",
  pasted = false,
): Promise<LargeDoc | null> {
  if (typeof Worker === "undefined") return null;
  const { spawnPlanWorker } = await import(/* webpackChunkName: "plan-worker-client" */ "./spawn");
  let client: PlanWorkerClient;
  try {
    client = spawnPlanWorker();
  } catch {
    return null; // no worker here: the page's usual path
  }
  let first: Analysis;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const slow = new Promise<never>((_, reject) => {
      const slowText = pasted ? pastedTooSlowMessage(lang, BUDGET.fileTimeMs) : tooSlowMessage(name, BUDGET.fileTimeMs);
      timer = setTimeout(() => reject(problem(slowText)), BUDGET.fileTimeMs);
    });
    // a copy: the page keeps its bytes
    first = await Promise.race([client.open(bytes.slice(), name, lang, pasted), slow]);
  } catch (e) {
    client.dispose();
    // The file's own problem (corrupt, too large, too slow…) is reported as it is; a worker that failed on it says
    // the file is too large. Neither is read again here.
    if ((e as { problem?: boolean }).problem) throw e;
    throw problem(pasted ? pastedOutOfMemoryMessage(lang) : outOfMemoryMessage(name));
  } finally {
    clearTimeout(timer);
  }
  const small = (first.chars ?? 0) <= LARGE_CHARS && (first.longest ?? 0) <= LARGE_CELL;
  if (first.plan.rows.length <= LARGE_ROWS && small) {
    client.dispose();
    return null;
  }
  return { id: ++ids, client, first };
}
