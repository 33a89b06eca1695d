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

/**
 * Whether the page was opened by Office, before Office.js says so: Office adds "_host_Info" to the add-in's address
 * (desktop), keeps it in the window name or session storage, and Office on the web runs the pane in a frame.
 */
export function hostedInOffice(): boolean {
  try {
    if (typeof window === "undefined") return false;
    if (/[?&]_host_Info=/i.test(window.location?.search ?? "")) return true;
    if (/host_?Info/i.test(window.name ?? "")) return true;
    if (window.sessionStorage?.getItem("hostInfoValue")) return true;
    return window.parent !== window;
  } catch {
    return true; // a cross-origin parent frame: Office on the web
  }
}

export interface OfficeReadyOptions {
  /** After this long, a page outside Office is a plain browser; a page inside Office keeps waiting. */
  timeoutMs?: number;
  /** Called once when Office is slow to answer inside Office (the pane shows "đang kết nối với Office…"). */
  onSlow?: () => void;
  /** Defaults to hostedInOffice(). */
  hosted?: boolean;
}

/**
 * Waits for Office.js when it is on the page (it is absent on the standalone page and in plain browsers). A pane
 * running inside Office is never downgraded to browser mode because Office.onReady is slow (a cold start of Office
 * on the web, a slow school network): it keeps waiting and reports the wait through onSlow.
 */
export function officeReady(options: OfficeReadyOptions | number = {}): Promise<{ host?: unknown } | null> {
  const o: OfficeReadyOptions = typeof options === "number" ? { timeoutMs: options } : options;
  const timeoutMs = o.timeoutMs ?? 4000;
  return new Promise((resolve) => {
    if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
      resolve(null);
      return;
    }
    const timer = setTimeout(() => {
      if (o.hosted ?? hostedInOffice()) o.onSlow?.();
      else resolve(null);
    }, timeoutMs);
    Office.onReady((info) => {
      clearTimeout(timer);
      resolve(info ?? null);
    });
  });
}
