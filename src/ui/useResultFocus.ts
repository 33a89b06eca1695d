/**
 * After an action: the result's heading is scrolled into view and takes focus (screen readers read it). The heading
 * may mount later than the request (its component loads on demand): the focus is applied as soon as it is there.
 */
import * as React from "react";

export function useResultFocus<T extends HTMLElement = HTMLHeadingElement>() {
  const el = React.useRef<T | null>(null);
  const pending = React.useRef(false);
  const [tick, setTick] = React.useState(0);
  const apply = React.useCallback(() => {
    const node = el.current;
    if (!pending.current || !node) return;
    pending.current = false;
    node.scrollIntoView?.({ block: "start", behavior: "auto" });
    node.focus({ preventScroll: true });
  }, []);
  const ref = React.useCallback(
    (node: T | null) => {
      el.current = node;
      apply();
    },
    [apply],
  );
  React.useEffect(apply, [tick, apply]);
  const focusResult = React.useCallback(() => {
    pending.current = true;
    setTick((x) => x + 1);
  }, []);
  return { ref, focusResult };
}
