/**
 * The commands that read one input file besides `check` — `convert`, `new --from` and `check --levels` — run in the
 * same isolated worker as each file of a batch (heap capped, time budget; see isolate.ts): a hostile input ends with
 * its Vietnamese message and exit 2, never an aborted process. Where the compiled worker is not there (tests run
 * from the TypeScript sources), they run in this thread.
 */
import * as path from "path";
import { FileProblem } from "../hosts/file/errors";
import { runConvert } from "./convert";
import { runDraft, type DraftOptions } from "./draft";
import { loadLevelGrids } from "./levels-check";
import { isolatedRunner, outOfMemoryMessage } from "./isolate";

export type Task =
  | { kind: "convert"; input: string; out: string; opts: { year?: string; force?: boolean; cwd: string } }
  | { kind: "draft"; o: DraftOptions }
  | { kind: "levels"; file: string };

export interface TaskDone {
  code?: number;
  grids?: string[][][];
}

/** The input a task reads, for its messages. */
export function taskInput(task: Task): string {
  return path.basename(task.kind === "convert" ? task.input : task.kind === "draft" ? task.o.from : task.file);
}

/** A task's failure as its message: a limit or a usage problem as said, running out of memory as "too large". */
export function taskError(e: unknown, name: string): string {
  if (e instanceof FileProblem) return e.message;
  // "Array buffer allocation failed", "Invalid string length"
  if (e instanceof RangeError) return outOfMemoryMessage(name);
  return (e as Error).message;
}

/** Runs a task in this thread (the worker's side, or the fallback). */
export async function runTaskHere(task: Task, write: (s: string) => void): Promise<TaskDone> {
  if (task.kind === "convert") return { code: await runConvert(task.input, task.out, task.opts, write) };
  if (task.kind === "draft") return { code: await runDraft(task.o, write) };
  return { grids: await loadLevelGrids(task.file) };
}

/** Runs a task isolated when possible; its failure is thrown as an Error carrying the Vietnamese message. */
export async function runTask(task: Task, write: (s: string) => void): Promise<TaskDone> {
  const name = taskInput(task);
  const runner = isolatedRunner();
  if (!runner) {
    try {
      return await runTaskHere(task, write);
    } catch (e) {
      throw new Error(taskError(e, name));
    }
  }
  try {
    const end = await runner.run({ kind: "task", task }, name, (m) => m.out !== undefined && write(m.out));
    if ("failed" in end) throw new Error(end.failed);
    if (end.reply.error !== undefined) throw new Error(end.reply.error);
    return end.reply.done ?? {};
  } finally {
    runner.close();
  }
}
