/**
 * Same file, same findings: nothing of a file opened before (context, catalog, cached text, pdf.js document
 * objects) changes what the next one reads. Every kind is opened after every other kind, through the file host,
 * and compared with the same file opened alone; one walk opens each file directly after each other file.
 */
import * as fs from "fs";
import * as path from "path";
import { docxFromGrid, xlsxFromGrid } from "../../support/files";
import { SEEDS, seedGrid, seedText } from "../../support/seeds";
import { readingOf, readMain } from "../../support/pdf-variety-read";

jest.setTimeout(300_000);

const VARIETY = path.join(__dirname, "..", "..", "fixtures", "pdf-variety");
const pdf = (n: string) => async () => new Uint8Array(fs.readFileSync(path.join(VARIETY, n)));

const FILES: Record<string, () => Promise<Uint8Array>> = {
  "mam-non.xlsx": () => xlsxFromGrid(seedGrid(SEEDS.mamNon)),
  "quang-ninh.docx": () => docxFromGrid(seedGrid(SEEDS.quangNinh)),
  "thu-duc.txt": async () => new TextEncoder().encode(seedText(SEEDS.thuDuc)),
  "bieu2.lo-fallback.pdf": pdf("bieu2-2026-2027.lo-fallback.pdf"),
  "thu-duc.chromium.pdf": pdf("thu-duc-2025-2026.chromium.pdf"),
  "mam-non.reportlab.pdf": pdf("mam-non-2025-2026.reportlab.pdf"),
  "quang-ninh.ocr.pdf": pdf("quang-ninh-2023-2024.ocr.pdf"),
  "garbled.pdf": pdf("thu-duc-2025-2026.garbled.pdf"),
};
const names = Object.keys(FILES);

async function reading(name: string) {
  const plan = await readMain(await FILES[name](), name);
  return { headerRow: plan.headerRow, ...readingOf(plan) };
}

/**
 * An order of openings in which every file comes directly after every other file once (an Eulerian circuit of the
 * complete directed graph, Hierholzer's algorithm): n·(n−1) + 1 openings instead of 2·n·(n−1).
 */
function everyPairOnce(items: readonly string[]): string[] {
  const left = new Map(items.map((a) => [a, items.filter((b) => b !== a)]));
  const stack = [items[0]];
  const walk: string[] = [];
  while (stack.length) {
    const next = left.get(stack[stack.length - 1])!.shift();
    if (next === undefined) walk.push(stack.pop()!);
    else stack.push(next);
  }
  return walk.reverse();
}

describe("a file reads the same whatever was opened before it", () => {
  const alone = new Map<string, Awaited<ReturnType<typeof reading>>>();
  beforeAll(async () => {
    for (const n of names) alone.set(n, await reading(n));
  });

  it("the opening order has every file directly after every other one", () => {
    const walk = everyPairOnce(names);
    const pairs = walk.slice(1).map((b, i) => `${walk[i]} → ${b}`);
    expect(new Set(pairs).size).toBe(names.length * (names.length - 1));
    expect(pairs.length).toBe(names.length * (names.length - 1));
  });

  it("every file after every other file", async () => {
    const walk = everyPairOnce(names);
    for (let i = 1; i < walk.length; i++) {
      const [a, b] = [walk[i - 1], walk[i]];
      expect({ after: a, file: b, ...(await reading(b)) }).toEqual({ after: a, file: b, ...alone.get(b)! });
    }
  });
});
