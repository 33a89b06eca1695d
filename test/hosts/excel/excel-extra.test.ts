import "../../../src/core/catalogs/all";
import { ExcelHost } from "../../../src/hosts/excel";
import { getCatalog } from "../../../src/core/catalogs/index";
import { checkPlan } from "../../../src/core/rules";
import { TEMPLATE_2018_COLUMNS } from "../../../src/core/templates";
import { FakeWorkbook, makeExcel } from "./fake-excel";

const tt18 = getCatalog("tt18-2018")!;
const header = TEMPLATE_2018_COLUMNS.map((c) => c.header);

function setup(grid: string[][], api = "1.18") {
  const wb = new FakeWorkbook(["Kế hoạch"]);
  wb.sheet("Kế hoạch").setValues(0, 0, grid);
  const fake = makeExcel(wb, api);
  return { wb, fake, host: new ExcelHost(fake.env) };
}

const c14 = tt18.standards[0].criteria.find((c) => c.code === "1.4")!;
const c21 = tt18.standards[1].criteria[0];

describe("read: merged cells", () => {
  it("reports merged areas in problems (Vietnamese), asked in a sync of their own after the text", async () => {
    const { wb, fake, host } = setup([
      ["TRƯỜNG THCS A"],
      header,
      ["1", `Tiêu chí 1.4: ${c14.name}`, "Đạt mức 2", "Việc", "BGH", "Tháng 10/2025", "5 triệu"],
    ]);
    wb.sheet("Kế hoạch").merged.push({ r0: 0, c0: 0, r1: 0, c1: 8 });
    const r = await host.read();
    expect(r.plans[0].headerRow).toBe(1);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].vi).toMatch(/ô gộp \(A1:I1\)/);
    expect(fake.syncs()).toBe(2);
    wb.sheet("Kế hoạch").merged.length = 0;
    expect((await host.read()).problems).toEqual([]);
  });
  it("does not ask for merged areas below ExcelApi 1.13", async () => {
    const { wb, host } = setup([header, ["1", `Tiêu chí 1.4: ${c14.name}`]], "1.12");
    wb.sheet("Kế hoạch").merged.push({ r0: 0, c0: 0, r1: 0, c1: 1 });
    expect((await host.read()).problems).toEqual([]);
  });
});

describe("onCriterionPicked", () => {
  it("fills the empty row above with the criterion's standard, bold", async () => {
    const { wb, fake, host } = setup([header, ["", "MỨC 1, 2, 3"], ["", ""], ["1", `Tiêu chí 2.1: ${c21.name}`]]);
    const r = await host.onCriterionPicked("B4", tt18);
    expect(r.status).toBe("filled");
    expect(wb.sheet("Kế hoạch").peek(2, 1)!.value).toBe(`Tiêu chuẩn 2: ${tt18.standards[1].name}`);
    expect(wb.sheet("Kế hoạch").peek(2, 1)!.fmt.bold).toBe(true);
    expect(fake.syncs()).toBe(2);
  });
  it("accepts a criterion under its own standard row and writes nothing", async () => {
    const grid = [
      header,
      ["", `Tiêu chuẩn 1: ${tt18.standards[0].name}`],
      ["1", "Tiêu chí 1.1: x"],
      ["2", `Tiêu chí 1.4: ${c14.name}`],
    ];
    const { wb, fake, host } = setup(grid);
    const before = wb.snapshot();
    expect((await host.onCriterionPicked("'Kế hoạch'!$B$4", tt18)).status).toBe("ok");
    expect(wb.snapshot()).toBe(before);
    expect(fake.syncs()).toBe(1);
  });
  it("flags a criterion under another standard without writing over text", async () => {
    const grid = [
      header,
      ["", `Tiêu chuẩn 1: ${tt18.standards[0].name}`],
      ["1", "Tiêu chí 1.1: x"],
      ["2", `Tiêu chí 2.1: ${c21.name}`],
    ];
    const { wb, host } = setup(grid);
    const before = wb.snapshot();
    const r = await host.onCriterionPicked("B4", tt18);
    expect(r.status).toBe("mismatch");
    expect(r.message.vi).toMatch(/Tiêu chuẩn 2.*Tiêu chuẩn 1/);
    expect(wb.snapshot()).toBe(before);
  });
  it("says so when the cell is not a catalog criterion", async () => {
    const { host } = setup([header, ["1", "Bồi dưỡng giáo viên"]]);
    expect((await host.onCriterionPicked("B2", tt18)).status).toBe("not-criterion");
  });
});

describe("markFindingsReport", () => {
  const grid = [
    ["TRƯỜNG THCS A"],
    ["Năm học 2025 – 2026"],
    header,
    ["1", `Tiêu chí 1.4: ${c14.name}`, "Đạt mức 2", "Việc", "BGH", "Tháng 10/2027", "10 triệu đống"],
  ];
  it("on Excel 2016 (ExcelApi 1.2) checking still finds problems; marking is skipped with a message and no change", async () => {
    const { wb, fake, host } = setup(grid, "1.2");
    const plan = (await host.read()).plans[0];
    const findings = checkPlan(plan, tt18);
    expect(findings.length).toBeGreaterThan(0);
    const before = wb.snapshot();
    fake.reset();
    const r = await host.markFindingsReport(findings, plan);
    expect(r).toMatchObject({ marked: 0, attached: "none" });
    expect(r.message?.vi).toMatch(/ExcelApi 1\.6/);
    expect(fake.syncs()).toBe(0);
    expect(wb.snapshot()).toBe(before);
    const caps = await host.capabilities();
    expect(caps).toMatchObject({
      read: true,
      marks: false,
      features: { conditionalFormats: false, dataValidation: false, notes: false, comments: false },
    });
  });
  it("paints but keeps messages in the pane between ExcelApi 1.6 and 1.9", async () => {
    const { wb, host } = setup(grid, "1.8");
    const plan = (await host.read()).plans[0];
    const findings = checkPlan(plan, tt18).filter((f) => f.cell);
    const r = await host.markFindingsReport(findings, plan);
    expect(r.attached).toBe("none");
    expect(r.marked).toBe(new Set(findings.map((f) => `${f.cell!.row}:${f.cell!.col}`)).size);
    expect(r.message?.vi).toMatch(/ExcelApi 1\.10/);
    expect(wb.notes).toHaveLength(0);
    expect(wb.comments).toHaveLength(0);
  });
});

describe("sync counts of dropdowns and the total row do not grow with the row count", () => {
  function bigPlan(n: number): string[][] {
    const g = [["TRƯỜNG THCS A"], ["Năm học 2025 – 2026"], header];
    for (let i = 0; i < n; i++)
      g.push([String(i + 1), `Tiêu chí 1.4: ${c14.name}`, "Đạt mức 2", "Việc", "BGH", "Tháng 10/2025", "5 triệu"]);
    return g;
  }
  it.each(["dropdowns", "total"])("%s", async (op) => {
    const counts: number[] = [];
    for (const n of [10, 1000]) {
      const { fake, host, wb } = setup(bigPlan(n));
      const plan = (await host.read()).plans[0];
      fake.reset();
      if (op === "dropdowns") expect((await host.setupDropdowns(tt18, plan)).ok).toBe(true);
      else expect((await host.insertTotalRow(plan, n * 5_000_000, "…")).status).toBe("inserted");
      counts.push(fake.syncs());
      if (op === "total") expect(wb.sheet("Kế hoạch").peek(3 + n, 6)!.value).toBe(n * 5_000_000);
    }
    expect(counts[0]).toBe(counts[1]);
  });
});

describe("fake Excel semantics", () => {
  it("queues writes until sync, so nothing reaches the sheet if the batch never syncs", async () => {
    const wb = new FakeWorkbook(["Kế hoạch"]);
    const fake = makeExcel(wb);
    await fake.env.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [["x"]];
      expect(wb.sheet("Kế hoạch").peek(0, 0)).toBeUndefined();
      await context.sync();
      expect(wb.sheet("Kế hoạch").peek(0, 0)!.value).toBe("x");
    });
    expect(fake.unsyncedRuns()).toBe(0);
  });
});

describe("marking twice", () => {
  it("replaces KHCT's marks in 3 syncs without piling up, and one clear still restores everything", async () => {
    const grid = [
      ["TRƯỜNG THCS A"],
      ["Năm học 2025 – 2026"],
      header,
      ["1", `Tiêu chí 1.4: ${c14.name}`, "Đạt mức 2", "Việc", "BGH", "Tháng 10/2027", "10 triệu đống"],
    ];
    const { wb, fake, host } = setup(grid);
    wb.notes.push({ address: "A1", content: "Ghi chú của người dùng" });
    const before = wb.snapshot();
    const plan = (await host.read()).plans[0];
    const findings = checkPlan(plan, tt18);
    fake.reset();
    await host.markFindings(findings, plan);
    expect(fake.syncs()).toBe(3);
    const once = wb.snapshot();
    await host.markFindings(findings, plan);
    expect(wb.snapshot()).toBe(once);
    expect(wb.sheets.filter((s) => s.name.startsWith("KHCT_"))).toHaveLength(1);
    fake.reset();
    await host.clearMarks();
    expect(fake.syncs()).toBe(3);
    expect(wb.snapshot()).toBe(before);
    expect(fake.unsyncedRuns()).toBe(0); // every queued write was flushed by the adapter's own sync
  });
});

describe("onCriterionPicked at a section start", () => {
  it("fills the first standard row of a section even when an earlier section has another standard", async () => {
    const grid = [
      header,
      ["", "MỨC 1, 2, 3"],
      ["", `Tiêu chuẩn 1: ${tt18.standards[0].name}`],
      ["1", "Tiêu chí 1.1: x"],
      ["", "MỨC 4"],
      ["", ""],
      ["2", `Tiêu chí 1.4: ${c14.name}`],
    ];
    const { wb, host } = setup(grid);
    expect((await host.onCriterionPicked("B7", tt18)).status).toBe("filled");
    expect(wb.sheet("Kế hoạch").peek(5, 1)!.value).toBe(`Tiêu chuẩn 1: ${tt18.standards[0].name}`);
  });
});
