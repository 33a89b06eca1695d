/**
 * A level written beside the criterion code ("Tiêu chí 2.1 (Mức 2)", "TC 3.4 - Mức 3"; issue 21's fresh THCS Lê Lợi
 * plan) is the level the row aims at when its target cell names none: the improvement plan's row states there what
 * it works towards. A level said to be the one reached now ("hiện trạng: Mức 2", "đã đạt", "mới đạt") is not, nor
 * one inside a sentence below the name; a level in the target cell wins. Cells and grids written by hand;
 * expectations by hand.
 */
import "../../src/core/catalogs/all";
import { levelBesideCode } from "../../src/core/parse/refs";
import { readPlan } from "../../src/core/read";
import { checkPlan } from "../../src/core/rules";
import { getCatalog } from "../../src/core/catalogs";

describe("levelBesideCode", () => {
  it.each([
    ["Tiêu chí 2.1 (Mức 2)", 2],
    ["TC 3.4 - Mức 3", 3],
    ["TC 3.4 - Mức 3<br>Khu vệ sinh, hệ thống cấp thoát nước", 3],
    ["TC 3.4 -\nMức 3\nKhu vệ sinh, hệ thống cấp thoát nước", 3], // a printed cell wrapped after the dash
    ["Tiêu chí 1.10 (Mức\n2)", 2],
    ["1.5 (Mức 2): Lớp học", 2],
    ["Tiêu chí 3.6: Thư viện - Mức 3", 3],
    ["TC 2.2 Đối với giáo viên (đạt Mức 3)", 3],
    ["Tiêu chí 4.1 - Cấp độ II - Ban đại diện cha mẹ học sinh", 2],
    ["Tiêu chí 1.3: Tổ chức Đảng Cộng sản Việt Nam (Mức 3)", 3],
  ])("%j → Mức %d", (text, level) => {
    expect(levelBesideCode(text)).toBe(level);
  });

  it.each([
    "Tiêu chí 2.1 (hiện trạng: Mức 2)",
    "Tiêu chí 2.1 đã đạt Mức 2",
    "Tiêu chí 1.2: Hội đồng trường\nĐiểm yếu: hội đồng trường mới đạt Mức 1",
    "Tiêu chí 1.2: Hội đồng trường. Hoạt động còn hình thức, đạt Mức 1", // a sentence, not the name
    "Tiêu chí 1.1: Mục tiêu 1",
    "Tiêu chí 5.6: Mức 5 học sinh",
    "Tiêu chí 1.4",
    "Mức 3", // no code
  ])("%j → none", (text) => {
    expect(levelBesideCode(text)).toBeNull();
  });
});

const HEADER = ["TT", "Tiêu chí", "Kết quả cần đạt", "Nội dung, biện pháp", "Thời gian thực hiện", "Kinh phí"];
const plan = (rows: string[][]) =>
  readPlan([["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG năm học 2023-2024"], HEADER, ...rows], {
    level: "thcs",
    regime: "2018",
  });

describe("the level beside the code as the row's target", () => {
  it("is the target when the target cell names none, and the target rules mark the criterion cell", () => {
    const p = plan([
      ["1", "Tiêu chí 2.1 (Mức 2)", "Hoàn thành bồi dưỡng cán bộ quản lý.", "Cử đi học", "HK I", "Không"],
      ["2", "TC 3.4 - Mức 3", "Khu vệ sinh sạch sẽ, đủ nước.", "Cải tạo khu vệ sinh", "HK II", "Không"],
    ]);
    const rows = p.rows.filter((r) => r.kind === "criterion");
    expect(rows.map((r) => r.target)).toEqual([
      { level: 2, current: null, from: "criterion" },
      { level: 3, current: null, from: "criterion" },
    ]);
    // TT 18's 3.4 (Khu vệ sinh, hệ thống cấp thoát nước) stops at Mức 2.
    const above = checkPlan(p, getCatalog("tt18-2018")!).filter((f) => f.rule === "target.above-max");
    expect(above.map((f) => [f.criterion, f.cell])).toEqual([["3.4", { row: 3, col: 1 }]]);
  });

  it("gives way to a level in the target cell", () => {
    const p = plan([["1", "Tiêu chí 2.1 (Mức 2)", "Đạt Mức 3", "Cử đi học", "HK I", "Không"]]);
    expect(p.rows.find((r) => r.kind === "criterion")!.target).toEqual({ level: 3, current: null });
  });

  it("is none when the code stands alone or the level is the one reached now", () => {
    const p = plan([
      ["1", "Tiêu chí 2.1", "Hoàn thành bồi dưỡng.", "Cử đi học", "HK I", "Không"],
      ["2", "Tiêu chí 2.2 (hiện trạng: Mức 2)", "Có giáo viên dạy giỏi.", "Hội giảng", "HK I", "Không"],
    ]);
    expect(p.rows.filter((r) => r.kind === "criterion").map((r) => r.target)).toEqual([
      { level: null, current: null },
      { level: null, current: null },
    ]);
  });
});
