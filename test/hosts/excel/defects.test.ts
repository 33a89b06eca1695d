/**
 * Issue 11, Excel defects found by reading the adapter against the Office.js reference. Each test failed on the
 * adapter as it was (against the strict fake) and passes after the fix.
 */
import "../../../src/core/catalogs/all";
import { ExcelHost, CATALOG_SHEET, FLAG_SHEET } from "../../../src/hosts/excel";
import { getCatalog } from "../../../src/core/catalogs/index";
import { checkPlan } from "../../../src/core/rules";
import { renderGrid } from "../../../src/core/render";
import { FakeWorkbook, makeExcel, type FakeOptions } from "./fake-excel";
import { excelProfile, type ExcelProfile } from "./profiles";
import { syntheticPlanGrid } from "../../support/plans";

const tt18 = getCatalog("tt18-2018")!;
const ctx2018 = { level: "thcs" as const, regime: "2018" as const, schoolYear: "2025-2026", school: null };
const planGrid = (n: number) =>
  syntheticPlanGrid(n, (i) => ({
    period: i % 2 ? "Tháng 9/2025 - 9/2026" : "Tháng 10/2025",
    budget: i % 3 ? "5 triệu" : "10 triệu đống",
  }));

function setup(grid: string[][] = [], profile: ExcelProfile = excelProfile("m365"), options: FakeOptions = {}) {
  const wb = new FakeWorkbook(["Kế hoạch", "Khác"]);
  wb.sheet("Kế hoạch").setValues(0, 0, grid);
  const fake = makeExcel(wb, profile, options);
  return { wb, fake, host: new ExcelHost(fake.env) };
}

describe("defect 1: very hidden sheets are never deleted while very hidden", () => {
  it("clearing marks after marking restores the workbook (the flag sheet is made visible before delete)", async () => {
    const { wb, host } = setup(planGrid(8));
    const before = wb.snapshot();
    const plan = (await host.read()).plans[0];
    await host.markFindings(checkPlan(plan, tt18), plan);
    expect(wb.sheet(FLAG_SHEET).visibility).toBe("VeryHidden");
    await host.markFindings(checkPlan(plan, tt18), plan); // re-mark replaces the flag sheet
    await host.clearMarks();
    expect(wb.sheets.map((s) => s.name)).toEqual(["Kế hoạch", "Khác"]);
    expect(wb.snapshot()).toBe(before);
  });
  it("a second 'Tạo danh sách chọn' replaces the very hidden catalog sheet", async () => {
    const { wb, host } = setup(planGrid(5));
    const plan = (await host.read()).plans[0];
    expect((await host.setupDropdowns(tt18, plan)).ok).toBe(true);
    expect((await host.setupDropdowns(tt18, plan)).ok).toBe(true);
    expect(wb.sheets.filter((s) => s.name === CATALOG_SHEET)).toHaveLength(1);
    expect(wb.sheet(CATALOG_SHEET).visibility).toBe("VeryHidden");
  });
});

describe("defect 2: live re-check off removes the handler with its own context", () => {
  it("off → on → off leaves no handler behind", async () => {
    const { wb, host } = setup(planGrid(3));
    await host.read();
    const sheet = wb.sheet("Kế hoạch");
    for (let i = 0; i < 3; i++) {
      const stop = await host.startLiveCheck(() => undefined, 10);
      expect(sheet.handlers).toHaveLength(1);
      await stop();
      expect(sheet.handlers).toHaveLength(0);
    }
  });
});

describe("defect 3: text stays text", () => {
  it.each(["2018-9col", "tt57-bieu2"] as const)(
    "%s: every inserted cell reads back exactly as rendered, column numbers included",
    async (template) => {
      const { wb, host } = setup();
      const context =
        template === "tt57-bieu2" ? { ...ctx2018, regime: "2026" as const, schoolYear: "2026-2027" } : ctx2018;
      const grid = renderGrid(template, context, null, template === "2018-9col" ? tt18 : null);
      expect((await host.insertTable({ template, context }, template === "2018-9col" ? tt18 : null)).status).toBe(
        "inserted",
      );
      const s = wb.sheet("Kế hoạch");
      const numbers = grid.rows.findIndex((r) => r[0] === "(1)");
      expect(numbers).toBeGreaterThan(0);
      grid.rows.forEach((row, r) =>
        row.forEach((v, c) => expect([r, c, s.peek(r, c)?.value ?? ""]).toEqual([r, c, v])),
      );
      const plan = (await host.read()).plans[0];
      const onNumberRow = checkPlan(plan, template === "2018-9col" ? tt18 : null).filter(
        (f) => f.cell?.row === numbers,
      );
      expect(onNumberRow).toEqual([]);
    },
  );
  it("the standard row filled after a criterion pick and the total row keep their text", async () => {
    const { wb, host } = setup(planGrid(3));
    const plan = (await host.read()).plans[0];
    expect((await host.insertTotalRow(plan, 1_500_000, "Một triệu năm trăm nghìn đồng")).status).toBe("inserted");
    const row = plan.rows.flatMap((r) => r.gridRows).reduce((a, b) => Math.max(a, b), plan.headerRow) + 1;
    expect(wb.sheet("Kế hoạch").peek(row, plan.columns.budget!)!.value).toBe(1_500_000);
    expect(wb.sheet("Kế hoạch").peek(row, plan.columns.criterion!)!.value).toBe("Tổng cộng");
  });
});

describe("defect 5: more than 512 merged areas never fail read()", () => {
  it("reads the plan and says the merged areas could not be listed", async () => {
    const grid = planGrid(10);
    for (let r = 0; r < 600; r++) grid.push(["", "", "", "", "", "", "", "", ""]);
    const { wb, host } = setup(grid);
    const s = wb.sheet("Kế hoạch");
    s.setValues(grid.length, 0, [["cuối"]]);
    for (let i = 0; i < 600; i++) s.merged.push({ r0: grid.length - 600 + i, c0: 7, r1: grid.length - 600 + i, c1: 8 });
    const r = await host.read();
    expect(r.plans[0].rows.filter((x) => x.kind === "criterion").length).toBeGreaterThan(0);
    expect(r.problems.map((p) => p.vi).join(" ")).toMatch(/ô gộp/);
  });
});

describe("defect 7: own writes recognised by triggerSource (1.14+) or a write-in-progress flag", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());
  async function live(profile: ExcelProfile, options: FakeOptions) {
    const s = setup(planGrid(5), profile, options);
    const first = s.host.read();
    await jest.advanceTimersByTimeAsync(5000);
    const plan = (await first).plans[0];
    const results: number[] = [];
    const starting = s.host.startLiveCheck(() => results.push(1), 300);
    await jest.advanceTimersByTimeAsync(5000);
    const stop = await starting;
    return { ...s, plan, results, stop };
  }
  it("Microsoft 365: an own write whose event arrives 2 s later is ignored", async () => {
    const { host, plan, results, stop } = await live(excelProfile("m365"), { eventDelayMs: 2000 });
    const write = host.insertTotalRow(plan, 1, "Một đồng");
    await jest.advanceTimersByTimeAsync(4000);
    expect((await write).status).toBe("inserted");
    expect(results).toHaveLength(0);
    const stopping = stop();
    await jest.advanceTimersByTimeAsync(100);
    await stopping;
  });
  it("Excel 2019: an own write on a slow host (2 s round trip) is ignored", async () => {
    const { host, plan, results, stop } = await live(excelProfile("excel2019"), { latencyMs: 2000 });
    const write = host.insertTotalRow(plan, 1, "Một đồng");
    await jest.advanceTimersByTimeAsync(10_000);
    expect((await write).status).toBe("inserted");
    expect(results).toHaveLength(0);
    const stopping = stop();
    await jest.advanceTimersByTimeAsync(5000);
    await stopping;
  });
  it.each(["m365", "excel2019"])("%s: a user's edit right after an own write is re-checked", async (id) => {
    const { wb, host, plan, results, stop } = await live(excelProfile(id), {});
    const write = host.insertTotalRow(plan, 1, "Một đồng");
    await jest.advanceTimersByTimeAsync(50);
    await write;
    // The user types in A1 (another cell) 100 ms after KHCT's write.
    await jest.advanceTimersByTimeAsync(100);
    for (const h of wb.sheet("Kế hoạch").handlers)
      void h({
        source: "Local",
        address: "A1",
        changeType: "RangeEdited",
        ...(id === "m365" ? { triggerSource: "Unknown" } : {}),
      });
    await jest.advanceTimersByTimeAsync(1000);
    expect(results).toHaveLength(1);
    const stopping = stop();
    await jest.advanceTimersByTimeAsync(100);
    await stopping;
  });
});

describe("defect 12 (Excel): the table fits A4 landscape, one page wide", () => {
  it("columns sum to the A4 landscape printable width and printing fits all columns on one page wide", async () => {
    const { wb, host } = setup();
    await host.insertTable({ template: "2018-9col", context: ctx2018 }, tt18);
    const s = wb.sheet("Kế hoạch");
    const total = [...s.columnWidths.values()].reduce((a, b) => a + b, 0);
    // A4 landscape is 842 pt wide; Excel's default margins are 0.7 in (50.4 pt) each side.
    expect(total).toBeLessThanOrEqual(842 - 2 * 50.4);
    expect(total).toBeGreaterThan(600);
    expect(s.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1 },
    });
  });
});

describe("marks and dropdowns act on the sheet read, not on the active one", () => {
  it("the sheet was renamed and another sheet activated between 'Kiểm tra' and marking / dropdowns", async () => {
    const { wb, host } = setup(planGrid(6));
    const plan = (await host.read()).plans[0];
    wb.sheet("Kế hoạch").name = "KH 2025";
    wb.active = 1;
    await host.markFindings(checkPlan(plan, tt18), plan);
    expect(wb.sheet("KH 2025").cfs.length).toBe(2);
    expect((await host.setupDropdowns(tt18, plan)).ok).toBe(true);
    expect(wb.sheet("KH 2025").validations.size).toBe(2);
    expect(wb.sheet("Khác").validations.size).toBe(0);
    const criterionCell = plan.rows.find((r) => r.kind === "criterion")!.gridRows[0];
    const pick = await host.onCriterionPicked(`B${criterionCell + 1}`, tt18);
    expect(pick.status).not.toBe("not-criterion"); // read from "KH 2025", not from the active "Khác"
    await host.clearMarks();
    expect(wb.sheet("KH 2025").cfs.length).toBe(0);
  });
});

describe("notes and threaded comments never collide on a cell", () => {
  it("a finding on a cell that already has the user's threaded comment is still marked, the comment kept", async () => {
    const { wb, host } = setup(planGrid(4));
    const plan = (await host.read()).plans[0];
    const findings = checkPlan(plan, tt18).filter((f) => f.cell);
    const f = findings[0];
    const address = `'Kế hoạch'!${String.fromCharCode(65 + f.cell!.col)}${f.cell!.row + 1}`;
    wb.comments.push({ address, content: "Ý kiến của hiệu trưởng" });
    const before = wb.snapshot();
    const r = await host.markFindingsReport(findings, plan);
    expect(r.marked).toBeGreaterThan(0);
    expect(wb.comments).toEqual([{ address, content: "Ý kiến của hiệu trưởng" }]);
    expect(wb.notes.length).toBeGreaterThan(0);
    await host.clearMarks();
    expect(wb.snapshot()).toBe(before);
  });
  it("on a host without the notes API (Excel 2021), a user's note where a comment would go never fails marking", async () => {
    const { wb, host } = setup(planGrid(4), excelProfile("excel2021"));
    const plan = (await host.read()).plans[0];
    const findings = checkPlan(plan, tt18).filter((f) => f.cell);
    const f = findings[0];
    wb.notes.push({
      address: `'Kế hoạch'!${String.fromCharCode(65 + f.cell!.col)}${f.cell!.row + 1}`,
      content: "Ghi chú",
    });
    const before = wb.snapshot();
    const r = await host.markFindingsReport(findings, plan);
    expect(r.marked).toBeGreaterThan(0);
    expect(wb.sheet("Kế hoạch").cfs.length).toBe(2);
    expect(r.message?.vi).toMatch(/ghi chú|bình luận/);
    await host.clearMarks();
    expect(wb.snapshot()).toBe(before);
  });
});
