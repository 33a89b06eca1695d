/** The TT convention ("1 | Tiêu chuẩn 1: …", criterion rows' TT empty) in the Excel and Word inserts. */
import "../../src/core/catalogs/all";
import { ExcelHost } from "../../src/hosts/excel";
import { WordHost } from "../../src/hosts/word";
import { getCatalog } from "../../src/core/catalogs/index";
import { FakeWorkbook, makeExcel } from "./excel/fake-excel";
import { FakeDocument, makeWord, type Table } from "./word/fake-word";

const ctx = { level: "thcs" as const, regime: "2018" as const, schoolYear: "2025-2026", school: null };
const tt18 = getCatalog("tt18-2018")!;
const EXPECTED = [
  "1 | Tiêu chuẩn 1",
  "",
  "2 | Tiêu chuẩn 2",
  "",
  "3 | Tiêu chuẩn 3",
  "",
  "4 | Tiêu chuẩn 4",
  "",
  "5 | Tiêu chuẩn 5",
  "",
];
/** Rows 3–12 of the inserted table (after header, numbers and "MỨC 1, 2, 3") as "TT | Tiêu chuẩn N". */
const summary = (rows: string[][]) =>
  rows.slice(3, 13).map((r) => (r.every((c) => !c) ? "" : `${r[0]} | ${r[1].slice(0, 12)}`));

describe("TT numbering in the inserted tables", () => {
  it("Excel: standard rows numbered, the empty criterion row under each is not", async () => {
    const wb = new FakeWorkbook(["Kế hoạch"]);
    const fake = makeExcel(wb, "1.18");
    wb.selection = { sheet: "Kế hoạch", address: "A1" };
    expect((await new ExcelHost(fake.env).insertTable({ template: "2018-9col", context: ctx }, tt18)).status).toBe(
      "inserted",
    );
    const s = wb.sheet("Kế hoạch");
    const rows = Array.from({ length: 16 }, (_, r) =>
      Array.from({ length: 9 }, (_, c) => String(s.peek(r, c)?.value ?? "")),
    );
    expect(summary(rows)).toEqual(EXPECTED);
  });
  it("Word: the same rows", async () => {
    const doc = new FakeDocument([[""]]);
    const fake = makeWord(doc, "1.4");
    expect((await new WordHost(fake.env).insertTable({ template: "2018-9col", context: ctx }, tt18)).status).toBe(
      "inserted",
    );
    const t = doc.tables()[0] as Table;
    expect(summary(t.values)).toEqual(EXPECTED);
  });
});
