/** The report of many plans: one model for the .xlsx, the .html, the command line and the page. */
export * from "./model";
