/**
 * The page's plan worker: opens the file, reads, checks, applies edits and saves, all off the main thread, so a
 * 50,000-row plan never freezes the page. It holds the one FileHost of the open document.
 */
import {
  FileHost,
  FileProblem,
  docxNameFor,
  noPlanTableMessage,
  openPlanFile,
  planAsDocx,
} from "../../hosts/file/index";
import { tableRowOf } from "../../hosts/file/places";
import { singleReport } from "../single-report";
import { pastedFileName } from "../paste-names";
import { explainPasted } from "../../core/read/pasted-pdf";
import { mainPlan } from "../../core/read/index";
import { checkPlan } from "../../core/rules/index";
import { catalogIdFor, loadCatalog } from "../../core/catalogs/index";
import type { Plan } from "../../core/types";
import type { Analysis, CheckContext, WorkerReply, WorkerRequest } from "./protocol";
import { TextError } from "../../core/text/message";

/** A request about a file the worker has not opened (or no longer holds). */
const NOT_OPEN = { vi: "Chưa mở tệp.", en: "No file is open." };

interface WorkerScope {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

let host: FileHost | null = null;
let plan: Plan | null = null;
let name = "";
let pasted = false;
/** The text of a paste (null for a file): a paste without a table is explained as in the page's small view. */
let pastedText: string | null = null;
let lang: "vi" | "en" = "vi";
/** The context bar's values once the user changed them (null: what the document says). */
let context: CheckContext | null = null;

async function analyse(started: number): Promise<Analysis> {
  if (!host) throw new TextError(NOT_OPEN);
  const overrides = context?.overrides ?? {};
  let read = await host.read(overrides);
  plan = mainPlan(read.plans);
  // As the page's own view (needsFallback in ui/context): a level or year the document does not say is filled in.
  const fallbacks = context?.fallbacks ?? {};
  if ((!plan.context.level && fallbacks.level) || (!plan.context.schoolYear && fallbacks.schoolYear)) {
    read = await host.read({ ...fallbacks, ...overrides });
    plan = mainPlan(read.plans);
  }
  if (pastedText !== null) plan = explainPasted(plan, pastedText, host.file.grids[0]?.grid);
  const c = plan.context;
  const catalog = c.level && c.regime ? await loadCatalog(catalogIdFor(c.level, c.regime)) : null;
  const findings = checkPlan(plan, catalog);
  const problems = [...read.problems];
  // (A paste's finding says what it held and what to do, as in the small view: no second message.)
  if (plan.headerRow < 0 && !pasted) problems.unshift(noPlanTableMessage(name));
  const criteria = catalog
    ? catalog.standards.flatMap((s) => s.criteria.map((k) => `Tiêu chí ${k.code}: ${k.name}`))
    : [];
  let chars = 0;
  let longest = 0;
  for (const g of host.file.grids)
    for (const row of g.grid)
      for (const cell of row) {
        chars += cell?.length ?? 0;
        longest = Math.max(longest, cell?.length ?? 0);
      }
  const ms = Date.now() - started;
  return {
    name,
    kind: host.file.kind,
    plan,
    findings,
    problems,
    criteria,
    ms,
    chars,
    longest,
    tableRows: tableRows(plan),
  };
}

/** Each grid row's table and row in a Word or PDF plan (the page's findings list names places from it). */
function tableRows(p: Plan): Analysis["tableRows"] {
  const of = host ? tableRowOf(host.file, p) : null;
  if (!of) return undefined;
  let last = 0;
  for (const r of p.rows) for (const g of r.gridRows) if (g > last) last = g;
  const out: NonNullable<Analysis["tableRows"]> = [];
  for (let r = 0; r <= last; r++) out.push(of({ row: r, col: 0 }));
  return out;
}

async function handle(req: WorkerRequest): Promise<WorkerReply> {
  const started = Date.now();
  switch (req.type) {
    case "open": {
      host = null; // nothing of the previous document survives
      plan = null;
      name = req.name;
      lang = req.lang;
      pasted = req.pasted === true;
      context = null;
      pastedText = pasted ? new TextDecoder().decode(req.bytes) : null;
      host = new FileHost(await openPlanFile(req.bytes, req.name, { pasted }));
      return { id: req.id, ok: true, analysis: await analyse(started) };
    }
    case "edit":
      if (!host || !plan) throw new TextError(NOT_OPEN);
      host.setCell(plan, { row: req.row, col: req.col }, req.text);
      return { id: req.id, ok: true };
    case "check":
      if (req.context) context = req.context;
      return { id: req.id, ok: true, analysis: await analyse(started) };
    case "save":
      if (!host) throw new TextError(NOT_OPEN);
      // A PDF is never rewritten: its table (with the edits) and context go into a new .docx.
      if (host.file.kind === "pdf") {
        const bytes = await planAsDocx(mainPlan((await host.read()).plans));
        return { id: req.id, ok: true, bytes, savedAs: docxNameFor(name) };
      }
      // Pasted text has no file of its own: it is saved under a name of its own, not its title's.
      if (pasted) return { id: req.id, ok: true, bytes: await host.save(), savedAs: pastedFileName(lang) };
      return { id: req.id, ok: true, bytes: await host.save(), savedAs: name.replace(/(\.[^.]+)?$/, "-da-sua$1") };
    case "report": {
      // The plan as it stands (edits included), checked again, in the page's single-file report.
      const a = await analyse(started);
      const doc = { name, file: host!.file, plan: a.plan, findings: a.findings };
      const out = await singleReport(req.kind, doc, req.now === undefined ? undefined : new Date(req.now));
      return typeof out === "string" ? { id: req.id, ok: true, text: out } : { id: req.id, ok: true, bytes: out };
    }
  }
}

scope.onmessage = (e) => {
  const req = e.data;
  handle(req).then(
    (reply) => scope.postMessage(reply, reply.ok && reply.bytes ? [reply.bytes.buffer] : []),
    (err: unknown) =>
      scope.postMessage({
        id: req.id,
        ok: false,
        error: String((err as Error)?.message ?? err),
        ...(err instanceof TextError ? { errorEn: err.text.en } : {}),
        problem: err instanceof FileProblem,
        code: err instanceof FileProblem ? err.code : undefined,
      }),
  );
};
