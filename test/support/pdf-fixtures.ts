/**
 * The PDF fixtures made from the seeds (test/fixtures/pdf/*.pdf): each is a .docx the project can build, printed to
 * PDF by LibreOffice once (`node bench/run-ts.js test/support/pdf-fixtures.ts` with libreoffice-writer and qpdf
 * installed). The tests rebuild the same .docx (no tool needed) and compare what both files read.
 */
import JSZip from "jszip";
import "../../src/core/catalogs/all";
import { catalogIdFor, getCatalog } from "../../src/core/catalogs/index";
import { mainPlan, readPlans } from "../../src/core/read";
import { renderGrid } from "../../src/core/render";
import { convert2018ToTt57 } from "../../src/core/tt57/convert";
import { writePlanFile } from "../../src/hosts/file";
import { docxFromGrid } from "./files";
import { SEEDS, seedGrid } from "./seeds";

const SIDES = ["top", "left", "bottom", "right", "insideH", "insideV"];
const BORDERS =
  '<w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>' +
  SIDES.map((side) => `<w:${side} w:val="single" w:sz="4"/>`).join("") +
  "</w:tblBorders></w:tblPr>";
const LANDSCAPE =
  '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>' +
  '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="720" w:footer="720" w:gutter="0"/>' +
  "</w:sectPr>";

/** A seed as a printed document: its tables bordered (the header block's too), A4 landscape. */
export async function printedSeedDocx(name: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await docxFromGrid(seedGrid(name), false));
  let xml = await zip.file("word/document.xml")!.async("string");
  xml = xml.replace(/<w:tbl>/g, `<w:tbl>${BORDERS}`).replace("<w:sectPr/>", LANDSCAPE);
  zip.file("word/document.xml", xml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Each fixture: its file name and the .docx it was printed from. */
export const PDF_FIXTURES: { pdf: string; docx: () => Promise<Uint8Array> }[] = [
  { pdf: "thu-duc-2025-2026.pdf", docx: () => printedSeedDocx(SEEDS.thuDuc) },
  { pdf: "mam-non-2025-2026.pdf", docx: () => printedSeedDocx(SEEDS.mamNon) },
  { pdf: "quang-ninh-2023-2024.pdf", docx: () => printedSeedDocx(SEEDS.quangNinh) },
  {
    // The official layout ("Lưu thành .docx" / kehoach new): header block, Căn cứ, the 9-column table.
    pdf: "thu-duc-official-2018.pdf",
    docx: async () => {
      const plan = mainPlan(readPlans(seedGrid(SEEDS.thuDuc)));
      return writePlanFile(renderGrid(plan.template, plan.context, plan), plan.context, "docx");
    },
  },
  {
    // The official layout over several pages: Word's repeated header row on each page, rows broken across pages.
    pdf: "mam-non-official-2018.pdf",
    docx: async () => {
      const plan = mainPlan(readPlans(seedGrid(SEEDS.mamNon)));
      return writePlanFile(renderGrid(plan.template, plan.context, plan), plan.context, "docx");
    },
  },
  {
    // The same without any cell border (the table only from its header labels and the text positions).
    pdf: "mam-non-official-no-borders.pdf",
    docx: async () => {
      const plan = mainPlan(readPlans(seedGrid(SEEDS.mamNon)));
      const zip = await JSZip.loadAsync(
        await writePlanFile(renderGrid(plan.template, plan.context, plan), plan.context, "docx"),
      );
      const xml = await zip.file("word/document.xml")!.async("string");
      zip.file("word/document.xml", xml.replace(/w:val="single"/g, 'w:val="nil"'));
      return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    },
  },
  {
    // Biểu 2 (TT 57/2026): sections I–VIII with the section IV, V and VI tables.
    pdf: "thu-duc-bieu2-2026-2027.pdf",
    docx: async () => {
      const plan = mainPlan(readPlans(seedGrid(SEEDS.thuDuc)));
      const level = plan.context.level!;
      const draft = convert2018ToTt57(plan, {
        catalog2018: getCatalog(catalogIdFor(level, "2018"))!,
        tt57: getCatalog(catalogIdFor(level, "2026"))!,
        schoolYear: "2026-2027",
      });
      return writePlanFile(draft.grid, draft.context, "docx");
    },
  },
];

async function main(): Promise<void> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const fs = require("fs") as typeof import("fs");
  const path = require("path") as typeof import("path");
  const { execFileSync } = require("child_process") as typeof import("child_process");
  /* eslint-enable @typescript-eslint/no-require-imports */
  const dir = path.join(__dirname, "..", "fixtures", "pdf");
  const tmp = fs.mkdtempSync("/tmp/khct-pdf-");
  const only = process.argv.slice(2).filter((a) => a.endsWith(".pdf"));
  for (const f of PDF_FIXTURES.filter((x) => !only.length || only.includes(x.pdf))) {
    const docx = path.join(tmp, f.pdf.replace(/\.pdf$/, ".docx"));
    fs.writeFileSync(docx, await f.docx());
    execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", tmp, docx], { stdio: "inherit" });
    fs.copyFileSync(docx.replace(/\.docx$/, ".pdf"), path.join(dir, f.pdf));
  }
  // A password-protected copy (user password "khct").
  if (only.length) return;
  execFileSync("qpdf", [
    "--encrypt",
    "khct",
    "khct-owner",
    "256",
    "--",
    path.join(dir, "thu-duc-2025-2026.pdf"),
    path.join(dir, "encrypted.pdf"),
  ]);
}

if (require.main === module || process.argv[1]?.endsWith("pdf-fixtures.ts")) void main();
