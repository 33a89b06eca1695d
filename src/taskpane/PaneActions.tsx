/**
 * The pane's actions at 320 px: the two main ones as buttons, everything else in one "Thao tác khác" menu, so the
 * result of an action is never pushed below the fold by a wall of buttons.
 */
import * as React from "react";
import { Button, makeStyles } from "@fluentui/react-components";
import { MoreMenu } from "./lazy";

export interface PaneAction {
  key: string;
  label: string;
  run: () => void;
  /** Shown as a checkbox item (a mode such as "re-check while editing"). */
  checked?: boolean;
}

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", columnGap: "6px", rowGap: "6px" },
  main: { flex: "1 1 130px", minWidth: "0" },
});

export function PaneActions({
  primary,
  more,
  moreLabel,
  disabled,
}: {
  primary: PaneAction[];
  more: PaneAction[];
  moreLabel: string;
  disabled?: boolean;
}) {
  const s = useStyles();
  return (
    <div className={s.row} data-testid="pane-actions">
      {primary.map((a, i) => (
        <Button
          key={a.key}
          className={s.main}
          appearance={i === primary.length - 1 ? "primary" : "secondary"}
          onClick={a.run}
          disabledFocusable={disabled}
        >
          {a.label}
        </Button>
      ))}
      {more.length > 0 && (
        <React.Suspense
          fallback={
            <Button appearance="subtle" disabledFocusable>
              {moreLabel}
            </Button>
          }
        >
          <MoreMenu more={more} label={moreLabel} disabled={disabled} />
        </React.Suspense>
      )}
    </div>
  );
}
