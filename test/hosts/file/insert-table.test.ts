/**
 * "Insert the table" into a workbook opened in the file host (FileHost.insertTable): the 2018 table for a THCS
 * school has a row for each of the five standards of Thông tư 18/2018, named as the circular names them, read back
 * from the sheet; over filled cells it asks first. Expected names by hand from the circular.
 */
import "../../../src/core/catalogs/all";
import { FileHost, openPlanFile } from "../../../src/hosts/file";
import { xlsxFromGrid } from "../../support/files";
import type { SchoolContext } from "../../../src/core/types";

const CONTEXT: SchoolContext = { level: "thcs", regime: "2018", schoolYear: "2025-2026", school: null, circular: null };

describe("insert the table into a workbook", () => {
  it("writes a row for every standard of the school's circular", async () => {
    const host = new FileHost(await openPlanFile(await xlsxFromGrid([[""]], false), "trong.xlsx"));
    const result = await host.insertTable({ template: "2018-9col", context: CONTEXT });
    expect(result.status).toBe("inserted");
    const { plans } = await host.read();
    const standards = plans.flatMap((p) => p.rows.filter((r) => r.kind === "standard"));
    expect(standards.map((r) => [r.standard, r.cells.criterion?.text])).toEqual([
      [1, "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"],
      [2, "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên và học sinh"],
      [3, "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học"],
      [4, "Tiêu chuẩn 4: Quan hệ giữa nhà trường, gia đình và xã hội"],
      [5, "Tiêu chuẩn 5: Hoạt động giáo dục và kết quả giáo dục"],
    ]);
  });

  it("asks before writing over filled cells", async () => {
    const host = new FileHost(await openPlanFile(await xlsxFromGrid([["Ghi chú cũ"]], false), "co-chu.xlsx"));
    const result = await host.insertTable({ template: "2018-9col", context: CONTEXT });
    expect(result).toEqual({ status: "needs-confirmation", occupied: [{ address: "A1", text: "Ghi chú cũ" }] });
  });
});
