/**
 * Issue 11, Word defects 8, 9, 11 and 12: each test failed against the adapter before the fix (run on the strict
 * fake, which follows the Office.js reference) and passes after it.
 */
import "../../../src/core/catalogs/all";
import { WordHost } from "../../../src/hosts/word";
import { getCatalog } from "../../../src/core/catalogs/index";
import { checkPlan } from "../../../src/core/rules";
import { planDocumentParts } from "../../../src/core/docparts";
import { FakeDocument, makeWord, Table, WORD_HIGHLIGHTS, type WordProfileId } from "./fake-word";
import { syntheticPlanGrid } from "../../support/plans";

const tt18 = getCatalog("tt18-2018")!;
const ctx = {
  level: "thcs" as const,
  regime: "2018" as const,
  schoolYear: "2025-2026",
  school: "Trường THCS Lê Quý Đôn",
};
const plan3 = () => [
  ["KẾ HOẠCH CẢI TIẾN"],
  ...syntheticPlanGrid(3, () => ({ period: "Tháng 9/2025 - 9/2026", budget: "10 triệu đống" }), true),
];

function setup(grid: string[][], profile: WordProfileId | string) {
  const doc = new FakeDocument(grid);
  const fake = makeWord(doc, profile);
  return { doc, fake, host: new WordHost(fake.env) };
}

/** Highlights and KHCT controls left anywhere in the document. */
function leftovers(doc: FakeDocument) {
  const cells = doc.tables().flatMap((t) => t.rows.flatMap((r) => r.cells));
  return {
    controls: cells.reduce((n, c) => n + c.controls.length, 0),
    highlighted: cells.filter((c) => c.font.highlightColor).map((c) => [c.text, c.font.highlightColor]),
  };
}

describe("defect 8: marks follow the text when the document is edited between check and clear", () => {
  it("restores the user's highlight on the cell it belongs to after rows and paragraphs were inserted", async () => {
    const { doc, host } = setup(plan3(), "word-2019");
    const plan = (await host.read()).plans[0];
    const findings = checkPlan(plan, tt18);
    const t = doc.tables()[0];
    const budget = plan.rows.find((r) => r.kind === "criterion")!.cells.budget!.pos;
    const o = host.originOf(budget) as { row: number; col: number };
    const usersCell = t.cell(o.row, o.col);
    usersCell.font.highlightColor = "#008000"; // the user's own Green highlight
    await host.markFindings(findings, plan);
    expect(usersCell.font.highlightColor).not.toBe("#008000");
    // The user edits: a paragraph before the table, two rows at the top of it.
    doc.blocks.unshift({ kind: "p", text: "Lời mở đầu", font: {}, controls: [] });
    t.insertRowByUser(1, new Array(t.rows[0].cells.length).fill("mới"));
    t.insertRowByUser(1, new Array(t.rows[0].cells.length).fill("mới"));
    await host.clearMarks();
    expect(usersCell.font.highlightColor).toBe("#008000");
    expect(leftovers(doc)).toEqual({ controls: 0, highlighted: [[usersCell.text, "#008000"]] });
  });

  it("clears every mark even when the marked table was deleted, and never throws", async () => {
    const { doc, host } = setup([...plan3(), ["Đoạn cuối"], ["Người lập", "Hiệu trưởng"], ["", ""]], "word-2019");
    const plan = (await host.read()).plans[0];
    await host.markFindings(checkPlan(plan, tt18), plan);
    doc.blocks.splice(doc.blocks.indexOf(doc.tables()[0]), 1);
    await expect(host.clearMarks()).resolves.toBeUndefined();
    expect(leftovers(doc)).toEqual({ controls: 0, highlighted: [] });
    expect(doc.tables().map((t) => t.values)).toEqual([
      [
        ["Người lập", "Hiệu trưởng"],
        ["", ""],
      ],
    ]);
  });

  it("keeps the restore state when clearing fails part-way, and restores on the next try", async () => {
    const { doc, fake, host } = setup(plan3(), "word-2019");
    const before = doc.snapshot();
    const plan = (await host.read()).plans[0];
    await host.markFindings(checkPlan(plan, tt18), plan);
    const run = fake.env.run;
    let fail = true;
    fake.env.run = (fn) => (fail ? ((fail = false), Promise.reject(new Error("mất kết nối"))) : run(fn));
    await expect(host.clearMarks()).rejects.toThrow("mất kết nối");
    await host.clearMarks();
    expect(doc.snapshot()).toBe(before);
  });

  it("puts no comment on other text when the document changed after the read", async () => {
    const { doc, host } = setup(plan3(), "word-365");
    const plan = (await host.read()).plans[0];
    const findings = checkPlan(plan, tt18);
    const t = doc.tables()[0];
    t.insertRowByUser(2, new Array(t.rows[0].cells.length).fill("dòng người dùng thêm"));
    await host.markFindings(findings, plan);
    const texts = new Map<string, string>(
      t.rows.flatMap((r, ri) => r.cells.map((c, ci) => [`t0:${ri}:${ci}`, c.text] as [string, string])),
    );
    expect(doc.comments.length).toBeGreaterThan(0);
    for (const c of doc.comments) expect(texts.get(c.at)).not.toBe("dòng người dùng thêm");
    // Issue 23: places are found again by their row's text, so a row added above moves no mark and loses none.
    expect(host.staleMarks).toBe(0);
    expect(doc.comments.length).toBe(
      new Set(findings.filter((f) => f.cell).map((f) => `${f.cell!.row}:${f.cell!.col}`)).size,
    );
  });

  it("tells the pane how many places changed since the read and were not marked", async () => {
    const { doc, host } = setup(plan3(), "word-365");
    const plan = (await host.read()).plans[0];
    const findings = checkPlan(plan, tt18);
    expect((await host.markFindingsReport(findings, plan)).message).toBeNull();
    const t = doc.tables()[0];
    // The rows holding findings are edited (a row added above alone changes no place since issue 23).
    for (const f of findings.filter((x) => x.cell)) {
      const o = host.originOf(f.cell!) as { row: number };
      t.rows[o.row].cells[0].text = `${t.rows[o.row].cells[0].text} (đã sửa)`;
    }
    t.insertRowByUser(2, new Array(t.rows[0].cells.length).fill("dòng người dùng thêm"));
    const { message } = await host.markFindingsReport(findings, plan);
    expect(message?.vi).toContain(`${host.staleMarks} chỗ đã thay đổi sau lần đọc nên chưa được đánh dấu`);
    expect(host.staleMarks).toBeGreaterThan(0);
  });
});

describe("defect 9: Word highlight colours", () => {
  it("asks only for Word's 15 highlight colours", async () => {
    const { doc, host } = setup(plan3(), "word-2019");
    const plan = (await host.read()).plans[0];
    await host.markFindings(checkPlan(plan, tt18), plan);
    const names = Object.keys(WORD_HIGHLIGHTS).map((n) => n.toLowerCase());
    expect(doc.highlightRequests.length).toBeGreaterThan(0);
    expect(doc.highlightRequests.filter((c) => !names.includes(c.toLowerCase()))).toEqual([]);
  });

  it("leaves a mixed highlight exactly as it was after mark + clear", async () => {
    const { doc, host } = setup(plan3(), "word-2019");
    const plan = (await host.read()).plans[0];
    const budget = plan.rows.find((r) => r.kind === "criterion")!.cells.budget!.pos;
    const o = host.originOf(budget) as { row: number; col: number };
    doc.tables()[0].cell(o.row, o.col).font.highlightColor = ["#FFFF00", null, "#00FF00"]; // three runs, mixed
    const before = doc.snapshot();
    await host.markFindings(checkPlan(plan, tt18), plan);
    const marked = doc.tables()[0].cell(o.row, o.col);
    expect(marked.controls.map((c) => c.title)).toEqual([expect.stringMatching(/^\[KHCT\] /)]);
    await host.clearMarks();
    expect(doc.snapshot()).toBe(before);
  });
});

describe("defect 11: document parts, Biểu 2 and the criterion fill check WordApi 1.3 and never nest a table", () => {
  it.each(["insertDocumentParts", "insertBieu2", "fillCriterionAtCursor"] as const)(
    "%s says plainly that Word 2016 is too old",
    async (op) => {
      const { doc, host } = setup([["Đoạn văn"]], "word-2016");
      const before = doc.snapshot();
      const call =
        op === "insertDocumentParts"
          ? host.insertDocumentParts(planDocumentParts(ctx))
          : op === "insertBieu2"
            ? host.insertBieu2({ ...ctx, regime: "2026", schoolYear: "2026-2027" })
            : host.fillCriterionAtCursor(tt18, "1.1").then((r) => {
                if (!r.ok) throw new Error(r.message.vi);
              });
      await expect(call).rejects.toThrow(/WordApi 1\.3/);
      await expect(call).rejects.not.toThrow(/ApiNotFound/);
      expect(doc.snapshot()).toBe(before);
    },
  );

  it.each(["insertDocumentParts", "insertBieu2"] as const)(
    "%s with the cursor inside a table goes after the table",
    async (op) => {
      const { doc, host } = setup([["Đoạn đầu"], ["a", "b"], ["c", "d"]], "word-2019");
      doc.cursor = { block: 1, row: 1, col: 0 };
      if (op === "insertDocumentParts") await host.insertDocumentParts(planDocumentParts(ctx));
      else await host.insertBieu2({ ...ctx, regime: "2026", schoolYear: "2026-2027" });
      const first = doc.tables()[0];
      expect(first.values).toEqual([
        ["a", "b"],
        ["c", "d"],
      ]);
      expect(first.rows.flatMap((r) => r.cells).every((c) => c.nested.length === 0)).toBe(true);
      expect(doc.tables().length).toBeGreaterThan(1);
      expect((doc.blocks[2] as Table).values[0][1]).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    },
  );
});

describe("defect 12: the plan table fits A4 landscape with Decree 30 margins", () => {
  it.each(["insertTable", "insertBieu2"] as const)("%s: columns sum to at most 242 mm (686 pt)", async (op) => {
    const { doc, host } = setup([[""]], "word-2019");
    if (op === "insertTable") await host.insertTable({ template: "2018-9col", context: ctx }, tt18);
    else await host.insertBieu2({ ...ctx, regime: "2026", schoolYear: "2026-2027" });
    const plan = doc.tables().find((t) => t.widths.some((w) => w > 0))!;
    const sum = plan.widths.reduce((s, w) => s + w, 0);
    expect(sum).toBeLessThanOrEqual(((297 - 35 - 20) / 25.4) * 72);
    expect(sum).toBeGreaterThan(0.95 * (((297 - 35 - 20) / 25.4) * 72));
  });
});
