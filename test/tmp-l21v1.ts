import * as fs from "fs";
import { readMain } from "./support/pdf-variety-read";
(async () => {
  for (const g of ["docx", "lo-dejavu.pdf", "chromium.pdf", "reportlab.pdf"]) {
    const n = `test/fixtures/pdf-fresh/bieu2-mam-non-huong-duong-2026-2027.${g}`;
    const p = await readMain(new Uint8Array(fs.readFileSync(n)), g.endsWith("docx") ? "x.docx" : "x.pdf");
    console.log(g);
    for (const r of p.rows) console.log("  ", r.kind, r.criterion, JSON.stringify(r.cells.period?.text), JSON.stringify(r.cells.budget?.text));
  }
})();
