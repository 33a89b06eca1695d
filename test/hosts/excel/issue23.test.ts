/**
 * Issue 23, Excel: defects found by using the pane in orders the tests never used, against the stricter fake.
 * Each test failed on the adapter as it was and passes after the fix (the report lists which).
 */
import "../../../src/core/catalogs/all";
import { ExcelHost } from "../../../src/hosts/excel";
import { getCatalog } from "../../../src/core/catalogs/index";
import { checkPlan } from "../../../src/core/rules";
import { TEMPLATE_2018_COLUMNS } from "../../../src/core/templates";
import { formatSelfTestReport } from "../../../src/hosts/selftest-report";
import { FakeWorkbook, makeExcel } from "./fake-excel";
import { excelProfile, type ExcelProfile } from "./profiles";
import { syntheticPlanGrid } from "../../support/plans";

const tt18 = getCatalog("tt18-2018")!;
const ctx2018 = { level: "thcs" as const, regime: "2018" as const, schoolYear: "2025-2026", school: null };
const planGrid = (n: number) =>
  syntheticPlanGrid(n, (i) => ({
    period: i % 2 ? "Tháng 9/2025 - 9/2026" : "Tháng 10/2025",
    budget: i % 3 ? "5 triệu" : "10 triệu đống",
  }));
const header = TEMPLATE_2018_COLUMNS.map((c) => c.header);

function setup(
  grid: string[][] = [],
  profile: ExcelProfile = excelProfile("m365"),
  wb = new FakeWorkbook(["Kế hoạch", "Khác"]),
) {
  if (grid.length) wb.sheet("Kế hoạch").setValues(0, 0, grid);
  const fake = makeExcel(wb, profile);
  return { wb, fake, host: new ExcelHost(fake.env) };
}

describe("defect 2: Excel 2016 is ExcelApi 1.1", () => {
  it("the self-test leaves no temporary sheet behind and reports no failure", async () => {
    const { wb, host } = setup(planGrid(3), excelProfile("excel2016"));
    const before = wb.snapshot();
    const report = await host.selfTest({ copy: async () => ({ ok: true, message: { vi: "", en: "" } }) });
    expect(wb.sheets.map((s) => s.name)).toEqual(["Kế hoạch", "Khác"]);
    expect(wb.snapshot()).toBe(before);
    expect(report.steps.filter((s) => s.status === "fail")).toEqual([]);
  });
});

describe("defect 3: Excel on the web, a sheet over 5 MB", () => {
  it("is read in blocks, each its own sync under 5 MB, and every cell arrives", async () => {
    const text = "Bồi dưỡng chuyên môn cho giáo viên theo chương trình giáo dục phổ thông 2018 — đợt ".repeat(3);
    const grid = planGrid(12_000).map((r, i) => (i > 3 ? [...r.slice(0, 7), `${text}${i}`, `${text}${i}.`] : r));
    const bytes = JSON.stringify(grid).length;
    expect(bytes).toBeGreaterThan(7 * 1024 * 1024); // well over the limit: the first sync is refused
    const { fake, host } = setup(grid, excelProfile("web"));
    const r = await host.read();
    expect(fake.syncs()).toBeGreaterThan(3); // the block fallback ran
    expect(fake.maxResponseBytes()).toBeLessThanOrEqual(5 * 1024 * 1024);
    const plan = r.plans[0];
    expect(plan.rows.filter((x) => x.kind === "criterion")).toHaveLength(12_000);
    const last = plan.rows[plan.rows.length - 1];
    expect(last.gridRows[0]).toBe(grid.length - 1);
  });
});

describe("defect 4: insert over merged cells or inside an Excel table", () => {
  it.each(["m365", "excel2019"])(
    "%s: an empty merged row at the selection is refused with a clear message; no plan text hidden",
    async (id) => {
      const { wb, host } = setup([], excelProfile(id));
      wb.sheet("Kế hoạch").merge({ r0: 3, c0: 0, r1: 3, c1: 8 });
      wb.selection = { sheet: "Kế hoạch", address: "A4" };
      const before = wb.snapshot();
      const r = await host.insertTable({ template: "2018-9col", context: ctx2018 }, tt18);
      expect(r.status).toBe("unsupported");
      expect("message" in r && r.message.vi).toMatch(/ô gộp.*Chưa ghi gì|ô gộp/);
      const s = wb.sheet("Kế hoạch");
      expect([...s.cells.values()].filter((c) => c.value !== "")).toEqual([]);
      if (id === "m365") expect(wb.snapshot()).toBe(before); // refused before writing (ExcelApi 1.13)
    },
  );
  it("a selection inside an Excel table is refused, nothing written", async () => {
    const { wb, host } = setup([
      ["Tên", "Số"],
      ["a", "1"],
    ]);
    wb.sheet("Kế hoạch").tables.push({ name: "Bảng1", box: { r0: 0, c0: 0, r1: 5, c1: 1 } });
    wb.selection = { sheet: "Kế hoạch", address: "A4" };
    const before = wb.snapshot();
    const r = await host.insertTable({ template: "2018-9col", context: ctx2018 }, tt18);
    expect(r).toEqual({
      status: "unsupported",
      message: { vi: expect.stringContaining("bảng Excel “Bảng1” (A1:B6)"), en: expect.any(String) },
    });
    expect(wb.snapshot()).toBe(before);
  });
  it("a free place still inserts (3 syncs)", async () => {
    const { wb, fake, host } = setup();
    wb.sheet("Kế hoạch").merge({ r0: 30, c0: 0, r1: 30, c1: 8 });
    fake.reset();
    expect((await host.insertTable({ template: "2018-9col", context: ctx2018 }, tt18)).status).toBe("inserted");
    expect(fake.syncs()).toBe(3);
  });
});

describe("defect 6: clearing marks made by a newer Excel", () => {
  async function markedIn365(grid: string[][]) {
    const wb = new FakeWorkbook(["Kế hoạch", "Khác"]);
    wb.sheet("Kế hoạch").setValues(0, 0, grid);
    const before = wb.snapshot();
    const m365 = new ExcelHost(makeExcel(wb, excelProfile("m365")).env);
    const plan = (await m365.read()).plans[0];
    await m365.markFindings(checkPlan(plan, tt18), plan);
    return { wb, before, notes: wb.notes.map((n) => n.address.replace(/^.*!/, "")) };
  }
  it("Excel 2019 removes the colouring and says exactly which [KHCT] notes it could not remove", async () => {
    const { wb, before, notes } = await markedIn365(planGrid(6));
    expect(notes.length).toBeGreaterThan(0);
    const { host } = setup([], excelProfile("excel2019"), wb);
    await host.read();
    const r = await host.clearMarksReport();
    expect(r.complete).toBe(false);
    expect(r.message?.vi).toMatch(/ExcelApi 1\.18/);
    for (const a of notes.slice(0, 12)) expect(r.message?.vi).toContain(a);
    expect(r.message?.vi).not.toMatch(/^Đã xóa đánh dấu/);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Kế hoạch", "Khác"]); // flag sheet gone
    expect(wb.sheet("Kế hoạch").cfs).toEqual([]);
    // Microsoft 365 then removes the rest: the workbook is as before the marks.
    const again = new ExcelHost(makeExcel(wb, excelProfile("m365")).env);
    await again.read();
    const r2 = await again.clearMarksReport();
    expect(r2.complete).toBe(true);
    expect(wb.snapshot()).toBe(before);
  });
  it("Excel 2016 removes nothing and says so, naming what remains", async () => {
    const { wb, notes } = await markedIn365(planGrid(4));
    const marked = wb.snapshot();
    const { host } = setup([], excelProfile("excel2016"), wb);
    await host.read();
    const r = await host.clearMarksReport();
    expect(r.complete).toBe(false);
    expect(r.message?.vi).toMatch(/chưa xóa gì/);
    expect(r.message?.vi).toContain(notes[0]);
    expect(wb.snapshot()).toBe(marked);
  });
});

describe("defect 7 (adapter part): the live check reads with the context chosen now", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());
  it("live findings equal a fresh Kiểm tra with the same level and year", async () => {
    const { wb, host } = setup(planGrid(6));
    let chosen = { ...ctx2018 };
    const fresh = await host.read(chosen);
    const results: unknown[] = [];
    const stop = await host.startLiveCheck(
      (r) => results.push(checkPlan(r.plans[0], tt18)),
      50,
      null,
      undefined,
      () => chosen,
    );
    jest.setSystemTime(Date.now() + 5000);
    wb.sheet("Kế hoạch").handlers.forEach((h) => void h({ source: "Local" }));
    await jest.advanceTimersByTimeAsync(100);
    expect(results).toEqual([checkPlan(fresh.plans[0], tt18)]);
    chosen = { ...ctx2018, schoolYear: "2024-2025" };
    wb.sheet("Kế hoạch").handlers.forEach((h) => void h({ source: "Local" }));
    await jest.advanceTimersByTimeAsync(100);
    expect(results[1]).toEqual(checkPlan((await host.read(chosen)).plans[0], tt18));
    await stop();
  });
});

describe("defect 8: a dropdown pick never writes a second standard heading", () => {
  const s1 = `Tiêu chuẩn 1: ${tt18.standards[0].name}`;
  const s3 = `Tiêu chuẩn 3: ${tt18.standards[2].name}`;
  const c31 = tt18.standards[2].criteria[0];
  it("a standard-3 criterion picked under Tiêu chuẩn 1 (empty row above) is flagged, not given a heading", async () => {
    const grid = [
      header,
      ["", s1],
      ["1", "Tiêu chí 1.1: x"],
      ["", ""],
      ["2", `Tiêu chí ${c31.code}: ${c31.name}`],
      ["", s3],
    ];
    const { wb, host } = setup(grid);
    const before = wb.snapshot();
    const r = await host.onCriterionPicked("B5", tt18);
    expect(r.status).toBe("mismatch");
    expect(wb.snapshot()).toBe(before);
  });
  it("no heading above but the same heading further down: flagged, nothing written", async () => {
    const grid = [header, ["", "MỨC 1, 2, 3"], ["", ""], ["2", `Tiêu chí ${c31.code}: ${c31.name}`], ["", s3]];
    const { wb, host } = setup(grid);
    const before = wb.snapshot();
    expect((await host.onCriterionPicked("B4", tt18)).status).toBe("mismatch");
    expect(wb.snapshot()).toBe(before);
  });
  it("Biểu 2 (TT 57) has no standard rows: a pick writes none", async () => {
    const tt57 = getCatalog("tt57-pho-thong")!;
    const c = tt57.standards[1].criteria[0];
    const grid = [
      ["TT", "Tiêu chí"],
      ["", ""],
      ["1", `Tiêu chí ${c.code}: ${c.name}`],
    ];
    const { wb, host } = setup(grid);
    const before = wb.snapshot();
    const r = await host.onCriterionPicked("B3", tt57);
    expect(r.status).not.toBe("filled");
    expect(wb.snapshot()).toBe(before);
  });
});

describe("defect 9: 'Xóa đánh dấu' leaves the user's own conditional formats, notes and comments", () => {
  it.each(["m365", "excel2021", "excel2019"])("%s: mark then clear keeps them exactly", async (id) => {
    const { wb, host } = setup(planGrid(8), excelProfile(id));
    const sheet = wb.sheet("Kế hoạch");
    // The user's own: a custom rule, a colour scale, a note (1.18) and a comment (1.10) of their own.
    const { FakeConditionalFormat } = await import("./fake-excel");
    const mine = new FakeConditionalFormat("Custom", sheet.cfs, null as never);
    mine.custom.rule.formula = "=$G5>1000000";
    mine.custom.format.fill.color = "#C6EFCE";
    sheet.cfs.push(mine, new FakeConditionalFormat("ColorScale", sheet.cfs, null as never));
    wb.notes.push({ address: "'Kế hoạch'!A1", content: "Ghi chú của cô Lan" });
    wb.comments.push({ address: "'Kế hoạch'!B2", content: "Thầy Hùng: xem lại mục này" });
    const before = wb.snapshot();
    const plan = (await host.read()).plans[0];
    await host.markFindings(checkPlan(plan, tt18), plan);
    expect(wb.snapshot()).not.toBe(before);
    await host.clearMarks();
    expect(wb.snapshot()).toBe(before);
  });
});

describe("defect 10 (adapter part)", () => {
  it("the total row writes no technical note into the printed 'Ghi chú'", async () => {
    const { wb, host } = setup(planGrid(3));
    const plan = (await host.read()).plans[0];
    expect((await host.insertTotalRow(plan, 1_500_000, "Một triệu năm trăm nghìn đồng")).status).toBe("inserted");
    const row = Math.max(...plan.rows.flatMap((r) => r.gridRows)) + 1;
    const note = String(wb.sheet("Kế hoạch").peek(row, plan.columns.note!)?.value ?? "");
    expect(note).not.toMatch(/SUM|công thức|cột kinh phí|đọc được/);
    expect(note).toBe("Bằng chữ: Một triệu năm trăm nghìn đồng");
  });
  it.each(["excel2016", "excel2019", "m365"])("%s: every self-test report line is Vietnamese only", async (id) => {
    const { host } = setup(planGrid(3), excelProfile(id));
    const text = formatSelfTestReport(
      await host.selfTest({ copy: async () => ({ ok: true, message: { vi: "", en: "" } }) }),
    );
    expect(text).not.toMatch(/Cells marked|messages are in the pane|\/ [A-Z][a-z]+ /);
  });
});

describe("defect 1: failures are said in Vietnamese, ours never blamed on Office", () => {
  it("a defect of KHCT (no Office error code) is named as ours; an Office error keeps its code", async () => {
    const { failureText } = await import("../../../src/hosts/selftest-report");
    expect(failureText(new TypeError("Cannot read properties of undefined (reading 'standards')"))).toMatch(
      /^Lỗi của phần bổ trợ KHCT \(không phải lỗi của Office\)/,
    );
    expect(failureText(Object.assign(new Error("x"), { code: "ApiNotFound" }))).toMatch(/^Office báo lỗi ApiNotFound/);
  });
});

describe("defect 8: Kiểm tra flags the wrong structure a pick could once build", () => {
  it("a second 'Tiêu chuẩn 3' heading inside Tiêu chuẩn 1 is an error", async () => {
    const s = (n: number) => ["", `Tiêu chuẩn ${n}: ${tt18.standards[n - 1].name}`];
    const c = (code: string) => [
      "1",
      `Tiêu chí ${code}: ${tt18.standards.flatMap((x) => x.criteria).find((x) => x.code === code)!.name}`,
      "Đạt mức 2",
      "Việc",
      "BGH",
      "Tháng 10/2025",
      "5 triệu",
    ];
    const grid = [
      ["TRƯỜNG THCS A"],
      ["Năm học 2025 – 2026"],
      header,
      ["", "MỨC 1, 2, 3"],
      s(1),
      c("1.1"),
      s(3),
      c("3.1"),
      c("1.2"),
      s(3),
      c("3.2"),
    ];
    const { host } = setup(grid);
    const plan = (await host.read(ctx2018)).plans[0];
    const found = checkPlan(plan, tt18).filter((f) => f.rule === "criterion.duplicate-standard");
    expect(found).toHaveLength(1);
    expect(found[0].cell).toEqual({ row: 9, col: 1 });
    expect(found[0].message).toMatch(/Tiêu chuẩn 3.*hai lần/);
  });
  it("a standard row in Biểu 2 is an error", async () => {
    const ctx57 = { level: "thcs" as const, regime: "2026" as const, schoolYear: "2026-2027", school: null };
    const { renderGrid } = await import("../../../src/core/render");
    const tt57 = getCatalog("tt57-pho-thong")!;
    const g = renderGrid("tt57-bieu2", ctx57, null, tt57).rows;
    const width = g[0].length;
    const c = tt57.standards[1].criteria[0];
    const row = (cells: string[]) => [...cells, ...new Array(width - cells.length).fill("")];
    const grid = [
      ...g.slice(0, 2),
      row(["", `Tiêu chuẩn 2: ${tt57.standards[1].name}`]),
      row(["1", `Tiêu chí ${c.code}: ${c.name}`]),
    ];
    const { host } = setup(grid);
    const plan = (await host.read(ctx57)).plans[0];
    expect(plan.template).toBe("tt57-bieu2");
    expect(checkPlan(plan, tt57).map((f) => f.rule)).toContain("criterion.standard-row-in-bieu2");
  });
});
