/** Task pane entry: resolve the Office host once, inject the matching adapter, render. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { hostKindFromOffice, officeReady } from "../hosts/detect";
import type { HostKind, PlanHost } from "../hosts/port";

/** Adapters load on demand (their own chunks). Until an adapter exists the pane works on pasted tables. */
async function createHost(kind: HostKind): Promise<PlanHost | null> {
  if (kind === "excel") return (await import(/* webpackChunkName: "host-excel", webpackPreload: true */ "../hosts/excel/index")).createExcelHost();
  if (kind === "word") {
    try {
      const mod = await import(/* webpackChunkName: "host-word", webpackPreload: true */ "../hosts/word/index");
      return mod.createWordHost();
    } catch {
      return null;
    }
  }
  return null;
}

async function main() {
  const info = await officeReady();
  const kind = hostKindFromOffice(info);
  const host = await createHost(kind);
  const el = document.getElementById("root");
  if (!el) return;
  createRoot(el).render(<App hostKind={kind} host={host} />);
}

void main();
