// One host contract (src/hosts/port.ts): each adapter's capabilities name the pane actions it offers, and every
// action flagged true has its member on the adapter — the pane reads the flags and never probes members.
import { ExcelHost } from "../../src/hosts/excel";
import { WordHost } from "../../src/hosts/word";
import { FileHost, openPlanFile } from "../../src/hosts/file/index";
import type { HostCapabilities, PlanHost } from "../../src/hosts/port";
import { FakeWorkbook, makeExcel } from "./excel/fake-excel";
import { FakeDocument, makeWord } from "./word/fake-word";

/** The member each action flag promises. */
const MEMBER: Partial<Record<keyof HostCapabilities, keyof PlanHost>> = {
  insertDraft: "insertDraft",
  dropdowns: "setupDropdowns",
  totalRow: "insertTotalRow",
  bieu2Tables: "insertBieu2Tables",
  wholeBieu2: "insertBieu2",
  documentParts: "insertDocumentParts",
  checkLayout: "checkDocument",
  liveCheck: "startLiveCheck",
  pickCriterion: "fillCriterionAtCursor",
};
const offered = (c: HostCapabilities) =>
  (Object.keys(MEMBER) as (keyof HostCapabilities)[]).filter((k) => c[k] === true).sort();

function expectMembers(host: PlanHost) {
  for (const flag of offered(host.capabilities()))
    expect([flag, typeof host[MEMBER[flag]!]]).toEqual([flag, "function"]);
}

describe("host capabilities", () => {
  it("Excel offers the sheet actions, marks from ExcelApi 1.6 on", () => {
    const host = new ExcelHost(makeExcel(new FakeWorkbook(), "1.18").env);
    const excelActions = ["bieu2Tables", "dropdowns", "insertDraft", "liveCheck", "totalRow"];
    expect(offered(host.capabilities())).toEqual(excelActions);
    expect(host.capabilities()).toMatchObject({ read: true, insert: true, marks: true });
    expect(new ExcelHost(makeExcel(new FakeWorkbook(), "1.2").env).capabilities().marks).toBe(false);
    expectMembers(host);
  });

  it("Word offers the document actions; reading, inserting and marking need WordApi 1.3", () => {
    const host = new WordHost(makeWord(new FakeDocument(), "1.4").env);
    expect(offered(host.capabilities())).toEqual([
      "checkLayout",
      "documentParts",
      "insertDraft",
      "pickCriterion",
      "wholeBieu2",
    ]);
    expect(host.capabilities()).toMatchObject({ read: true, insert: true, marks: true });
    expect(new WordHost(makeWord(new FakeDocument(), "1.1").env).capabilities()).toMatchObject({
      read: false,
      insert: false,
      marks: false,
    });
    expectMembers(host);
  });

  it("an opened file offers no pane action; only an .xlsx takes a new table", async () => {
    const txt = new FileHost(await openPlanFile(new TextEncoder().encode("TT\tTiêu chí\n1\t1.1"), "k.txt"));
    expect(offered(txt.capabilities())).toEqual([]);
    expect(txt.capabilities()).toMatchObject({ read: true, insert: false, marks: true, features: { save: true } });
  });
});
