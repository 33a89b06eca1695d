/**
 * Every Word pane operation under every Word host profile (the requirement sets each version really has): it works,
 * or it says plainly what needs a newer Word; none throws ApiNotFound. The matrix below is the one written in
 * docs/office-compatibility.md (section "Word").
 */
import "../../../src/core/catalogs/all";
import { WordHost } from "../../../src/hosts/word";
import { getCatalog } from "../../../src/core/catalogs/index";
import { checkPlan } from "../../../src/core/rules";
import { planDocumentParts } from "../../../src/core/docparts";
import { mainPlan } from "../../../src/core/read/index";
import { FakeDocument, makeWord, WORD_PROFILES, type WordProfileId } from "./fake-word";
import { syntheticPlanGrid } from "../../support/plans";

const tt18 = getCatalog("tt18-2018")!;
const ctx = { level: "thcs" as const, regime: "2018" as const, schoolYear: "2025-2026", school: "Trường THCS A" };
type Outcome = "works" | "comments" | "highlight" | "needs 1.3" | "needs 1.9" | "no-op";
const OPERATIONS = [
  "insert",
  "read",
  "mark",
  "clear",
  "select",
  "dropdowns",
  "picker",
  "docparts",
  "bieu2",
  "checkDocument",
] as const;
const CODES: Record<string, Outcome> = {
  W: "works",
  C: "comments",
  H: "highlight",
  "3": "needs 1.3",
  "9": "needs 1.9",
  "-": "no-op",
};

/**
 * What each operation does in each profile, one column per operation in OPERATIONS' order:
 * W works, C marks with comments, H marks with highlights, 3 needs WordApi 1.3, 9 needs WordApi 1.9, - does nothing.
 */
// prettier-ignore
const TABLE: Record<WordProfileId, string> = {
  //            insert read mark clear select dropdowns picker docparts bieu2 checkDocument
  "word-2016": "3      3    -    W     -      9         3      3        3     W",
  "word-2019": "W      W    H    W     W      9         W      W        W     W",
  "word-2021": "W      W    H    W     W      9         W      W        W     W",
  "word-2024": "W      W    C    W     W      9         W      W        W     W",
  "word-365":  "W      W    C    W     W      W         W      W        W     W",
  "word-web":  "W      W    C    W     W      W         W      W        W     W",
};
const MATRIX = Object.fromEntries(
  Object.entries(TABLE).map(([profile, line]) => {
    const codes = line.split(/\s+/);
    if (codes.length !== OPERATIONS.length) throw new Error(`${profile}: ${codes.length} columns`);
    return [profile, Object.fromEntries(OPERATIONS.map((op, k) => [op, CODES[codes[k]]]))];
  }),
) as Record<WordProfileId, Record<(typeof OPERATIONS)[number], Outcome>>;

/** A three-row plan under a title, new at each call. */
const planGrid = () => [
  ["KẾ HOẠCH"],
  ...syntheticPlanGrid(3, () => ({ period: "Tháng 9/2025 - 9/2026", budget: "10 triệu đống" }), true),
];

/** Runs an operation; an Office error (ApiNotFound, PropertyNotLoaded …) fails the test, a plain message is kept. */
async function attempt(fn: () => Promise<unknown>): Promise<{ value?: unknown; message?: string }> {
  try {
    return { value: await fn() };
  } catch (e) {
    const err = e as Error & { code?: string };
    if (err.code) throw new Error(`Office error leaked to the pane: ${err.message}`);
    return { message: err.message };
  }
}

describe.each(Object.keys(WORD_PROFILES) as WordProfileId[])("%s", (profile) => {
  const expected = MATRIX[profile];
  const fresh = () => {
    const doc = new FakeDocument(planGrid());
    const fake = makeWord(doc, profile);
    return { doc, fake, host: new WordHost(fake.env) };
  };

  it("insert, read, mark, select, clear", async () => {
    const { doc, host } = fresh();
    const before = doc.snapshot();
    const ins = await attempt(() => host.insertTable({ template: "2018-9col", context: ctx }, tt18));
    const insStatus = (ins.value as { status: string; message?: string }).status;
    if (expected.insert === "works") expect(insStatus).toBe("inserted");
    else expect((ins.value as { message: { vi: string } }).message.vi).toMatch(/cần Word mới hơn \(WordApi 1\.3/);
    doc.blocks.splice(0, doc.blocks.length, ...new FakeDocument(planGrid()).blocks);
    const read = (await attempt(() => host.read())).value as {
      plans: ReturnType<typeof mainPlan>[];
      problems: { vi: string; en: string }[];
    };
    if (expected.read === "works") expect(read.plans[0].rows.some((r) => r.kind === "criterion")).toBe(true);
    else expect(read.problems.map((p) => p.vi).join(" ")).toMatch(/WordApi 1\.3/);
    const plan = mainPlan(read.plans);
    const findings = checkPlan(plan, tt18);
    const snapshotBeforeMark = doc.snapshot();
    await attempt(() => host.markFindings(findings, plan));
    const controls = doc.tables().flatMap((t) => t.rows.flatMap((r) => r.cells.flatMap((c) => c.controls)));
    if (expected.mark === "comments") expect(doc.comments.length).toBeGreaterThan(0);
    if (expected.mark === "highlight") expect(controls.length).toBeGreaterThan(0);
    if (expected.mark === "no-op") expect(doc.snapshot()).toBe(snapshotBeforeMark);
    expect((await host.capabilities()).marks).toBe(expected.mark !== "no-op");
    const cell = findings.find((f) => f.cell)?.cell;
    if (cell) await attempt(() => host.select(cell));
    if (expected.select === "works") expect(doc.selected).toMatch(/^t0:\d+:\d+$/);
    else expect(doc.selected).toBeNull();
    await attempt(() => host.clearMarks());
    expect(doc.snapshot()).toBe(snapshotBeforeMark);
    void before;
  });

  it("dropdowns, picker, document parts, Biểu 2, layout check", async () => {
    const { doc, host } = fresh();
    const t = doc.tables()[0];
    t.insertRowByUser(
      t.rows.length,
      ["9", "", "Đạt mức 2", "Bổ sung sách", "Thư viện", "Tháng 10/2025", "5 triệu đồng", "", ""].slice(
        0,
        t.rows[0].cells.length,
      ),
    );
    const plan = mainPlan((await host.read()).plans);
    const dd = (await attempt(() => host.setupDropdowns(tt18, plan))).value as { ok: boolean; message: { vi: string } };
    if (expected.dropdowns === "works") expect(dd.ok).toBe(true);
    else expect(dd.message.vi).toMatch(/cần Word mới hơn \(WordApi 1\.9/);
    doc.cursor = { block: doc.blocks.indexOf(doc.tables()[0]), row: doc.tables()[0].rows.length - 1, col: 1 };
    const pick = (await attempt(() => host.fillCriterionAtCursor(tt18, "1.2"))).value as {
      ok: boolean;
      message: { vi: string };
    };
    if (expected.picker === "works") expect(pick.ok).toBe(true);
    else expect(pick.message.vi).toMatch(/cần Word mới hơn \(WordApi 1\.3/);
    doc.cursor = { block: 0 };
    for (const [op, run] of [
      ["docparts", () => host.insertDocumentParts(planDocumentParts(ctx))],
      ["bieu2", () => host.insertBieu2({ ...ctx, regime: "2026", schoolYear: "2026-2027" })],
    ] as const) {
      const r = await attempt(run);
      if (expected[op] === "works") expect(r.message).toBeUndefined();
      else expect(r.message).toMatch(/cần Word mới hơn \(WordApi 1\.3/);
    }
    const layout = await attempt(() => host.checkDocument(plan));
    expect(Array.isArray(layout.value)).toBe(true);
  });

  it("self-test: passes or says what needs a newer Word, and leaves the document exactly as it was", async () => {
    const { doc, host } = fresh();
    doc.comments.push({ content: "[KHCT] dấu cũ của người dùng", at: "p0", id: "old" });
    const before = doc.snapshot();
    const report = await host.selfTest();
    expect(doc.snapshot()).toBe(before);
    // The clipboard step depends on the webview (no clipboard in Node): it is tested on its own below.
    expect(report.steps.filter((s) => s.status === "fail" && s.capability !== "clipboard")).toEqual([]);
    const status = Object.fromEntries(report.steps.map((s) => [s.capability, s.status]));
    expect(status).toEqual({
      insert: expected.insert === "works" ? "pass" : "unsupported",
      "read-back": expected.read === "works" ? "pass" : "unsupported",
      dropdowns: expected.dropdowns === "works" ? "pass" : "unsupported",
      mark: expected.mark === "no-op" ? "unsupported" : "pass",
      clear: expected.mark === "no-op" ? "unsupported" : "pass",
      clipboard: expect.any(String),
      cleanup: "pass",
    });
    expect(report.requirementSets[0]).toBe(
      `WordApi 1.1${WORD_PROFILES[profile].sets.WordApi > 1 ? `–1.${WORD_PROFILES[profile].sets.WordApi}` : ""}`,
    );
  });
});

describe("self-test clipboard step", () => {
  it("reports the clipboard the webview offers, without writing to it", async () => {
    const doc = new FakeDocument([["Đoạn văn"]]);
    const { runWordSelfTest } = await import("../../../src/hosts/word/selftest");
    const ok = await runWordSelfTest(makeWord(doc, "word-365").env, () => ({ ok: true, detail: "Có API sao chép" }));
    expect(ok.steps.find((s) => s.capability === "clipboard")).toEqual({
      capability: "clipboard",
      status: "pass",
      detail: "Có API sao chép",
    });
    const blocked = await runWordSelfTest(makeWord(doc, "word-365").env, () => ({ ok: false, detail: "bị chặn" }));
    expect(blocked.steps.find((s) => s.capability === "clipboard")!.status).toBe("fail");
  });
});
