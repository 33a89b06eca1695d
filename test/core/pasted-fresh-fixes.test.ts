/**
 * Focused cases for what the paste reader learnt from the three newer fresh plans (test/core/pasted-pdf-fresh.test.ts):
 * each text below is written by hand in the form a viewer copies, not taken from a fixture.
 */
import "../../src/core/catalogs/all";
import { mainPlan, readPlans } from "../../src/core/read";
import { splitPastedText } from "../../src/core/read/pasted-pdf";
import { rowOf } from "../support/pdf-fresh-plans";

const read = (text: string) =>
  mainPlan(readPlans(splitPastedText(text)))
    .rows.filter((r) => r.kind === "criterion")
    .map(rowOf);

describe("one cell per line, a two-row header (Thời gian over Bắt đầu | Hoàn thành)", () => {
  const text = [
    "Kế hoạch cải tiến chất lượng năm học 2025 - 2026",
    "",
    "TT\nTiêu chí\nNội dung cải tiến\nNgười thực hiện\nThời gian\nKinh phí\nMinh chứng",
    "",
    "Bắt đầu\nHoàn thành",
    "",
    "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường",
    "",
    "1\nTiêu chí 1.2: Hội đồng trường\nKiện toàn hội đồng\nHiệu trưởng\n09/2025\n12/2025\nKhông\n[H1-1.2-01]",
    "",
    "2\nTiêu chí 1.6: Tài chính\nKiểm kê tài sản\nKế toán\nTháng 10/2025\nTháng 01/2026\n5 triệu\n[H1-1.6-02]",
  ].join("\n");

  it("reads each row's start and end as its period, the rows having one cell more than the first header block", () => {
    expect(read(text)).toEqual([
      [1, "1.2", "2025-09..2025-12", "none"],
      [1, "1.6", "2025-10..2026-01", "5000000"],
    ]);
  });

  it("a block after the header that is not start | end labels is a row, as before", () => {
    const plain = text.replace("Bắt đầu\nHoàn thành", "Ghi chú\nMục khác");
    expect(read(plain)).toEqual([]);
  });
});
