/**
 * Comparing a scan's reading with its .docx's, measure by measure (criteria, targets, periods, budgets): shared by the
 * scans acceptance test and bench/ocr-accuracy.
 */
import "../../src/core/catalogs/all";
import type { Plan, PlanRow } from "../../src/core/types";
import { FileHost, openPlanFile } from "../../src/hosts/file";
import { mainPlan } from "../../src/core/read";
import { nodeOcrEnv } from "../../src/hosts/file/ocr/node-env";

/** The main plan of a file, read with OCR (a scan or photo) or without (its .docx). */
export async function readMain(bytes: Uint8Array, name: string, ocr: boolean): Promise<Plan> {
  const opened = await openPlanFile(bytes, name, ocr ? { ocr: { env: nodeOcrEnv() } } : {});
  return mainPlan((await new FileHost(opened).read()).plans);
}

export const MEASURES = ["criterion", "target", "period", "budget"] as const;
export type Measure = (typeof MEASURES)[number];

/** What a row says for one measure, as a comparable string ("—" for a missing row). */
export const value = (r: PlanRow | undefined, m: Measure): string => {
  if (!r) return "—";
  if (m === "criterion") return `${r.kind}:${r.criterion ?? r.standard ?? ""}`;
  if (m === "target") return JSON.stringify(r.target);
  if (m === "period") return JSON.stringify(r.period && [r.period.kind, r.period.start, r.period.end]);
  return JSON.stringify(r.budget && [r.budget.kind, r.budget.vnd]);
};
