/**
 * Decisions of the plan reader on hand-built grids: where a plan table ends (src/core/read/regions.ts: a lone
 * signature title closes it, a row that only starts with one does not), which unheaded column holds the periods
 * (src/core/read/infer-columns.ts: the one most of whose cells are periods) and a standard typed beside a TT number
 * (src/core/read/rows.ts), and the columns of `pdftotext -layout` text (src/core/read/pasted-layout.ts). Expected rows,
 * columns and lines by hand.
 */
import { findRegions } from "../../src/core/read/regions";
import { readPlan } from "../../src/core/read/index";
import { layoutToVisualLines } from "../../src/core/read/pasted-layout";
import { inferPeriodColumn } from "../../src/core/read/infer-columns";

const HEADER = ["TT", "Tiêu chí", "Mục tiêu", "Nội dung, biện pháp", "", ""];

describe("end of a plan table", () => {
  const rows = (middle: string) => [
    ["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG"],
    HEADER,
    ["1", "Tiêu chí 1.1", "Đạt mức 2", "Rà soát phương hướng", "Tháng 9/2025", ""],
    [middle],
    ["2", "Tiêu chí 1.2", "Đạt mức 2", "Kiện toàn hội đồng", "Tháng 10/2025", ""],
  ];

  it("ends at a lone signature title", () => {
    for (const title of ["HIỆU TRƯỞNG", "KT. HIỆU TRƯỞNG", "NGƯỜI LẬP", "HIỆU TRƯỞNG  "]) {
      const regions = findRegions(rows(title));
      expect(regions).toHaveLength(1);
      expect(regions[0].header.row).toBe(1);
      expect(regions[0].end).toBe(3);
    }
  });

  it("goes on past a merged row that only starts with a title", () => {
    for (const text of ["HIỆU TRƯỞNG chỉ đạo chung, các tổ thực hiện", "NGƯỜI LẬP KẾ HOẠCH: tổ trưởng"]) {
      const regions = findRegions(rows(text));
      expect(regions).toHaveLength(1);
      expect(regions[0].end).toBe(5);
    }
  });
});

describe("period column found by its cells", () => {
  it("takes the unheaded column with the larger share of periods, not the last one that passes", () => {
    const grid = [
      HEADER,
      ["1", "Tiêu chí 1.1", "Đạt mức 2", "Rà soát", "Tháng 9/2025", "Tháng 9/2025"],
      ["2", "Tiêu chí 1.2", "Đạt mức 2", "Kiện toàn", "Tháng 10/2025", "Tháng 10/2025"],
      ["3", "Tiêu chí 1.3", "Đạt mức 2", "Bồi dưỡng", "Học kỳ I", "Ban giám hiệu"],
      ["4", "Tiêu chí 1.4", "Đạt mức 2", "Tổng kết", "Tháng 5/2026", "Tháng 5/2026"],
    ];
    const [region] = findRegions(grid);
    expect(region.header.columns.period).toBeUndefined();
    inferPeriodColumn(grid, region, "2025-2026");
    // Column 4: 4 of 4 periods; column 5: 3 of 4 (0.75, above the 0.6 bar, but less).
    expect(region.header.columns.period).toBe(4);
  });

  it("takes none when no column is mostly periods", () => {
    const grid = [
      HEADER,
      ["1", "Tiêu chí 1.1", "Đạt mức 2", "Rà soát", "Tháng 9/2025", "Tổ chuyên môn"],
      ["2", "Tiêu chí 1.2", "Đạt mức 2", "Kiện toàn", "Ban giám hiệu", "Tháng 10/2025"],
      ["3", "Tiêu chí 1.3", "Đạt mức 2", "Bồi dưỡng", "Giáo viên", "Nhân viên"],
    ];
    const [region] = findRegions(grid);
    inferPeriodColumn(grid, region, "2025-2026");
    expect(region.header.columns.period).toBeUndefined();
  });
});

describe("standard row", () => {
  it("is a standard row when its only text besides the TT cell names the standard", () => {
    const plan = readPlan([
      ["TT", "Tiêu chí", "Mục tiêu", "Nội dung, biện pháp", "Thời gian"],
      ["I", "", "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên và học sinh", "", ""],
      ["1", "Tiêu chí 2.1", "Đạt mức 2", "Bồi dưỡng hiệu trưởng", "Tháng 9/2025"],
    ]);
    expect(plan.rows.map((r) => [r.kind, r.standard, r.criterion, r.gridRows])).toEqual([
      ["standard", 2, null, [1]],
      ["criterion", 2, "2.1", [2]],
    ]);
  });
});

describe("text outside the plan table", () => {
  it("is each row's filled cells joined by one space, empty cells between them skipped", () => {
    const plan = readPlan([
      ["PHÒNG GD&ĐT HUYỆN A", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["TRƯỜNG THCS", "", "NGUYỄN TRÃI"],
      ["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG", "", "Năm học", "", "2025-2026"],
      ["TT", "Tiêu chí", "Mục tiêu", "Nội dung, biện pháp", "Thời gian"],
      ["1", "Tiêu chí 2.1", "Đạt mức 2", "Bồi dưỡng hiệu trưởng", "Tháng 9/2025"],
    ]);
    expect(plan.text).toEqual([
      { row: 0, text: "PHÒNG GD&ĐT HUYỆN A CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" },
      { row: 1, text: "TRƯỜNG THCS NGUYỄN TRÃI" },
      { row: 2, text: "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG Năm học 2025-2026" },
    ]);
    expect(plan.context.schoolYear).toBe("2025-2026");
  });
});

describe("columns of pdftotext -layout text", () => {
  it("keeps a cell's width when a shorter line of it follows, so a line across two columns starts a band", () => {
    const rules = { isHeader: () => false, isRowStart: (t: string) => /^Tiêu chí/.test(t) };
    const src = [
      "1  Tiêu chí 1.1 Phương hướng   Tháng 9",
      "   chiến lược",
      "                xây dựng và phát triển nhà trường",
    ].join("\n");
    // The criterion cell spans columns 3–28 ("chiến lược" inside it does not narrow it); the third line runs from
    // column 16 across it and the period column, so it is a band of its own, after the row's cells.
    expect(layoutToVisualLines(src, rules).split("\n")).toEqual([
      "1",
      "Tiêu chí 1.1 Phương hướng",
      "chiến lược",
      "Tháng 9",
      "xây dựng và phát triển nhà trường",
    ]);
  });
});
