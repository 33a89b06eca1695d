/**
 * A confirmation that takes focus, traps it, closes with Escape, and puts the safe choice first (focused, and the
 * primary-looking button): the destructive choice is never the default.
 */
import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";

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
    <Dialog open={open} modalType="alert" onOpenChange={(_, d) => !d.open && onSafe()}>
      <DialogSurface aria-describedby="confirm-desc" data-testid="confirm-dialog">
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent id="confirm-desc">{children}</DialogContent>
          <DialogActions fluid>
            <Button appearance="primary" onClick={onSafe} ref={safe}>
              {safeLabel}
            </Button>
            <Button appearance="outline" onClick={onDestructive}>
              {destructiveLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
