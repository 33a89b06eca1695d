/**
 * The page's plan worker (src/page/worker/plan.worker.ts) run in the test's process, one open document at a time (as
 * the page keeps one worker per open large plan): the worker module is loaded once with its own `self`, and messages
 * cross as they do between threads — later (a task), and copied (structured clone through v8's serializer).
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import { deserialize, serialize } from "v8";
import { PlanWorkerClient, type WorkerLike } from "../../src/page/worker/client";
import type { WorkerReply, WorkerRequest } from "../../src/page/worker/protocol";

const clone = <T>(x: T): T => deserialize(serialize(x)) as T;

interface Scope {
  onmessage: ((e: { data: WorkerRequest }) => void) | null;
  postMessage: (m: WorkerReply) => void;
}
let scope: Scope | null = null;
/** The page side of the newest client: replies go to it while it is open. */
let current: (WorkerLike & { closed: boolean }) | null = null;

function load(): Scope {
  if (scope) return scope;
  // The worker's libraries load with the real `self` (some look at it); only the worker's own module sees the stand-in.
  require("../../src/hosts/file/index");
  require("../../src/hosts/file/places");
  require("../../src/page/single-report");
  require("../../src/core/read/index");
  require("../../src/core/rules/index");
  require("../../src/core/catalogs/index");
  const s: Scope = {
    onmessage: null,
    postMessage: (m) => {
      const to = current;
      const copy = clone(m);
      setTimeout(() => to && !to.closed && to.onmessage?.({ data: copy } as MessageEvent<WorkerReply>), 0);
    },
  };
  const had = Object.getOwnPropertyDescriptor(globalThis, "self");
  Object.defineProperty(globalThis, "self", { value: s, configurable: true, writable: true });
  try {
    require("../../src/page/worker/plan.worker");
  } finally {
    if (had) Object.defineProperty(globalThis, "self", had);
    else delete (globalThis as { self?: unknown }).self;
  }
  return (scope = s);
}

export function inProcessPlanWorker(): PlanWorkerClient {
  const s = load();
  const worker: WorkerLike & { closed: boolean } = {
    closed: false,
    onmessage: null,
    onerror: null,
    postMessage: (m) => {
      const copy = clone(m);
      setTimeout(() => !worker.closed && s.onmessage?.({ data: copy }), 0);
    },
    terminate: () => void (worker.closed = true),
  };
  current = worker;
  return new PlanWorkerClient(worker);
}
