/**
 * The worker thread that checks one file at a time for `kehoach check` (see isolate.ts). Whatever happens while a
 * file is read — an exception, a limit, the worker's heap running out — stays in this thread: the main thread
 * reports it as that file's result and goes on with a new worker.
 */
import { parentPort } from "worker_threads";
import type { SchoolContext } from "../core/types";
import { checkFile } from "./main";
import { freezePlaces } from "./isolate";

interface Job {
  id: number;
  file: string;
  display: string;
  user: Partial<SchoolContext>;
  ocr: boolean;
}

parentPort?.on("message", (job: Job) => {
  const onPage = (n: number, total: number) => parentPort!.postMessage({ id: job.id, page: [n, total] });
  void checkFile(job.file, job.display, job.user, { ocr: job.ocr, onPage }).then((r) => {
    const { places, ...rest } = r;
    parentPort!.postMessage({ id: job.id, result: rest, places: places ? freezePlaces(places, r.findings) : null });
  });
});
