/** What the UI uses of the core once a document is read (see engine.ts). */
export { checkPlan } from "../core/rules/index";
export { mainPlan } from "../core/read/index";
export { summarize } from "../core/summary";
