/** Debug aid: prints the grid a PDF reads to (`node bench/run-ts.js test/support/pdf-grid-dump.ts file.pdf`). */
import * as fs from "fs";
import { readPdfGrid } from "../../src/hosts/file/pdf";

void (async () => {
  const grid = await readPdfGrid(new Uint8Array(fs.readFileSync(process.argv[2])), "x.pdf");
  for (const row of grid) console.log(JSON.stringify(row));
})();
