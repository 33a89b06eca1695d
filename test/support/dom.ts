/** jsdom lacks ResizeObserver (Fluent's MessageBar and Menu observe their size); a no-op one is enough in tests. */
const w = globalThis as unknown as { ResizeObserver?: unknown };
if (typeof w.ResizeObserver === "undefined") {
  w.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

// jsdom lacks TextEncoder/TextDecoder; Node's are the same API.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const util = require("util") as typeof import("util");
const g = globalThis as unknown as Record<string, unknown>;
if (typeof g.TextEncoder === "undefined") g.TextEncoder = util.TextEncoder;
if (typeof g.TextDecoder === "undefined") g.TextDecoder = util.TextDecoder;
export {};
