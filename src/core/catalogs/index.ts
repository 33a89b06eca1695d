/**
 * Catalog registry. Data lives in ./data (generated, verbatim). The browser loads one catalog at a time
 * (`loadCatalog`, one webpack chunk each); Node code imports ./all to register everything at once.
 */
import { TextError } from "../text/message";
import type { Catalog, CatalogId, CriterionDef, Regime, SchoolLevel, StandardDef } from "../types";

export const CATALOG_IDS: CatalogId[] = [
  "tt19-2018",
  "tt17-2018",
  "tt18-2018",
  "tt57-mam-non",
  "tt57-pho-thong",
  "tt57-gdtx",
];

const registry = new Map<CatalogId, Catalog>();

/**
 * The catalog for a school level under a regime. GDTX centres exist only in TT57 (Phụ lục III): both
 * regimes answer tt57-gdtx for them.
 */
export function catalogIdFor(level: SchoolLevel, regime: Regime): CatalogId {
  if (level === "gdtx") return "tt57-gdtx";
  if (regime === "2026") return level === "mam-non" ? "tt57-mam-non" : "tt57-pho-thong";
  if (level === "mam-non") return "tt19-2018";
  if (level === "tieu-hoc") return "tt17-2018";
  return "tt18-2018";
}

/** Canonical number of the circular that governs a level under a regime. */
export function circularFor(level: SchoolLevel, regime: Regime): string {
  const id = catalogIdFor(level, regime);
  if (id.startsWith("tt57")) return "57/2026/TT-BGDĐT";
  return id === "tt19-2018" ? "19/2018/TT-BGDĐT" : id === "tt17-2018" ? "17/2018/TT-BGDĐT" : "18/2018/TT-BGDĐT";
}

/** Guidance letter for self-assessment under the 2018 regime (5942 mầm non, 5932 phổ thông); null for TT57. */
export function guidanceFor(level: SchoolLevel, regime: Regime): string | null {
  if (regime === "2026" || level === "gdtx") return null;
  return level === "mam-non" ? "5942/BGDĐT-QLCL" : "5932/BGDĐT-QLCL";
}

export function registerCatalog(c: Catalog): void {
  registry.set(c.id, c);
}

export function getCatalog(id: CatalogId): Catalog | undefined {
  return registry.get(id);
}

export function registeredCatalogs(): Catalog[] {
  return [...registry.values()];
}

export async function loadCatalog(id: CatalogId): Promise<Catalog> {
  const have = registry.get(id);
  if (have) return have;
  let mod: { catalog: Catalog };
  switch (id) {
    case "tt19-2018":
      mod = await import(/* webpackChunkName: "catalog-tt19-2018" */ "./data/tt19-2018");
      break;
    case "tt17-2018":
      mod = await import(/* webpackChunkName: "catalog-tt17-2018" */ "./data/tt17-2018");
      break;
    case "tt18-2018":
      mod = await import(/* webpackChunkName: "catalog-tt18-2018" */ "./data/tt18-2018");
      break;
    case "tt57-mam-non":
      mod = await import(/* webpackChunkName: "catalog-tt57-mam-non" */ "./data/tt57-mam-non");
      break;
    case "tt57-pho-thong":
      mod = await import(/* webpackChunkName: "catalog-tt57-pho-thong" */ "./data/tt57-pho-thong");
      break;
    case "tt57-gdtx":
      mod = await import(/* webpackChunkName: "catalog-tt57-gdtx" */ "./data/tt57-gdtx");
      break;
    default:
      throw new TextError({ vi: `Không có danh mục "${String(id)}"`, en: `unknown catalog "${String(id)}"` });
  }
  registerCatalog(mod.catalog);
  return mod.catalog;
}

export function findCriterion(
  catalog: Catalog,
  code: string,
): { standard: StandardDef; criterion: CriterionDef } | null {
  for (const standard of catalog.standards) {
    for (const criterion of standard.criteria) if (criterion.code === code) return { standard, criterion };
  }
  return null;
}

export function findStandard(catalog: Catalog, n: number): StandardDef | null {
  return catalog.standards.find((s) => s.number === n) ?? null;
}

export function criterionCount(catalog: Catalog): number {
  return catalog.standards.reduce((n, s) => n + s.criteria.length, 0);
}
