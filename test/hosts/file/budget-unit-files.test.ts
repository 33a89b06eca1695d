/**
 * A workbook whose budget column is headed "Kinh phí (triệu đồng)" and holds numbers (2.5, 5, 0 as Excel numbers,
 * "Không" as text), with the criterion and TT cells merged down over three activity rows (ECMA-376 Part 1 §18.3.1.55
 * mergeCell): each activity is a row of the criterion with its own budget in the header's unit, as the same plan as
 * .docx and PDF reads (test/hosts/file/pdf-fresh.test.ts, thcs-phan-boi-chau-2024-2025). Expectations by hand.
 */
import ExcelJS from "exceljs";
import "../../../src/core/catalogs/all";
import { FileHost, openPlanFile } from "../../../src/hosts/file";
import { mainPlan } from "../../../src/core/read";
import { summarize } from "../../../src/core/summary";

async function xlsxBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Kế hoạch");
  ws.addRow(["TRƯỜNG THCS PHAN BỘI CHÂU"]);
  ws.addRow(["Kế hoạch cải tiến chất lượng giáo dục năm học 2024-2025"]);
  ws.addRow(["TT", "Tiêu chí", "Nội dung", "Thời gian thực hiện", "Người phụ trách", "Kinh phí (triệu đồng)"]); // 3
  ws.addRow(["1", "Tiêu chí 2.2: Đối với giáo viên", "1. Tập huấn", "Tuần 1 - tuần 4 tháng 9/2024", "PHT", 2.5]); // 4
  ws.addRow(["", "", "2. Hội giảng cấp trường", "Từ tháng 10/2024 đến tháng 11/2024", "Hiệu trưởng", 5]); // 5
  ws.addRow(["", "", "3. Sinh hoạt chuyên môn", "Suốt năm học", "Tổ trưởng", 0]); // 6
  ws.addRow(["2", "Tiêu chí 3.4", "Sửa chữa khu vệ sinh", "Tháng 3/2025", "Hiệu trưởng", "Không"]); // 7
  ws.mergeCells("A4:A6");
  ws.mergeCells("B4:B6");
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("'Kinh phí (triệu đồng)' in a workbook, a criterion merged over three activities", () => {
  it("reads each activity's budget in triệu đồng and totals 7,500,000 đ", async () => {
    const { plans } = await new FileHost(await openPlanFile(await xlsxBytes(), "ke-hoach.xlsx")).read();
    const plan = mainPlan(plans);
    expect(plan.rows.map((r) => [r.kind, r.criterion, r.budget?.kind, r.budget?.vnd])).toEqual([
      ["criterion", "2.2", "amount", 2_500_000],
      ["task", "2.2", "amount", 5_000_000],
      ["task", "2.2", "none", null],
      ["criterion", "3.4", "none", null],
    ]);
    expect(summarize(plan).totalVnd).toBe(7_500_000);
  });
});
