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
  getViewport(o: { scale: number }): {
    width: number;
    height: number;
    convertToViewportPoint(x: number, y: number): number[];
  };
  getTextContent(): Promise<{ items: (PdfTextItem | { type: string })[] }>;
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>;
  cleanup(): void;
}

export interface PdfJs {
  OPS: Record<string, number>;
  getDocument(src: Record<string, unknown>): {
    promise: Promise<{ numPages: number; getPage(n: number): Promise<PdfPage> }>;
    destroy(): Promise<void>;
  };
}

let loaded: Promise<PdfJs> | null = null;

const nativeImport = (spec: string): Promise<unknown> =>
  (new Function("s", "return import(s)") as (s: string) => Promise<unknown>)(spec);

async function load(): Promise<PdfJs> {
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
  return pdfjs as PdfJs;
}

export function loadPdfJs(): Promise<PdfJs> {
  loaded ??= load().catch((e) => {
    loaded = null;
    throw e;
  });
  return loaded;
}
