/**
 * The host matrix (issue 11): every Excel pane operation under every host profile against the strict fake. Each
 * works, or says plainly (in Vietnamese) what needs a newer Office; none throws (ApiNotFound or otherwise).
 * docs/office-compatibility.md writes down what these tests prove.
 */
import "../../../src/core/catalogs/all";
import { ExcelHost } from "../../../src/hosts/excel";
import { getCatalog } from "../../../src/core/catalogs/index";
import { checkPlan } from "../../../src/core/rules";
import { formatSelfTestReport } from "../../../src/hosts/selftest-report";
import { FakeWorkbook, makeExcel } from "./fake-excel";
import { EXCEL_PROFILES, excelProfile, type ExcelProfile } from "./profiles";
import { syntheticPlanGrid } from "../../support/plans";

const tt18 = getCatalog("tt18-2018")!;
const ctx2018 = { level: "thcs" as const, regime: "2018" as const, schoolYear: "2025-2026", school: null };
const planGrid = (n: number) =>
  syntheticPlanGrid(n, (i) => ({
    period: i % 2 ? "Tháng 9/2025 - 9/2026" : "Tháng 10/2025",
    budget: i % 3 ? "5 triệu" : "10 triệu đống",
  }));

function setup(profile: ExcelProfile, grid: string[][] = []) {
  const wb = new FakeWorkbook(["Kế hoạch", "Khác"]);
  wb.sheet("Kế hoạch").setValues(0, 0, grid);
  const fake = makeExcel(wb, profile);
  return { wb, fake, host: new ExcelHost(fake.env) };
}
const needsNewer = /cần ExcelApi|chưa hỗ trợ/i;
const atLeast = (p: ExcelProfile, v: string) => makeExcel(new FakeWorkbook(), p).env.isSetSupported("ExcelApi", v);

describe.each(EXCEL_PROFILES.map((p) => [p.label, p] as const))("%s", (_label, profile) => {
  it("insert (2018 and Biểu 2): inserted, text kept as text", async () => {
    const { wb, host } = setup(profile);
    expect((await host.insertTable({ template: "2018-9col", context: ctx2018 }, tt18)).status).toBe("inserted");
    expect(wb.sheet("Kế hoạch").peek(1, 0)!.value).toBe("(1)");
    wb.selection = { sheet: "Kế hoạch", address: "M1" };
    expect((await host.insertBieu2Tables({ ...ctx2018, regime: "2026", schoolYear: "2026-2027" })).status).toBe(
      "inserted",
    );
    expect(wb.sheet("Kế hoạch").pageLayout.zoom.horizontalFitToPages).toBe(atLeast(profile, "1.9") ? 1 : undefined);
  });
  it("read + check, select a finding, total row", async () => {
    const { wb, host } = setup(profile, planGrid(12));
    const plan = (await host.read()).plans[0];
    const findings = checkPlan(plan, tt18);
    expect(findings.length).toBeGreaterThan(0);
    await host.select(findings.find((f) => f.cell)!.cell!);
    expect(wb.selection.sheet).toBe("Kế hoạch");
    expect((await host.insertTotalRow(plan, 5_000_000, "Năm triệu đồng")).status).toBe("inserted");
  });
  it("dropdowns: created, or a message naming ExcelApi 1.8", async () => {
    const { wb, host } = setup(profile, planGrid(5));
    const r = await host.setupDropdowns(tt18, (await host.read()).plans[0]);
    if (atLeast(profile, "1.8")) expect(r.ok).toBe(true);
    else {
      expect(r).toMatchObject({
        ok: false,
        message: expect.objectContaining({ vi: expect.stringMatching(/ExcelApi 1\.8/) }),
      });
      expect(wb.sheets.map((s) => s.name)).toEqual(["Kế hoạch", "Khác"]);
    }
  });
  it("mark then clear: the workbook is exactly as before; below ExcelApi 1.6 a plain message and no change", async () => {
    const { wb, host } = setup(profile, planGrid(12));
    const before = wb.snapshot();
    const plan = (await host.read()).plans[0];
    const r = await host.markFindingsReport(checkPlan(plan, tt18), plan);
    if (atLeast(profile, "1.6")) {
      expect(r.marked).toBeGreaterThan(0);
      expect(r.attached).toBe(atLeast(profile, "1.18") ? "notes" : atLeast(profile, "1.10") ? "comments" : "none");
      if (r.attached === "none") expect(r.message?.vi).toMatch(needsNewer);
    } else expect(r.message?.vi).toMatch(needsNewer);
    await host.clearMarks();
    expect(wb.snapshot()).toBe(before);
  });
  it("live re-check on and off leaves no handler (or is not offered below ExcelApi 1.7)", async () => {
    const { wb, host } = setup(profile, planGrid(3));
    await host.read();
    const said: string[] = [];
    const stop = await host.startLiveCheck(
      () => undefined,
      10,
      null,
      (m) => said.push(m.message.vi),
    );
    expect(wb.sheet("Kế hoạch").handlers).toHaveLength(atLeast(profile, "1.7") ? 1 : 0);
    expect(said).toEqual(atLeast(profile, "1.7") ? [] : [expect.stringMatching(/cần ExcelApi 1\.7/)]);
    await stop();
    expect(wb.sheet("Kế hoạch").handlers).toHaveLength(0);
    expect((await host.capabilities()).features.onChanged).toBe(atLeast(profile, "1.7"));
  });
  it("self-test: a report for every capability, the workbook left exactly as it was", async () => {
    const { wb, host } = setup(profile, planGrid(4));
    wb.sheet("Kế hoạch").cell(2, 2).fmt = { fill: "#00FF00" };
    wb.selection = { sheet: "Kế hoạch", address: "C3" };
    const before = wb.snapshot();
    const report = await host.selfTest({ copy: async () => ({ ok: true, message: { vi: "", en: "" } }) });
    expect(wb.snapshot()).toBe(before);
    expect(report.steps.map((s) => s.capability)).toEqual([
      "insert",
      "read-back",
      "dropdowns",
      "mark",
      "clear",
      "live-check",
      "clipboard",
      "cleanup",
    ]);
    expect(report.steps.filter((s) => s.status === "fail")).toEqual([]);
    expect(report.platform).toBe(profile.platform);
    expect(report.requirementSets[0]).toBe(`ExcelApi 1.1–${profile.sets.ExcelApi}`);
    const unsupported = report.steps.filter((s) => s.status === "unsupported");
    for (const s of unsupported) expect(s.detail).toMatch(/Cần ExcelApi/);
    expect(formatSelfTestReport(report)).toMatch(/Kết quả: mọi mục đều đạt/);
  });
});

describe("self-test keeps the user's KHCT objects", () => {
  it("skips dropdowns and marks when the workbook already has them, and leaves them as they were", async () => {
    const { wb, host } = setup(excelProfile("m365"), planGrid(6));
    const plan = (await host.read()).plans[0];
    await host.setupDropdowns(tt18, plan);
    await host.markFindings(checkPlan(plan, tt18), plan);
    const before = wb.snapshot();
    const report = await host.selfTest({
      copy: async () => ({ ok: false, message: { vi: "Trình duyệt chặn sao chép.", en: "Copy blocked." } }),
    });
    expect(wb.snapshot()).toBe(before);
    expect(Object.fromEntries(report.steps.map((s) => [s.capability, s.status]))).toMatchObject({
      dropdowns: "skipped",
      mark: "skipped",
      clipboard: "fail",
      cleanup: "pass",
    });
    expect(formatSelfTestReport(report)).toMatch(/LỖI — Sao chép bảng: Trình duyệt chặn sao chép\./);
  });
});

describe("Excel on the web: the 5 MB response limit", () => {
  it("a 10,000-row table of long texts (over 5 MB) is still read", async () => {
    const long = "Bồi dưỡng chuyên môn cho giáo viên theo chương trình giáo dục phổ thông 2018, ".repeat(2);
    const grid = syntheticPlanGrid(10_000, () => ({ period: "Tháng 10/2025", budget: "5 triệu" })).map((r, i) =>
      i > 3 ? r.map((c) => c || long) : r,
    );
    const { fake, host } = setup(excelProfile("web"), grid);
    const r = await host.read();
    expect(r.plans[0].rows.filter((x) => x.kind === "criterion").length).toBeGreaterThan(1000);
    expect(fake.maxResponseBytes()).toBeLessThanOrEqual(5 * 1024 * 1024);
  });
});

describe("constant syncs under every profile", () => {
  it.each(EXCEL_PROFILES.map((p) => [p.label, p] as const))(
    "%s: read, mark and clear make the same syncs at 10 and 10,000 rows",
    async (_l, profile) => {
      const counts: number[][] = [];
      for (const n of [10, 10_000]) {
        const { fake, host } = setup(profile, planGrid(n));
        fake.reset();
        const plan = (await host.read()).plans[0];
        const read = fake.syncs();
        await host.markFindings(checkPlan(plan, tt18), plan);
        const mark = fake.syncs() - read;
        await host.clearMarks();
        counts.push([read, mark, fake.syncs() - read - mark]);
      }
      expect(counts[0]).toEqual(counts[1]);
    },
  );
});
