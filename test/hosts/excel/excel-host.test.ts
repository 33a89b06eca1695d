import "../../../src/core/catalogs/all";
import { ExcelHost, FLAG_SHEET, CATALOG_SHEET } from "../../../src/hosts/excel";
import { getCatalog } from "../../../src/core/catalogs/index";
import { checkPlan } from "../../../src/core/rules";
import { TEMPLATE_2018_COLUMNS } from "../../../src/core/templates";
import { FakeWorkbook, makeExcel } from "./fake-excel";
import { SEEDS, seedGrid } from "../../support/seeds";
import { catalogWithStandards, syntheticPlanGrid } from "../../support/plans";

const ctx2018 = { level: "thcs" as const, regime: "2018" as const, schoolYear: "2025-2026", school: null };
const tt18 = getCatalog("tt18-2018")!;

const planGrid = (n: number) =>
  syntheticPlanGrid(n, (i) => ({
    period: i % 2 ? "Tháng 9/2025 - 9/2026" : "Tháng 10/2025",
    budget: i % 3 ? "5 triệu" : "10 triệu đống",
  }));

function setup(grid: string[][] = [], api = "1.18") {
  const wb = new FakeWorkbook(["Kế hoạch", "Khác"]);
  wb.sheet("Kế hoạch").setValues(0, 0, grid);
  const fake = makeExcel(wb, api);
  return { wb, fake, host: new ExcelHost(fake.env) };
}

describe("insert", () => {
  it("writes the styled table at the selection in 3 syncs", async () => {
    const { wb, fake, host } = setup();
    wb.selection = { sheet: "Kế hoạch", address: "A1" };
    const r = await host.insertTable({ template: "2018-9col", context: ctx2018 }, tt18);
    expect(r).toEqual({ status: "inserted", rows: expect.any(Number) });
    const s = wb.sheet("Kế hoạch");
    expect(s.peek(0, 1)!.value).toBe("Tiêu chuẩn, tiêu chí");
    expect(s.peek(0, 0)!.fmt).toMatchObject({ bold: true, halign: "Center", fill: "#DDEBF7", font: "Times New Roman" });
    expect(s.peek(2, 1)!.value).toBe("MỨC 1, 2, 3");
    expect(s.peek(3, 1)!.value).toBe("Tiêu chuẩn 1: Tổ chức và quản lý nhà trường");
    expect(s.peek(3, 1)!.fmt.bold).toBe(true);
    expect(s.frozenRows).toBe(1);
    expect(s.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4", printTitleRows: "$1:$1" });
    expect(s.columnWidths.size).toBe(9);
    expect(fake.syncs()).toBe(3);
  });
  it("never writes over non-empty cells without confirmation", async () => {
    const { wb, host } = setup([["", "", "Ghi chú riêng của trường"]]);
    const before = wb.snapshot();
    const r = await host.insertTable({ template: "2018-9col", context: ctx2018 }, tt18);
    expect(r).toEqual({
      status: "needs-confirmation",
      occupied: [{ address: "C1", text: "Ghi chú riêng của trường" }],
    });
    expect(wb.snapshot()).toBe(before);
    expect((await host.insertTable({ template: "2018-9col", context: ctx2018, overwrite: true }, tt18)).status).toBe(
      "inserted",
    );
  });
  it("degrades on Excel 2016 (ExcelApi 1.2): no freeze or page layout, still inserts", async () => {
    const { wb, host } = setup([], "1.2");
    expect(
      (await host.insertTable({ template: "tt57-bieu2", context: { ...ctx2018, regime: "2026" } }, null)).status,
    ).toBe("inserted");
    expect(wb.sheet("Kế hoạch").frozenRows).toBe(0);
    expect(wb.sheet("Kế hoạch").peek(0, 4)!.value).toBe("Chỉ số đánh giá kết quả");
  });
});

describe("Biểu 2 tables", () => {
  it("stacks the section IV, V and VI tables at the selection in 3 syncs; the plan table reads back as Biểu 2", async () => {
    const { wb, fake, host } = setup();
    wb.selection = { sheet: "Kế hoạch", address: "A1" };
    const r = await host.insertBieu2Tables({ level: "thcs", regime: "2026", schoolYear: "2026-2027", school: null });
    expect(r.status).toBe("inserted");
    expect(fake.syncs()).toBe(3);
    const s = wb.sheet("Kế hoạch");
    const colA = Array.from({ length: 20 }, (_, i) => String(s.peek(i, 0)?.value ?? ""));
    expect(colA.filter((v) => /^(IV|V|VI)\. /.test(v)).map((v) => v.split(".")[0])).toEqual(["IV", "V", "VI"]);
    expect(colA).toContain("Cuối học kỳ I (tháng 01/2027)");
    const plan = (await host.read()).plans.find((p) => p.template === "tt57-bieu2")!;
    expect(plan.columns.indicator).toBe(4);
    expect(
      (await host.insertBieu2Tables({ level: "thcs", regime: "2026", schoolYear: "2026-2027", school: null })).status,
    ).toBe("needs-confirmation");
  });
});

describe("read, dropdowns, marks", () => {
  it("reads a pasted seed table with continuation rows, at an offset", async () => {
    const wb = new FakeWorkbook(["Kế hoạch"]);
    wb.sheet("Kế hoạch").setValues(4, 2, seedGrid(SEEDS.thuDuc));
    const fake = makeExcel(wb);
    const host = new ExcelHost(fake.env);
    const { plans } = await host.read();
    const plan = plans[0];
    expect(plan.rows.filter((r) => r.kind === "criterion").map((r) => [r.criterion, r.gridRows.length])).toEqual([
      ["1.4", 1],
      ["5.2", 2],
      ["5.4", 2],
    ]);
    const f = checkPlan(plan).find((x) => x.rule === "timeline.after-school-year")!;
    expect(host.toSheet(f.cell!)).toEqual({ row: 4 + 28, col: 2 + 5 });
    await host.select(f.cell!);
    expect(wb.selection).toEqual({ sheet: "Kế hoạch", address: "H33" });
    expect(fake.syncs()).toBe(3); // read: text, merged areas; select
  });
  it("sets up criterion and level dropdowns from a very hidden catalog sheet", async () => {
    const { wb, host } = setup(planGrid(5));
    const plan = (await host.read()).plans[0];
    const r = await host.setupDropdowns(tt18, plan);
    expect(r.ok).toBe(true);
    expect(wb.sheet(CATALOG_SHEET).visibility).toBe("VeryHidden");
    expect(wb.sheet(CATALOG_SHEET).peek(3, 0)!.value).toBe(
      "Tiêu chí 1.4: Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn và tổ văn phòng",
    );
    expect([...wb.names.keys()].sort()).toEqual(["DS_Muc", "DS_TieuChi"]);
    const rules = [...wb.sheet("Kế hoạch").validations.values()].map(
      (v) => (v as { rule: { list: { source: string } } }).rule.list.source,
    );
    expect(rules.sort()).toEqual(["=DS_Muc", "=DS_TieuChi"]);
    const old = setup(planGrid(5), "1.7");
    expect((await old.host.setupDropdowns(tt18, (await old.host.read()).plans[0])).message.vi).toMatch(/ExcelApi 1\.8/);
  });
  it("marks findings and clearing returns the workbook exactly to what it was", async () => {
    const { wb, host } = setup(planGrid(20));
    const s = wb.sheet("Kế hoạch");
    s.cell(5, 1).fmt = { fill: "#00FF00", bold: true }; // the user's own formatting
    s.cfs.push(new (await import("./fake-excel")).FakeConditionalFormat("CellValue", s.cfs, null as never));
    wb.comments.push({ address: "A1", content: "Ý kiến của hiệu trưởng" });
    const before = wb.snapshot();
    const plan = (await host.read()).plans[0];
    const findings = checkPlan(plan, tt18);
    await host.markFindings(findings, plan);
    expect(wb.sheets.map((x) => x.name)).toContain(FLAG_SHEET);
    expect(wb.sheet(FLAG_SHEET).visibility).toBe("VeryHidden");
    expect(s.cfs.filter((c) => c.custom.rule.formula.includes(FLAG_SHEET))).toHaveLength(2);
    expect(wb.notes.length).toBeGreaterThan(0);
    expect(wb.notes.every((n) => n.content.startsWith("[KHCT]"))).toBe(true);
    expect(s.peek(5, 1)!.fmt).toEqual({ fill: "#00FF00", bold: true });
    await host.clearMarks();
    expect(wb.snapshot()).toBe(before);
  });
  it("uses comments where notes are missing and does nothing to formatting below ExcelApi 1.6", async () => {
    const c = setup(planGrid(5), "1.10");
    const plan = (await c.host.read()).plans[0];
    await c.host.markFindings(checkPlan(plan, tt18), plan);
    expect(c.wb.comments.length).toBeGreaterThan(0);
    expect(c.wb.notes).toHaveLength(0);
    const old = setup(planGrid(5), "1.2");
    const before = old.wb.snapshot();
    const p2 = (await old.host.read()).plans[0];
    expect(checkPlan(p2, tt18).length).toBeGreaterThan(0); // checking still works on Excel 2016
    await old.host.markFindings(checkPlan(p2, tt18), p2);
    expect(old.wb.snapshot()).toBe(before);
    expect((await old.host.capabilities()).marks).toBe(false);
  });
});

describe("sync counts do not grow with the row count", () => {
  it.each(["read", "insert", "mark", "clear"])("%s: same number of syncs at 10 and 1,000 rows", async (op) => {
    const counts: number[] = [];
    for (const n of [10, 1000]) {
      const { wb, fake, host } = setup(op === "insert" ? [] : planGrid(n));
      const plan = op === "insert" ? null : (await host.read()).plans[0];
      if (op === "clear") await host.markFindings(checkPlan(plan!, tt18), plan!);
      fake.reset();
      if (op === "read") await host.read();
      if (op === "insert") {
        wb.selection = { sheet: "Kế hoạch", address: "A1" };
        await host.insertTable({ template: "2018-9col", context: ctx2018 }, catalogWithStandards(n / 10));
      }
      if (op === "mark") await host.markFindings(checkPlan(plan!, tt18), plan!);
      if (op === "clear") await host.clearMarks();
      counts.push(fake.syncs());
    }
    expect(counts[0]).toBe(counts[1]);
  });
});

describe("live re-check", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());
  it("re-reads once after a burst of user edits and ignores KHCT's own writes", async () => {
    const { wb, host } = setup(planGrid(5));
    await host.read();
    const results: number[] = [];
    const stop = await host.startLiveCheck((r) => results.push(r.plans.length), 500);
    const sheet = wb.sheet("Kế hoạch");
    const fire = () => sheet.handlers.forEach((h) => void h({ source: "Local" }));
    jest.setSystemTime(Date.now() + 5000);
    fire();
    fire();
    fire();
    await jest.advanceTimersByTimeAsync(600);
    expect(results).toHaveLength(1);
    // KHCT's own write (insert total row) does not trigger a re-check.
    await host.insertTotalRow((await host.read()).plans[0], 15_000_000, "Mười lăm triệu đồng");
    await jest.advanceTimersByTimeAsync(600);
    expect(results).toHaveLength(1);
    fire(); // within the own-write window
    await jest.advanceTimersByTimeAsync(600);
    expect(results).toHaveLength(1);
    await stop();
    expect(sheet.handlers).toHaveLength(0);
  });
  it("checks the standard row when a criterion is picked from the dropdown", async () => {
    const grid = [
      TEMPLATE_2018_COLUMNS.map((c) => c.header),
      ["1", "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"],
      ["", "Tiêu chí 3.5: Thiết bị"],
    ];
    const { wb, host } = setup(grid);
    await host.read();
    const picked: { status: string; message: { vi: string; en: string } }[] = [];
    const stop = await host.startLiveCheck(
      () => undefined,
      500,
      tt18,
      (p) => picked.push(p),
    );
    jest.setSystemTime(Date.now() + 5000);
    await Promise.all(wb.sheet("Kế hoạch").handlers.map((h) => h({ source: "Local", address: "B3" })));
    expect(picked).toHaveLength(1);
    expect(picked[0].status).toBe("mismatch"); // 3.5 sits under Tiêu chuẩn 1
    expect(picked[0].message.vi).toMatch(/3\.5|Tiêu chuẩn 3/);
    await stop();
  });
});
