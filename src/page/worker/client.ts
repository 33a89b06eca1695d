/** The page's side of the plan worker: one request at a time per call, answered by id, in order. */
import type { Analysis, CheckContext, WorkerReply, WorkerRequest } from "./protocol";
import { TextError } from "../../core/text/message";

type Pending = { resolve: (r: WorkerReply & { ok: true }) => void; reject: (e: Error) => void };
type Outgoing = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, "id"> : never) : never;

/** What the client needs of a Worker (a real one in the page, a stand-in in tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<WorkerReply>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  terminate(): void;
}

export class PlanWorkerClient {
  private next = 1;
  private pending = new Map<number, Pending>();

  constructor(private readonly worker: WorkerLike) {
    worker.onmessage = (e) => {
      const reply = e.data;
      const p = this.pending.get(reply.id);
      if (!p) return;
      this.pending.delete(reply.id);
      if (reply.ok) p.resolve(reply);
      else {
        const error =
          reply.errorEn === undefined ? new Error(reply.error) : new TextError({ vi: reply.error, en: reply.errorEn });
        p.reject(Object.assign(error, { problem: reply.problem, code: reply.code }));
      }
    };
    worker.onerror = (e) => {
      const err = e.message
        ? new Error(e.message)
        : new TextError({
            vi: "Lỗi khi đọc tệp trong trình duyệt.",
            en: "Error while reading the file in the browser.",
          });
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    };
  }

  private send(req: Outgoing, transfer: Transferable[] = []): Promise<WorkerReply & { ok: true }> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...req, id } as WorkerRequest, transfer);
    });
  }

  async open(bytes: Uint8Array, name: string, lang: "vi" | "en", pasted = false): Promise<Analysis> {
    return (await this.send({ type: "open", bytes, name, lang, pasted }, [bytes.buffer])).analysis!;
  }

  edit(row: number, col: number, text: string): Promise<unknown> {
    return this.send({ type: "edit", row, col, text });
  }

  /** Checks the plan as it stands; with `context`, with the context bar's values (kept for later checks). */
  async check(context?: CheckContext): Promise<Analysis> {
    return (await this.send(context ? { type: "check", context } : { type: "check" })).analysis!;
  }

  async save(): Promise<Uint8Array> {
    return (await this.send({ type: "save" })).bytes!;
  }

  /** The saved file and the name it is offered under ("…-da-sua.xlsx"; a PDF's new .docx). */
  async saveFile(): Promise<{ bytes: Uint8Array; name: string }> {
    const r = await this.send({ type: "save" });
    return { bytes: r.bytes!, name: r.savedAs ?? "" };
  }

  /** The single-file report of the plan as it stands: .xlsx bytes or the printable .html text. */
  async report(kind: "xlsx" | "html", now?: Date): Promise<Uint8Array | string> {
    const r = await this.send({ type: "report", kind, now: now?.getTime() });
    return kind === "html" ? r.text! : r.bytes!;
  }

  dispose(): void {
    this.worker.terminate();
    for (const p of this.pending.values()) p.reject(new Error("closed"));
    this.pending.clear();
  }
}
