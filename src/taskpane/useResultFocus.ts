/** After an action: the result's heading is scrolled into view and takes focus (screen readers read it). */
import * as React from "react";

export function useResultFocus<T extends HTMLElement = HTMLHeadingElement>() {
  const ref = React.useRef<T>(null);
  const [tick, setTick] = React.useState(0);
  React.useEffect(() => {
    const el = ref.current;
    if (!tick || !el) return;
    el.scrollIntoView?.({ block: "start", behavior: "auto" });
    el.focus({ preventScroll: true });
  }, [tick]);
  return { ref, focusResult: React.useCallback(() => setTick((x) => x + 1), []) };
}
