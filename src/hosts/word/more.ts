/**
 * Word's operations most sessions never run — the header block, Biểu 2 as a whole document, the layout check, the
 * criterion picker and the drafted plan — loaded on first use (index.ts), so the pane's first load in Word stays
 * within its budget (bench/bundle). The self-test is a chunk of its own (selftest.ts).
 */
export { checkDocumentParts } from "../../core/docparts/index";
export { insertDocumentParts } from "./docparts";
export { insertBieu2 } from "./insert-bieu2";
export { fillCriterionAtCursor, setupDropdowns } from "./picker";
export { queueDraftTables } from "./draft";
