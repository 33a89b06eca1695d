/* eslint-disable @typescript-eslint/no-this-alias -- getter objects of the fake need the proxy they stand for */
/**
 * A STRICT hand-written fake of the Excel objects the adapter uses, following the Office.js reference for each
 * member (the page is named next to each rule; https://learn.microsoft.com/javascript/api/excel/…). When unsure,
 * the fake rejects. Rules:
 * - Writes are queued and applied in order at context.sync(); a failing operation rejects the sync
 *   (RequestContext: "Office.js … queues commands … sync() executes the queued commands").
 * - Reading a property that was not loaded, or before the sync that loads it, throws PropertyNotLoaded; loaded
 *   values are those at the sync (excel.range, `load`; "Load and read properties" in "Application-specific API
 *   model").
 * - Proxies of a finished Excel.run are unusable (InvalidObjectPath) unless the run is re-entered with
 *   Excel.run(object.context, …) ("Excel.run" in the excel namespace page).
 * - Requirement sets come from a host PROFILE (./profiles.ts); isSetSupported answers from it and a member of an
 *   unsupported set makes the sync fail with ApiNotFound.
 * Every sync is counted.
 */
import type { ExcelProfile } from "./profiles";
import { displayText, typedInput } from "./typed-input";

type Fmt = Record<string, unknown>;
interface Cell {
  value: unknown;
  fmt: Fmt;
}
type Box = { r0: number; c0: number; r1: number; c1: number };

/** An OfficeExtension.Error stand-in: `code` as documented in "Error handling with the application-specific APIs". */
export class FakeOfficeError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

const colIndex = (letters: string) => letters.split("").reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0) - 1;
export const colLetter = (c: number): string =>
  c < 26 ? String.fromCharCode(65 + c) : colLetter(Math.floor(c / 26) - 1) + String.fromCharCode(65 + (c % 26));
function parseAddress(a: string): { sheet: string | null } & Box {
  const m = /^(?:'?([^'!]+)'?!)?\$?([A-Z]+)?\$?(\d+)?(?::\$?([A-Z]+)?\$?(\d+)?)?$/.exec(a);
  if (!m) throw new FakeOfficeError("InvalidArgument", `bad address ${a}`);
  const c0 = m[2] ? colIndex(m[2]) : 0;
  const r0 = m[3] ? Number(m[3]) - 1 : 0;
  const ranged = m[4] !== undefined || m[5] !== undefined;
  const c1 = ranged ? (m[4] ? colIndex(m[4]) : 16383) : m[2] ? c0 : 16383;
  const r1 = ranged ? (m[5] ? Number(m[5]) - 1 : 1048575) : m[3] ? r0 : 1048575;
  return { sheet: m[1] ?? null, r0, c0, r1: Math.max(r0, r1), c1: Math.max(c0, c1) };
}
const boxAddress = (b: Box) => `${colLetter(b.c0)}${b.r0 + 1}:${colLetter(b.c1)}${b.r1 + 1}`;
const cmpVersion = (a: string, b: string) => {
  const [a1, a2 = 0] = a.split(".").map(Number);
  const [b1, b2 = 0] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
};

/** A loadable proxy: `load()` asks for properties, the next sync fills `data` from `snap()`. */
interface Loadable {
  requested: Set<string> | "all";
  data: Record<string, unknown> | null;
  /** Values at the sync; `asked` lets a proxy compute only the properties load() asked for. */
  snap: (asked: Set<string> | "all") => Record<string, unknown>;
}

export class FakeContext {
  syncs = 0;
  /** True once the Excel.run that created the context has returned (re-entered by run(fn, context)). */
  finished = false;
  /** Bytes of the loaded values of the last sync (Excel on the web limits a response to 5 MB). */
  lastResponseBytes = 0;
  private pending: Loadable[] = [];
  private ops: (() => void)[] = [];
  /** Handlers to call once the sync's writes are applied (events arrive after the batch). */
  private events: (() => void)[] = [];
  constructor(
    public wb: FakeWorkbook,
    public profile: ExcelProfile,
    public options: FakeOptions,
  ) {}
  /** Excel.run: "the context object … is only valid within the batch function" (Excel namespace, `run`). */
  alive(member: string) {
    if (this.finished) throw new FakeOfficeError("InvalidObjectPath", `${member} used after its Excel.run ended`);
  }
  /** A member of requirement set `set` (ExcelApi version): unsupported sets fail the sync with ApiNotFound. */
  requires(version: string, member: string, family = "ExcelApi") {
    this.alive(member);
    const max = this.profile.sets[family];
    if (max === undefined || cmpVersion(version, max) > 0) {
      this.ops.push(() => {
        throw new FakeOfficeError(
          "ApiNotFound",
          `${member} needs ${family} ${version}; this host has ${max ?? "none"}`,
        );
      });
    }
  }
  track(p: Loadable, props?: string | string[]) {
    this.alive("load");
    const list = (Array.isArray(props) ? props : props ? props.split(",") : []).map((s) => s.trim()).filter(Boolean);
    const again = this.pending.includes(p);
    if (!list.length) p.requested = "all";
    else if (again && p.requested !== "all") list.forEach((x) => (p.requested as Set<string>).add(x));
    else if (!again) p.requested = new Set(list);
    if (!again) p.data = null;
    if (!again) this.pending.push(p);
  }
  /** Queues a write; it reaches the workbook at the next sync. */
  queue(op: () => void, member = "write") {
    this.alive(member);
    this.ops.push(op);
  }
  fire(event: () => void) {
    this.events.push(event);
  }
  /** Writes queued but not yet synced (a write left without a sync would be lost in Office). */
  get unsynced() {
    return this.ops.length;
  }
  async sync() {
    this.alive("context.sync");
    this.syncs++;
    if (this.options.latencyMs) await new Promise((r) => setTimeout(r, this.options.latencyMs));
    const ops = this.ops;
    const pending = this.pending;
    this.ops = [];
    this.pending = [];
    this.events = [];
    try {
      for (const op of ops) op();
    } finally {
      const events = this.events;
      this.events = [];
      const delay = this.options.eventDelayMs ?? 0;
      // WorksheetChangedEventArgs arrive asynchronously, after the batch that made the change.
      for (const e of events)
        if (delay) setTimeout(e, delay);
        else void Promise.resolve().then(e);
    }
    let bytes = 0;
    for (const p of pending) {
      p.data = p.snap(p.requested);
      const asked = p.requested === "all" ? p.data : Object.fromEntries([...p.requested].map((k) => [k, p.data![k]]));
      bytes += JSON.stringify(asked, (k, v) => (k === "cf" || k === "n" ? undefined : v)).length;
    }
    this.lastResponseBytes = bytes;
    if (this.profile.payloadLimit && bytes > this.profile.payloadLimit) {
      for (const p of pending) p.data = null;
      // "Resource limits and performance optimization for Office Add-ins": Excel on the web, 5 MB per response.
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `response of ${bytes} bytes`);
    }
  }
}

/** Reads a loaded property: PropertyNotLoaded unless load() asked for it and a sync has answered. */
function read<T>(p: Loadable, prop: string, what: string): T {
  if (!p.data || (p.requested !== "all" && !p.requested.has(prop))) {
    throw new FakeOfficeError("PropertyNotLoaded", `${what}.${prop} read before load("${prop}") + sync`);
  }
  return p.data[prop] as T;
}
const loadable = (snap: Loadable["snap"]): Loadable => ({ requested: "all", data: null, snap });

export interface FakeOptions {
  /** Delay of every sync (a slow host's round trip), in ms. */
  latencyMs?: number;
  /** Delay between a sync and the onChanged events it causes, in ms. */
  eventDelayMs?: number;
}

export class FakeConditionalFormat {
  custom = { rule: { formula: "" }, format: { fill: { color: "" } } };
  constructor(
    public type: string,
    private list: FakeConditionalFormat[],
    public ctx: FakeContext,
  ) {}
  /** ConditionalFormat.customOrNullObject (ExcelApi 1.6): a null object unless the type is Custom. */
  customOrNullObject(ctx: FakeContext) {
    const self = this;
    const l = loadable(() => ({ isNullObject: self.type !== "Custom", rule: { formula: self.custom.rule.formula } }));
    const o = {
      load(props?: string) {
        ctx.track(l, props?.replace("rule/formula", "rule"));
        l.requested = "all";
        return o;
      },
      get isNullObject() {
        return read<boolean>(l, "isNullObject", "customOrNullObject");
      },
      get rule() {
        return read<{ formula: string }>(l, "rule", "customOrNullObject");
      },
    };
    return o;
  }
  /** ConditionalFormat.delete (ExcelApi 1.6). */
  remove(ctx: FakeContext) {
    ctx.requires("1.6", "ConditionalFormat.delete");
    ctx.queue(() => {
      const i = this.list.indexOf(this);
      if (i < 0) throw new FakeOfficeError("ItemNotFound", "conditional format already deleted");
      this.list.splice(i, 1);
    });
  }
}

let sheetIds = 0;
export class FakeSheet {
  id = `{SHEET-${++sheetIds}}`;
  /** Excel tables (ListObjects) as 0-based inclusive boxes, with their names (set by tests, as a user's Ctrl+T). */
  tables: { name: string; box: Box }[] = [];
  cells = new Map<string, Cell>();
  cfs: FakeConditionalFormat[] = [];
  visibility = "Visible";
  frozenRows = 0;
  pageLayout = {
    orientation: "Portrait",
    paperSize: "Letter",
    printTitleRows: "",
    zoom: {} as { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number },
    setPrintTitleRows: (a: string) => (this.pageLayout.printTitleRows = a),
  };
  validations = new Map<string, unknown>();
  /** Merged areas as 0-based inclusive boxes (set by tests, as a user's merge would). */
  merged: Box[] = [];
  columnWidths = new Map<number, number>();
  /** onChanged handlers with the RequestContext each was added in. */
  registrations: { handler: (e: unknown) => unknown; ctx: FakeContext }[] = [];
  constructor(
    public name: string,
    public wb: FakeWorkbook,
  ) {}
  get handlers(): ((e: unknown) => unknown)[] {
    return this.registrations.map((r) => r.handler);
  }
  cell(r: number, c: number): Cell {
    const k = `${r}:${c}`;
    let cell = this.cells.get(k);
    if (!cell) {
      cell = { value: "", fmt: {} };
      this.cells.set(k, cell);
    }
    return cell;
  }
  peek(r: number, c: number): Cell | undefined {
    return this.cells.get(`${r}:${c}`);
  }
  /** A cell of a merged area other than its top-left one: it shows and keeps no value of its own. */
  hiddenByMerge(r: number, c: number): boolean {
    return this.merged.some((m) => r >= m.r0 && r <= m.r1 && c >= m.c0 && c <= m.c1 && (r !== m.r0 || c !== m.c0));
  }
  /** Merges an area as a user would: only the top-left value stays (Excel asks, then discards the others). */
  merge(box: Box) {
    this.merged.push(box);
    for (let r = box.r0; r <= box.r1; r++)
      for (let c = box.c0; c <= box.c1; c++) if (r !== box.r0 || c !== box.c0) this.cells.delete(`${r}:${c}`);
  }
  /** Sets values as a user would (no event; strings stay as given). */
  setValues(r0: number, c0: number, rows: unknown[][]) {
    rows.forEach((row, r) => row.forEach((v, c) => (this.cell(r0 + r, c0 + c).value = v)));
  }
  used(): Box | null {
    let r0 = Infinity,
      c0 = Infinity,
      r1 = -1,
      c1 = -1;
    for (const [k, v] of this.cells) {
      if (v.value === "" || v.value === null || v.value === undefined) continue;
      const [r, c] = k.split(":").map(Number);
      r0 = Math.min(r0, r);
      c0 = Math.min(c0, c);
      r1 = Math.max(r1, r);
      c1 = Math.max(c1, c);
    }
    return r1 < 0 ? null : { r0, c0, r1, c1 };
  }
  /** Deep snapshot of everything a user could see or have formatted. */
  snapshot() {
    return JSON.stringify({
      cells: [...this.cells.entries()].filter(([, v]) => v.value !== "" || Object.keys(v.fmt).length).sort(),
      cfs: this.cfs.map((c) => ({ type: c.type, custom: c.custom })),
      visibility: this.visibility,
      validations: [...this.validations.entries()],
      widths: [...this.columnWidths.entries()],
      frozenRows: this.frozenRows,
      pageLayout: { ...this.pageLayout, setPrintTitleRows: undefined },
      merged: this.merged,
      tables: this.tables,
    });
  }
}

export type { Box };
export interface FakeNote {
  address: string;
  content: string;
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  names = new Map<string, string>();
  /** Notes (ExcelApi 1.18) and threaded comments (1.10), by "'Sheet'!A1" address. */
  notes: FakeNote[] = [];
  comments: FakeNote[] = [];
  active = 0;
  selection = { sheet: "", address: "A1" };
  constructor(sheetNames = ["Sheet1"]) {
    for (const n of sheetNames) this.sheets.push(new FakeSheet(n, this));
    this.selection.sheet = sheetNames[0];
  }
  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new FakeOfficeError("ItemNotFound", name);
    return s;
  }
  /** WorksheetCollection.getItem(key): "the name or ID of the worksheet". */
  find(key: string): FakeSheet | undefined {
    return this.sheets.find((x) => x.name === key || x.id === key);
  }
  snapshot() {
    return JSON.stringify({
      sheets: this.sheets.map((s) => [s.name, s.snapshot()]),
      names: [...this.names],
      notes: this.notes,
      comments: this.comments,
      active: this.active,
      selection: this.selection,
    });
  }
}

/** Normalises "'Kế hoạch'!A1", "Kế hoạch!$A$1" to "Kế hoạch!A1" (notes and comments compare by cell). */
const cellKeys = new Map<string, string>();
const cellKey = (a: string) => {
  let key = cellKeys.get(a);
  if (key === undefined) {
    const p = parseAddress(a);
    key = `${p.sheet ?? ""}!${colLetter(p.c0)}${p.r0 + 1}`;
    cellKeys.set(a, key);
  }
  return key;
};

class RangeProxy {
  isNullObject = false;
  private l: Loadable;
  constructor(
    private ctx: FakeContext,
    private sheet: FakeSheet,
    private box: Box,
  ) {
    this.l = loadable((asked) => this.snap(asked));
  }
  private get r0() {
    return this.box.r0;
  }
  private get c0() {
    return this.box.c0;
  }
  private get r1() {
    return this.box.r1;
  }
  private get c1() {
    return this.box.c1;
  }
  private snap(asked: Set<string> | "all") {
    const want = (k: string) => asked === "all" || asked.has(k);
    const rows = this.r1 - this.r0 + 1;
    const cols = this.c1 - this.c0 + 1;
    // Excel refuses to return the values of a whole sheet; so does the fake beyond a million cells.
    if (rows * cols > 1_000_000) throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `${rows}×${cols} cells`);
    const grid = (f: (c: Cell | undefined) => unknown) =>
      Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => f(this.sheet.peek(this.r0 + r, this.c0 + c))),
      );
    return {
      isNullObject: this.isNullObject,
      rowIndex: this.r0,
      columnIndex: this.c0,
      rowCount: rows,
      columnCount: cols,
      address: `${this.sheet.name}!${boxAddress(this.box)}`,
      text: want("text") ? grid((c) => displayText(c?.value)) : undefined,
      values: want("values")
        ? grid((c) => (c?.value && typeof c.value === "object" ? "#NAME?" : (c?.value ?? "")))
        : undefined,
      numberFormat: want("numberFormat") ? grid((c) => (c?.fmt.numberFormat as string) ?? "General") : undefined,
    };
  }
  load(props?: string) {
    this.ctx.track(this.l, props);
    return this;
  }
  get rowIndex(): number {
    return read(this.l, "rowIndex", "Range");
  }
  get columnIndex(): number {
    return read(this.l, "columnIndex", "Range");
  }
  get rowCount(): number {
    return read(this.l, "rowCount", "Range");
  }
  get columnCount(): number {
    return read(this.l, "columnCount", "Range");
  }
  get address(): string {
    return read(this.l, "address", "Range");
  }
  get text(): string[][] {
    return read(this.l, "text", "Range");
  }
  get numberFormat(): string[][] {
    return read(this.l, "numberFormat", "Range");
  }
  get values(): unknown[][] {
    return read(this.l, "values", "Range");
  }
  /** Range.values: a 2-D array matching the range's size (or one value for all cells); strings parse as typed. */
  set values(rows: unknown[][]) {
    const ctx = this.ctx;
    ctx.queue(() => {
      const grid = this.broadcast(rows, "values");
      grid.forEach((row, r) =>
        row.forEach((v, c) => {
          // A merged area keeps only its top-left cell's value ("Merge cells": the other cells' data is discarded;
          // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-merge-member(1)).
          if (this.sheet.hiddenByMerge(this.r0 + r, this.c0 + c)) return;
          const cell = this.sheet.cell(this.r0 + r, this.c0 + c);
          cell.value = typedInput(v, cell.fmt.numberFormat as string | undefined);
        }),
      );
      this.changed();
    }, "Range.values");
  }
  /** Range.numberFormat: same size rule as values. */
  set numberFormat(f: unknown[][]) {
    this.ctx.queue(() => {
      const grid = this.broadcast(f, "numberFormat");
      grid.forEach((row, r) => row.forEach((v, c) => (this.sheet.cell(this.r0 + r, this.c0 + c).fmt.numberFormat = v)));
    }, "Range.numberFormat");
  }
  /**
   * "The number of rows or columns in the input array doesn't match the size or dimensions of the range" fails
   * the request (InvalidArgument); a single value (not an array) applies to every cell (Range.values).
   */
  private broadcast(v: unknown, what: string): unknown[][] {
    const rows = this.r1 - this.r0 + 1;
    const cols = this.c1 - this.c0 + 1;
    if (!Array.isArray(v)) return Array.from({ length: rows }, () => new Array(cols).fill(v));
    if (v.length !== rows || v.some((r) => !Array.isArray(r) || r.length !== cols)) {
      throw new FakeOfficeError(
        "InvalidArgument",
        `${what}: ${v.length}×${(v[0] as unknown[])?.length} for a ${rows}×${cols} range`,
      );
    }
    return v as unknown[][];
  }
  /**
   * Worksheet.onChanged fires for every data change, the add-in's own included ("Work with Events using the Excel
   * JavaScript API"); triggerSource (ExcelApi 1.14) says "ThisLocalAddin" for this add-in's writes.
   */
  private changed() {
    const hasTrigger = cmpVersion("1.14", this.ctx.profile.sets.ExcelApi ?? "0") <= 0;
    const event = {
      type: "WorksheetChanged",
      source: "Local",
      changeType: "RangeEdited",
      address: boxAddress(this.box),
      worksheetId: this.sheet.id,
      ...(hasTrigger ? { triggerSource: "ThisLocalAddin" } : {}),
    };
    for (const r of this.sheet.registrations) this.ctx.fire(() => void r.handler(event));
  }
  private each(fn: (cell: Cell) => void) {
    for (let r = this.r0; r <= Math.min(this.r1, this.r0 + 5000); r++)
      for (let c = this.c0; c <= Math.min(this.c1, this.c0 + 200); c++) fn(this.sheet.cell(r, c));
  }
  /** RangeFormat (ExcelApi 1.1; columnWidth 1.2). */
  get format() {
    const ctx = this.ctx;
    const set = (key: string) => (v: unknown) =>
      ctx.queue(() => this.each((cell) => (cell.fmt[key] = v)), `format.${key}`);
    const self = this;
    return {
      set wrapText(v: boolean) {
        set("wrap")(v);
      },
      set verticalAlignment(v: string) {
        set("valign")(v);
      },
      set horizontalAlignment(v: string) {
        set("halign")(v);
      },
      set columnWidth(v: number) {
        ctx.requires("1.2", "RangeFormat.columnWidth");
        ctx.queue(() => {
          for (let c = self.c0; c <= self.c1; c++) self.sheet.columnWidths.set(c, v);
        });
      },
      font: {
        set bold(v: boolean) {
          set("bold")(v);
        },
        set name(v: string) {
          set("font")(v);
        },
        set size(v: number) {
          set("size")(v);
        },
      },
      fill: {
        set color(v: string) {
          set("fill")(v);
        },
      },
      borders: {
        getItem: (edge: string) => ({
          set style(v: string) {
            set(`border.${edge}`)(v);
          },
        }),
      },
    };
  }
  /** Range.dataValidation (ExcelApi 1.8). */
  get dataValidation() {
    const ctx = this.ctx;
    ctx.requires("1.8", "Range.dataValidation");
    const key = boxAddress(this.box);
    const v = this.sheet.validations;
    const q = (op: () => void) => ctx.queue(op, "dataValidation");
    return {
      clear: () => q(() => v.delete(key)),
      set rule(rule: unknown) {
        q(() => v.set(key, { ...(v.get(key) as object), rule }));
      },
      set errorAlert(a: unknown) {
        q(() => v.set(key, { ...(v.get(key) as object), errorAlert: a }));
      },
    };
  }
  /** Range.conditionalFormats (ExcelApi 1.6). */
  get conditionalFormats() {
    const list = this.sheet.cfs;
    const ctx = this.ctx;
    ctx.requires("1.6", "Range.conditionalFormats");
    const l = loadable(() => ({ items: list.map((cf) => ({ cf, type: cf.type })) }));
    const coll = {
      add: (type: string) => {
        const cf = new FakeConditionalFormat(type, list, ctx);
        ctx.queue(() => list.push(cf), "conditionalFormats.add");
        return cf;
      },
      load(props?: string) {
        ctx.track(l, props ? "items" : undefined);
        return coll;
      },
      get items() {
        const items = read<{ cf: FakeConditionalFormat; type: string }[]>(l, "items", "ConditionalFormatCollection");
        return items.map(({ cf, type }) => ({
          type,
          customOrNullObject: cf.customOrNullObject(ctx),
          delete: () => cf.remove(ctx),
        }));
      },
    };
    return coll;
  }
  /**
   * Range.getMergedAreasOrNullObject (ExcelApi 1.13): "If the number of merged areas in this range is more than
   * 512, then this method will fail to return the result" — the sync that loads it fails.
   */
  getMergedAreasOrNullObject() {
    const ctx = this.ctx;
    ctx.requires("1.13", "Range.getMergedAreasOrNullObject");
    const inside = () =>
      this.sheet.merged.filter((m) => m.r0 >= this.r0 && m.c0 >= this.c0 && m.r1 <= this.r1 && m.c1 <= this.c1);
    const sheet = this.sheet.name;
    const l = loadable(() => {
      const list = inside();
      if (list.length > 512)
        throw new FakeOfficeError("GeneralException", `${list.length} merged areas (more than 512)`);
      return {
        isNullObject: list.length === 0,
        address: list.map((m) => `'${sheet}'!${boxAddress(m)}`).join(", "),
        areaCount: list.length,
      };
    });
    const areas = {
      load(props?: string) {
        ctx.track(l, props);
        return areas;
      },
      get isNullObject() {
        return read<boolean>(l, "isNullObject", "RangeAreas");
      },
      get address() {
        return read<string>(l, "address", "RangeAreas");
      },
      get areaCount() {
        return read<number>(l, "areaCount", "RangeAreas");
      },
    };
    ctx.track(l, "isNullObject");
    return areas;
  }
  select() {
    this.ctx.queue(
      () => (this.sheet.wb.selection = { sheet: this.sheet.name, address: `${colLetter(this.c0)}${this.r0 + 1}` }),
      "Range.select",
    );
  }
}

export interface FakeExcel {
  env: {
    run<T>(fn: (context: Excel.RequestContext) => Promise<T>, reuse?: Excel.RequestContext): Promise<T>;
    isSetSupported(name: string, version: string): boolean;
    diagnostics(): { version: string; platform: string };
  };
  syncs(): number;
  unsyncedRuns(): number;
  implicitFlushes(): number;
  reset(): void;
  profile: ExcelProfile;
  /** Largest response of any sync so far, in bytes. */
  maxResponseBytes(): number;
}

/** `profile` is a host profile (./profiles.ts) or, for older tests, the highest ExcelApi version ("1.8"). */
export function makeExcel(
  wb: FakeWorkbook,
  profile: ExcelProfile | string = "1.18",
  options: FakeOptions = {},
): FakeExcel {
  const prof: ExcelProfile =
    typeof profile === "string"
      ? {
          id: `api-${profile}`,
          label: `ExcelApi ${profile}`,
          sets: { ExcelApi: profile },
          platform: "PC",
          version: "16.0",
          payloadLimit: 0,
        }
      : profile;
  const contexts: FakeContext[] = [];
  const owned = new WeakSet<FakeContext>();
  let unsyncedRuns = 0;
  let implicitFlushes = 0;
  let maxBytes = 0;
  const sheetProxy = (ctx: FakeContext, s: FakeSheet | null, key: string) => {
    const live = () => {
      // Worksheet members act on the sheet as it is at the sync (renamed or deleted since → ItemNotFound).
      if (!s || !wb.sheets.includes(s)) throw new FakeOfficeError("ItemNotFound", `worksheet ${key}`);
      return s;
    };
    const l = loadable(() =>
      s && wb.sheets.includes(s)
        ? { isNullObject: false, name: s.name, id: s.id, visibility: s.visibility }
        : { isNullObject: true },
    );
    const range = (b: Box) => new RangeProxy(ctx, s!, b);
    const proxy = {
      get isNullObject() {
        return read<boolean>(l, "isNullObject", "Worksheet");
      },
      get name() {
        return read<string>(l, "name", "Worksheet");
      },
      get id() {
        return read<string>(l, "id", "Worksheet");
      },
      get visibility() {
        return read<string>(l, "visibility", "Worksheet");
      },
      /**
       * Worksheet.visibility: "ExcelApi 1.1 for reading visibility; 1.2 for setting it"
       * (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-visibility-member);
       * "VeryHidden" cannot be undone by the user. Excel 2016 (ExcelApi 1.1) fails the sync with ApiNotFound.
       */
      set visibility(v: string) {
        ctx.requires("1.2", "Worksheet.visibility (set)");
        ctx.queue(() => {
          const sheet = live();
          const visible = wb.sheets.filter((x) => x.visibility === "Visible" && x !== sheet);
          // A workbook keeps at least one visible sheet (Excel UI and API alike).
          if (v !== "Visible" && !visible.length)
            throw new FakeOfficeError("InvalidOperation", "cannot hide the last visible sheet");
          sheet.visibility = v;
        }, "Worksheet.visibility");
      },
      load(props?: string) {
        ctx.track(l, props);
        return proxy;
      },
      getRange: (a?: string) => {
        ctx.alive("Worksheet.getRange");
        if (!a) return range({ r0: 0, c0: 0, r1: 1048575, c1: 16383 });
        return range(parseAddress(a));
      },
      getUsedRange: (valuesOnly?: boolean) => {
        if (valuesOnly !== undefined) ctx.requires("1.2", "Worksheet.getUsedRange(valuesOnly)");
        const u = live().used() ?? { r0: 0, c0: 0, r1: 0, c1: 0 };
        return range(u);
      },
      /**
       * Worksheet.tables (ExcelApi 1.1; https://learn.microsoft.com/javascript/api/excel/excel.tablecollection):
       * load("items/name"), then Table.getRange() (ExcelApi 1.1) of each item.
       */
      get tables() {
        ctx.alive("Worksheet.tables");
        const l = loadable(() => ({ items: live().tables.map((t) => ({ t, name: t.name })) }));
        const coll = {
          load(props?: string) {
            ctx.track(l, props ? "items" : undefined);
            return coll;
          },
          get items() {
            return read<{ t: { name: string; box: Box }; name: string }[]>(l, "items", "TableCollection").map(
              ({ t, name }) => ({
                name,
                getRange: () => range(t.box),
              }),
            );
          },
        };
        return coll;
      },
      /** Worksheet.getUsedRangeOrNullObject (ExcelApi 1.4). */
      getUsedRangeOrNullObject: () => {
        ctx.requires("1.4", "Worksheet.getUsedRangeOrNullObject");
        const u = live().used();
        const r = range(u ?? { r0: 0, c0: 0, r1: 0, c1: 0 });
        r.isNullObject = !u;
        return r;
      },
      /** Worksheet.freezePanes (ExcelApi 1.7). */
      get freezePanes() {
        ctx.requires("1.7", "Worksheet.freezePanes");
        return { freezeRows: (n: number) => ctx.queue(() => (live().frozenRows = n)) };
      },
      /** Worksheet.pageLayout (ExcelApi 1.9): PageLayout.zoom { horizontalFitToPages, verticalFitToPages, scale }. */
      get pageLayout() {
        ctx.requires("1.9", "Worksheet.pageLayout");
        return {
          set orientation(v: string) {
            ctx.queue(() => (live().pageLayout.orientation = v));
          },
          set paperSize(v: string) {
            ctx.queue(() => (live().pageLayout.paperSize = v));
          },
          set zoom(z: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
            ctx.queue(() => {
              // PageLayoutZoomOptions: scale (10–400) or fit-to-pages; a page count below 1 is not documented: reject.
              if ([z.horizontalFitToPages, z.verticalFitToPages].some((n) => n !== undefined && !(n >= 1)))
                throw new FakeOfficeError("InvalidArgument", "fit to fewer than 1 page");
              if (z.scale !== undefined && (z.horizontalFitToPages || z.verticalFitToPages))
                throw new FakeOfficeError("InvalidArgument", "zoom.scale together with fit-to-pages");
              live().pageLayout.zoom = { ...z };
            });
          },
          setPrintTitleRows: (a: string) => ctx.queue(() => live().pageLayout.setPrintTitleRows(a)),
        };
      },
      /**
       * Worksheet.onChanged (ExcelApi 1.7). "Handlers can only be removed with the RequestContext in which they
       * were added" (OfficeExtension.EventHandlerResult.remove; "Remove an event handler" in "Work with Events").
       */
      get onChanged() {
        ctx.requires("1.7", "Worksheet.onChanged");
        return {
          add: (h: (e: unknown) => unknown) => {
            const reg = { handler: h, ctx };
            ctx.queue(() => live().registrations.push(reg), "onChanged.add");
            return {
              context: ctx as unknown as Excel.RequestContext,
              remove: () => {
                // Queued on the handler's own context: another run's sync never applies it.
                ctx.queue(() => {
                  const list = live().registrations;
                  const i = list.indexOf(reg);
                  if (i < 0) throw new FakeOfficeError("InvalidOperation", "handler already removed");
                  list.splice(i, 1);
                }, "EventHandlerResult.remove");
              },
            };
          },
        };
      },
      activate: () =>
        ctx.queue(() => {
          const sheet = live();
          if (sheet.visibility !== "Visible")
            throw new FakeOfficeError("InvalidOperation", "cannot activate a hidden sheet");
          wb.active = wb.sheets.indexOf(sheet);
        }, "Worksheet.activate"),
      /**
       * Worksheet.delete: "the worksheet must not be the last visible sheet … and must not be very hidden
       * (InvalidOperation)" — make it Visible or Hidden first.
       */
      delete: () =>
        ctx.queue(() => {
          const sheet = live();
          if (sheet.visibility === "VeryHidden")
            throw new FakeOfficeError("InvalidOperation", `cannot delete the very hidden sheet ${sheet.name}`);
          if (sheet.visibility === "Visible" && !wb.sheets.some((x) => x !== sheet && x.visibility === "Visible"))
            throw new FakeOfficeError("InvalidOperation", "cannot delete the last visible sheet");
          const i = wb.sheets.indexOf(sheet);
          const activeSheet = wb.sheets[wb.active];
          wb.sheets.splice(i, 1);
          wb.active =
            activeSheet === sheet
              ? Math.max(
                  0,
                  wb.sheets.findIndex((x) => x.visibility === "Visible"),
                )
              : wb.sheets.indexOf(activeSheet);
        }, "Worksheet.delete"),
    };
    return proxy;
  };
  /**
   * NoteCollection (ExcelApi 1.18) and CommentCollection (1.10). A cell holds either a note or a threaded comment:
   * adding one where the other is fails (InvalidOperation), as in Excel's UI.
   */
  /** Cells holding a note / comment, rebuilt whenever the list changed length (tests push to the lists directly). */
  const index = new WeakMap<FakeNote[], { length: number; keys: Set<string> }>();
  const taken = (list: FakeNote[]) => {
    let entry = index.get(list);
    if (!entry || entry.length !== list.length) {
      entry = { length: list.length, keys: new Set(list.map((n) => cellKey(n.address))) };
      index.set(list, entry);
    }
    return {
      has: (k: string) => entry!.keys.has(k),
      add: (k: string) => (entry!.keys.add(k), (entry!.length = list.length)),
    };
  };
  const collection = (ctx: FakeContext, list: FakeNote[], other: FakeNote[], version: string, what: string) => {
    const l = loadable(() => ({ items: list.map((n) => ({ n, content: n.content })) }));
    const coll = {
      add: (address: string, content: string) => {
        ctx.requires(version, `${what}.add`);
        ctx.queue(() => {
          const key = cellKey(address);
          if (!wb.find(key.split("!")[0])) throw new FakeOfficeError("ItemNotFound", address);
          if (taken(other).has(key))
            throw new FakeOfficeError(
              "InvalidOperation",
              `${address} already has a ${what === "notes" ? "threaded comment" : "note"}`,
            );
          const mine = taken(list); // taken before the push: taken(list) after it would rebuild the whole index
          if (mine.has(key)) throw new FakeOfficeError("InvalidOperation", `${address} already has one`);
          list.push({ address, content });
          mine.add(key);
        });
      },
      load(props?: string) {
        ctx.requires(version, `${what}.load`);
        ctx.track(l, props ? "items" : undefined);
        return coll;
      },
      get items() {
        const items = read<{ n: FakeNote; content: string }[]>(l, "items", what);
        return items.map(({ n, content }) => ({
          content,
          /** Note.getLocation (ExcelApi 1.18) / Comment.getLocation (1.10): the cell, as a Range to load. */
          getLocation: () => {
            const at = loadable(() => ({ address: n.address }));
            const loc = {
              load(props?: string) {
                ctx.track(at, props);
                return loc;
              },
              get address() {
                return read<string>(at, "address", "Range");
              },
            };
            return loc;
          },
          delete: () =>
            ctx.queue(() => {
              const i = list.indexOf(n);
              if (i < 0) throw new FakeOfficeError("ItemNotFound", `${what} item already deleted`);
              list.splice(i, 1);
              index.delete(list);
            }),
        }));
      },
    };
    return coll;
  };
  const buildWorkbook = (ctx: FakeContext) => {
    const list = loadable(() => ({
      items: wb.sheets.map((x) => ({ name: x.name, id: x.id, visibility: x.visibility })),
    }));
    return {
      worksheets: {
        /** WorksheetCollection.load("items/name") (ExcelApi 1.1). */
        load(props?: string) {
          ctx.track(list, props ? "items" : undefined);
        },
        get items() {
          return read<{ name: string; id: string; visibility: string }[]>(list, "items", "WorksheetCollection");
        },
        getActiveWorksheet: () => {
          ctx.alive("getActiveWorksheet");
          return sheetProxy(ctx, wb.sheets[wb.active], "(active)");
        },
        getItem: (n: string) => {
          ctx.alive("worksheets.getItem");
          return sheetProxy(ctx, wb.find(n) ?? null, n);
        },
        /** WorksheetCollection.getItemOrNullObject (ExcelApi 1.4). */
        getItemOrNullObject: (n: string) => {
          ctx.requires("1.4", "worksheets.getItemOrNullObject");
          const p = sheetProxy(ctx, wb.find(n) ?? null, n);
          p.load("isNullObject");
          return p;
        },
        add: (n: string) => {
          const s = new FakeSheet(n, wb);
          ctx.queue(() => {
            if (wb.sheets.some((x) => x.name === n)) throw new FakeOfficeError("ItemAlreadyExists", n);
            wb.sheets.push(s);
          }, "worksheets.add");
          return sheetProxy(ctx, s, n);
        },
      },
      getSelectedRange: () => {
        ctx.alive("getSelectedRange");
        const s = wb.sheet(wb.selection.sheet);
        return new RangeProxy(ctx, s, parseAddress(wb.selection.address));
      },
      /** NamedItemCollection.add and getItemOrNullObject (ExcelApi 1.4). */
      names: {
        add: (n: string, ref: unknown) => {
          ctx.requires("1.4", "names.add");
          ctx.queue(() => {
            if (wb.names.has(n)) throw new FakeOfficeError("ItemAlreadyExists", n);
            wb.names.set(n, ref instanceof RangeProxy ? "range" : String(ref));
          });
        },
        getItem: (n: string) => {
          ctx.alive("names.getItem");
          return {
            delete: () =>
              ctx.queue(() => {
                if (!wb.names.delete(n)) throw new FakeOfficeError("ItemNotFound", n);
              }),
          };
        },
        getItemOrNullObject: (n: string) => {
          ctx.requires("1.4", "names.getItemOrNullObject");
          const l = loadable(() => ({ isNullObject: !wb.names.has(n) }));
          ctx.track(l, "isNullObject");
          return {
            get isNullObject() {
              return read<boolean>(l, "isNullObject", "NamedItem");
            },
            delete: () =>
              ctx.queue(() => {
                if (!wb.names.delete(n)) throw new FakeOfficeError("ItemNotFound", n);
              }),
          };
        },
      },
      get notes() {
        return collection(ctx, wb.notes, wb.comments, "1.18", "notes");
      },
      get comments() {
        return collection(ctx, wb.comments, wb.notes, "1.10", "comments");
      },
    };
  };
  const run = async <T>(
    fn: (context: Excel.RequestContext) => Promise<T>,
    reuse?: Excel.RequestContext,
  ): Promise<T> => {
    let ctx: FakeContext;
    if (reuse) {
      // Excel.run(object.context, batch): re-enters the context the object was made in.
      ctx = reuse as unknown as FakeContext;
      if (!owned.has(ctx)) throw new FakeOfficeError("InvalidArgument", "context of another host");
      ctx.finished = false;
      if (!contexts.includes(ctx)) contexts.push(ctx);
    } else {
      ctx = new FakeContext(wb, prof, options);
      contexts.push(ctx);
      owned.add(ctx);
      (ctx as unknown as { workbook: unknown }).workbook = buildWorkbook(ctx);
    }
    try {
      const result = await fn(ctx as unknown as Excel.RequestContext);
      // Excel.run flushes what is still queued when the batch function returns.
      if (ctx.unsynced) {
        unsyncedRuns++;
        await ctx.sync();
        ctx.syncs--; // the implicit flush is not a sync the adapter asked for…
        implicitFlushes++; // …but it is counted separately
      }
      return result;
    } finally {
      maxBytes = Math.max(maxBytes, ctx.lastResponseBytes);
      ctx.finished = true;
    }
  };
  return {
    profile: prof,
    env: {
      run,
      // Office.context.requirements.isSetSupported: answered by the profile ("1.1" when no version is given).
      isSetSupported: (name: string, v?: string) =>
        prof.sets[name] !== undefined && cmpVersion(v ?? "1.1", prof.sets[name]) <= 0,
      diagnostics: () => ({ version: prof.version, platform: prof.platform }),
    },
    syncs: () => contexts.reduce((n, c) => n + c.syncs, 0),
    /** Excel.run batches that returned with writes still queued (a bug: the adapter forgot a sync). */
    unsyncedRuns: () => unsyncedRuns,
    implicitFlushes: () => implicitFlushes,
    reset: () => (contexts.length = 0),
    maxResponseBytes: () => maxBytes,
  };
}
