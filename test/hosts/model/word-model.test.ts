/**
 * Issue 23: model-based tests of the Word adapter, driven the way the pane calls it. fast-check generates what a
 * user does from a fresh document under every Word profile (2016 = WordApi 1.1, 2019 and 2021 = 1.3, 2024, 365,
 * web); after every step:
 * - no uncaught exception: what an action throws is Vietnamese, never an Office error code;
 * - "Xóa đánh dấu" gives back the document as it was before the first mark (when the user edited nothing since);
 * - every finding's "go to" lands on a cell whose text is the text the finding quotes, or says the place changed;
 * - the self-test leaves the document identical;
 * - syncs per action stay under a bound that does not depend on the table's size.
 */
import fc from "fast-check";
import "../../../src/core/catalogs/all";
import { WordHost } from "../../../src/hosts/word";
import { catalogIdFor, getCatalog } from "../../../src/core/catalogs/index";
import { checkPlan } from "../../../src/core/rules";
import { mainPlan } from "../../../src/core/read";
import type { SchoolContext } from "../../../src/core/types";
import { FakeDocument, makeWord, WORD_PROFILES, type WordProfileId } from "../word/fake-word";
import { SMALL_DRAFT, syntheticPlanGrid } from "../../support/plans";
import { oneLanguage } from "../../../src/hosts/selftest-report";

jest.setTimeout(600_000);
const SEED = 2323;
const RUNS = Number(process.env.KHCT_MODEL_RUNS ?? 120);
const CONTEXTS: Partial<SchoolContext>[] = [
  { level: "thcs", regime: "2018", schoolYear: "2025-2026" },
  { level: "tieu-hoc", regime: "2018", schoolYear: "2024-2025" },
  { level: "thpt", regime: "2026", schoolYear: "2026-2027" },
];
const vietnamese = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

type Edit = { k: "type"; row: number; col: number; text: string } | { k: "addRow" | "deleteRow"; row: number };
type Action =
  | Edit
  | { k: "table"; rows: number }
  | { k: "insert" | "check" | "clear" | "selftest" | "draft" | "goto" }
  | { k: "pick"; row: number; code: number }
  | { k: "context"; i: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    k: fc.constant("type" as const),
    row: fc.integer({ min: 0, max: 15 }),
    col: fc.integer({ min: 0, max: 8 }),
    text: fc.constantFrom("", "10 triệu đống", "Học kỳ I", "BGH", "Tiêu chí 1.1: x"),
  }),
  fc.record({ k: fc.constantFrom("addRow" as const, "deleteRow" as const), row: fc.integer({ min: 0, max: 15 }) }),
);
const action: fc.Arbitrary<Action> = fc.oneof(
  edit,
  fc.record({
    k: fc.constantFrom(
      "insert" as const,
      "check" as const,
      "check" as const,
      "clear" as const,
      "selftest" as const,
      "draft" as const,
      "goto" as const,
    ),
  }),
  fc.record({
    k: fc.constant("pick" as const),
    row: fc.integer({ min: 1, max: 15 }),
    code: fc.integer({ min: 0, max: 27 }),
  }),
  fc.record({ k: fc.constant("context" as const), i: fc.integer({ min: 0, max: CONTEXTS.length - 1 }) }),
);
const sequence: fc.Arbitrary<Action[]> = fc
  .tuple(
    fc.option(fc.record({ k: fc.constant("table" as const), rows: fc.integer({ min: 1, max: 40 }) }), { freq: 3 }),
    fc.array(action, { minLength: 1, maxLength: 10 }),
  )
  .map(([first, rest]) => (first ? [first, ...rest] : rest));

/** A user's edit on the first table (none when there is no table or the row is not there); true when applied. */
function applyEdit(doc: FakeDocument, e: Edit): boolean {
  const t = doc.tables()[0];
  if (!t || e.row >= t.rows.length) return false;
  if (e.k === "type") {
    const cell = t.rows[e.row].cells[e.col];
    if (!cell) return false;
    cell.text = e.text;
  } else if (e.k === "addRow") t.insertRowByUser(e.row, new Array(t.rows[0].cells.length).fill(""));
  else if (t.rows.length > 1) t.rows.splice(e.row, 1);
  else return false;
  return true;
}

async function runScenario(profile: WordProfileId, actions: Action[]) {
  const doc = new FakeDocument([]);
  const fake = makeWord(doc, profile);
  const host = new WordHost(fake.env);
  let ctx = CONTEXTS[0];
  /** The document before the first mark; null once the user edited it (then only "no exception" is checked). */
  let premark: string | null = null;
  const catalog = () => (ctx.level && ctx.regime ? (getCatalog(catalogIdFor(ctx.level, ctx.regime)) ?? null) : null);
  const unmarked = () =>
    !doc.comments.some((c) => c.content.startsWith("[KHCT]")) && !doc.snapshot().includes("KHCT-mark");
  let last: { pos: { row: number; col: number }; text: string }[] = [];
  /** Go to the first findings: the selected cell holds the quoted text, or the pane is told the place changed. */
  const goTo = async () => {
    for (const f of last.slice(0, 4)) {
      const o = host.originOf(f.pos);
      if (!o || o.kind !== "cell") continue;
      try {
        await host.select(f.pos);
      } catch (e) {
        expect(String((e as Error).message)).toMatch(/đã thay đổi/);
        continue;
      }
      const [t, row, col] = doc.selected!.slice(1).split(":").map(Number);
      expect(doc.tables()[t].rows[row].cells[col].text).toBe(f.text);
    }
  };
  for (const a of actions) {
    const before = fake.syncs();
    try {
      switch (a.k) {
        case "table":
          doc.blocks.splice(
            0,
            doc.blocks.length,
            ...new FakeDocument([
              ["KẾ HOẠCH"],
              ...syntheticPlanGrid(
                a.rows,
                (i) => ({ period: i % 2 ? "Học kỳ I" : "Tháng 9/2025 - 9/2026", budget: "10 triệu đống" }),
                true,
              ),
            ]).blocks,
          );
          premark = null;
          break;
        case "type":
        case "addRow":
        case "deleteRow":
          if (applyEdit(doc, a)) premark = null;
          break;
        case "context":
          ctx = CONTEXTS[a.i];
          break;
        case "insert": {
          const r = await host.insertTable(
            { template: ctx.regime === "2026" ? "tt57-bieu2" : "2018-9col", context: ctx as SchoolContext },
            catalog(),
          );
          if (r.status === "unsupported") expect(r.message.vi).toMatch(vietnamese);
          premark = null;
          expect(fake.syncs() - before).toBeLessThanOrEqual(3);
          break;
        }
        case "draft": {
          const r = await host.insertDraft(SMALL_DRAFT);
          if (r.status === "unsupported") expect(r.message.vi).toMatch(vietnamese);
          premark = null;
          break;
        }
        case "pick": {
          const cat = catalog() ?? getCatalog("tt18-2018")!;
          const c = cat.standards.flatMap((s) => s.criteria)[a.code % cat.standards.flatMap((s) => s.criteria).length];
          const t = doc.tables()[0];
          doc.cursor = t && a.row < t.rows.length ? { block: doc.blocks.indexOf(t), row: a.row, col: 1 } : { block: 0 };
          const r = await host.fillCriterionAtCursor(cat, c.code);
          expect(r.message.vi).toMatch(vietnamese);
          premark = null;
          break;
        }
        case "check": {
          const fresh = unmarked();
          const start = doc.snapshot();
          const r = await host.read(ctx);
          const plan = mainPlan(r.plans);
          const findings = checkPlan(plan, catalog());
          const readSyncs = fake.syncs() - before;
          const m = await host.markFindingsReport(findings, plan);
          if (m.message) expect(m.message.vi).toMatch(vietnamese);
          if (fresh) premark = doc.snapshot() === start ? null : start;
          expect(readSyncs).toBeLessThanOrEqual(1);
          expect(fake.syncs() - before - readSyncs).toBeLessThanOrEqual(5);
          const grid = (host as unknown as { lastGrid: string[][] }).lastGrid;
          last = findings
            .filter((x) => x.cell)
            .map((f) => ({ pos: f.cell!, text: grid[f.cell!.row]?.[f.cell!.col] ?? "" }));
          await goTo();
          break;
        }
        case "goto":
          await goTo(); // after whatever the user did since the last Kiểm tra
          break;
        case "clear": {
          const r = await host.clearMarksReport();
          if (r.message) expect(r.message.vi).toMatch(vietnamese);
          if (premark !== null) expect(doc.snapshot()).toBe(premark);
          premark = null;
          expect(fake.syncs() - before).toBeLessThanOrEqual(2);
          break;
        }
        case "selftest": {
          const start = doc.snapshot();
          const report = await host.selfTest();
          expect(doc.snapshot()).toBe(start);
          for (const s of report.steps) expect(oneLanguage(s.detail, "vi")).not.toMatch(/Lỗi của phần bổ trợ/);
          break;
        }
      }
    } catch (e) {
      const message = String((e as Error)?.message ?? e);
      if (/expect\(/.test(message)) throw e;
      expect({ action: a, message }).toEqual({ action: a, message: expect.stringMatching(vietnamese) });
      expect(message).not.toMatch(/ApiNotFound|PropertyNotLoaded|InvalidObjectPath|InvalidArgument|ItemNotFound/);
    }
  }
}

describe.each(Object.keys(WORD_PROFILES) as WordProfileId[])("Word model (%s)", (profile) => {
  it("any sequence of pane actions from a fresh document keeps every invariant", async () => {
    await fc.assert(
      fc.asyncProperty(sequence, (actions) => runScenario(profile, actions)),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  });
});
