/** jsdom lacks structuredClone and ReadableStream, which pdf.js uses: Node's are the same APIs. */
const g = globalThis as unknown as { structuredClone?: (v: unknown) => unknown; ReadableStream?: unknown };
/* eslint-disable @typescript-eslint/no-require-imports */
const v8 = require("v8") as typeof import("v8");
g.structuredClone ??= (v: unknown) => v8.deserialize(v8.serialize(v));
g.ReadableStream ??= (require("stream/web") as typeof import("stream/web")).ReadableStream;
/* eslint-enable @typescript-eslint/no-require-imports */
export {};
