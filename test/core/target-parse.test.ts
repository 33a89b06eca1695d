/**
 * Target cells, edges (issue 28: mutants of src/core/parse/target.ts the parser tests left alive): the current level
 * named before the target, empty cells, and the 2,000-character reading window. Expectations by hand.
 */
import { parseTarget } from "../../src/core/parse/target";

describe("parseTarget edges", () => {
  it("the current level named first is not taken for the target", () => {
    expect(parseTarget("Hiện trạng mức 2, phấn đấu đạt mức 3")).toEqual({ level: 3, current: 2 });
    expect(parseTarget("Đạt mức 3 (hiện tại: mức 2)")).toEqual({ level: 3, current: 2 });
    expect(parseTarget("Hiện nay đạt mức 1")).toEqual({ level: null, current: 1 });
  });
  it("an empty cell has neither level", () => {
    expect(parseTarget("")).toEqual({ level: null, current: null });
    expect(parseTarget("   ")).toEqual({ level: null, current: null });
    expect(parseTarget(null as unknown as string)).toEqual({ level: null, current: null });
  });
  it("reads the first 2,000 characters only", () => {
    expect(parseTarget(`${"x".repeat(1990)} mức 3`)).toEqual({ level: 3, current: null });
    expect(parseTarget(`${"x".repeat(2000)} mức 3`)).toEqual({ level: null, current: null });
  });
});
