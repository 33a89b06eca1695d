/**
 * Totality: random and adversarial strings through every parser and through readPlan (as pasted text), plus random
 * grids; nothing throws and every result has a kind. Sized to their value: the adversarial tokens (units, dates,
 * lookalike letters, tags, separators) make the cases that matter common, so a few thousand fixed-seed cases cover
 * them in seconds (100,000 took ≈ 140 s of every `npm test`), and a failure is the same on every run and machine.
 */
import fc from "fast-check";
import "../../src/core/catalogs/all";
import { parseBudget } from "../../src/core/parse/budget";
import { parsePeriod } from "../../src/core/parse/period";
import { parseTarget } from "../../src/core/parse/target";
import { parseCriterionRef, parseStandardRef, parseCitations, parseSchoolYear } from "../../src/core/parse/refs";
import { readPlan, readPlans, splitPasted } from "../../src/core/read";
import { checkPlan } from "../../src/core/rules";
import { HEADER_2018 } from "../support/grids";

const WORDS = [
  "tháng",
  "Tháng",
  "năm",
  "học",
  "triệu",
  "tr",
  "tỷ",
  "nghìn",
  "đồng",
  "đống",
  "đ",
  "/",
  "-",
  "–",
  ".",
  ",",
  ";",
  "Tiêu chí",
  "Tiêu chuẩn",
  "mức",
  "Mức",
  "so với",
  "hiện tại",
  "Duy trì",
  "Không",
  "xã hội hóa",
  "Thông tư số",
  "/2018/TT-BGDĐT",
  "ngày",
  "Quý",
  "Học kỳ",
  "I",
  "II",
  "\t",
  "\n",
  "|",
  "<p>",
  "</p>",
  "x",
  "Ð",
  "ƣ",
  "¸",
  "ö",
];
const token = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.integer({ min: 0, max: 99999999 }).map(String),
  fc.string({ maxLength: 6 }),
  fc.constantFrom("9/2025", "13/2025", "10.000.0000", "5-7", "1,5", "20128", "00/0000"),
);
const adversarial = fc.array(token, { maxLength: 14 }).map((t) => t.join(" "));
const anyString = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  adversarial,
  fc.string({ unit: "grapheme", maxLength: 30 }),
);

const BUDGET = ["amount", "none", "source", "unparsed", "empty"];
const PERIOD = ["range", "month", "recurring", "school-year", "unparsed", "empty"];
const ROW = ["section", "standard", "criterion", "task"];

describe("totality (property)", () => {
  it("every parser and readPlan survive 3,000 strings", () => {
    fc.assert(
      fc.property(anyString, fc.constantFrom(null, "2025-2026", "abcd", "2029-2024"), (s, sy) => {
        expect(BUDGET).toContain(parseBudget(s).kind);
        expect(PERIOD).toContain(parsePeriod(s, sy).kind);
        const t = parseTarget(s);
        expect(t.level === null || Number.isInteger(t.level)).toBe(true);
        parseCriterionRef(s);
        parseStandardRef(s);
        parseCitations(s);
        parseSchoolYear(s);
        const plan = readPlan(splitPasted(s));
        for (const r of plan.rows) expect(ROW).toContain(r.kind);
      }),
      { numRuns: 3_000, seed: 20_250_905 },
    );
  });

  it("readPlans and checkPlan survive random grids with plan headers", () => {
    const cell = fc.oneof(
      anyString,
      fc.constantFrom(
        "",
        "Tiêu chí 1.4: Hiệu trưởng",
        "Tiêu chuẩn 2: X",
        "MỨC 4",
        "Tháng 9/2025",
        "10 triệu",
        "Đạt mức 5",
      ),
    );
    const row = fc.array(cell, { maxLength: 11 });
    const grid = fc
      .tuple(fc.array(row, { maxLength: 6 }), fc.boolean(), fc.array(row, { maxLength: 12 }))
      .map(([a, h, b]) => [...a, ...(h ? [HEADER_2018] : []), ...b]);
    fc.assert(
      fc.property(
        grid,
        fc.constantFrom(
          undefined,
          { level: "thcs" as const, regime: "2018" as const, schoolYear: "2025-2026" },
          { level: "mam-non" as const, regime: "2026" as const },
        ),
        (g, ctx) => {
          for (const plan of readPlans(g, ctx)) {
            for (const r of plan.rows) {
              expect(ROW).toContain(r.kind);
              if (r.budget) expect(BUDGET).toContain(r.budget.kind);
              if (r.period) expect(PERIOD).toContain(r.period.kind);
            }
            for (const f of checkPlan(plan)) expect(["error", "warning", "info"]).toContain(f.severity);
          }
        },
      ),
      { numRuns: 1_000, seed: 20_260_905 },
    );
  });
});
