/**
 * The catalog registry as the browser uses it: this file never imports catalogs/all, so the registry starts empty and
 * every catalog comes from loadCatalog's own dynamic import (catalogs.test.ts registers all six up front, so there
 * loadCatalog only ever returns what is already registered). Expectations written by hand from the circulars
 * (reference/circulars-2018.json, tt57-2026.json): TT19 mầm non 5 standards of 10/3/6/2/4 criteria, TT17 tiểu học
 * 10/4/6/2/5, TT18 THCS/THPT 10/4/6/2/6, TT57 (each annex) 4 standards of 15 criteria in all.
 */
import {
  CATALOG_IDS,
  catalogIdFor,
  circularFor,
  criterionCount,
  findCriterion,
  findStandard,
  getCatalog,
  guidanceFor,
  loadCatalog,
  registerCatalog,
  registeredCatalogs,
} from "../../src/core/catalogs/index";
import { TextError } from "../../src/core/text/message";
import type { CatalogId } from "../../src/core/types";

describe("catalog registry loaded lazily", () => {
  it("starts empty and loads each catalog, once, by its own id", async () => {
    expect(registeredCatalogs()).toEqual([]);
    expect(getCatalog("tt17-2018")).toBeUndefined();
    const tt17 = await loadCatalog("tt17-2018");
    expect(tt17.id).toBe("tt17-2018");
    expect(tt17.circular).toBe("17/2018/TT-BGDĐT");
    expect(tt17.standards.map((s) => s.criteria.length)).toEqual([10, 4, 6, 2, 5]);
    expect(registeredCatalogs().map((c) => c.id)).toEqual(["tt17-2018"]);
    expect(getCatalog("tt17-2018")).toBe(tt17);
    // A second load answers the registered object.
    expect(await loadCatalog("tt17-2018")).toBe(tt17);

    const expected: Record<CatalogId, { circular: string; annex: string | null; sizes: number[] }> = {
      "tt19-2018": { circular: "19/2018/TT-BGDĐT", annex: null, sizes: [10, 3, 6, 2, 4] },
      "tt17-2018": { circular: "17/2018/TT-BGDĐT", annex: null, sizes: [10, 4, 6, 2, 5] },
      "tt18-2018": { circular: "18/2018/TT-BGDĐT", annex: null, sizes: [10, 4, 6, 2, 6] },
      "tt57-mam-non": { circular: "57/2026/TT-BGDĐT", annex: "Phụ lục I", sizes: [] },
      "tt57-pho-thong": { circular: "57/2026/TT-BGDĐT", annex: "Phụ lục II", sizes: [] },
      "tt57-gdtx": { circular: "57/2026/TT-BGDĐT", annex: "Phụ lục III", sizes: [] },
    };
    for (const id of ["tt19-2018", "tt18-2018", "tt57-mam-non", "tt57-pho-thong", "tt57-gdtx"] as CatalogId[]) {
      const c = await loadCatalog(id);
      expect(c.id).toBe(id);
      expect(c.circular).toBe(expected[id].circular);
      expect(c.annex).toBe(expected[id].annex);
      if (id.startsWith("tt57")) {
        expect(c.standards).toHaveLength(4);
        expect(criterionCount(c)).toBe(15);
      } else expect(c.standards.map((s) => s.criteria.length)).toEqual(expected[id].sizes);
    }
    expect(registeredCatalogs().map((c) => c.id)).toEqual([
      "tt17-2018",
      "tt19-2018",
      "tt18-2018",
      "tt57-mam-non",
      "tt57-pho-thong",
      "tt57-gdtx",
    ]);
    expect([...CATALOG_IDS].sort()).toEqual(
      registeredCatalogs()
        .map((c) => c.id)
        .sort(),
    );
  });

  it("answers a catalog registered before its chunk is loaded, not the chunk's own object", async () => {
    const own = await loadCatalog("tt19-2018");
    const replaced = { ...own, title: "Danh mục đăng ký trước" };
    registerCatalog(replaced);
    expect(await loadCatalog("tt19-2018")).toBe(replaced);
    expect(getCatalog("tt19-2018")!.title).toBe("Danh mục đăng ký trước");
    registerCatalog(own);
  });

  it("rejects an unknown id with a message in each language", async () => {
    const e = await loadCatalog("tt99-2030" as CatalogId).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(TextError);
    expect((e as TextError).text).toEqual({
      vi: 'Không có danh mục "tt99-2030"',
      en: 'unknown catalog "tt99-2030"',
    });
    expect(getCatalog("tt99-2030" as CatalogId)).toBeUndefined();
  });
});

describe("catalog lookups", () => {
  it("counts criteria over all standards", async () => {
    expect(criterionCount(await loadCatalog("tt19-2018"))).toBe(25);
    expect(criterionCount(await loadCatalog("tt17-2018"))).toBe(27);
    expect(criterionCount(await loadCatalog("tt18-2018"))).toBe(28);
  });

  it("finds a standard by its number, and nothing for a number the circular does not have", async () => {
    const tt18 = await loadCatalog("tt18-2018");
    expect(findStandard(tt18, 1)!.number).toBe(1);
    expect(findStandard(tt18, 1)!.criteria).toHaveLength(10);
    expect(findStandard(tt18, 5)!.criteria).toHaveLength(6);
    expect(findStandard(tt18, 6)).toBeNull();
    expect(findStandard(tt18, 0)).toBeNull();
    const gdtx = await loadCatalog("tt57-gdtx");
    expect(findStandard(gdtx, 4)!.number).toBe(4);
    expect(findStandard(gdtx, 5)).toBeNull();
  });

  it("finds a criterion in any standard, its last one included", async () => {
    const tt18 = await loadCatalog("tt18-2018");
    const last = findCriterion(tt18, "5.6")!;
    expect(last.standard.number).toBe(5);
    expect(last.criterion.code).toBe("5.6");
    expect(findCriterion(tt18, "2.4")!.standard.number).toBe(2);
    // TT19's standard 5 stops at 5.4; TT17's standard 2 at 2.4.
    expect(findCriterion(await loadCatalog("tt19-2018"), "5.5")).toBeNull();
    expect(findCriterion(await loadCatalog("tt19-2018"), "5.4")!.criterion.code).toBe("5.4");
    expect(findCriterion(await loadCatalog("tt17-2018"), "2.5")).toBeNull();
  });

  it("answers each level's circular, catalog and guidance letter under both regimes", () => {
    // 2018: mầm non TT19, tiểu học TT17, THCS/THPT/nhiều cấp TT18; GDTX exists only in TT57 (Phụ lục III).
    expect(circularFor("mam-non", "2018")).toBe("19/2018/TT-BGDĐT");
    expect(circularFor("tieu-hoc", "2018")).toBe("17/2018/TT-BGDĐT");
    expect(circularFor("nhieu-cap", "2018")).toBe("18/2018/TT-BGDĐT");
    expect(circularFor("gdtx", "2018")).toBe("57/2026/TT-BGDĐT");
    expect(circularFor("mam-non", "2026")).toBe("57/2026/TT-BGDĐT");
    expect(catalogIdFor("gdtx", "2026")).toBe("tt57-gdtx");
    expect(catalogIdFor("tieu-hoc", "2026")).toBe("tt57-pho-thong");
    expect(catalogIdFor("thcs", "2026")).toBe("tt57-pho-thong");
    expect(catalogIdFor("nhieu-cap", "2026")).toBe("tt57-pho-thong");
    // Guidance letters: 5942 for mầm non, 5932 for phổ thông, none under TT57 or for GDTX.
    expect(guidanceFor("tieu-hoc", "2018")).toBe("5932/BGDĐT-QLCL");
    expect(guidanceFor("mam-non", "2026")).toBeNull();
    expect(guidanceFor("gdtx", "2018")).toBeNull();
    expect(guidanceFor("gdtx", "2026")).toBeNull();
  });
});
