/** Starts the plan worker (webpack bundles plan.worker.ts as its own script from this URL). */
import { PlanWorkerClient, type WorkerLike } from "./client";

export function spawnPlanWorker(): PlanWorkerClient {
  const worker = new Worker(new URL("./plan.worker.ts", import.meta.url), { name: "khct-plan" });
  return new PlanWorkerClient(worker as unknown as WorkerLike);
}
