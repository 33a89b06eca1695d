import "../src/core/catalogs/all";
import { openPlanFile, FileHost } from "../src/hosts/file";
import { mainPlan } from "../src/core/read";
import { tablePdf } from "./support/pdf-writer";
import { SEEDS, seedGrid } from "./support/seeds";

it("reads", async () => {
  const g = seedGrid(SEEDS.thuDuc);
  const h = g.findIndex((r) => r[0] === "TT");
  const rows = g.slice(h + 1).filter((r) => r.length > 1);
  const end = h + 1 + g.slice(h + 1).findIndex((r) => r.length <= 1);
  for (const ruled of [true, false]) {
    const bytes = tablePdf({ before: g.slice(0, h).map((r) => r.join(" ")).filter(Boolean), header: g[h], widths: [3, 14, 14, 20, 9, 9, 8, 8, 5], rows, after: g.slice(end).map((r) => r.join(" ")), ruled, pageBottom: 400 });
    const f = await openPlanFile(bytes, "a.pdf");
    console.log(JSON.stringify(f.grids[0].grid.filter(r=>r.length>1), null, 0).slice(0, 3000));
    const plan = mainPlan((await new FileHost(f).read()).plans);
    console.log(ruled, plan.rows.map((r) => `${r.kind} ${r.criterion} ${JSON.stringify(r.period)} ${JSON.stringify(r.budget)}`).join("\n"));
  }
});
