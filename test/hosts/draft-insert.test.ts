// Inserting a drafted plan (gap board) through the port in the faked Excel and Word: same rows as the core draft,
// never over content without confirmation, fixed syncs, and the inserted draft re-checks with no error.
import "../../src/core/catalogs/all";
import { getCatalog } from "../../src/core/catalogs/index";
import { checkPlan } from "../../src/core/rules";
import { draftPlan, draftTables, emptyLevelSet } from "../../src/core/assess";
import { ExcelHost } from "../../src/hosts/excel";
import { WordHost } from "../../src/hosts/word";
import { FakeWorkbook, makeExcel } from "./excel/fake-excel";
import { FakeDocument, makeWord, type Table } from "./word/fake-word";

const tt57 = getCatalog("tt57-pho-thong")!;
const tt18 = getCatalog("tt18-2018")!;
const ctx = { level: "thcs" as const, regime: "2026" as const, schoolYear: "2026-2027", school: null };

function tt57Draft() {
  const set = emptyLevelSet();
  for (const s of tt57.standards) for (const c of s.criteria) set.levels[c.code] = 1;
  set.levels["3.2"] = 0;
  set.levels["4.1"] = 0;
  return draftPlan(tt57, set, { "3.2": 1, "4.1": 1 }, ctx);
}

describe("insertDraft", () => {
  it("Excel: IV and V stacked at the selection in 3 syncs, asks before overwriting, reads back with no error", async () => {
    const wb = new FakeWorkbook(["Kế hoạch"]);
    wb.sheet("Kế hoạch").setValues(0, 0, [["KẾ HOẠCH Cải tiến chất lượng giáo dục năm học 2026-2027"]]);
    wb.selection = { sheet: "Kế hoạch", address: "A3" };
    const fake = makeExcel(wb, "1.18");
    const host = new ExcelHost(fake.env);
    const d = tt57Draft();
    const r = await host.insertDraft({ tables: draftTables(d) });
    expect(r).toEqual({ status: "inserted", rows: 4 + 1 + 1 + 4 }); // IV: heading, header, 2 rows; blank; V: heading, header, numbers, 2 rows
    expect(fake.syncs()).toBe(3);
    const s = wb.sheet("Kế hoạch");
    expect(s.peek(2, 0)!.value).toMatch(/^IV\. /);
    expect(s.peek(2, 0)!.fmt.bold).toBe(true);
    expect(s.peek(3, 1)!.value).toBe("Tiêu chuẩn");
    expect(s.peek(4, 2)!.value).toMatch(/^Tiêu chí 3\.2: /);
    expect(s.peek(10, 2)!.value).toBe(d.grid.rows[2][2]);
    // Borders on each table (IV: 6 columns, V: 10), not on the headings or the blank row between.
    expect(s.peek(3, 5)!.fmt["border.InsideVertical"]).toBe("Continuous");
    expect(s.peek(3, 6)?.fmt["border.InsideVertical"]).toBeUndefined();
    expect(s.peek(10, 9)!.fmt["border.EdgeTop"]).toBe("Continuous");
    expect(s.peek(2, 0)!.fmt["border.EdgeTop"]).toBeUndefined();
    expect(s.peek(6, 0)?.fmt["border.EdgeTop"]).toBeUndefined();
    // Again at the same place: nothing written without confirmation.
    wb.selection = { sheet: "Kế hoạch", address: "A3" };
    const again = await host.insertDraft({ tables: draftTables(d) });
    expect(again.status).toBe("needs-confirmation");
    const { plans } = await host.read({ level: "thcs" });
    const plan = plans.find((p) => p.template === "tt57-bieu2" && p.rows.some((x) => x.criterion))!;
    expect(plan.rows.filter((x) => x.kind === "criterion").map((x) => x.criterion)).toEqual(["3.2", "4.1"]);
    expect(plan.priorityIssues!.map((i) => i.criterion)).toEqual(["3.2", "4.1"]);
    expect(checkPlan(plan).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("Word: headed tables after the cursor in 2 syncs, the same rows, reads back with no error", async () => {
    const doc = new FakeDocument([["KẾ HOẠCH Cải tiến chất lượng giáo dục năm học 2026-2027"]]);
    const fake = makeWord(doc);
    const host = new WordHost(fake.env);
    const d = tt57Draft();
    const r = await host.insertDraft({ tables: draftTables(d) });
    expect(r.status).toBe("inserted");
    expect(fake.syncs()).toBe(2);
    const tables = doc.blocks.filter((b): b is Table => b.kind === "table");
    expect(tables.map((t) => t.values)).toEqual([[d.sectionIV!.headers, ...d.sectionIV!.rows], d.grid.rows]);
    expect(tables[1].headerRowCount).toBe(2);
    expect(doc.blocks.some((b) => b.kind === "p" && /^V\. /.test(b.text))).toBe(true);
    const plan = (await host.read({ level: "thcs" })).plans.find(
      (p) => p.template === "tt57-bieu2" && p.rows.some((x) => x.criterion),
    )!;
    expect(plan.rows.filter((x) => x.kind === "criterion").map((x) => x.criterion)).toEqual(["3.2", "4.1"]);
    expect(checkPlan(plan).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("Word, 2018: one table without heading; older Word says what to do instead", async () => {
    const set = emptyLevelSet();
    for (const s of tt18.standards) for (const c of s.criteria) set.levels[c.code] = Math.min(3, c.maxLevel);
    set.levels["2.3"] = 2;
    const d = draftPlan(tt18, set, { "2.3": 3 }, { ...ctx, regime: "2018", schoolYear: "2025-2026" });
    const doc = new FakeDocument([["Kế hoạch năm học 2025-2026"]]);
    const host = new WordHost(makeWord(doc).env);
    await host.insertDraft({ tables: draftTables(d) });
    const tables = doc.blocks.filter((b): b is Table => b.kind === "table");
    expect(tables).toHaveLength(1);
    expect(tables[0].values[4][1]).toMatch(/^Tiêu chí 2\.3: /);
    const old = new WordHost(makeWord(new FakeDocument([[""]]), "1.1").env);
    const r = await old.insertDraft({ tables: draftTables(d) });
    expect(r).toMatchObject({
      status: "unsupported",
      message: expect.objectContaining({ vi: expect.stringMatching(/WordApi 1\.3/) }),
    });
  });
});
