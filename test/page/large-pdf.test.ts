/**
 * A PDF plan kept in the page's plan worker (run in this process): its single-file report names places by table and
 * row exactly as the small view's does, and "Lưu thành .docx" gives a new .docx holding the same plan (issue 25).
 * Node environment: pdf.js reads here as in the browser's worker.
 */
import * as fs from "fs";
import * as path from "path";
import "../../src/core/catalogs/all";
import { singleReport } from "../../src/page/single-report";
import { FileHost, openPlanFile } from "../../src/hosts/file/index";
import { mainPlan } from "../../src/core/read/index";
import { checkPlan } from "../../src/core/rules/index";
import { catalogIdFor, loadCatalog } from "../../src/core/catalogs/index";
import { inProcessPlanWorker } from "../support/in-process-worker";

it("reports name a PDF's table rows as the small view does; saved as a new .docx with the same plan", async () => {
  // The LibreOffice-printed Thủ Đức plan (a fixture made by another tool than ours).
  const pdf = new Uint8Array(fs.readFileSync(path.join(__dirname, "..", "fixtures", "pdf", "thu-duc-2025-2026.pdf")));
  const client = inProcessPlanWorker();
  const first = await client.open(pdf.slice(), "thu-duc.pdf", "vi");
  expect(first.kind).toBe("pdf");
  expect(first.tableRows?.some((r) => r !== null)).toBe(true);
  const now = new Date("2026-05-04T08:00:00Z");
  const html = (await client.report("html", now)) as string;
  const host = new FileHost(await openPlanFile(pdf.slice(), "thu-duc.pdf"));
  const plan = mainPlan((await host.read()).plans);
  const findings = checkPlan(plan, await loadCatalog(catalogIdFor(plan.context.level!, plan.context.regime!)));
  expect(html).toBe(await singleReport("html", { name: "thu-duc.pdf", file: host.file, plan, findings }, now));
  expect(html).toMatch(/Bảng 1 · dòng \d+/);
  const out = await client.saveFile();
  expect(out.name).toBe("thu-duc.docx");
  const again = mainPlan((await new FileHost(await openPlanFile(out.bytes, out.name)).read()).plans);
  const criteria = (p: typeof again) => p.rows.filter((r) => r.kind === "criterion").map((r) => r.criterion);
  // The seed plans criteria 1.4, 5.2 and 5.4 (/work/shared/seeds, "Tiêu chí …").
  expect(criteria(again)).toEqual(["1.4", "5.2", "5.4"]);
  expect(criteria(again)).toEqual(criteria(first.plan));
  client.dispose();
});
