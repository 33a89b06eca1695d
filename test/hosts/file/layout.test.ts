import ExcelJS from "exceljs";
import {
  columnPx,
  fitRowHeights,
  lineHeight,
  rowHeightFor,
  wrappedLines,
  MAX_ROW_HEIGHT,
} from "../../../src/hosts/file/layout";

const TNR12 = { name: "Times New Roman", size: 12 };

describe("row height estimate", () => {
  it("counts explicit line breaks, each at least one line", () => {
    expect(wrappedLines("a\nb\n\nc", 30, TNR12)).toBe(4);
    expect(wrappedLines("", 30, TNR12)).toBe(1);
  });
  it("wraps words at the column width: a standard's name needs more lines in a narrow column", () => {
    const text = "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên và học sinh";
    const wide = wrappedLines(text, 80, { ...TNR12, bold: true });
    const narrow = wrappedLines(text, 22.4, { ...TNR12, bold: true });
    expect(wide).toBe(1);
    expect(narrow).toBeGreaterThanOrEqual(3);
    // A bold face needs at least as many lines as a regular one.
    expect(narrow).toBeGreaterThanOrEqual(wrappedLines(text, 22.4, TNR12));
  });
  it("breaks a word longer than the column", () => {
    const px = columnPx(6);
    expect(px).toBeGreaterThan(0);
    expect(wrappedLines("x".repeat(60), 6, TNR12)).toBeGreaterThan(3);
  });
  it("gives a row the height of its tallest wrapped cell, one line for unwrapped text, capped at Excel's 409 pt", () => {
    const long = "Các tổ xây dựng kế hoạch thực hiện chuyên đề sát với yêu cầu của hoạt động của tổ. ".repeat(3);
    const h = rowHeightFor([
      { text: "1", widthChars: 6, font: TNR12, wrap: true },
      { text: long, widthChars: 20, font: TNR12, wrap: true },
      { text: long, widthChars: 20, font: TNR12, wrap: false },
    ]);
    const lines = wrappedLines(long, 20, TNR12);
    expect(h).toBeCloseTo(Math.ceil((lines * lineHeight(TNR12) + 2.25) * 4) / 4, 5);
    expect(rowHeightFor([{ text: long, widthChars: 200, font: TNR12, wrap: false }])).toBeLessThan(20);
    expect(rowHeightFor([{ text: long.repeat(20), widthChars: 10, font: TNR12, wrap: true }])).toBe(MAX_ROW_HEIGHT);
    // One line of Times New Roman 12 as Excel sizes it (15.75 pt), Calibri 11 (15 pt).
    expect(rowHeightFor([{ text: "TT", widthChars: 10, font: TNR12, wrap: true }])).toBeCloseTo(16, 0);
    expect(rowHeightFor([{ text: "TT", widthChars: 10, wrap: true }])).toBeCloseTo(15.75, 0);
  });
});

describe("fitRowHeights on a worksheet", () => {
  const text = "Một đoạn văn khá dài cần nhiều dòng khi gộp ba cột lại với nhau để xem thử";
  it("measures a merged cell across its columns, and never shrinks a taller row with growOnly", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("a");
    [1, 2, 3].forEach((c) => (ws.getColumn(c).width = 10));
    ws.mergeCells("A1:C1");
    for (const r of [1, 2]) {
      ws.getCell(r, 1).value = text;
      ws.getCell(r, 1).alignment = { wrapText: true };
    }
    ws.getCell("A3").value = "ngắn";
    ws.getRow(3).height = 60;
    fitRowHeights(ws, [1, 2, 3], { growOnly: true });
    expect(ws.getRow(1).height).toBeLessThan(ws.getRow(2).height);
    expect(ws.getRow(1).height).toBe(rowHeightFor([{ text, widthChars: 30, wrap: true }]));
    expect(ws.getRow(3).height).toBe(60);
    fitRowHeights(ws, [3]);
    expect(ws.getRow(3).height).toBeLessThan(20);
  });
});
