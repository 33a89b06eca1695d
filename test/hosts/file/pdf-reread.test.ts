/**
 * Searchable scans read without OCR (the page's plan reader, the CLI with --no-ocr): the OCR layer's reading is
 * kept and nothing is read again, but a layer that reads poorly is flagged so that a reader with OCR (the page's
 * OCR worker) reads the pages again (src/hosts/file/pdf-reread.ts). Fixtures: ocrmypdf -l vie over LibreOffice
 * prints (scripts/fixtures/pdf-variety); the THPT and Biểu 2 mầm non layers are garbled by Tesseract itself.
 */
import * as fs from "fs";
import * as path from "path";
import { openPlanFile } from "../../../src/hosts/file";
import { readPdfPages } from "../../../src/hosts/file/pdf";
import { poorLayer, REREAD_NOTE } from "../../../src/hosts/file/pdf-reread";

const DIR = path.join(__dirname, "..", "..", "fixtures", "pdf-variety");
const bytes = (name: string) => new Uint8Array(fs.readFileSync(path.join(DIR, name)));

describe("a searchable scan opened without OCR", () => {
  it.each([
    ["thpt-nguyen-du-2025-2026", true],
    ["bieu2-mam-non-hoa-sen-2026-2027", true],
    ["tieu-hoc-hoa-binh-2024-2025", false],
    // No junk, but criterion rows whose budget cell the layer left empty ("Không", "5 triệu" are not in it).
    ["tieu-hoc-song-hong-2023-2024", true],
    ["thu-duc-2025-2026", false],
  ] as const)("%s: flagged for a reader with OCR when its layer is poor (%s)", async (plan, poor) => {
    const opened = await openPlanFile(bytes(`${plan}.ocr.pdf`), `${plan}.pdf`);
    expect(opened.poorOcrLayer === true).toBe(poor);
    expect(opened.problems.filter((p) => p.vi.startsWith(REREAD_NOTE))).toEqual([]);
  });

  it("a PDF with real text is never a poor layer, whatever its words", async () => {
    const pages = await readPdfPages(bytes("thpt-nguyen-du-2025-2026.lo-dejavu.pdf"), "a.pdf");
    expect(pages.some((p) => p.ocrLayer)).toBe(false);
    expect(poorLayer(pages).poor).toBe(false);
    expect(poorLayer([]).poor).toBe(false);
  });
});
