// The paste box selects the finding's own cell: two rows holding the same text each select their own place
// (issue 28: row 5's finding used to select row 4's cell). Offsets below are counted by hand from the text.
import { pastedSelection } from "../../src/taskpane/pasted-selection";

describe("pastedSelection", () => {
  // line 0 "TT\tThời gian"      (12 chars + \n: 0–12)
  // line 1 "1\tTháng 10/2027"   (starts at 13; the cell at 15, 13 chars)
  // line 2 "2\tTháng 10/2027"   (starts at 29; the cell at 31)
  const text = "TT\tThời gian\n1\tTháng 10/2027\n2\tTháng 10/2027";

  it("selects each of two cells with the same text at its own row", () => {
    expect(pastedSelection(text, { row: 1, col: 1 }, "Tháng 10/2027")).toEqual({ start: 15, end: 28 });
    expect(pastedSelection(text, { row: 2, col: 1 }, "Tháng 10/2027")).toEqual({ start: 31, end: 44 });
    expect(text.slice(31, 44)).toBe("Tháng 10/2027");
  });

  it("leaves out the spaces around the cell's text", () => {
    const spaced = "a\t b \nc\t b ";
    // line 1 starts at 6; its second cell " b " at 8; "b" at 9.
    expect(pastedSelection(spaced, { row: 1, col: 1 }, "b")).toEqual({ start: 9, end: 10 });
  });

  it("finds text written in another Unicode form (NFD) at its own place", () => {
    const nfd = "x\tTha\u0301ng\ny\tTha\u0301ng"; // "Tháng" with a combining acute: 6 code units
    expect(pastedSelection(nfd, { row: 1, col: 1 }, "Tháng")).toEqual({ start: 11, end: 17 });
  });

  it("falls back to the first occurrence when rows do not follow lines, and to nothing when the text is absent", () => {
    // A Markdown separator line is not a row: row 1 of the grid is line 2 of the text.
    const md = "| TT | Việc |\n|---|---|\n| 1 | Rà soát |";
    expect(pastedSelection(md, { row: 1, col: 1 }, "Rà soát")).toEqual({ start: 30, end: 37 });
    expect(pastedSelection(text, { row: 1, col: 1 }, "Tháng 11/2027")).toBeNull();
    expect(pastedSelection(text, { row: 1, col: 1 }, "   ")).toBeNull();
  });
});
