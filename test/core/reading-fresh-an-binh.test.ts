/**
 * What the fresh tiểu học Biểu 2 plan for 2027-2028 (scripts/fixtures/heldout/fresh/bieu2-tieu-hoc-an-binh-2027-
 * 2028.html) found at its first reading, each case built by hand here from a cell or a header row: the form's
 * column 2 headed "Nội dung cần cải tiến", column 5 headed "Kết quả/sản phẩm cần đạt" after a "Mục tiêu cải tiến"
 * column, a criterion written "1.3" with its weakness "Hạn chế: …" below it in the same cell, and the resource
 * "Lồng ghép kinh phí hoạt động".
 */
import "../../src/core/catalogs/all";
import { headerAt, roleOfHeader } from "../../src/core/read/headers";
import { readPlan } from "../../src/core/read";
import { parseCriterionRef } from "../../src/core/parse/refs";
import { parseBudget } from "../../src/core/parse/budget";
import { periodAndBudget } from "../../src/core/read/pasted-period-budget";

describe("Biểu 2's columns in the words schools use", () => {
  it("'Nội dung cần cải tiến' is the criterion column, as 'Nội dung cải tiến' is", () => {
    expect(roleOfHeader("Nội dung cần cải tiến")).toBe("criterion");
    expect(roleOfHeader("Nội dung cải tiến")).toBe("criterion");
    // A longer label naming the measures stays the tasks column.
    expect(roleOfHeader("Nội dung cải tiến / Biện pháp")).toBe("tasks");
  });

  const header = [
    "TT",
    "Nội dung cần cải tiến",
    "Mục tiêu cải tiến",
    "Giải pháp/biện pháp",
    "Kết quả/sản phẩm cần đạt",
    "Thời gian bắt đầu – hoàn thành",
    "Bộ phận chủ trì, phối hợp",
    "Nguồn lực (kinh phí, nhân lực)",
    "Minh chứng",
    "Mức độ thực hiện",
  ];

  it("'Kết quả/sản phẩm cần đạt' after 'Mục tiêu cải tiến' is the indicator (column 5)", () => {
    expect(headerAt([header], 0)?.columns).toEqual({
      tt: 0,
      criterion: 1,
      target: 2,
      tasks: 3,
      indicator: 4,
      period: 5,
      owner: 6,
      budget: 7,
      evidence: 8,
      status: 9,
    });
  });

  it("without a 'Mục tiêu' column before it, a 'Kết quả/sản phẩm cần đạt' column is the target", () => {
    expect(roleOfHeader("Kết quả/sản phẩm cần đạt")).toBe("target");
    const columns = headerAt([["TT", "Tiêu chí", "Kết quả/sản phẩm cần đạt", "Giải pháp", "Thời gian"]], 0)?.columns;
    expect(columns?.target).toBe(2);
    expect(columns?.indicator).toBeUndefined();
  });

  it("a Biểu 2 table with those labels has no missing column", () => {
    const grid = [
      ["TRƯỜNG TIỂU HỌC AN BÌNH"],
      ["KẾ HOẠCH cải tiến chất lượng giáo dục năm học 2027 - 2028"],
      header,
      [
        "1",
        "Tiêu chí 2.2: Giáo viên",
        "Tiêu chí đạt Mức 2.",
        "Sinh hoạt chuyên môn 02 lần/tháng",
        "28/28 giáo viên đạt chuẩn",
        "Năm học 2027 - 2028",
        "Phó hiệu trưởng",
        "Không",
        "Biên bản (MC.2.2.01)",
        "",
      ],
    ];
    const plan = readPlan(grid, { level: "tieu-hoc", schoolYear: "2027-2028", regime: "2026" });
    expect(plan.readFindings.filter((f) => f.rule === "table.missing-column")).toEqual([]);
    expect(plan.rows.filter((r) => r.kind === "criterion").map((r) => r.criterion)).toEqual(["2.2"]);
  });
});

describe("a criterion's cell: the code, then its weakness labelled", () => {
  it.each([
    ["1.3\nHạn chế: hồ sơ học sinh chưa cập nhật", "1.3", ""],
    ["Tiêu chí 2.2: Giáo viên\nHạn chế: 05/28 giáo viên còn lúng túng", "2.2", "Giáo viên"],
    [
      "Tiêu chí 4.3: Phối hợp với gia đình, cộng đồng và tổ chức liên quan Tồn tại: chưa thường xuyên",
      "4.3",
      "Phối hợp với gia đình, cộng đồng và tổ chức liên quan",
    ],
    // No label: the words after the code are the name, as before.
    ["1.3 Quản lý kế hoạch, nguồn lực", "1.3", "Quản lý kế hoạch, nguồn lực"],
  ])("%j → %s, name %j", (cell, code, rest) => {
    expect(parseCriterionRef(cell)).toEqual({ code, standard: Number(code[0]), rest });
  });
});

describe("a resource integrated in the operating budget", () => {
  it("'Lồng ghép kinh phí hoạt động' names the budget as its source, no amount", () => {
    expect(parseBudget("Lồng ghép kinh phí hoạt động")).toMatchObject({ kind: "source", source: "Ngân sách" });
  });
});

describe("a pasted row's cells run together", () => {
  it("the range of months is the period, not the month of a date in the indicator before it", () => {
    const got = periodAndBudget(
      "Kế hoạch được thông qua trước 15/12/2027 09/2027 – 12/2027 Hiệu trưởng; Hội đồng trường Không Kế hoạch",
      true,
      true,
    );
    expect(got.period).toBe("09/2027 – 12/2027");
    expect(got.budget).toBe("Không");
  });

  it("'Lồng ghép kinh phí hoạt động' is the budget cell", () => {
    const got = periodAndBudget(
      "28/28 giáo viên Năm học 2027 - 2028 Phó hiệu trưởng Lồng ghép kinh phí hoạt động Biên bản",
      true,
      true,
    );
    expect(got.period).toBe("Năm học 2027 - 2028");
    expect(got.budget).toBe("Lồng ghép kinh phí hoạt động");
  });
});
