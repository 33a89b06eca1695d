/** From self-assessment to plan: levels in, the gap board (projection, smallest set), the drafted rows, the checks. */
export { readLevels, levelsFromPlan, parseLevelText, fitToCatalog, unassessed, emptyLevelSet } from "./levels";
export type { LevelSet, LevelNote } from "./levels";
export { schoolLevel, requiredLevel, goalsFor, goalLabel, criteriaOf } from "./rating";
export { gapBoard, smallestSet, plannable } from "./board";
export type { GapBoard, GapRow, GapStatus } from "./board";
export { draftPlan, draftTables, FILL_MARK } from "./draft";
export type { Draft } from "./draft";
export { stackTables } from "./stack";
export type { DraftTable } from "./stack";
export { checkLevels, selectionOfPlan } from "./checks";
export { ratingRule, needText, STATUS_LABELS } from "./explain";
