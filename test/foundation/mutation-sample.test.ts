/**
 * The sampled mode of `npm run mutation` (scripts/mutation-sample.js) and the committed summary's "latest figure per
 * folder" (scripts/mutation-summary.js). Expected intervals are worked by hand from Wilson's formula.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { draw, wilson, drawnMutants, keyOf } = require("../../scripts/mutation-sample");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { latest } = require("../../scripts/mutation-summary");

describe("Wilson's 95 % interval", () => {
  it("0 of 10 reaches z²/(n+z²) = 3.8416/13.8416 = 27.75 %, 10 of 10 starts at 72.25 %", () => {
    const [lo0, hi0] = wilson(0, 10);
    expect(lo0).toBe(0);
    expect(hi0).toBeCloseTo(27.75, 2);
    const [lo10, hi10] = wilson(10, 10);
    expect(lo10).toBeCloseTo(72.25, 2);
    expect(hi10).toBe(100);
  });
  it("5 of 10: centre 50 %, half-width 1.96·√(0.025 + 0.0096)/1.38416 = 26.34 %", () => {
    const [lo, hi] = wilson(5, 10);
    expect(lo).toBeCloseTo(23.66, 1);
    expect(hi).toBeCloseTo(76.34, 1);
  });
  it("no valid mutant gives no interval", () => {
    expect(wilson(0, 0)).toBeNull();
  });
});

describe("drawing the sample", () => {
  const items = Array.from({ length: 100 }, (_, i) => i);
  it("is the same for the same seed, in the list's order, without repeats", () => {
    const a = draw(items, 10, 28);
    expect(draw(items, 10, 28)).toEqual(a);
    expect(new Set(a).size).toBe(10);
    expect([...a].sort((x: number, y: number) => x - y)).toEqual(a);
  });
  it("a larger sample with the same seed holds the smaller one (a rerun with more mutants reuses the results)", () => {
    const small = draw(items, 10, 28);
    const large = draw(items, 20, 28);
    expect(small.every((i: number) => large.includes(i))).toBe(true);
  });
  it("differs with another seed, and takes everything when asked for more than there is", () => {
    expect(draw(items, 10, 29)).not.toEqual(draw(items, 10, 28));
    expect(draw([3, 1, 2], 5, 28)).toEqual([3, 1, 2]);
  });
});

describe("finding the drawn mutants in Stryker's report", () => {
  it("reads the instrumenter's positions (from 0) and the report's (from 1) as the same mutant", () => {
    const mutant = { mutatorName: "EqualityOperator", replacement: "a <= b" };
    const instrumented = { ...mutant, location: { start: { line: 9, column: 4 }, end: { line: 9, column: 10 } } };
    const reported = { ...mutant, location: { start: { line: 10, column: 5 }, end: { line: 10, column: 11 } } };
    const key = keyOf("src/x.ts", instrumented, false);
    expect(key).toBe("src/x.ts:10:5-10:11:EqualityOperator:a <= b");
    const other = { ...reported, replacement: "a >= b", status: "Survived" };
    const report = { files: { "src/x.ts": { mutants: [{ ...reported, status: "Killed" }, other] } } };
    expect(drawnMutants(report, [key])).toEqual([{ ...reported, status: "Killed" }]);
  });
});

describe("the committed summary", () => {
  it("gives each folder its latest whole run, else its latest sampled run", () => {
    const entries = [
      { folder: "src/core/text", date: "2026-12-04T22:00:00Z", score: 80.6, sample: null },
      { folder: "src/core/text", date: "2026-12-04T23:25:00Z", score: 86.7, sample: null },
      { folder: "src/core/text", date: "2026-12-05T01:00:00Z", score: 90, sample: { valid: 60 } },
      { folder: "src/core/rules", date: "2026-12-05T00:10:00Z", score: 70, sample: { valid: 60 } },
      { folder: "src/core/rules", date: "2026-12-05T00:50:00Z", score: 75, sample: { valid: 60 } },
    ];
    const figure = latest(entries);
    expect(figure.get("src/core/text").score).toBe(86.7);
    expect(figure.get("src/core/rules").score).toBe(75);
  });
});
