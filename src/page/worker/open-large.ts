/**
 * Opens a file in the plan worker first: a plan of more than LARGE_ROWS rows stays there (virtualised view, edits
 * and saving through the worker); a smaller one is left to the page's usual in-page path. A file problem found in
 * the worker (corrupt, too large…) is thrown with its message. Without Worker support, or when the worker fails,
 * the page's usual path is used.
 */
import type { PlanWorkerClient } from "./client";
import type { Analysis } from "./protocol";

export const LARGE_ROWS = 300;

export interface LargeDoc {
  id: number;
  client: PlanWorkerClient;
  first: Analysis;
}

let ids = 0;

export async function openLarge(bytes: Uint8Array, name: string, lang: "vi" | "en"): Promise<LargeDoc | null> {
  if (typeof Worker === "undefined") return null;
  const { spawnPlanWorker } = await import(/* webpackChunkName: "plan-worker-client" */ "./spawn");
  const client = spawnPlanWorker();
  let first: Analysis;
  try {
    first = await client.open(bytes.slice(), name, lang); // a copy: the page keeps its bytes
  } catch (e) {
    client.dispose();
    // The file's own problem (corrupt, too large…) is reported as it is, without reading the file again here.
    if ((e as { problem?: boolean }).problem) throw e;
    return null;
  }
  if (first.plan.rows.length <= LARGE_ROWS) {
    client.dispose();
    return null;
  }
  return { id: ++ids, client, first };
}
