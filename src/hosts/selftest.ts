/**
 * "Tự kiểm tra phần bổ trợ": the contract shared by the Excel and Word self-tests (issue 11).
 * Each Office adapter exercises every capability the pane offers on a temporary sheet (Excel) or a temporary region
 * (Word) that it removes afterwards, and reports pass/fail per capability. The report is plain data; the pane only
 * shows it and lets the user copy it. The self-test must leave the user's document exactly as it was. How a report
 * is worded (labels, failures, the copyable text) is in selftest-report.ts, loaded with the self-test.
 */

import type { HostText } from "./port";

/** Capabilities the pane offers, in the order the self-test runs them. */
export type SelfTestCapability =
  "insert" | "read-back" | "dropdowns" | "mark" | "clear" | "live-check" | "clipboard" | "cleanup";

/** "skipped": not run, to leave the document exactly as it was (the detail says why). */
export type SelfTestStatus = "pass" | "fail" | "unsupported" | "skipped";

export interface SelfTestStep {
  capability: SelfTestCapability;
  status: SelfTestStatus;
  /** Error text (as Office gave it), what needs a newer Office, or what the adapter said; empty when passed. */
  detail: string | HostText;
}

export interface SelfTestReport {
  host: "excel" | "word";
  /** Office.context.diagnostics: version and platform ("PC", "OfficeOnline", "Mac" …) or "?" when unknown. */
  officeVersion: string;
  platform: string;
  /** Requirement sets present, e.g. "ExcelApi 1.1–1.17"; one entry per set family. */
  requirementSets: string[];
  steps: SelfTestStep[];
}

/** Implemented by hosts that can run the self-test. */
export interface SelfTestable {
  selfTest(): Promise<SelfTestReport>;
}

export function isSelfTestable(host: unknown): host is SelfTestable {
  return !!host && typeof (host as Partial<SelfTestable>).selfTest === "function";
}
