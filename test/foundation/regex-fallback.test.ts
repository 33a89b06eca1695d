/**
 * Defect 4 of issue 11: on an ES2017 engine (EdgeHTML 18) the RegExp constructor rejects lookbehind and \p{…}; the
 * core then runs on regex-compat's fallbacks. Simulated here by such a constructor: typical plan texts give the
 * same results as on a modern engine.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
type Core = {
  budget: typeof import("../../src/core/parse/budget");
  period: typeof import("../../src/core/parse/period");
  refs: typeof import("../../src/core/parse/refs");
  context: typeof import("../../src/core/context");
  words: typeof import("../../src/core/parse/words");
};
const load = (): Core => ({
  budget: require("../../src/core/parse/budget"),
  period: require("../../src/core/parse/period"),
  refs: require("../../src/core/parse/refs"),
  context: require("../../src/core/context"),
  words: require("../../src/core/parse/words"),
});

function withEs2017RegExp<T>(fn: () => T): T {
  const Native = RegExp;
  const Es2017 = function (this: unknown, pattern: string | RegExp, flags?: string) {
    const source = typeof pattern === "string" ? pattern : pattern.source;
    if (/\(\?<[=!]|\\p\{/.test(source)) throw new SyntaxError(`Invalid regular expression: /${source}/: Invalid group`);
    return new Native(pattern, flags);
  } as unknown as RegExpConstructor;
  Object.defineProperty(Es2017, "prototype", { value: Native.prototype });
  globalThis.RegExp = Es2017;
  try {
    return fn();
  } finally {
    globalThis.RegExp = Native;
  }
}

describe("core parsing on an ES2017 engine (regex fallbacks)", () => {
  let modern: Core;
  let old: Core;
  beforeAll(() => {
    jest.isolateModules(() => (modern = load()));
    withEs2017RegExp(() => jest.isolateModules(() => (old = load())));
  });
  const budgets = ["10 triệu đống", "5 triêu", "mười triệu đồng", "10.000.000đ", "Ngân sách: 2,5 triệu"];
  const periods = ["Tháng 9/2025 - 9/2026", "Tháng 10/2025", "T9/2025", "tháng 9 năm 2025", "ngày 15/9/2025"];
  const years = ["Năm học 2025-2026, GDPT 20128", "giai đoạn từ năm 2020 đến 2025"];
  it.each(budgets)("budget %s", (t) =>
    withEs2017RegExp(() => expect(old.budget.parseBudget(t)).toEqual(modern.budget.parseBudget(t))),
  );
  it.each(periods)("period %s", (t) =>
    withEs2017RegExp(() =>
      expect(old.period.parsePeriod(t, "2025-2026")).toEqual(modern.period.parsePeriod(t, "2025-2026")),
    ),
  );
  it.each(years)("years in %s", (t) =>
    withEs2017RegExp(() => {
      expect(old.refs.findYearsInText(t)).toEqual(modern.refs.findYearsInText(t));
      expect(old.refs.findYearRanges(t)).toEqual(modern.refs.findYearRanges(t));
    }),
  );
  it("school name and number words", () =>
    withEs2017RegExp(() => {
      const lines = ["UBND QUẬN 1", "TRƯỜNG THCS LÊ QUÝ ĐÔN", "Trường THCS Lê Quý Đôn lập kế hoạch"];
      expect(old.words.NUMBER_WORD_RE.flags).not.toContain("u"); // the fallback really ran
      expect(modern.words.NUMBER_WORD_RE.flags).toContain("u");
      expect(modern.context.detectContext(lines).context.school).toMatch(/Lê Quý Đôn/i);
      expect(old.context.detectContext(lines).context.school).toBe(modern.context.detectContext(lines).context.school);
      expect(old.words.parseVietnameseNumberWords("một tỷ năm trăm triệu")).toBe(1_500_000_000);
    }));
  it("the paste reader loads and reads a PDF viewer's copy the same (its month pattern needs no lookbehind)", () => {
    const readers = {} as Record<"modern" | "old", typeof import("../../src/core/read/pasted-pdf")>;
    jest.isolateModules(() => (readers.modern = require("../../src/core/read/pasted-pdf")));
    withEs2017RegExp(() => jest.isolateModules(() => (readers.old = require("../../src/core/read/pasted-pdf"))));
    const file = require("path").join(__dirname, "../fixtures/pdf-paste/thcs-phan-boi-chau-2024-2025.viewer.txt");
    const text: string = require("fs").readFileSync(file, "utf8");
    const grid = readers.modern.splitPastedText(text);
    expect(grid.some((row) => row.some((c) => /Từ tháng 9\/2024 đến tháng 12\/2024/.test(c)))).toBe(true);
    withEs2017RegExp(() => expect(readers.old.splitPastedText(text)).toEqual(grid));
  });
});
