/**
 * Issue 23, defect 1: "Tự kiểm tra phần bổ trợ" as the FIRST action in a new workbook. This file deliberately does
 * not import src/core/catalogs/all, and every test gets a fresh module registry: no catalog is registered until
 * something loads it (as in the pane, where only another action used to load it).
 */
import { FakeWorkbook, makeExcel } from "./fake-excel";
import { EXCEL_PROFILES } from "./profiles";

beforeEach(() => jest.resetModules());

describe.each(EXCEL_PROFILES.map((p) => [p.label, p] as const))(
  "%s: self-test in a new workbook, first action",
  (_l, profile) => {
    it("reports no failure, in Vietnamese, and leaves the workbook as it was", async () => {
      const { getCatalog } = await import("../../../src/core/catalogs/index");
      const { ExcelHost } = await import("../../../src/hosts/excel");
      const { formatSelfTestReport } = await import("../../../src/hosts/selftest-report");
      expect(getCatalog("tt18-2018")).toBeUndefined(); // nothing loaded the catalog before
      const wb = new FakeWorkbook(["Trang1"]);
      const before = wb.snapshot();
      const host = new ExcelHost(makeExcel(wb, profile).env);
      const report = await host.selfTest({ copy: async () => ({ ok: true, message: { vi: "", en: "" } }) });
      const text = formatSelfTestReport(report);
      expect(report.steps.filter((s) => s.status === "fail")).toEqual([]);
      expect(text).not.toMatch(/Cannot read|undefined|TypeError/);
      expect(wb.snapshot()).toBe(before);
    });
  },
);
