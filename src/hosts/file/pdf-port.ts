/**
 * The port between pdf.js's API and its worker module when both run on this thread (no Worker: see pdf-lib.ts).
 * pdf.js's own stand-in (LoopbackPort, used when no worker can be started) copies every message with
 * structuredClone, as a real worker's postMessage would. On a 1,000-row plan most of that copying is the operator
 * lists' glyph arrays — a tenth of the time of reading a PDF, and as much again in garbage collection.
 *
 * This port copies a message only as far as the worker module changes it after sending: an operator-list chunk's
 * two top-level arrays, which the worker empties (`fnArray.length = 0`) to fill them again with the next chunk
 * (OperatorList.flush in pdf.worker.mjs). What they hold — each operation's arguments, glyphs, the transferred image
 * buffers — the worker no longer touches once sent, and neither pdf.js's API (PDFPageProxy#_renderPageChunk copies
 * the entries out) nor pdf-ops.ts writes to it. Every other message is copied in full with structuredClone, exactly
 * as LoopbackPort does. Delivery is the same: asynchronous, in order, to every listener.
 *
 * The shape is what pdf.js's MessageHandler asks of a port (postMessage(message, transfer), addEventListener /
 * removeEventListener of "message" with an optional AbortSignal, terminate) — pdf.js API reference: PDFWorker
 * ({ port }), and the worker module's WorkerMessageHandler.initializeFromPort(port).
 */
type Listener = (event: { data: unknown }) => void;

interface OperatorListChunk {
  fnArray: unknown[];
  argsArray: unknown[];
}

/** A stream message carrying an operator-list chunk ({ stream, chunk: { fnArray, argsArray, … } }). */
function operatorListChunk(message: unknown): OperatorListChunk | null {
  const chunk = (message as { chunk?: unknown } | null)?.chunk as Partial<OperatorListChunk> | undefined;
  if (!chunk || typeof chunk !== "object") return null;
  return Array.isArray(chunk.fnArray) && Array.isArray(chunk.argsArray) ? (chunk as OperatorListChunk) : null;
}

/** What the receiving side gets of a message: see the file comment. */
export function delivered(message: unknown, transfer?: Transferable[]): unknown {
  const chunk = operatorListChunk(message);
  if (!chunk) return structuredClone(message, transfer ? { transfer } : undefined);
  const copy = { ...chunk, fnArray: chunk.fnArray.slice(), argsArray: chunk.argsArray.slice() };
  return { ...(message as object), chunk: copy };
}

export class SameThreadPort {
  private listeners = new Map<Listener, (() => void) | null>();
  private readonly deferred: Promise<void> = Promise.resolve();
  private closed = false;

  postMessage(message: unknown, transfer?: Transferable[]): void {
    if (this.closed) return;
    const event = { data: delivered(message, transfer) };
    void this.deferred.then(() => {
      for (const [listener] of [...this.listeners]) listener.call(this, event);
    });
  }

  addEventListener(_type: string, listener: Listener, options?: { signal?: AbortSignal } | null): void {
    const signal = options?.signal;
    if (signal?.aborted) return;
    let forget: (() => void) | null = null;
    if (signal) {
      const onAbort = () => this.removeEventListener(_type, listener);
      signal.addEventListener("abort", onAbort);
      forget = () => signal.removeEventListener("abort", onAbort);
    }
    this.listeners.set(listener, forget);
  }

  removeEventListener(_type: string, listener: Listener): void {
    this.listeners.get(listener)?.();
    this.listeners.delete(listener);
  }

  terminate(): void {
    this.closed = true;
    for (const forget of this.listeners.values()) forget?.();
    this.listeners.clear();
  }
}
