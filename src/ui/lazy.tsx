/**
 * Shared parts of the UI that are not on the first screen load on demand (their own chunks), so the pane and the
 * page are usable sooner on slow school computers: the findings list and the gap board.
 */
import * as React from "react";

const loadFindings = () => import(/* webpackChunkName: "ui-findings" */ "./findings/FindingsList");
export const FindingsList = React.lazy(() => loadFindings().then((m) => ({ default: m.FindingsList })));

/** Starts loading what a check will show, once the first screen is up. */
export function preloadResults(): void {
  void loadFindings().catch(() => undefined);
}
export const GapBoard = React.lazy(() => import(/* webpackChunkName: "gap-board" */ "./GapBoard"));
