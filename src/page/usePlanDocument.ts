/**
 * The page's one open document (a file, a pasted table or a generated template) and everything that belongs to it:
 * the file host, the plan, findings, edits and "unsaved" state. A new document replaces ALL of it (a new session id
 * remounts every cell), so nothing of one school's file can leak into the next.
 */
import * as React from "react";
import type { Catalog, Finding, Plan } from "../core/types";
import { catalogIdFor, loadCatalog } from "../core/catalogs/index";
import { loadEngine } from "../ui/engine";
import { defaultFallbacks, needsFallback, type SchoolContextApi } from "../ui/context/useSchoolContext";
import type { Locator } from "../ui/findings/model";
import { L, type Lang } from "../ui/i18n";
import { download, MIME } from "../ui/download";
import { fileLocator } from "./locate";
import { savePdfAsDocx } from "./save-docx";
import { pastedFileName, pastedTitle, problemText } from "./paste-names";
import { openLarge, type LargeDoc } from "./worker/open-large";
import { isScanRefusal, useScanReader } from "./ocr/useScanReader";

type FileModule = typeof import("../hosts/file/index");
export type FileHostT = InstanceType<FileModule["FileHost"]>;
export const loadFileModule = () => import(/* webpackChunkName: "file-host" */ "../hosts/file/index");

export interface PlanDocument {
  /** Changes with every new document: keys every per-document view. */
  session: number;
  host: FileHostT;
  /** The file's name, or the title of pasted text ("Bảng dán"). */
  name: string;
  /** Pasted text, not a file: saving makes a file of it (bang-dan.txt). */
  pasted?: boolean;
  plan: Plan;
  catalog: Catalog | null;
  findings: Finding[];
  problems: string[];
  locate: Locator;
}

export interface PageNotice {
  intent: "success" | "error" | "warning" | "info";
  text: string;
}

export function usePlanDocument(lang: Lang, ctx: SchoolContextApi) {
  const [doc, setDoc] = React.useState<PlanDocument | null>(null);
  const [busy, setBusy] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<PageNotice | null>(null);
  const [dirty, setDirty] = React.useState(false);
  /** A large plan (issue 16) lives in the plan worker and is shown by LargePlanView. */
  const [large, setLarge] = React.useState<LargeDoc | null>(null);
  const largeRef = React.useRef<LargeDoc | null>(null);
  const showLarge = (next: LargeDoc | null) => {
    largeRef.current?.client.dispose(); // the previous large document's worker ends with it
    largeRef.current = next;
    setLarge(next);
  };
  React.useEffect(() => () => largeRef.current?.client.dispose(), []);
  /** Scans and photos are read by OCR in a worker of their own (issue 22). */
  const scan = useScanReader();
  const session = React.useRef(0);
  const timer = React.useRef<ReturnType<typeof setTimeout> | null>(null);
  const docRef = React.useRef(doc);
  /** The pasted text when the current document is a paste (null for a file). */
  const pastedRef = React.useRef<string | null>(null);
  docRef.current = doc;

  const analyse = async (
    host: FileHostT,
    name: string,
    problems: string[],
    id: number,
    fresh: boolean,
  ): Promise<void> => {
    const overrides = fresh ? {} : ctx.overrides();
    const { mainPlan, checkPlan } = await loadEngine();
    let plan = mainPlan((await host.read(overrides)).plans);
    const fallbacks = fresh ? defaultFallbacks() : ctx.fallbacks();
    if (needsFallback(plan, fallbacks)) plan = mainPlan((await host.read({ ...fallbacks, ...overrides })).plans);
    // A paste without a table (or copied column by column): its finding says what the paste held and names no
    // file the user never made.
    const pasted = pastedRef.current;
    if (pasted !== null)
      plan = (await import("../core/read/pasted-pdf")).explainPasted(plan, pasted, host.file.grids[0]?.grid);
    else if (plan.headerRow < 0 && host.file.scan) {
      // A scan without a plan table: what OCR saw (pages, words, confidence) and the advice to use the original.
      problems = [(await loadFileModule()).scanNoTableMessage(name, host.file.scan.seen)[lang], ...problems];
    } else if (plan.headerRow < 0) problems = [(await loadFileModule()).noPlanTableMessage(name)[lang], ...problems];
    const c = plan.context;
    const catalog = c.level && c.regime ? await loadCatalog(catalogIdFor(c.level, c.regime)) : null;
    if (id !== session.current) return; // a newer document arrived meanwhile
    if (fresh) ctx.reset(plan);
    else ctx.adopt(plan);
    setDoc({
      session: id,
      host,
      name,
      pasted: pasted !== null,
      plan,
      catalog,
      findings: checkPlan(plan, catalog),
      problems,
      locate: fileLocator(host.file, plan, lang),
    });
  };

  /** Replaces the current document by new bytes (a file, pasted text, a generated template). */
  const openBytes = async (bytes: Uint8Array, name: string, label: string, pasted = false) => {
    const id = ++session.current;
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    setBusy(label);
    setNotice(null);
    setDoc(null);
    setDirty(false);
    showLarge(null);
    scan.stop(); // a scan still being read is dropped for the new document
    /** A scan (refused by the readers without OCR) is read by OCR in its worker, then shown like a PDF plan. */
    const readScan = async () => {
      setBusy(null); // the OCR bar shows the progress instead
      const file = await scan.read(bytes, name);
      if (id !== session.current) return;
      const { scanOpened, stoppedNotice } = await import(/* webpackChunkName: "ocr-client" */ "./ocr/scan-document");
      if (!file) return setNotice(stoppedNotice(lang, name));
      const mod = await loadFileModule();
      await analyse(new mod.FileHost(scanOpened(file, bytes)), name, file.problems, id, true);
    };
    try {
      let big: LargeDoc | null;
      try {
        big = await openLarge(bytes, name, lang, pasted); // large plans stay in the worker
      } catch (e) {
        if (isScanRefusal(e)) return await readScan();
        throw e;
      }
      if (big) {
        if (id !== session.current) big.client.dispose();
        else {
          ctx.reset(big.first.plan); // the context bar shows this document's level and year, not the last one's
          showLarge(big);
        }
        return;
      }
      const mod = await loadFileModule();
      let opened: Awaited<ReturnType<FileModule["openPlanFile"]>>;
      try {
        opened = await mod.openPlanFile(bytes, name, { pasted });
      } catch (e) {
        if (isScanRefusal(e)) return await readScan();
        throw e;
      }
      await analyse(new mod.FileHost(opened), name, opened.problems, id, true);
    } catch (e) {
      if (id === session.current) setNotice({ intent: "error", text: problemText(e, lang, pasted) });
    } finally {
      if (id === session.current) setBusy(null);
    }
  };

  const open = async (file: File) => {
    pastedRef.current = null;
    return openBytes(
      new Uint8Array(await file.arrayBuffer()),
      file.name,
      L(lang, `Đang mở tệp ${file.name}…`, `Opening ${file.name}…`),
    );
  };
  const paste = (text: string) => {
    pastedRef.current = text;
    return openBytes(
      new TextEncoder().encode(text),
      pastedTitle(lang), // a title, not a file name: the user made no file
      L(lang, "Đang đọc bảng đã dán…", "Reading the pasted table…"),
      true,
    );
  };

  const edit = (row: number, col: number, text: string) => {
    const d = docRef.current;
    if (!d) return;
    d.host.setCell(d.plan, { row, col }, text);
    setDirty(true);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void analyse(d.host, d.name, d.problems, d.session, false), 300);
  };

  /** Re-checks with the context bar's values when the user changes them. */
  const recheck = () => {
    const d = docRef.current;
    if (d) void analyse(d.host, d.name, d.problems, d.session, false);
  };

  const save = async () => {
    const d = docRef.current;
    const big = largeRef.current;
    if (!d && !big) return;
    let name: string;
    if (!d) {
      // A large plan is saved by the plan worker that holds it (a PDF's table as a new .docx, as below).
      const saved = await big!.client.saveFile();
      name = saved.name;
      download(saved.bytes, name, MIME[big!.first.kind === "pdf" ? "docx" : big!.first.kind]);
    } else if (["pdf", "jpg", "png"].includes(d.host.file.kind)) {
      // A PDF is never rewritten: its table and context go into a new .docx in the official layout.
      name = await savePdfAsDocx(d.plan, d.name);
    } else {
      // Pasted text has no file: it gets a name only now, the file the user makes by saving.
      name = pastedRef.current !== null ? pastedFileName(lang) : d.name.replace(/(\.[^.]+)?$/, `-da-sua$1`);
      download(await d.host.save(), name, MIME[d.host.file.kind]);
    }
    setDirty(false);
    const text =
      pastedRef.current !== null && (d?.host.file.kind ?? big?.first.kind) === "txt"
        ? L(
            lang,
            `Đã lưu bảng đã dán thành tệp “${name}” (trong thư mục Tải về của trình duyệt).`,
            `Saved the pasted table as “${name}” (in the browser's Downloads folder).`,
          )
        : L(
            lang,
            `Đã lưu tệp “${name}” (trong thư mục Tải về của trình duyệt). Tệp gốc không bị thay đổi.`,
            `Saved “${name}” (in the browser's Downloads folder). The original file is unchanged.`,
          );
    setNotice({ intent: "success", text });
  };

  // Unsaved edits: the browser asks before the page is closed or reloaded.
  React.useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  /** A template or any other file's bytes: not a paste. */
  const openFileBytes = (bytes: Uint8Array, name: string, label: string) => {
    pastedRef.current = null;
    return openBytes(bytes, name, label);
  };
  /** An edit of a large plan (applied in its worker): the document now has unsaved edits. */
  const markDirty = () => setDirty(true);
  return {
    doc,
    large,
    busy,
    notice,
    setNotice,
    dirty,
    open,
    openBytes: openFileBytes,
    paste,
    edit,
    save,
    recheck,
    ocr: scan.progress,
    stopOcr: scan.stop,
    markDirty,
  };
}
