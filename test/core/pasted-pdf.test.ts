import * as fs from "fs";
import * as path from "path";
import "../../src/core/catalogs/all";
import { readPlan } from "../../src/core/read";
import { describePasted, explainPasted, splitPastedText as splitPasted } from "../../src/core/read/pasted-pdf";
import { checkPlan } from "../../src/core/rules";
import { SEEDS, seedGrid } from "../support/seeds";

const criteria = (text: string) =>
  readPlan(splitPasted(text))
    .rows.filter((r) => r.kind === "criterion")
    .map((r) => ({ criterion: r.criterion, period: r.period, budget: r.budget }));

/** The two criterion rows (1.4: Tháng 9/2025 – 5/2026, 5.000.000 đồng; 5.2: Tháng 10/2025, Không phát sinh) as read. */
const TWO_CRITERIA = [
  {
    criterion: "1.4",
    period: { kind: "range", start: "2025-09", end: "2026-05" },
    budget: expect.objectContaining({ kind: "amount", vnd: 5000000 }),
  },
  {
    criterion: "5.2",
    period: { kind: "month", start: "2025-10", end: "2025-10" },
    budget: expect.objectContaining({ vnd: null }),
  },
];

describe("pasting a table copied from a PDF viewer", () => {
  it("`pdftotext -layout` text over pages: columns from the header, repeated header dropped, split row whole", () => {
    const text = fs.readFileSync(
      path.join(__dirname, "..", "fixtures", "pdf", "thu-duc-nhieu-trang-layout.txt"),
      "utf8",
    );
    expect(text).toContain("\f"); // page breaks
    const plan = readPlan(splitPasted(text));
    const fromSeed = readPlan(seedGrid(SEEDS.thuDuc));
    const rows = (p: typeof plan) =>
      p.rows
        .filter((r) => r.kind === "criterion")
        .map((r) => ({ criterion: r.criterion, target: r.target, period: r.period, budget: r.budget }));
    expect(rows(plan)).toEqual(rows(fromSeed));
    expect(plan.context).toMatchObject({ level: "thcs", schoolYear: "2025-2026" });
    const row = plan.rows.find((r) => r.criterion === "5.2")!;
    expect(row.cells.support!.text).toBe("Sự hỗ trợ từ Ban đại diện cha/mẹ học sinh; Các ban ngành tại địa phương.");
    expect(checkPlan(plan).map((f) => f.rule)).toContain("timeline.after-school-year");
  });

  it("one cell per line with a blank line between rows", () => {
    const text = [
      "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC",
      "Năm học 2025 - 2026",
      "",
      ["TT", "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt", "Công việc/giải pháp cần thực hiện"]
        .concat(["Chủ trì và phối hợp thực hiện", "Thời gian thực hiện và hoàn thành", "Dự kiến kinh phí"])
        .join("\n"),
      "",
      "1\nTiêu chí 1.4\nĐạt mức 2\nXây dựng chuyên đề cấp tổ\nPHT chuyên môn\nTháng 9/2025 - 5/2026\n5.000.000 đồng",
      "",
      "2\nTiêu chí 5.2\nĐạt mức 3\nBồi dưỡng học sinh năng khiếu\nTTCM\nTháng 10/2025\nKhông phát sinh",
      "",
      "III. TỔ CHỨC THỰC HIỆN",
    ].join("\n");
    const grid = splitPasted(text);
    expect(grid.find((r) => r[0] === "TT")).toHaveLength(7);
    expect(criteria(text)).toEqual(TWO_CRITERIA);
  });

  it("each row on one line with single spaces between cells, under a one-line header", () => {
    const text = [
      "Năm học 2025-2026",
      "TT Tiêu chuẩn, tiêu chí Kết quả cần đạt Công việc/giải pháp cần thực hiện Chủ trì và phối hợp thực hiện" +
        " Thời gian thực hiện và hoàn thành Dự kiến kinh phí",
      "1 Tiêu chí 1.4 Tổ chức chuyên đề cấp tổ hằng tháng Tháng 9/2025 - 5/2026 5.000.000 đồng",
      "2 Tiêu chí 5.2 Bồi dưỡng học sinh năng khiếu Tháng 10/2025 - 12/2025 10 triệu đồng",
      "theo kế hoạch của tổ chuyên môn",
    ].join("\n");
    const plan = readPlan(splitPasted(text));
    const rows = plan.rows.filter((r) => r.kind === "criterion");
    expect(rows.map((r) => [r.criterion, r.period?.start, r.period?.end, r.budget?.vnd])).toEqual([
      ["1.4", "2025-09", "2026-05", 5000000],
      ["5.2", "2025-10", "2025-12", 10000000],
    ]);
    expect(rows[1].cells.tasks!.text).toBe("Bồi dưỡng học sinh năng khiếu\ntheo kế hoạch của tổ chuyên môn");
  });

  it("`pdftotext -layout` text whose body columns sit apart from the header's is read by the cells' order", () => {
    // As pdftotext sets a page without the header: the body's cells start ~10 characters left of the labels.
    const text = [
      "Năm học 2025-2026",
      "TT            Tiêu chuẩn,   Kết quả cần   Công việc/    Thời gian      Dự kiến",
      "              tiêu chí      đạt           giải pháp     thực hiện      kinh phí",
      "\f1   Tiêu chí 1.4   Đạt mức 2     Xây dựng      Tháng          5.000.000",
      "    Hiệu trưởng                 chuyên đề     9/2025 –       đồng",
      "                                              5/2026",
      "2   Tiêu chí 5.2   Đạt mức 3     Bồi dưỡng     Tháng 10/2025  Không phát",
      "                                 học sinh                     sinh",
    ].join("\n");
    expect(criteria(text)).toEqual(TWO_CRITERIA);
    const row = readPlan(splitPasted(text)).rows.find((r) => r.criterion === "1.4")!;
    expect(row.cells.tasks!.text).toMatch(/Xây dựng chuyên đề/);
  });

  it("one cell per line with empty cells left out: the period line goes in the period column", () => {
    const header = ["TT", "Nội dung cải tiến", "Mục tiêu cải tiến", "Hoạt động/giải pháp", "Chỉ số đánh giá kết quả"]
      .concat(["Thời gian thực hiện", "Đơn vị/cá nhân phụ trách", "Nguồn lực bảo đảm"])
      .concat(["Thông tin, dữ liệu hoặc minh chứng dự kiến", "Mức độ thực hiện"]);
    const text = [
      "Năm học 2026-2027",
      "",
      header.join("\n"),
      "",
      "1\nTiêu chí 1.2: Cơ cấu tổ chức\nĐạt mức 2\nXây dựng kế hoạch và giao việc cho\ncác tổ chuyên môn",
      "Tháng 9/2026 – 5/2027\nPhó hiệu trưởng\nDự kiến 5.000.000 đồng",
      "",
    ].join("\n");
    const grid = splitPasted(text);
    const row = grid.find((r) => r[0] === "1")!;
    expect(row).toEqual([
      "1",
      "Tiêu chí 1.2: Cơ cấu tổ chức",
      "Đạt mức 2",
      "Xây dựng kế hoạch và giao việc cho\ncác tổ chuyên môn",
      "",
      "Tháng 9/2026 – 5/2027",
      "Phó hiệu trưởng",
      "Dự kiến 5.000.000 đồng",
      "",
      "",
    ]);
  });

  it("rows run together: a month range and an amount win over “thường xuyên” and “xã hội hóa” said before them", () => {
    const text = [
      "Năm học 2025-2026",
      "TT Tiêu chuẩn, tiêu chí Kết quả cần đạt Công việc/giải pháp cần thực hiện Thời gian thực hiện và hoàn thành" +
        " Dự kiến kinh phí",
      "1 Tiêu chí 3.2 Huy động xã hội hóa thiết bị, kiểm tra thường xuyên Tháng 12/2025 - Tháng 8/2026 450.000.000 đồng",
    ].join("\n");
    expect(criteria(text)).toEqual([
      {
        criterion: "3.2",
        period: { kind: "range", start: "2025-12", end: "2026-08" },
        budget: expect.objectContaining({ kind: "amount", vnd: 450_000_000 }),
      },
    ]);
  });

  it("without a table, says what it saw and suggests opening the PDF file itself", () => {
    const text = "Kế hoạch cải tiến năm học 2025-2026\nTiêu chí 1.4 Hiệu trưởng  x\nTiêu chí 5.2  x\nmột đoạn văn";
    const plan = explainPasted(readPlan(splitPasted(text)), text);
    const f = plan.readFindings.find((x) => x.rule === "table.no-header")!;
    expect(f.message).toMatch(/^Không tìm thấy bảng kế hoạch cải tiến trong nội dung đã dán\. Đã thấy 4 dòng chữ/);
    expect(f.message).toContain("2 mã tiêu chí (1.4, 5.2)");
    expect(f.suggestion).toMatch(/mở chính tệp PDF/);
    expect(f.suggestion).not.toMatch(/Chèn bảng/);
    expect(describePasted("").vi).toMatch(/^Đã thấy 0 dòng chữ/);
  });
});
