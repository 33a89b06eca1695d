/**
 * Loading pdf.js (pdfjs-dist 4, legacy build: ES modules). In the page webpack makes this import a lazy chunk; in
 * Node (the command line, built as CommonJS) the import becomes require(), which loads ES modules on Node ≥ 20.19,
 * and a native import() is used on older Node 20 releases. The worker module runs on the same thread (no Worker,
 * no workerSrc to fetch): pdf.js uses `globalThis.pdfjsWorker` when it is set.
 * Only the members used here are typed (pdf.js API reference: getDocument, PDFDocumentProxy, PDFPageProxy).
 */
export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

export interface PdfPage {
  /** The page object's reference (pdf.js PDFPageProxy.ref). */
  ref?: { num: number; gen: number } | null;
  getViewport(o: { scale: number }): {
    width: number;
    height: number;
    /** The matrix from PDF user space to the viewport (PageViewport.transform). */
    transform: number[];
    convertToViewportPoint(x: number, y: number): number[];
  };
  getTextContent(): Promise<{ items: (PdfTextItem | { type: string })[] }>;
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>;
  cleanup(): void;
}

/** pdf.js's handle on its worker (PDFWorker): here always over a SameThreadPort (pdf-port.ts). */
export interface PdfWorkerHandle {
  destroy(): void;
}

export interface PdfJs {
  OPS: Record<string, number>;
  PDFWorker: new (o: { port: unknown }) => PdfWorkerHandle;
  getDocument(src: Record<string, unknown>): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<PdfPage>;
    }>;
    destroy(): Promise<void>;
  };
}

import { FileProblem } from "./errors";
import { PdfStructureError, checkFormLoops, checkPdfPageCount, checkPdfStreams, pageVisitGuard } from "./pdf-limits";
import { SameThreadPort } from "./pdf-port";

/** The worker module's entry (pdf.worker.mjs: WorkerMessageHandler.initializeFromPort). */
interface PdfJsWorkerModule {
  WorkerMessageHandler: { initializeFromPort(port: unknown): void };
}

let loaded: Promise<PdfJs> | null = null;
let workerModule: PdfJsWorkerModule | null = null;

const nativeImport = (spec: string): Promise<unknown> =>
  (new Function("s", "return import(s)") as (s: string) => Promise<unknown>)(spec);

/**
 * The legacy build bundles core-js polyfills that replace two built-ins for the whole process, although this
 * engine's own are correct for everything pdf.js does: Array.prototype.push (for arrays longer than 2^32 - 1, a
 * JavaScript function with `arguments` — every push in the program became ~2.5 times slower) and JSON.parse (the
 * source-text-access proposal). They are put back as they were once pdf.js is loaded.
 */
async function keepingBuiltIns<T>(load: () => Promise<T>): Promise<T> {
  const push = Array.prototype.push;
  const parse = JSON.parse;
  try {
    return await load();
  } finally {
    const native = { value: push, writable: true, configurable: true, enumerable: false };
    Object.defineProperty(Array.prototype, "push", native);
    JSON.parse = parse;
  }
}

async function load(): Promise<PdfJs> {
  return keepingBuiltIns(loadModules);
}

async function loadModules(): Promise<PdfJs> {
  let pdfjs: unknown;
  let worker: unknown;
  try {
    [pdfjs, worker] = await Promise.all([
      import(/* webpackChunkName: "pdfjs" */ "pdfjs-dist/legacy/build/pdf.mjs"),
      import(/* webpackChunkName: "pdfjs" */ "pdfjs-dist/legacy/build/pdf.worker.min.mjs"),
    ]);
  } catch (e) {
    if ((e as { code?: string }).code !== "ERR_REQUIRE_ESM") throw e;
    [pdfjs, worker] = await Promise.all([
      nativeImport("pdfjs-dist/legacy/build/pdf.mjs"),
      nativeImport("pdfjs-dist/legacy/build/pdf.worker.min.mjs"),
    ]);
  }
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  workerModule = worker as PdfJsWorkerModule;
  return pdfjs as PdfJs;
}

type PdfDoc = { numPages: number; getPage(n: number): Promise<PdfPage> };

/**
 * pdf.js with the structure limits of pdf-limits.ts around getDocument: the Flate streams are measured before
 * pdf.js parses anything, the page count is capped when the document opens, and a page reached twice is refused.
 */
function guarded(pdfjs: PdfJs): PdfJs {
  const getDocument: PdfJs["getDocument"] = (src) => {
    let real: ReturnType<PdfJs["getDocument"]> | null = null;
    let destroyed = false;
    // Each document its own port and worker handle, ended with it: nothing of one file reaches the next.
    let own: { port: SameThreadPort; worker: PdfWorkerHandle } | null = null;
    const ownWorker = () => {
      const port = new SameThreadPort();
      workerModule!.WorkerMessageHandler.initializeFromPort(port);
      own = { port, worker: new pdfjs.PDFWorker({ port }) };
      return own.worker;
    };
    const data = src.data as Uint8Array;
    const promise = checkPdfStreams(data, "").then(async () => {
      checkFormLoops(data, "");
      if (destroyed) throw new Error("destroyed");
      real = pdfjs.getDocument({ ...src, worker: ownWorker() });
      const doc = await real.promise;
      checkPdfPageCount(doc.numPages, "");
      const visit = pageVisitGuard("");
      const getPage = doc.getPage.bind(doc);
      const wrapped: PdfDoc = Object.create(doc);
      wrapped.getPage = async (n: number) => {
        const page = await getPage(n);
        try {
          visit(page.ref);
        } catch (e) {
          if (e instanceof FileProblem) throw new PdfStructureError((name) => renamed(e, name));
          throw e;
        }
        return page;
      };
      return wrapped;
    });
    const named = promise.catch((e: unknown) => {
      if (e instanceof FileProblem) throw new PdfStructureError((name) => renamed(e, name));
      throw e;
    });
    return {
      promise: named,
      destroy: async () => {
        destroyed = true;
        try {
          await (real as ReturnType<PdfJs["getDocument"]> | null)?.destroy();
        } finally {
          own?.worker.destroy();
          own?.port.terminate();
        }
      },
    };
  };
  return { ...pdfjs, getDocument };
}

/** The same problem with the file's name put in (the limits were checked before the name was known). */
function renamed(p: FileProblem, name: string): FileProblem {
  const fill = (s: string) => s.replace(/""/g, `"${name}"`);
  return new FileProblem(p.code, fill(p.message), fill(p.messageEn));
}

export function loadPdfJs(): Promise<PdfJs> {
  loaded ??= load()
    .then(guarded)
    .catch((e) => {
      loaded = null;
      throw e;
    });
  return loaded;
}
