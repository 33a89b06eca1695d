/**
 * A two-row budget header: "Kinh phí" spanning "Ngân sách" | "XHH" (as a .docx or .xlsx gives it: the label in the
 * first column, its merged cells empty, the sources on the row below). The row's budget is the sum of both
 * sub-columns with each amount's source kept; an amount only under XHH is a xã hội hóa amount; "Không" or nothing
 * under both is no amount. It was read as one "Kinh phí" column and lost what was written only under XHH.
 * Expectations by hand.
 */
import "../../src/core/catalogs/all";
import { readPlan } from "../../src/core/read";
import { checkPlan } from "../../src/core/rules";
import { summarize } from "../../src/core/summary";

const TITLE = [
  ["TRƯỜNG THCS LÊ QUÝ ĐÔN"],
  ["KẾ HOẠCH"],
  ["Cải tiến chất lượng giáo dục năm học 2025 – 2026"],
  ["Căn cứ Thông tư số 18/2018/TT-BGDĐT ngày 22 tháng 8 năm 2018 của Bộ trưởng Bộ Giáo dục và Đào tạo;"],
];
const HEADER = [
  "TT",
  "Tiêu chí",
  "Kết quả cần đạt",
  "Công việc",
  "Người thực hiện",
  "Thời gian",
  "Kinh phí",
  "",
  "Ghi chú",
];
const row = (tt: string, criterion: string, ns: string, xhh: string) => [
  tt,
  criterion,
  "Đạt mức 2",
  "Tổ chức thực hiện",
  "BGH",
  "Tháng 9/2025 - tháng 5/2026",
  ns,
  xhh,
  "",
];
const BODY = [
  row("1", "Tiêu chí 1.1: Phương hướng, chiến lược", "5.000.000", "2.000.000"),
  row("2", "Tiêu chí 1.2: Hội đồng trường", "Không", "3 triệu"),
  row("3", "Tiêu chí 1.3: Tổ chức Đảng", "Không", "Không"),
  row("4", "Tiêu chí 1.4: Hiệu trưởng, phó hiệu trưởng", "", "1500000"),
  row("5", "Tiêu chí 1.5: Lớp học", "4 triệu", ""),
  row("6", "Tiêu chí 1.6: Quản lý hành chính", "", ""),
];
const budgets = (grid: string[][]) =>
  readPlan(grid)
    .rows.filter((r) => r.kind === "criterion")
    .map((r) => [r.criterion, r.budget?.kind, r.budget?.vnd ?? null, r.budget?.source ?? null]);
const EXPECTED = [
  ["1.1", "amount", 7_000_000, "Xã hội hóa; Ngân sách"],
  ["1.2", "amount", 3_000_000, "Xã hội hóa"],
  ["1.3", "none", null, null],
  ["1.4", "amount", 1_500_000, "Xã hội hóa"],
  ["1.5", "amount", 4_000_000, "Ngân sách"],
  ["1.6", undefined, null, null], // nothing written: no budget cell, as an empty one-column cell
];

describe("'Kinh phí' over 'Ngân sách' | 'XHH'", () => {
  const grid = [...TITLE, HEADER, ["", "", "", "", "", "", "Ngân sách", "XHH", ""], ...BODY];
  it("each row's budget is the sum of both sources, with its sources", () => {
    expect(budgets(grid)).toEqual(EXPECTED);
  });
  it("the budget cell quotes each amount after its source's label", () => {
    const plan = readPlan(grid);
    const cells = plan.rows.filter((r) => r.kind === "criterion").map((r) => r.cells.budget?.text);
    expect(cells).toEqual([
      "Ngân sách: 5.000.000; XHH: 2.000.000",
      "XHH: 3 triệu",
      "Không",
      "XHH: 1500000",
      "Ngân sách: 4 triệu",
      undefined,
    ]);
  });
  it("the sub-label row is no plan row, and the total counts every amount", () => {
    const plan = readPlan(grid);
    expect(plan.rows.filter((r) => r.kind === "criterion" || r.kind === "task")).toHaveLength(6);
    expect(summarize(plan, checkPlan(plan)).totalVnd).toBe(15_500_000);
  });
  it("the total by source puts each amount under its own source, a row once under each", () => {
    expect(summarize(readPlan(grid)).bySource).toEqual([
      { source: "Ngân sách", vnd: 9_000_000, rows: 2 },
      { source: "Xã hội hóa", vnd: 6_500_000, rows: 3 },
    ]);
  });
  it("'Xã hội hóa' and 'Ngân sách nhà nước' spelt out, and a third source column", () => {
    const three = [...HEADER.slice(0, 8), "", "Ghi chú"];
    const body = BODY.map((r) => [...r.slice(0, 8), r[1].endsWith("Tổ chức Đảng") ? "1 triệu" : "", ""]);
    const plan = [
      ...TITLE,
      three,
      ["", "", "", "", "", "", "Ngân sách nhà nước", "Xã hội hóa", "Nguồn khác", ""],
      ...body,
    ];
    const read = budgets(plan);
    expect(read[0]).toEqual(["1.1", "amount", 7_000_000, "Xã hội hóa; Ngân sách"]);
    expect(read[2]).toEqual(["1.3", "amount", 1_000_000, "Khác"]);
  });
});

describe("the sources on the header row itself (one header row)", () => {
  it("'Ngân sách' | 'Xã hội hóa' as two header cells", () => {
    const header = [...HEADER.slice(0, 6), "Ngân sách", "Xã hội hóa", "Ghi chú"];
    expect(budgets([...TITLE, header, ...BODY])).toEqual(EXPECTED);
  });
});

describe("sub-columns that are not sources are left alone", () => {
  it("'Kinh phí' over 'Số tiền' | 'Thời hạn' keeps the first column's amount only", () => {
    const grid = [...TITLE, HEADER, ["", "", "", "", "", "", "Số tiền", "Thời hạn", ""], ...BODY];
    expect(budgets(grid)[0]).toEqual(["1.1", "amount", 5_000_000, null]);
  });
  it("a 'Ghi chú' column that names a source is not merged into the budget", () => {
    const header = [...HEADER.slice(0, 7), "Ghi chú", ""];
    const grid = [...TITLE, header, ...BODY.map((r) => [...r.slice(0, 7), "Xã hội hóa", ""])];
    expect(budgets(grid)[1]).toEqual(["1.2", "none", null, null]);
  });
});

describe("with the period's own two-row header beside it", () => {
  it("'Thời gian' over 'Bắt đầu' | 'Hoàn thành' and 'Kinh phí' over 'Ngân sách' | 'XHH' on one sub-label row", () => {
    const header = [
      "TT",
      "Tiêu chí",
      "Kết quả cần đạt",
      "Công việc",
      "Người thực hiện",
      "Thời gian",
      "",
      "Kinh phí",
      "",
    ];
    const sub = ["", "", "", "", "", "Bắt đầu", "Hoàn thành", "Ngân sách", "XHH"];
    const body = [
      ["1", "Tiêu chí 1.1: Phương hướng, chiến lược", "Đạt mức 2", "Việc", "BGH", "9/2025", "5/2026", "", "2 triệu"],
      ["2", "Tiêu chí 1.2: Hội đồng trường", "Đạt mức 2", "Việc", "BGH", "10/2025", "12/2025", "1 triệu", "1 triệu"],
    ];
    const plan = readPlan([...TITLE, header, sub, ...body]);
    const read = plan.rows
      .filter((r) => r.kind === "criterion")
      .map((r) => [r.criterion, r.period?.start, r.period?.end, r.budget?.vnd, r.budget?.source]);
    expect(read).toEqual([
      ["1.1", "2025-09", "2026-05", 2_000_000, "Xã hội hóa"],
      ["1.2", "2025-10", "2025-12", 2_000_000, "Xã hội hóa; Ngân sách"],
    ]);
  });
});

describe("amounts of one cell under their own sources", () => {
  const bySource = (cell: string) =>
    summarize(readPlan([...TITLE, HEADER, row("1", "Tiêu chí 1.1: Phương hướng, chiến lược", cell, "")])).bySource.map(
      (x) => [x.source, x.vnd],
    );
  it.each([
    [
      "Ngân sách 5 triệu; XHH 2 triệu",
      [
        ["Ngân sách", 5_000_000],
        ["Xã hội hóa", 2_000_000],
      ],
    ],
    [
      "Ngân sách: 5 triệu, phụ huynh hỗ trợ 1,5 triệu",
      [
        ["Ngân sách", 5_000_000],
        ["Xã hội hóa", 1_500_000],
      ],
    ],
    [
      "5 triệu (ngân sách); 2 triệu (xã hội hóa)",
      [
        ["Ngân sách", 5_000_000],
        ["Xã hội hóa", 2_000_000],
      ],
    ],
    ["7 triệu từ ngân sách và xã hội hóa", [["Xã hội hóa", 7_000_000]]],
    ["3 triệu", [["Chưa ghi nguồn", 3_000_000]]],
  ])("%j", (cell, expected) => {
    expect(bySource(cell)).toEqual(expected);
  });
});
