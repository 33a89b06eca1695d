/**
 * KHCT domain core — public API (package export "./core"). Pure TypeScript: no Office, DOM or Node APIs.
 * Catalogs load lazily (loadCatalog); Node code may import "./catalogs/all" to register them all at once.
 */
export * from "./types";
export {
  normalizeForCompare,
  foldDiacritics,
  fixLookalikes,
  wordsOf,
  detectLegacyEncoding,
  convertLegacy,
} from "./text/normalize";
export {
  CATALOG_IDS,
  catalogIdFor,
  circularFor,
  guidanceFor,
  registerCatalog,
  getCatalog,
  loadCatalog,
  findCriterion,
  findStandard,
  registeredCatalogs,
  criterionCount,
} from "./catalogs/index";
export { searchCriteria, compareCodes } from "./search";
export { parseBudget, analyzeBudget, fundingSourceOf, fundingSourcesIn } from "./parse/budget";
export type { BudgetAnalysis, BudgetAmount, FundingSource } from "./parse/budget";
export { parsePeriod, schoolYearStart } from "./parse/period";
export type { PeriodResult } from "./parse/period";
export { parseTarget } from "./parse/target";
export {
  parseCriterionRef,
  parseStandardRef,
  parseCitations,
  parseSchoolYear,
  findYearsInText,
  findYearRanges,
} from "./parse/refs";
export type { Citation, CriterionRef } from "./parse/refs";
export { parseVietnameseNumberWords } from "./parse/words";
export { getTemplate, templateFor, TEMPLATE_2018_COLUMNS, TEMPLATE_TT57_COLUMNS } from "./templates";
export { detectContext, regimeForYear, resolveContext, schoolYearOf, levelFromText } from "./context";
export { readPlan, readPlans, mainPlan, splitPasted, displayText } from "./read/index";
export {
  checkPlan,
  catalogForPlan,
  RULES,
  finding,
  cellRef,
  columnLetter,
  projectSchoolLevel,
  sameName,
} from "./rules/index";
export type { Rule, RuleContext } from "./rules/index";
export { summarize, vndInWords, formatVnd } from "./summary";
export { renderGrid, renderHtml, renderTsv } from "./render";
export {
  readLevels,
  parseLevelText,
  gapBoard,
  smallestSet,
  draftPlan,
  draftTables,
  checkLevels,
  goalsFor,
  goalLabel,
  schoolLevel,
  ratingRule,
  STATUS_LABELS,
  FILL_MARK,
} from "./assess/index";
export type { LevelSet, LevelNote, GapBoard, GapRow, GapStatus, Draft } from "./assess/index";
