/**
 * Issue 23, Word: places that survive the user's edits (defect 5), clearing marks made in a newer Word (defect 6)
 * and the picker never building a wrong structure (defect 8). Each test failed on the adapter as it was.
 */
import "../../../src/core/catalogs/all";
import { WordHost } from "../../../src/hosts/word";
import { getCatalog } from "../../../src/core/catalogs/index";
import { checkPlan } from "../../../src/core/rules";
import { renderGrid } from "../../../src/core/render";
import { TEMPLATE_2018_COLUMNS } from "../../../src/core/templates";
import { FakeDocument, makeWord, type WordProfileId } from "./fake-word";
import { syntheticPlanGrid } from "../../support/plans";

const tt18 = getCatalog("tt18-2018")!;
const tt57 = getCatalog("tt57-pho-thong")!;
/** A plan whose 2nd and 3rd criterion rows have no lead (owner) and whose 1st has no budget: empty-cell findings. */
const planGrid = () => {
  const g = [
    ["KẾ HOẠCH CẢI TIẾN"],
    ...syntheticPlanGrid(4, () => ({ period: "Tháng 9/2025 - 9/2026", budget: "10 triệu" }), true),
  ];
  g[5][4] = "";
  g[6][4] = "";
  return g;
};

function setup(grid: string[][], profile: WordProfileId, doc = new FakeDocument(grid)) {
  const fake = makeWord(doc, profile);
  return { doc, fake, host: new WordHost(fake.env) };
}
const cellText = (doc: FakeDocument, key: string) => {
  const [t, r, c] = key.slice(1).split(":").map(Number);
  return doc.tables()[t].rows[r].cells[c].text;
};

describe("defect 5: places survive rows added or deleted above them", () => {
  it.each(["word-365", "word-2019"] as const)(
    "%s: after a row is added above, every mark and go-to lands on its own cell",
    async (profile) => {
      const { doc, host } = setup(planGrid(), profile);
      const plan = (await host.read()).plans[0];
      const findings = checkPlan(plan, tt18).filter((f) => f.cell);
      const owners = findings.filter((f) => f.cell!.col === plan.columns.owner);
      expect(owners.length).toBeGreaterThanOrEqual(2); // findings on EMPTY cells, the hard case
      const t = doc.tables()[0];
      const width = t.rows[0].cells.length;
      t.insertRowByUser(2, ["", "Tiêu chí thêm", ...new Array(width - 2).fill("")]); // the user adds a row above
      await host.markFindings(findings, plan);
      expect(host.staleMarks).toBe(0);
      if (profile === "word-365") {
        expect(doc.comments).toHaveLength(new Set(findings.map((f) => `${f.cell!.row}:${f.cell!.col}`)).size);
        for (const c of doc.comments) {
          const [, r] = c.at.slice(1).split(":").map(Number);
          expect(r).not.toBe(2); // never on the row the user added
        }
      }
      // go to: the selected cell is the finding's own cell (the row after the added one).
      for (const f of owners) {
        await host.select(f.cell!);
        const o = host.originOf(f.cell!) as { row: number; col: number };
        expect(doc.selected).toBe(`t0:${o.row + 1}:${o.col}`);
        expect(cellText(doc, doc.selected!)).toBe("");
      }
    },
  );
  it("after a row is deleted above, go-to still lands on the cell whose text the finding quotes", async () => {
    const { doc, host } = setup(planGrid(), "word-365");
    const plan = (await host.read()).plans[0];
    const budget = plan.rows.filter((r) => r.kind === "criterion")[3].cells.budget!;
    doc.tables()[0].rows.splice(3, 1);
    await host.select(budget.pos);
    expect(cellText(doc, doc.selected!)).toBe(budget.text);
  });
  it("when the place itself changed, the pane is told (not marked, go-to says so)", async () => {
    const { doc, host } = setup(planGrid(), "word-365");
    const plan = (await host.read()).plans[0];
    const findings = checkPlan(plan, tt18).filter((f) => f.cell && f.cell.col === plan.columns.owner);
    const o = host.originOf(findings[0].cell!) as { row: number; col: number };
    doc.tables()[0].rows[o.row].cells[1].text = "Tiêu chí đã sửa"; // that row changed
    const { message } = await host.markFindingsReport(findings, plan);
    expect(host.staleMarks).toBe(1);
    expect(message?.vi).toContain("1 chỗ đã thay đổi sau lần đọc");
    await expect(host.select(findings[0].cell!)).rejects.toThrow(/đã thay đổi sau lần kiểm tra/);
  });
});

describe("defect 6: clearing marks made by a newer Word", () => {
  it("Word 2016 removes the mark controls Word 2019 made and restores the highlights (no ApiNotFound)", async () => {
    const doc = new FakeDocument(planGrid());
    doc.tables()[0].rows[4].cells[3].font.highlightColor = "#008000";
    const before = doc.snapshot();
    const w2019 = setup([], "word-2019", doc).host;
    const plan = (await w2019.read()).plans[0];
    await w2019.markFindings(checkPlan(plan, tt18), plan);
    expect(doc.snapshot()).not.toBe(before);
    const w2016 = setup([], "word-2016", doc).host;
    const r = await w2016.clearMarksReport();
    expect(doc.snapshot()).toBe(before);
    expect(r.message?.vi).toMatch(/nhận xét.*WordApi 1\.4/);
  });
  it("Word 2016 after Microsoft 365's comments: says exactly that the [KHCT] comments need a newer Word", async () => {
    const doc = new FakeDocument(planGrid());
    const w365 = setup([], "word-365", doc).host;
    const plan = (await w365.read()).plans[0];
    await w365.markFindings(checkPlan(plan, tt18), plan);
    const comments = doc.comments.length;
    const r = await setup([], "word-2016", doc).host.clearMarksReport();
    expect(doc.comments).toHaveLength(comments);
    expect(r.message?.vi).toMatch(/“\[KHCT\]” vẫn còn/);
  });
});

describe("defect 8: the picker never builds a wrong structure", () => {
  it("Biểu 2 (TT 57): picking a criterion adds no 'Tiêu chuẩn' row", async () => {
    const ctx = { level: "thcs" as const, regime: "2026" as const, schoolYear: "2026-2027", school: null };
    const grid = renderGrid("tt57-bieu2", ctx, null, null).rows;
    const { doc, host } = setup([["Biểu 2"], ...grid, new Array(grid[0].length).fill("")], "word-365");
    const t = doc.tables()[0];
    doc.cursor = { block: 1, row: t.rows.length - 1, col: 1 };
    const rows = t.rows.length;
    const r = await host.fillCriterionAtCursor(tt57, tt57.standards[1].criteria[0].code);
    expect(r.ok).toBe(true);
    expect(t.rows).toHaveLength(rows);
    expect(t.values.flat().some((v) => /^Tiêu chuẩn/.test(v))).toBe(false);
  });
  it("2018: a criterion of standard 3 picked under Tiêu chuẩn 1 adds no second heading, and says where it belongs", async () => {
    const header = TEMPLATE_2018_COLUMNS.map((c) => c.header);
    const blank = new Array(9).fill("");
    const s = (n: number) => [`${n}`, `Tiêu chuẩn ${n}: ${tt18.standards[n - 1].name}`, ...new Array(7).fill("")];
    const { doc, host } = setup([header, s(1), blank, s(3), blank], "word-365");
    doc.cursor = { block: 0, row: 2, col: 1 };
    const r = await host.fillCriterionAtCursor(tt18, "3.1");
    expect(doc.tables()[0].values.filter((row) => /^Tiêu chuẩn 3/.test(row[1]))).toHaveLength(1);
    expect(doc.tables()[0].rows).toHaveLength(5);
    expect(r.message.vi).toMatch(/thuộc Tiêu chuẩn 3 nhưng đang nằm dưới Tiêu chuẩn 1/);
  });
});
