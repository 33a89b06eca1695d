/**
 * The frame of every question the screens ask before acting (unsaved edits, a garbled PDF saved as .docx, a
 * destructive host action): an alert dialog with a title, its content and a row of choices. Escape and closing
 * the dialog take `onDismiss`, which callers make the safe choice.
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

export interface AlertChoice {
  label: string;
  onClick: () => void;
  appearance?: "primary" | "outline";
  testId?: string;
  buttonRef?: React.Ref<HTMLButtonElement>;
}

export interface AlertDialogProps {
  open: boolean;
  title: string;
  children: React.ReactNode;
  /** The buttons, in order: the first is the safe one. */
  choices: AlertChoice[];
  onDismiss: () => void;
  testId: string;
  /** An id for the content, named as the dialog's description. */
  contentId?: string;
  /** Buttons fill the width (narrow task pane). */
  fluid?: boolean;
}

export function AlertDialog({ open, title, children, choices, onDismiss, testId, contentId, fluid }: AlertDialogProps) {
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, d) => !d.open && onDismiss()}>
      <DialogSurface aria-describedby={contentId} data-testid={testId}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent id={contentId}>{children}</DialogContent>
          <DialogActions fluid={fluid}>
            {choices.map((c, i) => (
              <Button key={i} appearance={c.appearance} onClick={c.onClick} data-testid={c.testId} ref={c.buttonRef}>
                {c.label}
              </Button>
            ))}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
