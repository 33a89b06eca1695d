/**
 * The school's name split from its kind in the heading block: "TRƯỜNG THCS" | "NGUYỄN TRÃI" in two cells, or on two
 * lines of one cell, was read as "TRƯỜNG THCS". The next line completes the name when it is a short line of
 * capitalised words; the heading lines beside it ("CỘNG HÒA …", "Số: …", "KẾ HOẠCH") never do. Expectations by hand.
 */
import { detectContext } from "../../src/core/context";
import { readPlan } from "../../src/core/read";
import { doc2018, GOOD_ROW } from "../support/grids";

const school = (lines: string[]) => detectContext(lines).context.school;

describe("the name on the line after the kind", () => {
  it.each([
    [["TRƯỜNG THCS", "NGUYỄN TRÃI"], "TRƯỜNG THCS NGUYỄN TRÃI"],
    [["PHÒNG GD&ĐT QUẬN 1", "TRƯỜNG TIỂU HỌC", "KIM ĐỒNG"], "TRƯỜNG TIỂU HỌC KIM ĐỒNG"],
    [["Trường Mầm non", "Hoa Sen"], "Trường Mầm non Hoa Sen"],
    [["TRƯỜNG TRUNG HỌC CƠ SỞ", "LÊ QUÝ ĐÔN"], "TRƯỜNG TRUNG HỌC CƠ SỞ LÊ QUÝ ĐÔN"],
    [["TRƯỜNG TIỂU HỌC", "SỐ 1 NAM LÝ"], "TRƯỜNG TIỂU HỌC SỐ 1 NAM LÝ"],
    [["TRƯỜNG TH&THCS", "H'MÔNG"], "TRƯỜNG TH&THCS H'MÔNG"],
  ])("%j → %s", (lines, name) => {
    expect(school(lines)).toBe(name);
  });
  it("the level is still read from the kind", () => {
    expect(detectContext(["TRƯỜNG THCS", "NGUYỄN TRÃI"]).context.level).toBe("thcs");
  });
});

describe("lines that are not the name", () => {
  it.each([
    [["TRƯỜNG THCS", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]],
    [["TRƯỜNG THCS", "Độc lập - Tự do - Hạnh phúc"]],
    [["TRƯỜNG THCS", "Số: 25/KH-THCS"]],
    [["TRƯỜNG THCS", "KẾ HOẠCH"]],
    [["TRƯỜNG THCS", "Cải tiến chất lượng giáo dục năm học 2025 – 2026"]],
    [["TRƯỜNG THCS", "HỘI ĐỒNG TỰ ĐÁNH GIÁ"]],
    [["TRƯỜNG THCS", "2025"]],
  ])("%j stays TRƯỜNG THCS", (lines) => {
    expect(school(lines)).toBe("TRƯỜNG THCS");
  });
  it("a line that names the school whole takes nothing from the next line", () => {
    expect(school(["TRƯỜNG THCS NGUYỄN TRÃI", "TỔ CHUYÊN MÔN"])).toBe("TRƯỜNG THCS NGUYỄN TRÃI");
  });
});

describe("in a plan's heading block", () => {
  const title = ["KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2025 – 2026"];
  const withHeading = (heading: string[][]) => [...heading, ...doc2018({ title, rows: [GOOD_ROW] })];
  it("two cells of one row", () => {
    const plan = readPlan(withHeading([["TRƯỜNG THCS", "NGUYỄN TRÃI"]]));
    expect(plan.context.school).toBe("TRƯỜNG THCS NGUYỄN TRÃI");
  });
  it("two lines of one cell, beside the national motto", () => {
    const plan = readPlan(withHeading([["TRƯỜNG THCS\nNGUYỄN TRÃI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]]));
    expect(plan.context.school).toBe("TRƯỜNG THCS NGUYỄN TRÃI");
  });
  it("one cell above the other", () => {
    const plan = readPlan(withHeading([["PHÒNG GD&ĐT QUẬN 1"], ["TRƯỜNG THCS"], ["NGUYỄN TRÃI"]]));
    expect(plan.context.school).toBe("TRƯỜNG THCS NGUYỄN TRÃI");
  });
});
