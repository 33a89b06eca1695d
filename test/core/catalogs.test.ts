import * as fs from "fs";
import * as path from "path";
import { ALL_CATALOGS } from "../../src/core/catalogs/all";
import {
  catalogIdFor,
  circularFor,
  guidanceFor,
  findCriterion,
  getCatalog,
  loadCatalog,
  criterionCount,
  CATALOG_IDS,
} from "../../src/core/catalogs/index";
import { searchCriteria } from "../../src/core/search";
import {
  normalizeForCompare,
  foldDiacritics,
  detectLegacyEncoding,
  convertLegacy,
  fixLookalikes,
} from "../../src/core/text/normalize";
import type { Catalog } from "../../src/core/types";

// Snapshot of ../shared/reference written by scripts/gen-catalogs.js: the catalogs must equal it verbatim.
const ref2018 = JSON.parse(fs.readFileSync(path.join(__dirname, "../fixtures/reference/circulars-2018.json"), "utf8"));
const ref57 = JSON.parse(fs.readFileSync(path.join(__dirname, "../fixtures/reference/tt57-2026.json"), "utf8"));
const byId = (id: string) => ALL_CATALOGS.find((c) => c.id === id) as Catalog;

describe("catalogs", () => {
  it("have the documented sizes", () => {
    expect(byId("tt19-2018").standards).toHaveLength(5);
    expect(criterionCount(byId("tt19-2018"))).toBe(25);
    expect(criterionCount(byId("tt17-2018"))).toBe(27);
    expect(criterionCount(byId("tt18-2018"))).toBe(28);
    for (const id of ["tt57-mam-non", "tt57-pho-thong", "tt57-gdtx"]) {
      expect(byId(id).standards).toHaveLength(4);
      expect(criterionCount(byId(id))).toBe(15);
      const mandatory = byId(id)
        .standards.flatMap((s) => s.criteria)
        .filter((c) => c.mandatory)
        .map((c) => c.code);
      expect(mandatory).toEqual(["1.3", "1.4", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2"]);
      expect(byId(id).maxLevel).toBe(2);
    }
  });

  it("copy standard and criterion names and highest levels verbatim from the reference", () => {
    const ids: Record<string, string> = {
      "19/2018/TT-BGDĐT": "tt19-2018",
      "17/2018/TT-BGDĐT": "tt17-2018",
      "18/2018/TT-BGDĐT": "tt18-2018",
    };
    for (const c of ref2018.circulars) {
      const cat = byId(ids[c.number]);
      expect(cat.circular).toBe(c.number);
      c.standards.forEach((s: any, i: number) => {
        expect(cat.standards[i].name).toBe(s.name);
        s.criteria.forEach((k: any, j: number) => {
          expect(cat.standards[i].criteria[j].code).toBe(k.code);
          expect(cat.standards[i].criteria[j].name).toBe(k.name);
          expect(cat.standards[i].criteria[j].maxLevel).toBe(k.max_level);
        });
      });
    }
    for (const [key, id] of [
      ["mam-non", "tt57-mam-non"],
      ["pho-thong", "tt57-pho-thong"],
      ["gdtx", "tt57-gdtx"],
    ]) {
      const cat = byId(id);
      ref57.catalogs[key].standards.forEach((s: any, i: number) => {
        expect(cat.standards[i].name).toBe(s.name);
        s.criteria.forEach((k: any, j: number) => {
          expect(cat.standards[i].criteria[j].name).toBe(k.name);
          expect(cat.standards[i].criteria[j].levels.map((l) => l.items[0])).toEqual(
            k.levels.map((l: any) => l.requirement),
          );
        });
      });
    }
  });

  it("keeps sources and carries confidence below high", () => {
    for (const c of ALL_CATALOGS) {
      expect(c.source.length).toBeGreaterThan(0);
      expect(c.confidence).toBeTruthy();
    }
    const tt18 = byId("tt18-2018");
    expect(findCriterion(tt18, "1.5")!.criterion.confidence).toMatch(/name: low/);
  });

  it("knows criteria that stop at Mức 2", () => {
    expect(findCriterion(byId("tt18-2018"), "1.2")!.criterion.maxLevel).toBe(2);
    expect(findCriterion(byId("tt18-2018"), "1.4")!.criterion.maxLevel).toBe(3);
    expect(findCriterion(byId("tt18-2018"), "9.9")).toBeNull();
  });

  it("maps levels and regimes to circulars", () => {
    expect(catalogIdFor("mam-non", "2018")).toBe("tt19-2018");
    expect(catalogIdFor("tieu-hoc", "2018")).toBe("tt17-2018");
    for (const l of ["thcs", "thpt", "nhieu-cap"] as const) expect(catalogIdFor(l, "2018")).toBe("tt18-2018");
    expect(catalogIdFor("mam-non", "2026")).toBe("tt57-mam-non");
    expect(catalogIdFor("thpt", "2026")).toBe("tt57-pho-thong");
    expect(catalogIdFor("gdtx", "2018")).toBe("tt57-gdtx");
    expect(circularFor("thcs", "2018")).toBe("18/2018/TT-BGDĐT");
    expect(circularFor("tieu-hoc", "2026")).toBe("57/2026/TT-BGDĐT");
    expect(guidanceFor("mam-non", "2018")).toBe("5942/BGDĐT-QLCL");
    expect(guidanceFor("thpt", "2018")).toBe("5932/BGDĐT-QLCL");
    expect(guidanceFor("thpt", "2026")).toBeNull();
  });

  it("loads every catalog lazily by id", async () => {
    for (const id of CATALOG_IDS) {
      const c = await loadCatalog(id);
      expect(c.id).toBe(id);
      expect(getCatalog(id)).toBe(c);
    }
  });

  it("searches criteria by code or words without diacritics", () => {
    const tt18 = byId("tt18-2018");
    expect(searchCriteria(tt18, "1.4")[0].code).toBe("1.4");
    expect(searchCriteria(tt18, "tc 3. 5")[0].code).toBe("3.5");
    expect(searchCriteria(tt18, "thu vien")[0].code).toBe("3.6");
    expect(searchCriteria(tt18, "Thư viện")[0].code).toBe("3.6");
  });
});

describe("normalization", () => {
  it("compares look-alike letters, tone placement and spacing as equal", () => {
    expect(normalizeForCompare("ÐỘI  NGŨ\n giáo viên")).toBe(normalizeForCompare("Đội ngũ giáo viên"));
    expect(normalizeForCompare("xã hội hoá")).toBe(normalizeForCompare("xã hội hóa"));
    expect(normalizeForCompare("Uỷ ban")).toBe(normalizeForCompare("Ủy ban"));
    expect(normalizeForCompare("tr\u01A3ờng")).toBe("trường");
    expect(normalizeForCompare("Tie\u0302\u0300u chi\u0301")).toBe(normalizeForCompare("Tiều chí"));
    expect(normalizeForCompare("hoàn thành")).toBe("hoàn thành");
    expect(foldDiacritics("Tiêu chí Đạt")).toBe("tieu chi dat");
    expect(fixLookalikes("Ðạt")).toBe("Đạt");
  });
  it("detects and converts TCVN3 and VNI text, and leaves Unicode alone", () => {
    expect(detectLegacyEncoding("Tr\u00adêng trung häc c¬ së")).toBe("tcvn3");
    expect(convertLegacy("Tr\u00adêng trung häc c¬ së", "tcvn3")).toBe("Trường trung học cơ sở");
    expect(detectLegacyEncoding("Tröôøng trung hoïc cô sôû")).toBe("vni");
    expect(convertLegacy("Tröôøng trung hoïc cô sôû", "vni")).toBe("Trường trung học cơ sở");
    for (const f of fs.readdirSync(path.join(__dirname, "../fixtures/seeds"))) {
      const text = fs.readFileSync(path.join(__dirname, "../fixtures/seeds", f), "utf8");
      for (const line of text.split("\n")) expect(detectLegacyEncoding(line)).toBeNull();
    }
    expect(detectLegacyEncoding("Quality improvement plan for the school year")).toBeNull();
  });
});
