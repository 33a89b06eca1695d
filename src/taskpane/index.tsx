/** Task pane entry: resolve the Office host once, inject the matching adapter, render. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { hostKindFromOffice, officeReady } from "../hosts/detect";
import type { HostKind, PlanHost } from "../hosts/port";

/**
 * Adapters live in their own chunks. Both small chunks start loading at once, while Office starts up, so the pane
 * does not wait for Office and then for its adapter; only the one for this host is used. Until an adapter exists the
 * pane works on pasted tables.
 */
const adapters = {
  excel: import(/* webpackChunkName: "host-excel" */ "../hosts/excel/index"),
  word: import(/* webpackChunkName: "host-word" */ "../hosts/word/index"),
};
adapters.excel.catch(() => undefined);
adapters.word.catch(() => undefined);

async function createHost(kind: HostKind): Promise<PlanHost | null> {
  if (kind === "excel") return (await adapters.excel).createExcelHost();
  if (kind === "word") {
    try {
      return (await adapters.word).createWordHost();
    } catch {
      return null;
    }
  }
  return null;
}

async function main() {
  const el = document.getElementById("root");
  if (!el) return;
  const root = createRoot(el);
  // Inside Office a slow Office.onReady never turns the pane into browser mode: it says it is still connecting.
  const connecting = (
    <p role="status" data-testid="office-connecting">
      Đang kết nối với Office…
    </p>
  );
  const info = await officeReady({ onSlow: () => root.render(connecting) });
  const kind = hostKindFromOffice(info);
  const host = await createHost(kind);
  root.render(<App hostKind={kind} host={host} />);
}

void main();
