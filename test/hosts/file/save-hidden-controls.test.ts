/**
 * What the page saves never carries a right-to-left override (U+202E), another bidirectional control or a C1 control
 * (issue 27): an override in a saved plan silently reorders what Word or Excel shows. The original file's text with
 * such characters, and a cell edited with them, are saved without them; the rest of the text is kept as written.
 */
import JSZip from "jszip";
import { FileHost, openPlanFile, planAsDocx } from "../../../src/hosts/file/index";
import { readPlan } from "../../../src/core/read/index";
import { docxFromGrid, xlsxFromGrid } from "../../support/files";
import { SEEDS, seedGrid, seedText } from "../../support/seeds";

const RLO = "\u202e";
const HIDDEN = /[\u0080-\u009f\u202a-\u202e\u2066-\u2069]|&#x0*202e;|&#8238;/i;
/** The seed plan with an override, an isolate and a C1 control in the first table row's third cell. */
function hostileGrid(): { grid: string[][]; row: number; text: string } {
  const grid = seedGrid(SEEDS.thuDuc).map((r) => [...r]);
  const row = grid.findIndex((r) => r.length > 3) + 1;
  const text = grid[row][2];
  grid[row][2] = `${RLO}2026\u2066 ${text}\u0085`;
  return { grid, row, text };
}

async function partsText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await Promise.all(
    Object.values(zip.files)
      .filter((f) => /\.xml$/.test(f.name))
      .map((f) => f.async("string")),
  );
  return xml.join("\n");
}

async function openAndEdit(bytes: Uint8Array, name: string, row: number) {
  const host = new FileHost(await openPlanFile(bytes, name));
  const { plans } = await host.read();
  host.setCell(plans[0], { row: plans[0].headerRow + 2, col: 2 }, `Sửa ${RLO}lại\u009b ngày 05/9`);
  expect(row).toBeGreaterThan(0);
  return host.save();
}

it(".docx: the original's override and the edited cell's are both gone; the words stay", async () => {
  const { grid, row, text } = hostileGrid();
  const saved = await openAndEdit(await docxFromGrid(grid), "kh.docx", row);
  const xml = await partsText(saved);
  expect(xml).not.toMatch(HIDDEN);
  expect(xml).toContain(`2026 ${text.slice(0, 20)}`);
  expect(xml).toContain("Sửa lại ngày 05/9");
});

it(".docx written with character references (&#x202E;) loses them too", async () => {
  const zip = await JSZip.loadAsync(await docxFromGrid(seedGrid(SEEDS.thuDuc)));
  const doc = await zip.file("word/document.xml")!.async("string");
  zip.file("word/document.xml", doc.replace("Tham mưu để", "&#x202E;Tham&#8238; mưu để&#133;"));
  const saved = await openAndEdit(await zip.generateAsync({ type: "uint8array" }), "kh.docx", 1);
  const xml = await partsText(saved);
  expect(xml).not.toMatch(HIDDEN);
  expect(xml).not.toMatch(/&#133;/);
  expect(xml).toContain("Tham mưu để");
});

it(".xlsx: every text cell saved without them", async () => {
  const { grid, row, text } = hostileGrid();
  const saved = await openAndEdit(await xlsxFromGrid(grid), "kh.xlsx", row);
  const xml = await partsText(saved);
  expect(xml).not.toMatch(HIDDEN);
  expect(xml).toContain(`2026 ${text.slice(0, 20)}`);
  expect(xml).toContain("Sửa lại ngày 05/9");
});

it(".txt (a pasted table): saved without them", async () => {
  const { row } = hostileGrid();
  const source = seedText(SEEDS.thuDuc).replace("Tham mưu để", `${RLO}Tham mưu để\u2069`);
  const saved = new TextDecoder().decode(await openAndEdit(new TextEncoder().encode(source), "kh.txt", row));
  expect(saved).not.toMatch(HIDDEN);
  expect(saved).toContain("Tham mưu để");
  expect(saved).toContain("Sửa lại ngày 05/9");
});

it("a PDF's plan saved as a new .docx: without them", async () => {
  const { grid, text } = hostileGrid();
  const xml = await partsText(await planAsDocx(readPlan(grid)));
  expect(xml).not.toMatch(HIDDEN);
  expect(xml).toContain(`2026 ${text.slice(0, 20)}`);
});
