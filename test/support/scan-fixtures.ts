/**
 * The scanned fixtures (test/fixtures/scans/): short plans (one or two printed pages) built by the project's own
 * .docx generator, printed by LibreOffice and degraded like a scan or a phone photo by
 * scripts/fixtures/scans/make.sh. The tests rebuild the same .docx (no tool needed): its reading is the reference.
 * `node bench/run-ts.js test/support/scan-fixtures.ts <dir>` writes the .docx files into <dir>.
 */
import JSZip from "jszip";
import "../../src/core/catalogs/all";
import { catalogIdFor, getCatalog } from "../../src/core/catalogs/index";
import { mainPlan, readPlans } from "../../src/core/read";
import { renderGrid } from "../../src/core/render";
import { convert2018ToTt57 } from "../../src/core/tt57/convert";
import type { Plan } from "../../src/core/types";
import { writePlanFile } from "../../src/hosts/file";
import { docxFromGrid } from "./files";
import { SEEDS, seedGrid } from "./seeds";

/** The plan with only its rows up to the n-th criterion row (and the rows that belong to it). */
function firstCriteria(plan: Plan, n: number): Plan {
  let seen = 0;
  const rows = [];
  for (const r of plan.rows) {
    if (r.kind === "criterion" && ++seen > n) break;
    rows.push(r);
  }
  return { ...plan, rows };
}

const official = (plan: Plan) => writePlanFile(renderGrid(plan.template, plan.context, plan), plan.context, "docx");

/** A seed grid cut after its n-th table row that names a criterion, as the school typed it (bordered, landscape). */
async function typedSeedDocx(
  name: string,
  lastRow: number,
  cut?: (grid: string[][]) => string[][],
): Promise<Uint8Array> {
  const grid = (cut ?? ((g) => g))(seedGrid(name)).slice(0, lastRow + 1);
  const zip = await JSZip.loadAsync(await docxFromGrid(grid, false));
  const sides = ["top", "left", "bottom", "right", "insideH", "insideV"];
  const borders =
    '<w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>' +
    sides.map((s) => `<w:${s} w:val="single" w:sz="6"/>`).join("") +
    "</w:tblBorders></w:tblPr>";
  const landscape =
    '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>' +
    '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="720" w:footer="720" w:gutter="0"/>' +
    "</w:sectPr>";
  let xml = await zip.file("word/document.xml")!.async("string");
  xml = xml.replace(/<w:tbl>/g, `<w:tbl>${borders}`).replace("<w:sectPr/>", landscape);
  zip.file("word/document.xml", xml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

export interface ScanFixture {
  /** The scanned file in test/fixtures/scans/. */
  file: string;
  /** The printed document it was made from. */
  docx: () => Promise<Uint8Array>;
  /** Pages of the printed document that were scanned. */
  pages: number;
}

export const SCAN_FIXTURES: ScanFixture[] = [
  {
    // The official layout ("Lưu thành .docx"): header block, Căn cứ, the 9-column table; 150 dpi, 1.1° skew.
    file: "thu-duc-scan-2018.pdf",
    pages: 3,
    docx: () => official(firstCriteria(mainPlan(readPlans(seedGrid(SEEDS.thuDuc))), 2)),
  },
  {
    // A kindergarten plan in the official layout; its first three pages (the fourth holds only section III).
    // 200 dpi, -0.6° skew.
    file: "mam-non-scan-2018.pdf",
    pages: 3,
    docx: () => official(firstCriteria(mainPlan(readPlans(seedGrid(SEEDS.mamNon))), 3)),
  },
  {
    // Quảng Ninh's plan in the official layout without any cell border (the table from its header labels); 200 dpi.
    file: "quang-ninh-scan-2018.pdf",
    pages: 2,
    docx: async () => {
      const zip = await JSZip.loadAsync(
        await official(firstCriteria(mainPlan(readPlans(seedGrid(SEEDS.quangNinh))), 2)),
      );
      const xml = await zip.file("word/document.xml")!.async("string");
      zip.file("word/document.xml", xml.replace(/w:val="single"/g, 'w:val="nil"'));
      return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    },
  },
  {
    // Biểu 2 (TT 57/2026) drafted from Thủ Đức's plan (one criterion), sections I–VIII; its first three pages
    // (context, sections IV and V, the plan row ending on page 3). 150 dpi, -0.9° skew.
    file: "thu-duc-scan-bieu2.pdf",
    pages: 3,
    docx: async () => {
      const plan = firstCriteria(mainPlan(readPlans(seedGrid(SEEDS.thuDuc))), 1);
      const level = plan.context.level!;
      const draft = convert2018ToTt57(plan, {
        catalog2018: getCatalog(catalogIdFor(level, "2018"))!,
        tt57: getCatalog(catalogIdFor(level, "2026"))!,
        schoolYear: "2026-2027",
      });
      return writePlanFile(draft.grid, draft.context, "docx");
    },
  },
  {
    // A phone photo of Thủ Đức's plan as typed (title, then the table; sections I–II left out to fit one page):
    // perspective, uneven light, JPEG.
    file: "thu-duc-photo.jpg",
    pages: 1,
    docx: () =>
      typedSeedDocx(SEEDS.thuDuc, 1000, (g) => {
        const at = (re: RegExp) => g.findIndex((r) => re.test(r.join(" ")));
        const from = at(/^I\. MỤC ĐÍCH/);
        const to = at(/^III\. NỘI DUNG/);
        const end = at(/Tiêu chí 1\.4/);
        return [...g.slice(0, from), ...g.slice(to, end + 1)];
      }),
  },
];

async function main(): Promise<void> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const fs = require("fs") as typeof import("fs");
  const path = require("path") as typeof import("path");
  /* eslint-enable @typescript-eslint/no-require-imports */
  const dir = process.argv[2];
  if (!dir) throw new Error("usage: scan-fixtures.ts <dir>");
  for (const f of SCAN_FIXTURES) fs.writeFileSync(path.join(dir, f.file.replace(/\.\w+$/, ".docx")), await f.docx());
}

if (require.main === module || process.argv[1]?.endsWith("scan-fixtures.ts")) void main();
