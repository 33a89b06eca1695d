/** “Chèn phần đầu văn bản” for a 2026-2027 plan inserts the Biểu 2 sections (TT 57/2026), not 2018's I–III (issue 24). */
import "../../../src/core/catalogs/all";
import { WordHost } from "../../../src/hosts/word";
import { planDocumentParts } from "../../../src/core/docparts";
import { checkPlan } from "../../../src/core/rules";
import { FakeDocument, makeWord, type Table } from "./fake-word";
import { BIEU2_SECTION_HEADINGS, SECTION_IV_HEADER } from "../../support/grids";

const ctx = { level: "thcs" as const, regime: "2026" as const, schoolYear: "2026-2027", school: "Trường THCS A" };

it("as the first thing in a fresh document: header block, title, sections I–VIII with the IV and VI tables, in 2 syncs", async () => {
  const doc = new FakeDocument([[""]]);
  const fake = makeWord(doc);
  const host = new WordHost(fake.env);
  await host.insertDocumentParts(planDocumentParts(ctx));
  const texts = doc.blocks.filter((b) => b.kind === "p").map((b) => (b as { text: string }).text);
  // Titles from Biểu 2 (Mẫu số 2, Phụ lục V, TT 57/2026) as tt57-2026.json gives them.
  expect(texts.filter((t) => /^(I|II|III|IV|V|VI|VII|VIII)\. /.test(t))).toEqual(BIEU2_SECTION_HEADINGS);
  expect(texts).not.toContain("II. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG");
  expect(texts.some((t) => t.includes("57/2026/TT-BGDĐT"))).toBe(true);
  expect(texts.some((t) => t.includes("18/2018/TT-BGDĐT"))).toBe(false);
  const tables = doc.blocks.filter((b): b is Table => b.kind === "table");
  expect(tables[0].values[1][0]).toBe("TRƯỜNG THCS A");
  expect(tables[1].values[0]).toEqual(SECTION_IV_HEADER);
  expect(tables[2].values[0]).toEqual([
    "Thời điểm",
    "Nội dung theo dõi",
    "Kết quả thực hiện",
    "Điều chỉnh (nếu có)",
    "Người đánh giá",
  ]);
  expect(tables[2].values.slice(1).map((r) => r[0])).toEqual([
    "Cuối học kỳ I (tháng 01/2027)",
    "Cuối năm học (tháng 05/2027)",
  ]);
  expect(fake.syncs()).toBe(2);
  // Read back: a 2026-2027 document whose review points (section VI) are there.
  const plan = (await host.read()).plans[0];
  expect(plan.context).toMatchObject({ regime: "2026", schoolYear: "2026-2027" });
  expect(checkPlan(plan).filter((f) => f.rule === "tt57.review-points")).toEqual([]);
});

it("2018 plans keep sections I–III", () => {
  const parts = planDocumentParts({ ...ctx, regime: "2018", schoolYear: "2025-2026" });
  expect(parts.filter((p) => p.kind === "heading").map((p) => (p as { text: string }).text)).toEqual([
    "I. MỤC ĐÍCH, YÊU CẦU",
    "II. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
    "III. TỔ CHỨC THỰC HIỆN",
  ]);
});
