/**
 * One file's bytes → its check result: open, read the main plan, check it against its circular's catalog, name the
 * places in the file's own terms. The command line (`kehoach check`) and the page's batch (a folder read in a worker)
 * both use this, so the page's summary and `--json` of the same folder agree file by file. Never throws: a file
 * that cannot be read is a result with its reason.
 */
import type { SchoolContext } from "../../core/types";
import { catalogIdFor, loadCatalog } from "../../core/catalogs/index";
import { mainPlan } from "../../core/read/index";
import { checkPlan } from "../../core/rules/index";
import { summarize } from "../../core/summary";
import { reportFile, type ReportFile } from "../../core/report/model";
import { FileHost, FileProblem, noPlanTableMessage, openPlanFile, type OpenOptions } from "./index";
import { scanNoTableMessage } from "./scan";
import { filePlaces } from "./places";
import { GARBLED_PREFIX } from "../../core/text/garble";
import { reportInputs, type FileResult } from "./report";

/** Checks one file's bytes; `display` is the name the results carry (a path relative to the folder checked). */
export async function checkBytes(
  bytes: Uint8Array,
  name: string,
  display: string,
  user: Partial<SchoolContext> = {},
  open: OpenOptions = {},
): Promise<FileResult> {
  try {
    const opened = await openPlanFile(bytes, name, open);
    const host = new FileHost(opened);
    const { plans } = await host.read(user);
    const plan = mainPlan(plans);
    // File-level notices (a garbled PDF, a legacy encoding converted) travel with the result; a garbled PDF is also
    // its read status.
    const notes = opened.problems.length ? [...opened.problems] : undefined;
    const garbled = opened.problems.find((p) => p.vi.startsWith(GARBLED_PREFIX));
    const notice = garbled
      ? { notice: { status: "garbled" as const, message: garbled.vi, messageEn: garbled.en } }
      : {};
    if (!plan || plan.headerRow < 0) {
      // A scan read by OCR where no table was found says what was seen (pages, words, confidence).
      const why = opened.scan ? scanNoTableMessage(name, opened.scan.seen) : noPlanTableMessage(name);
      const scanned = opened.scan ? { notice: { status: "scanned" as const, message: why.vi, messageEn: why.en } } : {};
      const error = { error: why.vi, errorEn: why.en };
      return { path: display, status: "error", ...error, findings: [], totalVnd: 0, notes, ...notice, ...scanned };
    }
    const c = plan.context;
    const catalog = c.level && c.regime ? await loadCatalog(catalogIdFor(c.level, c.regime)) : null;
    const findings = checkPlan(plan, catalog);
    const places = { vi: filePlaces(opened, plan, "vi"), en: filePlaces(opened, plan, "en") };
    const totalVnd = summarize(plan, findings).totalVnd;
    return { path: display, status: "ok", plan, findings, totalVnd, places, notes, ...notice };
  } catch (e) {
    const msg = e instanceof FileProblem ? e.message : `Không đọc được tệp: ${(e as Error).message}`;
    const errorEn = e instanceof FileProblem ? { errorEn: e.messageEn } : {};
    // A scan without a text layer: nothing to check, but the report says "scan", not "broken".
    const notice =
      e instanceof FileProblem && e.code === "scanned"
        ? { notice: { status: "scanned" as const, message: msg, messageEn: e.messageEn } }
        : {};
    return { path: display, status: "error", error: msg, ...errorEn, findings: [], totalVnd: 0, ...notice };
  }
}

/** A result as the report keeps it: figures and findings with their places, without the plan (small, cloneable). */
export function toReportFile(result: FileResult): ReportFile {
  return reportFile(reportInputs([result])[0]);
}
