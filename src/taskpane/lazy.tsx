/**
 * Parts of the UI that are not on the first screen load on demand (their own chunks), so the pane and the page are
 * usable sooner on slow school computers: the findings list, the menu, the dialog, the paste and search panels.
 */
import * as React from "react";

const loadFindings = () => import(/* webpackChunkName: "ui-findings" */ "./findings/FindingsList");
export const FindingsList = React.lazy(() => loadFindings().then((m) => ({ default: m.FindingsList })));
export const MoreMenu = React.lazy(() =>
  import(/* webpackChunkName: "ui-menu" */ "./MoreMenu").then((m) => ({ default: m.MoreMenu })),
);
export const ConfirmDialog = React.lazy(() =>
  import(/* webpackChunkName: "ui-dialog" */ "./ConfirmDialog").then((m) => ({ default: m.ConfirmDialog })),
);
export const PastePanel = React.lazy(() =>
  import(/* webpackChunkName: "ui-paste" */ "./PastePanel").then((m) => ({ default: m.PastePanel })),
);
export const CriterionSearch = React.lazy(() =>
  import(/* webpackChunkName: "ui-search" */ "./CriterionSearch").then((m) => ({ default: m.CriterionSearch })),
);

/** Starts loading what a check will show, once the first screen is up. */
export function preloadResults(): void {
  void loadFindings().catch(() => undefined);
}
export const GapBoard = React.lazy(() => import(/* webpackChunkName: "gap-board" */ "./GapBoard"));
