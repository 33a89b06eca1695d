/**
 * The consolidated .xlsx report (src/hosts/file/report-xlsx.ts, `kehoach report --xlsx`), opened with ExcelJS: the
 * title lines are formatted across every column of the table and no further, numbers carry the thousands format and
 * text does not, a file that could not be read shows "—" and no total, sheet names are legal and unique.
 * Expected values written by hand.
 */
import ExcelJS from "exceljs";
import { buildReport } from "../../../src/core/report/model";
import { sheetNames, writeReportXlsx } from "../../../src/hosts/file/report-xlsx";

async function opened(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** The row of a sheet whose first cell is "TT": the table's header. */
function headerRow(ws: ExcelJS.Worksheet): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === "TT") return r;
  throw new Error(`no header in ${ws.name}`);
}

describe("consolidated .xlsx report", () => {
  it("formats the title lines over the 13 summary columns, numbers with thousands, an unread file with dashes", async () => {
    const report = buildReport(
      [{ file: "truong-a.docx", status: "unreadable", reason: "Tệp hỏng", plan: null, findings: [] }],
      new Date(Date.UTC(2026, 11, 5)),
    );
    const wb = await opened(await writeReportXlsx(report, { unit: "Phòng Văn hóa - Xã hội xã A", author: "Lan" }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tổng hợp", "Thống kê", "Chi tiết", "truong-a"]);
    const ws = wb.getWorksheet("Tổng hợp")!;
    expect(ws.getCell("A1").value).toBe("PHÒNG VĂN HÓA - XÃ HỘI XÃ A");
    // Title lines: every one of the 13 columns (A–M) gets the title font, N is not touched.
    for (const col of ["A", "G", "M"]) {
      expect(ws.getCell(`${col}1`).font).toMatchObject({ name: "Times New Roman", size: 12, bold: true });
      expect(ws.getCell(`${col}2`).font).toMatchObject({ name: "Times New Roman", size: 14, bold: true });
      expect(ws.getCell(`${col}2`).alignment).toMatchObject({ horizontal: "centerContinuous" });
      expect(ws.getCell(`${col}3`).alignment).toMatchObject({ horizontal: "left" });
    }
    expect(ws.getCell("N1").font?.name).not.toBe("Times New Roman");
    expect(ws.getCell("N2").font?.name).not.toBe("Times New Roman");

    const top = headerRow(ws);
    expect(ws.getRow(top).values).toEqual([
      undefined,
      "TT",
      "Trường",
      "Tệp",
      "Cấp học",
      "Năm học",
      "Thông tư",
      "Trạng thái",
      "Lỗi",
      "Cảnh báo",
      "Lưu ý",
      "Số dòng",
      "Tổng kinh phí (đồng)",
      "Ghi chú",
    ]);
    // The file's row: its number is a number (formatted), its counts are dashes (text), no total.
    const file = ws.getRow(top + 1);
    expect(file.getCell(1).value).toBe(1);
    expect(file.getCell(1).numFmt).toBe("#,##0");
    expect(file.getCell(1).alignment).toMatchObject({ horizontal: "right" });
    expect(file.getCell(3).value).toBe("truong-a.docx");
    expect(file.getCell(8).value).toBe("—");
    expect(file.getCell(8).numFmt).toBeUndefined();
    expect(file.getCell(12).value).toBeNull();
    expect(file.getCell(13).value).toBe("Tệp hỏng");
    // The total row: bold, its counts and its total formatted as numbers.
    const total = ws.getRow(top + 2);
    expect(total.getCell(2).value).toBe("Cộng");
    expect(total.getCell(3).value).toBe("1 tệp");
    expect(total.getCell(8).value).toBe(0);
    expect(total.getCell(8).numFmt).toBe("#,##0");
    expect(total.getCell(12).value).toBe(0);
    expect(total.getCell(12).numFmt).toBe("#,##0");
    expect(total.getCell(2).font).toMatchObject({ bold: true });
    // The header row holds text only, never the number format.
    expect(ws.getRow(top).getCell(1).numFmt).toBeUndefined();
  });

  it("names sheets within Excel's rules: 31 characters, no : \\ / ? * [ ], unique whatever the case", () => {
    expect(
      sheetNames(
        ["THCS A/B", "Trường [1]: mới?", "thcs a b", "", "'Trích'", "Trường Trung học cơ sở Nguyễn Văn Trỗi xã Bình"],
        ["Tổng hợp", "Thống kê", "Chi tiết"],
      ),
    ).toEqual(["THCS A B", "Trường 1 mới", "thcs a b (2)", "Trường", "Trích", "Trường Trung học cơ sở Nguyễn V"]);
    expect(sheetNames(["tổng hợp", "Tổng hợp"], ["Tổng hợp"])).toEqual(["tổng hợp (2)", "Tổng hợp (3)"]);
  });
});
