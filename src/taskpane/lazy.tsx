/**
 * Parts of the pane that are not on the first screen load on demand (their own chunks), so the pane is usable
 * sooner on slow school computers: the menu, the dialog, the paste and search panels. Shared lazy parts (findings
 * list, gap board) are in src/ui/lazy.
 */
import * as React from "react";

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
