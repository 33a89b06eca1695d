/**
 * A confirmation that takes focus, traps it, closes with Escape, and puts the safe choice first (focused, and the
 * primary-looking button): the destructive choice is never the default.
 */
import * as React from "react";
import { AlertDialog } from "../ui/AlertDialog";

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: React.ReactNode;
  safeLabel: string;
  destructiveLabel: string;
  onSafe: () => void;
  onDestructive: () => void;
}

export function ConfirmDialog({
  open,
  title,
  children,
  safeLabel,
  destructiveLabel,
  onSafe,
  onDestructive,
}: ConfirmDialogProps) {
  const safe = React.useRef<HTMLButtonElement>(null);
  // The safe choice has the focus once the dialog is up (after the dialog's own initial focus).
  React.useEffect(() => {
    if (!open) return;
    const timer = setTimeout(() => safe.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, [open]);
  return (
    <AlertDialog
      open={open}
      title={title}
      testId="confirm-dialog"
      contentId="confirm-desc"
      fluid
      onDismiss={onSafe}
      choices={[
        { label: safeLabel, appearance: "primary", onClick: onSafe, buttonRef: safe },
        { label: destructiveLabel, appearance: "outline", onClick: onDestructive },
      ]}
    >
      {children}
    </AlertDialog>
  );
}
