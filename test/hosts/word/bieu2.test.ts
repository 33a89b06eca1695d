import "../../../src/core/catalogs/all";
import { WordHost } from "../../../src/hosts/word";
import { FakeDocument, makeWord, type Table } from "./fake-word";
import { SECTION_IV_HEADER } from "../../support/grids";

it("inserts Biểu 2 with all sections in order, its IV/V/VI tables and dated review points, in one sync", async () => {
  const doc = new FakeDocument([[""]]);
  const fake = makeWord(doc);
  const host = new WordHost(fake.env);
  await host.insertBieu2({ level: "thcs", regime: "2026", schoolYear: "2026-2027", school: "Trường THCS A" });
  const headings = doc.blocks
    .filter((b) => b.kind === "p" && /^(I|II|III|IV|V|VI|VII|VIII)\. /.test(b.text))
    .map((b) => (b as { text: string }).text.split(".")[0]);
  expect(headings).toEqual(["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]);
  const tables = doc.blocks.filter((b): b is Table => b.kind === "table");
  expect(tables[0].values[0]).toEqual(["UBND XÃ/PHƯỜNG …", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]);
  expect(tables[1].values[0]).toEqual(SECTION_IV_HEADER);
  expect(tables[2].values[0][4]).toBe("Chỉ số đánh giá kết quả");
  expect(tables[2].headerRowCount).toBe(1);
  expect(tables[3].values.slice(1).map((r) => r[0])).toEqual([
    "Cuối học kỳ I (tháng 01/2027)",
    "Cuối năm học (tháng 05/2027)",
  ]);
  expect(doc.blocks.some((b) => b.kind === "p" && b.text.includes("57/2026/TT-BGDĐT"))).toBe(true);
  expect(fake.syncs()).toBe(2); // where the cursor is (never inside a table), then everything at once
  // The document reads back: its plan table is Biểu 2 and the review points are found.
  const plan = (await host.read()).plans.find((p) => p.template === "tt57-bieu2")!;
  expect(plan.context).toMatchObject({ regime: "2026", schoolYear: "2026-2027" });
});
