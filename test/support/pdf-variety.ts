/**
 * The PDF variety matrix (test/fixtures/pdf-variety): four plans — the seeds 000 (Thủ Đức), 002 (Mầm non) and 004
 * (Quảng Ninh) and a Biểu 2 (TT 57/2026, 2026-2027) plan — each printed by six independent generators
 * (scripts/fixtures/pdf-variety). Each plan's reference reading is the .docx committed beside its PDFs.
 * `node bench/run-ts.js test/support/pdf-variety.ts <dir>` writes the .docx files the script prints from.
 */
import JSZip from "jszip";
import { PDF_FIXTURES, printedSeedDocx } from "./pdf-fixtures";
import { SEEDS } from "./seeds";

export const VARIETY_PLANS = ["thu-duc-2025-2026", "mam-non-2025-2026", "quang-ninh-2023-2024", "bieu2-2026-2027"];
/**
 * Held-out plans against overfitting: written by hand as HTML (scripts/fixtures/heldout), not from the seeds —
 * other schools, levels (tiểu học, THPT, mầm non), years, column widths and wording, one TT 57 Biểu 2 for
 * 2026-2027 — turned into .docx by LibreOffice and printed by the same six generators.
 */
export const HELDOUT_PLANS = [
  "tieu-hoc-hoa-binh-2024-2025",
  "thpt-nguyen-du-2025-2026",
  "bieu2-mam-non-hoa-sen-2026-2027",
  "bieu2-thcs-tan-phu-2027-2028",
  "mam-non-anh-duong-2025-2026",
  "thpt-le-quy-don-2024-2025",
  "tieu-hoc-song-hong-2023-2024",
  "thcs-hoa-phu-2025-2026",
  "thpt-tran-phu-2025-2026",
];

/**
 * Borderless plans (test/fixtures/pdf-borderless, scripts/fixtures/pdf-borderless): `plan.mode` where mode is the
 * borders the tables keep — none, rows (horizontal rules between rows only), head (only the header's underline).
 * Two plans written by hand without borders (scripts/fixtures/heldout-borderless), the three held-out plans, and the
 * seed plans 000 (Thủ Đức: a "MỨC 1, 2, 3" band, tables split by blank paragraphs, "--" placeholder row) and 002
 * (mầm non: the header repeated inside the table, rows split by page breaks) as the variety matrix prints them.
 */
export const BORDERLESS_SEED_PLANS = ["thu-duc-2025-2026.none", "thu-duc-2025-2026.rows", "mam-non-2025-2026.head"];

export const BORDERLESS_PLANS = [
  "thcs-le-loi-2025-2026.none",
  "thcs-le-loi-2025-2026.rows",
  "bieu2-tieu-hoc-kim-dong-2027-2028.none",
  "bieu2-tieu-hoc-kim-dong-2027-2028.head",
  "tieu-hoc-hoa-binh-2024-2025.none",
  "thpt-nguyen-du-2025-2026.rows",
  "bieu2-mam-non-hoa-sen-2026-2027.head",
  ...BORDERLESS_SEED_PLANS,
];

/**
 * Borderless prints of three held-out plans (scripts/fixtures/pdf-borderless-unseen: a Biểu 2 in portrait with narrow
 * columns, a mầm non plan with merged "Tiêu chuẩn" cells, a THPT plan with numbered columns), in
 * test/fixtures/pdf-borderless-unseen; printed after the borderless reader was written, to find what it missed.
 */
export const BORDERLESS_UNSEEN_PLANS = [
  "bieu2-thcs-tan-phu-2027-2028.none",
  "mam-non-anh-duong-2025-2026.rows",
  "thpt-le-quy-don-2024-2025.head",
];

/** The generators, in the order of issue 21 (file suffix → what printed it). */
export const GENERATORS: Record<string, string> = {
  "lo-fallback": "LibreOffice, main font without the stacked Vietnamese letters (a second font supplies them)",
  "lo-dejavu": "LibreOffice, one font with every letter (DejaVu Serif)",
  chromium: "headless Chromium printing LibreOffice's HTML export (borders as filled rectangles)",
  gs: "Ghostscript pdfwrite re-distilling the LibreOffice fallback PDF",
  reportlab: "reportlab, every glyph drawn on its own in NFD (combining marks separate)",
  ocr: "ocrmypdf -l vie over the rasterised LibreOffice PDF (invisible OCR text layer)",
};

const BIEU2 = PDF_FIXTURES.find((f) => f.pdf === "thu-duc-bieu2-2026-2027.pdf")!;

export async function referenceDocx(plan: string): Promise<Uint8Array> {
  if (plan === "thu-duc-2025-2026") return printedSeedDocx(SEEDS.thuDuc);
  if (plan === "mam-non-2025-2026") return printedSeedDocx(SEEDS.mamNon);
  if (plan === "quang-ninh-2023-2024") return printedSeedDocx(SEEDS.quangNinh);
  return BIEU2.docx();
}

/** The same .docx with another font for every run (and the default style). */
export async function withFont(docx: Uint8Array, font: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx);
  for (const name of Object.keys(zip.files).filter((n) => /^word\/.*\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    // LibreOffice's HTML import (the held-out plans) sets Liberation Serif as the default font.
    zip.file(name, xml.replace(/Times New Roman|Liberation Serif/g, font));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function main(): Promise<void> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const fs = require("fs") as typeof import("fs");
  const path = require("path") as typeof import("path");
  /* eslint-enable @typescript-eslint/no-require-imports */
  const out = process.argv[2];
  if (process.argv[3] === "--fonts") {
    // The held-out plans' .docx (LibreOffice from HTML) are in `out` already: only their font variants.
    for (const plan of process.argv.slice(4)) {
      const docx = new Uint8Array(fs.readFileSync(path.join(out, `${plan}.docx`)));
      fs.writeFileSync(path.join(out, `${plan}-nimbus.docx`), await withFont(docx, "Nimbus Roman"));
      fs.writeFileSync(path.join(out, `${plan}-dejavu.docx`), await withFont(docx, "DejaVu Serif"));
    }
    return;
  }
  for (const plan of VARIETY_PLANS) {
    const docx = await referenceDocx(plan);
    fs.writeFileSync(path.join(out, `${plan}.docx`), docx);
    fs.writeFileSync(path.join(out, `${plan}-nimbus.docx`), await withFont(docx, "Nimbus Roman"));
    fs.writeFileSync(path.join(out, `${plan}-dejavu.docx`), await withFont(docx, "DejaVu Serif"));
  }
}

if (process.argv[1]?.endsWith("pdf-variety.ts")) void main();

/** What the acceptance compares of one reading. */
export interface Reading {
  context: Record<string, unknown>;
  rows: string[];
  findings: string[];
}

/** Share of a's entries (as a multiset) also in b, over the larger count: 1 = the same. */
export function agreement(a: string[], b: string[]): number {
  if (!a.length && !b.length) return 1;
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  let same = 0;
  for (const x of a) {
    const n = left.get(x) ?? 0;
    if (n > 0) {
      same++;
      left.set(x, n - 1);
    }
  }
  return same / Math.max(a.length, b.length);
}
