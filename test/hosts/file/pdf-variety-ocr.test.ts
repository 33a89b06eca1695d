/**
 * The OCR generator of the PDF variety matrix (issue 21): ocrmypdf -l vie over the rasterised lo-dejavu print, a
 * "searchable" scan whose words are an invisible OCR layer and whose table borders are only in the page image.
 * Acceptance: it reads as the .docx except where the OCR text itself differs — and the test says which cells.
 * Each difference is named (printed) and must be explained by poppler's text of the OCR layer against the printed
 * page (test/support/ocr-differences.ts); a difference nothing explains is a reading error and fails the test.
 */
import * as fs from "fs";
import * as path from "path";
import { FileHost, openPlanFile } from "../../../src/hosts/file";
import { nodeOcrEnv } from "../../../src/hosts/file/ocr/node-env";
import { REREAD_NOTE } from "../../../src/hosts/file/pdf-reread";
import { mainPlan } from "../../../src/core/read";
import { VARIETY_PLANS, agreement } from "../../support/pdf-variety";
import { readingOf, readMain } from "../../support/pdf-variety-read";
import { cellBecause, evidence, ocrDifferences } from "../../support/ocr-differences";

// Generous: the mầm non seed's layer is read again by OCR (8 pages, 3–10 s each on a 2-core machine, much longer
// when it is shared: 78 s alone at load 17, over 120 s beside another OCR test file).
jest.setTimeout(900_000);

const DIR = path.join(__dirname, "..", "..", "fixtures", "pdf-variety");
const bytes = (name: string) => new Uint8Array(fs.readFileSync(path.join(DIR, name)));
const text = (name: string) => fs.readFileSync(path.join(DIR, name), "utf8");

describe("the OCR layer (ocrmypdf -l vie over a rasterised page) reads as the .docx where its text agrees", () => {
  it.each(VARIETY_PLANS)("%s", async (plan) => {
    const docx = await readMain(bytes(`${plan}.docx`), `${plan}.docx`);
    // Opened as the CLI opens it (OCR available): these layers read well, so no page is read again.
    const opened = await openPlanFile(bytes(`${plan}.ocr.pdf`), `${plan}.pdf`, { ocr: { env: nodeOcrEnv() } });
    expect(opened.problems.filter((p) => p.vi.startsWith(REREAD_NOTE))).toEqual([]);
    const ocr = mainPlan((await new FileHost(opened).read()).plans);
    const grid = opened.grids[0].grid;
    const ref = readingOf(docx);
    const got = readingOf(ocr);
    expect(got.context).toEqual(ref.context);

    const ev = evidence({ ocr: text(`${plan}.ocr.txt`), printed: text(`${plan}.lo-dejavu.txt`) });
    const diffs = ocrDifferences(docx, ocr, ev, grid);
    const extraFindings = got.findings.filter((f) => !ref.findings.includes(f));
    const lostFindings = ref.findings.filter((f) => !got.findings.includes(f));
    // A finding that differs on a criterion whose row reads the same: the criterion cells are compared.
    for (const f of [...extraFindings, ...lostFindings]) {
      const code = f.split(" ")[1];
      if (!code || diffs.some((d) => d.criterion === code)) continue;
      const [a, b] = [docx, ocr].map((p) => p.rows.find((r) => r.criterion === code && r.kind === "criterion"));
      const [d, o] = [a?.cells.criterion?.text ?? "", b?.cells.criterion?.text ?? ""];
      if (a && b && d !== o)
        diffs.push({ what: "criterion", docx: d, ocr: o, because: cellBecause(d, o, ev), criterion: code });
    }
    // A document-level finding (doc.*) on the legal basis follows from a citation line the OCR layer reads
    // differently from the printed page ("18/2018/TT-" + "BGDĐT" read as "18/2018/TT" + "BGDĐT", "TT.BGDĐT").
    const ocrLines = new Set(text(`${plan}.ocr.txt`).split("\n"));
    const citations = text(`${plan}.lo-dejavu.txt`)
      .split("\n")
      .filter((l) => /\d+\/20\d\d\/TT/.test(l) && !ocrLines.has(l));
    console.log(
      [
        ...citations.map((l) => `  citation line the OCR layer reads differently: ${JSON.stringify(l)}`),
        `${plan}.ocr.pdf: rows ${pct(agreement(got.rows, ref.rows))}, ` +
          `findings ${pct(agreement(got.findings, ref.findings))}`,
        ...diffs.map((d) => `  ${d.what}: docx ${JSON.stringify(d.docx)} → OCR ${JSON.stringify(d.ocr)}: ${d.because}`),
        ...extraFindings.map((f) => `  finding only from the OCR reading: ${f}`),
        ...lostFindings.map((f) => `  finding only from the .docx: ${f}`),
      ].join("\n"),
    );
    // Every differing row or cell is explained by what the OCR layer itself says.
    expect(diffs.filter((d) => !d.because)).toEqual([]);
    // Every finding that differs is on a criterion whose row or cell differs, or (document-level) follows from a
    // row that differs or (doc.*) from a citation line the OCR layer reads differently.
    const unexplained = [...extraFindings, ...lostFindings].filter((f) => {
      const code = f.split(" ")[1];
      if (code) return !diffs.some((d) => d.criterion === code);
      return !diffs.some((d) => d.what === "row") && !(f.startsWith("doc.") && citations.length);
    });
    expect(unexplained).toEqual([]);
  });
});

const pct = (x: number) => `${Math.round(100 * x)} %`;
