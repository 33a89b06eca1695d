// A gate on the page's own workers for the browser tests (not a test file itself: only *.browser.js are run). Installed
// before the page's scripts, it stands in for window.Worker: every worker still runs as it would, and one log records,
// in the order they happened on the page's main thread, what the page sent each worker ("to"), what each worker sent
// back ("from": arrived; "delivered": handed to the page's handler), and the user's input events ("input"). While a
// worker is held, its final answer waits at the gate until release(): the page's job on that worker is then
// certainly still open while the test acts as the user, so "the page answered the user before the job ended" is shown
// by the order of events, whatever the speed of the machine. Progress messages (type "progress") are never held. A
// worker the page terminates loses its held answers, as a real one does: nothing of it is delivered after terminate().
//
//   await installWorkerGate(page);                          // before page.goto
//   await page.evaluate(() => window.__gate.hold("khct-plan"));
//   … act, wait for conditions, read window.__gate.log …
//   await page.evaluate(() => window.__gate.release("khct-plan"));

function gate() {
  const Real = window.Worker;
  const log = [];
  const held = new Map(); // worker name → answers waiting: { worker, deliver }
  const what = (data) =>
    typeof data?.type === "string" ? data.type : data?.ok === true ? "ok" : data?.ok === false ? "error" : "?";
  const handlers = new WeakMap();
  class GatedWorker extends Real {
    constructor(url, options) {
      super(url, options);
      const name = options?.name ?? "";
      super.onmessage = (e) => {
        const type = what(e.data);
        const error = typeof e.data?.error === "string" ? e.data.error : null;
        // a progress message's fraction (the OCR worker's: above 0 once tesseract is recognizing)
        const fraction = typeof e.data?.fraction === "number" ? e.data.fraction : null;
        log.push({ worker: name, dir: "from", type, error, fraction });
        const deliver = () => {
          log.push({ worker: name, dir: "delivered", type });
          handlers.get(this)?.call(this, e);
        };
        if (held.has(name) && type !== "progress") held.get(name).push({ worker: this, deliver });
        else deliver();
      };
      this.gateName = name;
    }
    get onmessage() {
      return handlers.get(this) ?? null;
    }
    set onmessage(handler) {
      handlers.set(this, handler);
    }
    terminate() {
      log.push({ worker: this.gateName, dir: "terminated", type: "" });
      this.ended = true; // its answers still held are never delivered
      return super.terminate();
    }
    postMessage(message, transfer) {
      log.push({ worker: this.gateName, dir: "to", type: what(message) });
      return super.postMessage(message, transfer);
    }
  }
  window.Worker = GatedWorker;
  document.addEventListener("input", (e) => log.push({ dir: "input", target: e.target?.tagName ?? "" }), true);
  window.__gate = {
    log,
    hold: (name) => void (held.has(name) || held.set(name, [])),
    /** Whether an answer of worker `name` is waiting at the gate. */
    waiting: (name) => (held.get(name) ?? []).some((w) => !w.worker.ended),
    release: (name) => {
      const waiting = held.get(name) ?? [];
      held.delete(name);
      for (const { worker, deliver } of waiting) if (!worker.ended) deliver();
    },
  };
}

/** Installs the gate in every page of `page`'s context from its next navigation on. */
const installWorkerGate = (page) => page.addInitScript(gate);

/** Where the first entry of `log` from index `from` on that matches `match` stands (-1: none). */
function indexOf(log, match, from = 0) {
  for (let i = from; i < log.length; i++) if (Object.entries(match).every(([k, v]) => log[i][k] === v)) return i;
  return -1;
}

module.exports = { installWorkerGate, indexOf };
