/**
 * Word's operations kept out of the pane's first load (src/hosts/word/more.ts, selftest.ts; loaded on first use):
 * each works as the very first thing a fresh adapter does in a fresh document, and a part that cannot be loaded
 * (offline, server down) says so in plain Vietnamese/English, changes nothing, and loads on the next try.
 * Expectations are written by hand from the official forms (the header block of Decree 30, TT 19/2018's names).
 */
import "../../../src/core/catalogs/all";
import { WordHost } from "../../../src/hosts/word";
import { PART_NOT_LOADED } from "../../../src/hosts/lazy";
import { getCatalog } from "../../../src/core/catalogs/index";
import { TEMPLATE_2018_COLUMNS } from "../../../src/core/templates";
import { FakeDocument, makeWord, type Table } from "./fake-word";

const ctx = {
  level: "thcs" as const,
  regime: "2018" as const,
  schoolYear: "2025-2026",
  school: "Trường THCS Kim Đồng",
};
const header = TEMPLATE_2018_COLUMNS.map((c) => c.header);

function fresh(grid: string[][] = [[""]]) {
  const doc = new FakeDocument(grid);
  return { doc, host: new WordHost(makeWord(doc, "word-365").env) };
}

const paragraphs = (doc: FakeDocument) =>
  doc.blocks.filter((b) => b.kind === "p").map((b) => (b as { text: string }).text);

describe("Word operations loaded on first use, each the first action in a fresh document", () => {
  it("Chèn phần đầu văn bản: the Decree 30 header block and title", async () => {
    const { doc, host } = fresh();
    await host.insertDocumentParts();
    const block = doc.tables()[0];
    expect(block.values.map((r) => r[1])).toEqual([
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "…, ngày … tháng … năm …",
    ]);
    expect(paragraphs(doc)).toContain("KẾ HOẠCH");
  });

  it("Chèn Biểu 2 đầy đủ: sections I to VIII in order", async () => {
    const { doc, host } = fresh();
    await host.insertBieu2({ ...ctx, regime: "2026", schoolYear: "2026-2027" });
    const numbers = paragraphs(doc)
      .map((t) => /^([IVX]+)\. /.exec(t)?.[1])
      .filter(Boolean);
    expect(numbers).toEqual(["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]);
  });

  it("a criterion picked into the cell at the cursor", async () => {
    const { doc, host } = fresh([header, new Array(header.length).fill("")]);
    doc.cursor = { block: 0, row: 1, col: 1 };
    const r = await host.fillCriterionAtCursor(getCatalog("tt19-2018")!, "2.1");
    expect(r.ok).toBe(true);
    expect((doc.blocks[0] as Table).values.map((row) => row[1])).toContain(
      "Tiêu chí 2.1: Đối với hiệu trưởng, phó hiệu trưởng",
    );
  });

  it("a drafted plan's table after the cursor", async () => {
    const { doc, host } = fresh();
    const rows = [
      ["Tiêu chí", "Mục tiêu"],
      ["1.1", "Đạt Mức 2"],
    ];
    const r = await host.insertDraft({ tables: [{ heading: "Bản nháp kế hoạch", headerRows: 1, rows }] });
    expect(r).toEqual({ status: "inserted", rows: 2 });
    expect(doc.tables()[0].values).toEqual(rows);
    expect(paragraphs(doc)).toContain("Bản nháp kế hoạch");
  });

  it("Kiểm tra thể thức: a document with no header block is told it lacks one", async () => {
    const { host } = fresh([["Kế hoạch cải tiến chất lượng năm học 2025-2026"]]);
    const plan = (await host.read()).plans[0];
    const rules = (await host.checkDocument(plan)).map((f) => f.rule);
    expect(rules).toContain("doc.header-missing-quoc-hieu");
  });

  it("the self-test runs and leaves the document as it was", async () => {
    const { doc, host } = fresh([["Đoạn văn của trường"]]);
    const before = doc.snapshot();
    const report = await host.selfTest();
    expect(report.host).toBe("word");
    expect(report.steps.find((s) => s.capability === "insert")?.status).toBe("pass");
    expect(doc.snapshot()).toBe(before);
  });
});

describe("a part that cannot be loaded", () => {
  afterEach(() => {
    jest.dontMock("../../../src/hosts/word/more");
    jest.dontMock("../../../src/hosts/word/selftest");
  });

  it("says so plainly, changes nothing, and loads on the next try", async () => {
    const { doc, host } = fresh();
    const before = doc.snapshot();
    // What webpack throws when a chunk's request fails (a ChunkLoadError).
    jest.doMock("../../../src/hosts/word/more", () => {
      throw Object.assign(new Error("Loading chunk 812 failed.\n(error: https://truong.example/812.js)"), {
        name: "ChunkLoadError",
      });
    });
    await expect(host.insertDocumentParts()).rejects.toThrow(PART_NOT_LOADED.vi);
    await expect(host.insertDocumentParts()).rejects.toMatchObject({ text: PART_NOT_LOADED });
    expect(PART_NOT_LOADED.vi).toMatch(/^Không tải được phần này của KHCT /);
    expect(PART_NOT_LOADED.en).toMatch(/^Could not load this part of KHCT/);
    expect(doc.snapshot()).toBe(before);
    jest.dontMock("../../../src/hosts/word/more");
    await host.insertDocumentParts();
    expect(doc.tables()[0].values[0][1]).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  });

  it("the self-test says the same", async () => {
    const { host } = fresh();
    jest.doMock("../../../src/hosts/word/selftest", () => {
      throw new Error("Loading chunk 97 failed.");
    });
    await expect(host.selfTest()).rejects.toThrow(PART_NOT_LOADED.vi);
  });
});
