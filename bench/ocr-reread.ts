/**
 * What reading a "searchable" scan costs when OCR is available (issue 21): `node bench/run-ts.js bench/ocr-reread.ts`
 * opens each ocrmypdf fixture of test/fixtures/pdf-variety as the CLI does and prints whether its OCR layer was
 * judged poor and read again by our OCR (src/hosts/file/pdf-reread.ts), and the time (wall clock and CPU, the OCR
 * worker thread included) that OCR added per page over reading the layer alone. Figures only, no assertion; the
 * wall clock depends on the machine's load (printed).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readWithOcr } from "../test/support/pdf-variety-read";

async function main(): Promise<void> {
  const dir = path.join(__dirname, "..", "test", "fixtures", "pdf-variety");
  const load0 = os.loadavg()[0];
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith(".ocr.pdf"))) {
    const { cost } = await readWithOcr(new Uint8Array(fs.readFileSync(path.join(dir, name))), name);
    console.log(`${name}: ${cost}`);
  }
  console.log(
    `tải máy (load average) ${load0.toFixed(1)} → ${os.loadavg()[0].toFixed(1)} trên ${os.cpus().length} lõi`,
  );
}

void main();
