import * as fs from "fs";
import { readPdfGrid } from "../src/hosts/file/pdf";
(async () => {
  const g = await readPdfGrid(new Uint8Array(fs.readFileSync("test/fixtures/pdf-fresh/bieu2-mam-non-huong-duong-2026-2027.lo-dejavu.pdf")), "x.pdf");
  g.forEach((r, i) => { if (i < 40 && r.some((c) => /Thời|gian|bắt|đầu|kết|thúc|TT|01\/9/.test(c))) console.log(i, JSON.stringify(r).slice(0, 400)); });
})();
