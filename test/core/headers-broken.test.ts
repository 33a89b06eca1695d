/**
 * Header labels as narrow cells print them: LibreOffice breaks a word that does not fit a column ("Tiê" + "u chí",
 * "ST" + "T", seen on a hand-written landscape plan), and the cell's lines are joined by a space. Expectations by hand.
 */
import { roleOfHeader } from "../../src/core/read";

describe("a header word broken at a narrow cell's edge", () => {
  it.each([
    ["Tiê u chí", "criterion"],
    ["ST T", "tt"],
    ["Kinh ph í", "budget"],
    ["Thời gia n thực hiện", "period"],
  ])("%s → %s", (label, role) => {
    expect(roleOfHeader(label)).toBe(role);
  });

  it("reads labels that were not broken as before, and leaves labels with no role without one", () => {
    expect(roleOfHeader("Tiêu chí")).toBe("criterion");
    expect(roleOfHeader("Ghi chú")).toBe("note");
    expect(roleOfHeader("Điểm yếu")).toBeNull();
    expect(roleOfHeader("Ý kiến của cha mẹ học sinh")).toBeNull();
  });
});

describe("owner columns named by their people", () => {
  it.each(["Người/bộ phận thực hiện", "Bộ phận thực hiện", "Người/ bộ phận thực hiện"])("%s → owner", (label) => {
    expect(roleOfHeader(label)).toBe("owner");
  });
});

describe("a label's words glued where its lines were rejoined", () => {
  // LibreOffice split a header row over a page break: "Mức" ended one page, "độ thực hiện" opened the next.
  it.each(["Mứcđộ thực hiện", "Mức độ thực hiện", "Mức độ\nthực hiện"])("%s → status", (label) => {
    expect(roleOfHeader(label)).toBe("status");
  });
});
