/** Debug aid: a PDF's free lines per page and the unruled tables found (`… pdf-lines-dump.ts file.pdf [page]`). */
import * as fs from "fs";
import { readPdfPages } from "../../src/hosts/file/pdf";
import { groupLines } from "../../src/core/read/positions-lines";
import { unruledTables } from "../../src/core/read/positions-unruled";

void (async () => {
  const pages = await readPdfPages(new Uint8Array(fs.readFileSync(process.argv[2])), "x.pdf");
  const only = process.argv[3] ? Number(process.argv[3]) : 0;
  let carry = null as Parameters<typeof unruledTables>[1];
  pages.forEach((p, n) => {
    const lines = groupLines(p.items);
    const { tables } = unruledTables(lines, carry);
    if (!only || only === n + 1) {
      console.log(`=== page ${n + 1} (${p.lines.length} ruling lines)`);
      for (const l of lines)
        console.log(
          `${l.y.toFixed(1).padStart(6)} ${l.size.toFixed(1)} ${l.words.map((w) => `[${w.x.toFixed(1)}]${w.text}`).join(" ")}`,
        );
      for (const t of tables) {
        console.log(`--- table xs ${t.xs.map((x) => x.toFixed(1)).join(" ")}`);
        for (const r of t.rows) console.log(`${r.y.toFixed(1)} ${JSON.stringify(r.cells)}`);
      }
    }
    carry = tables.length ? tables[tables.length - 1].carry : carry;
  });
})();
