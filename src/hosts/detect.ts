/** Resolves the Office host once at start-up; a plain browser (no Office) is "browser". */
import type { HostKind } from "./port";

export function hostKindFromOffice(info: { host?: unknown } | null | undefined): HostKind {
  const host = info?.host;
  if (typeof Office !== "undefined" && Office.HostType) {
    if (host === Office.HostType.Excel) return "excel";
    if (host === Office.HostType.Word) return "word";
  }
  if (host === "Excel") return "excel";
  if (host === "Word") return "word";
  return "browser";
}

/** Waits for Office.js when it is on the page (it is absent on the standalone page and in plain browsers). */
export function officeReady(timeoutMs = 4000): Promise<{ host?: unknown } | null> {
  return new Promise((resolve) => {
    if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
      resolve(null);
      return;
    }
    const timer = setTimeout(() => resolve(null), timeoutMs);
    Office.onReady((info) => {
      clearTimeout(timer);
      resolve(info ?? null);
    });
  });
}
