// The TT 57 plan template shipped at run time (src/core/catalogs/plan-template.ts, generated) is the reference's
// own text: every section title, item and table header equals the snapshot of ../shared/reference verbatim.
import * as fs from "fs";
import * as path from "path";
import { TT57_PLAN_SECTIONS } from "../../src/core/catalogs/plan-template";

const ref = JSON.parse(fs.readFileSync(path.join(__dirname, "../fixtures/reference/tt57-2026.json"), "utf8"));
const sections: Record<string, any>[] = ref.plan_template.sections;

describe("TT 57 plan template (runtime part)", () => {
  it("has the reference's eight sections, in order, with their titles", () => {
    expect(TT57_PLAN_SECTIONS.map((s) => s.number)).toEqual(["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]);
    expect(TT57_PLAN_SECTIONS.map((s) => s.title)).toEqual(sections.map((s) => s.title));
  });

  it("keeps items, pre-printed lines, table headers and the note under table IV verbatim", () => {
    TT57_PLAN_SECTIONS.forEach((s, i) => {
      const r = sections[i];
      expect(s.items).toEqual(r.items);
      expect(s.items_preprinted_per_bac_lieu).toEqual(r.items_preprinted_per_bac_lieu);
      expect(s.note_under_table).toEqual(r.note_under_table);
      expect(s.table?.columns.map((c) => c.header)).toEqual(r.table?.columns.map((c: { header: string }) => c.header));
    });
    expect(TT57_PLAN_SECTIONS[3].table?.columns).toHaveLength(6);
  });

  it("ships no notes or sources", () => {
    const text = JSON.stringify(TT57_PLAN_SECTIONS);
    expect(text).not.toMatch(/https?:\/\//);
    const keys = TT57_PLAN_SECTIONS.flatMap((s) => Object.keys(s));
    expect(keys.filter((k) => /^(note|title_kiemdinh|verbatim_claim|sources?)$/.test(k))).toEqual([]);
  });
});
