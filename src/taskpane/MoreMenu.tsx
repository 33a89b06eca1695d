/** "Thao tác khác": the pane's secondary actions in one Fluent menu (loaded after the first screen). */
import * as React from "react";
import {
  Menu,
  MenuButton,
  MenuItem,
  MenuItemCheckbox,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from "@fluentui/react-components";
import type { PaneAction } from "./PaneActions";

export function MoreMenu({ more, label, disabled }: { more: PaneAction[]; label: string; disabled?: boolean }) {
  const checked = { modes: more.filter((a) => a.checked).map((a) => a.key) };
  // Controlled: every item closes the menu before its action runs, the switch (a checkbox item, which Fluent keeps
  // open) included — the action moves the focus to its result, and a menu left open there ignored Escape.
  const [open, setOpen] = React.useState(false);
  const choose = (run: () => void) => () => {
    setOpen(false);
    run();
  };
  return (
    <Menu open={open} onOpenChange={(_, d) => setOpen(d.open)} checkedValues={checked}>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton appearance="subtle" disabledFocusable={disabled}>
          {label}
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {more.map((a) =>
            a.checked === undefined ? (
              <MenuItem key={a.key} onClick={choose(a.run)}>
                {a.label}
              </MenuItem>
            ) : (
              <MenuItemCheckbox key={a.key} name="modes" value={a.key} onClick={choose(a.run)}>
                {a.label}
              </MenuItemCheckbox>
            ),
          )}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
