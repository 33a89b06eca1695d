/**
 * The worker thread that runs one job at a time for the command line (see isolate.ts): a file of `kehoach check`,
 * or a whole `convert`, `new --from` or the `--levels` file (tasks.ts). Whatever happens while a file is read — an
 * exception, a limit, the worker's heap running out — stays in this thread: the main thread reports it as that
 * file's result (or the command's message) and goes on with a new worker.
 */
import { parentPort } from "worker_threads";
import type { SchoolContext } from "../core/types";
import { checkFile } from "./main";
import { freezePlaces } from "./isolate";
import { runTaskHere, taskError, taskInput, type Task } from "./tasks";

type Job =
  | { id: number; kind: "check"; file: string; display: string; user: Partial<SchoolContext>; ocr: boolean }
  | { id: number; kind: "task"; task: Task };

parentPort?.on("message", (job: Job) => {
  const port = parentPort!;
  if (job.kind === "task") {
    const write = (out: string) => port.postMessage({ id: job.id, out });
    void runTaskHere(job.task, write).then(
      (done) => port.postMessage({ id: job.id, done }),
      (e) => port.postMessage({ id: job.id, error: taskError(e, taskInput(job.task)) }),
    );
    return;
  }
  const onPage = (n: number, total: number) => port.postMessage({ id: job.id, page: [n, total] });
  void checkFile(job.file, job.display, job.user, { ocr: job.ocr, onPage }).then((r) => {
    const { places, ...rest } = r;
    port.postMessage({ id: job.id, result: rest, places: places ? freezePlaces(places, r.findings) : null });
  });
});
