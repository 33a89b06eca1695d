/** The layout both plan views share (the small DocumentView and the worker-backed LargePlanView). */
import { tokens } from "@fluentui/react-components";

export const planViewStyles = {
  root: { display: "flex", flexDirection: "column", rowGap: "12px" },
  head: { display: "flex", flexWrap: "wrap", alignItems: "baseline", columnGap: "12px", rowGap: "4px" },
  name: { margin: "0", fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, outlineStyle: "none" },
  summary: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: "24px",
    rowGap: "4px",
    padding: "8px 12px",
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  layout: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 320px",
    columnGap: "16px",
    alignItems: "start",
    "@media (max-width: 1000px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  actions: { display: "flex", flexWrap: "wrap", columnGap: "8px", rowGap: "8px", alignItems: "center" },
} as const;
