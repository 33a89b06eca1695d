/* eslint-disable @typescript-eslint/no-this-alias -- getter objects of the fake need the proxy they stand for */
/**
 * A hand-written fake of the Excel objects the adapter uses. As in Office.js, writes are queued and applied in order
 * at context.sync(), and reads of loaded properties throw unless load() was followed by context.sync().
 * Every sync is counted.
 */
type Fmt = Record<string, unknown>;
interface Cell {
  value: unknown;
  fmt: Fmt;
}

const colIndex = (letters: string) => letters.split("").reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0) - 1;
function parseAddress(a: string): { sheet: string | null; r0: number; c0: number; r1: number; c1: number } {
  const m = /^(?:'?([^'!]+)'?!)?\$?([A-Z]+)?\$?(\d+)?(?::\$?([A-Z]+)?\$?(\d+)?)?$/.exec(a);
  if (!m) throw new Error(`bad address ${a}`);
  const c0 = m[2] ? colIndex(m[2]) : 0;
  const r0 = m[3] ? Number(m[3]) - 1 : 0;
  const ranged = m[4] !== undefined || m[5] !== undefined;
  const c1 = ranged ? (m[4] ? colIndex(m[4]) : 16383) : m[2] ? c0 : 16383;
  const r1 = ranged ? (m[5] ? Number(m[5]) - 1 : 1048575) : m[3] ? r0 : 1048575;
  return { sheet: m[1] ?? null, r0, c0, r1: Math.max(r0, r1), c1: Math.max(c0, c1) };
}

export class FakeContext {
  syncs = 0;
  private pending: { loaded: boolean }[] = [];
  private ops: (() => void)[] = [];
  constructor(public workbook: FakeWorkbook) {}
  track(p: { loaded: boolean }) {
    this.pending.push(p);
  }
  /** Queues a write; it reaches the workbook at the next sync. */
  queue(op: () => void) {
    this.ops.push(op);
  }
  /** Writes queued but not yet synced (a write left without a sync would be lost in Office). */
  get unsynced() {
    return this.ops.length;
  }
  async sync() {
    this.syncs++;
    const ops = this.ops;
    this.ops = [];
    for (const op of ops) op();
    for (const p of this.pending) p.loaded = true;
    this.pending = [];
  }
}

export class FakeConditionalFormat {
  loaded = false;
  custom = { rule: { formula: "" }, format: { fill: { color: "" } } };
  constructor(public type: string, private list: FakeConditionalFormat[], public ctx: FakeContext) {}
  get customOrNullObject() {
    const self = this;
    const o = {
      loaded: false,
      get isNullObject() {
        return self.type !== "Custom";
      },
      load() {
        self.ctx.track(o);
        return o;
      },
      get rule() {
        if (!o.loaded) throw new Error("custom.rule read before load+sync");
        return self.custom.rule;
      },
    };
    return o;
  }
  delete() {
    this.ctx.queue(() => this.list.splice(this.list.indexOf(this), 1));
  }
}

export class FakeSheet {
  cells = new Map<string, Cell>();
  cfs: FakeConditionalFormat[] = [];
  visibility = "Visible";
  frozenRows = 0;
  pageLayout = { orientation: "Portrait", paperSize: "Letter", printTitleRows: "", setPrintTitleRows: (a: string) => (this.pageLayout.printTitleRows = a) };
  validations = new Map<string, unknown>();
  /** Merged areas as 0-based inclusive boxes (set by tests, as a user's merge would). */
  merged: { r0: number; c0: number; r1: number; c1: number }[] = [];
  columnWidths = new Map<number, number>();
  handlers: ((e: unknown) => unknown)[] = [];
  constructor(public name: string, public wb: FakeWorkbook) {}
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
  /** Sets values as a user would (no event). */
  setValues(r0: number, c0: number, rows: unknown[][]) {
    rows.forEach((row, r) => row.forEach((v, c) => (this.cell(r0 + r, c0 + c).value = v)));
  }
  used(): { r0: number; c0: number; r1: number; c1: number } | null {
    let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
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
    });
  }
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  names = new Map<string, string>();
  notes: { address: string; content: string; deleted?: boolean }[] = [];
  comments: { address: string; content: string }[] = [];
  active = 0;
  selection = { sheet: "", address: "A1" };
  constructor(sheetNames = ["Sheet1"]) {
    for (const n of sheetNames) this.sheets.push(new FakeSheet(n, this));
    this.selection.sheet = sheetNames[0];
  }
  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`ItemNotFound: ${name}`);
    return s;
  }
  snapshot() {
    return JSON.stringify({ sheets: this.sheets.map((s) => [s.name, s.snapshot()]), names: [...this.names], notes: this.notes, comments: this.comments });
  }
}

class RangeProxy {
  loaded = false;
  isNullObject = false;
  constructor(private ctx: FakeContext, private sheet: FakeSheet, private r0: number, private c0: number, private r1: number, private c1: number) {}
  load() {
    this.ctx.track(this);
    return this;
  }
  private need() {
    if (!this.loaded) throw new Error("property read before load+sync");
  }
  get rowIndex() {
    this.need();
    return this.r0;
  }
  get columnIndex() {
    this.need();
    return this.c0;
  }
  get text(): string[][] {
    this.need();
    const out: string[][] = [];
    for (let r = this.r0; r <= this.r1; r++) {
      const row: string[] = [];
      for (let c = this.c0; c <= this.c1; c++) {
        const v = this.sheet.peek(r, c)?.value;
        row.push(v === undefined || v === null ? "" : typeof v === "number" ? v.toLocaleString("vi-VN") : String(v));
      }
      out.push(row);
    }
    return out;
  }
  set values(rows: unknown[][]) {
    this.ctx.queue(() => {
      rows.forEach((row, r) => row.forEach((v, c) => (this.sheet.cell(this.r0 + r, this.c0 + c).value = v)));
      for (const h of this.sheet.handlers) void h({ source: "Local", address: "", changeType: "RangeEdited" });
    });
  }
  set numberFormat(f: unknown[][]) {
    this.ctx.queue(() => this.each((cell) => (cell.fmt.numberFormat = f[0][0])));
  }
  private each(fn: (cell: Cell) => void) {
    for (let r = this.r0; r <= Math.min(this.r1, this.r0 + 5000); r++) for (let c = this.c0; c <= Math.min(this.c1, this.c0 + 200); c++) fn(this.sheet.cell(r, c));
  }
  get format() {
    const set = (key: string) => (v: unknown) => this.ctx.queue(() => this.each((cell) => (cell.fmt[key] = v)));
    const self = this;
    return {
      set wrapText(v: boolean) { set("wrap")(v); },
      set verticalAlignment(v: string) { set("valign")(v); },
      set horizontalAlignment(v: string) { set("halign")(v); },
      set columnWidth(v: number) { self.ctx.queue(() => { for (let c = self.c0; c <= self.c1; c++) self.sheet.columnWidths.set(c, v); }); },
      font: { set bold(v: boolean) { set("bold")(v); }, set name(v: string) { set("font")(v); }, set size(v: number) { set("size")(v); } },
      fill: { set color(v: string) { set("fill")(v); } },
      borders: { getItem: (edge: string) => ({ set style(v: string) { set(`border.${edge}`)(v); } }) },
    };
  }
  get dataValidation() {
    const key = `${this.r0}:${this.c0}:${this.r1}:${this.c1}`;
    const v = this.sheet.validations;
    const q = (op: () => void) => this.ctx.queue(op);
    return {
      clear: () => q(() => v.delete(key)),
      set rule(rule: unknown) { q(() => v.set(key, { ...(v.get(key) as object), rule })); },
      set errorAlert(a: unknown) { q(() => v.set(key, { ...(v.get(key) as object), errorAlert: a })); },
    };
  }
  get conditionalFormats() {
    const list = this.sheet.cfs;
    const ctx = this.ctx;
    const coll = {
      loaded: false,
      add: (type: string) => {
        const cf = new FakeConditionalFormat(type, list, ctx);
        ctx.queue(() => list.push(cf));
        return cf;
      },
      load() {
        ctx.track(coll);
        return coll;
      },
      get items() {
        if (!coll.loaded) throw new Error("items read before load+sync");
        for (const cf of list) cf.ctx = ctx; // proxies belong to the request context that loaded them
        return [...list];
      },
    };
    return coll;
  }
  /** RangeAreas of the merged areas inside this range (ExcelApi 1.13); `address` lists them comma-separated. */
  getMergedAreasOrNullObject() {
    const inside = this.sheet.merged.filter((m) => m.r0 >= this.r0 && m.c0 >= this.c0 && m.r1 <= this.r1 && m.c1 <= this.c1);
    const letter = (c: number) => String.fromCharCode(65 + c);
    const ctx = this.ctx;
    const sheet = this.sheet.name;
    const areas = {
      loaded: false,
      isNullObject: inside.length === 0,
      load() {
        ctx.track(areas);
        return areas;
      },
      get address() {
        if (!areas.loaded) throw new Error("address read before load+sync");
        return inside.map((m) => `'${sheet}'!${letter(m.c0)}${m.r0 + 1}:${letter(m.c1)}${m.r1 + 1}`).join(", ");
      },
    };
    return areas;
  }
  select() {
    this.ctx.queue(() => (this.sheet.wb.selection = { sheet: this.sheet.name, address: `${String.fromCharCode(65 + this.c0)}${this.r0 + 1}` }));
  }
}

export function makeExcel(wb: FakeWorkbook, maxApi = "1.18") {
  const contexts: FakeContext[] = [];
  let unsyncedRuns = 0;
  let implicitFlushes = 0;
  const sheetProxy = (ctx: FakeContext, s: FakeSheet | null) => {
    const proxy = {
      loaded: false,
      isNullObject: !s,
      get name() {
        if (!proxy.loaded) throw new Error("name read before load+sync");
        return s!.name;
      },
      set visibility(v: string) { ctx.queue(() => (s!.visibility = v)); },
      load() {
        ctx.track(proxy);
        return proxy;
      },
      getRange: (a?: string) => {
        if (!a) return new RangeProxy(ctx, s!, 0, 0, 1048575, 16383);
        const p = parseAddress(a);
        return new RangeProxy(ctx, s!, p.r0, p.c0, p.r1, p.c1);
      },
      getUsedRange: () => {
        const u = s!.used() ?? { r0: 0, c0: 0, r1: 0, c1: 0 };
        return new RangeProxy(ctx, s!, u.r0, u.c0, u.r1, u.c1);
      },
      getUsedRangeOrNullObject: () => {
        const u = s!.used();
        const r = new RangeProxy(ctx, s!, u?.r0 ?? 0, u?.c0 ?? 0, u?.r1 ?? 0, u?.c1 ?? 0);
        r.isNullObject = !u;
        return r;
      },
      freezePanes: { freezeRows: (n: number) => ctx.queue(() => (s!.frozenRows = n)) },
      pageLayout: {
        set orientation(v: string) { ctx.queue(() => (s!.pageLayout.orientation = v)); },
        set paperSize(v: string) { ctx.queue(() => (s!.pageLayout.paperSize = v)); },
        setPrintTitleRows: (a: string) => ctx.queue(() => s!.pageLayout.setPrintTitleRows(a)),
      },
      onChanged: {
        add: (h: (e: unknown) => unknown) => {
          s!.handlers.push(h);
          return { remove: () => s!.handlers.splice(s!.handlers.indexOf(h), 1) };
        },
      },
      activate: () => ctx.queue(() => (wb.active = wb.sheets.indexOf(s!))),
      delete: () => ctx.queue(() => wb.sheets.splice(wb.sheets.indexOf(s!), 1)),
    };
    return proxy;
  };
  const collection = <T extends { content: string }>(ctx: FakeContext, list: T[]) => {
    const coll = {
      loaded: false,
      add: (address: string, content: string) => ctx.queue(() => list.push({ address, content } as unknown as T)),
      load() {
        ctx.track(coll);
        return coll;
      },
      get items() {
        if (!coll.loaded) throw new Error("items read before load+sync");
        return list.map((n) => ({ content: n.content, delete: () => ctx.queue(() => list.splice(list.indexOf(n), 1)) }));
      },
    };
    return coll;
  };
  const run = async <T>(fn: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(wb);
    contexts.push(ctx);
    const workbook = {
      worksheets: {
        getActiveWorksheet: () => sheetProxy(ctx, wb.sheets[wb.active]),
        getItem: (n: string) => sheetProxy(ctx, wb.sheet(n)),
        getItemOrNullObject: (n: string) => sheetProxy(ctx, wb.sheets.find((s) => s.name === n) ?? null),
        add: (n: string) => {
          const s = new FakeSheet(n, wb);
          ctx.queue(() => {
            if (wb.sheets.some((x) => x.name === n)) throw new Error(`ItemAlreadyExists: ${n}`);
            wb.sheets.push(s);
          });
          return sheetProxy(ctx, s);
        },
      },
      getSelectedRange: () => {
        const s = wb.sheet(wb.selection.sheet);
        const p = parseAddress(wb.selection.address);
        return new RangeProxy(ctx, s, p.r0, p.c0, p.r1, p.c1);
      },
      names: {
        add: (n: string) => ctx.queue(() => {
          if (wb.names.has(n)) throw new Error(`ItemAlreadyExists: ${n}`);
          wb.names.set(n, "range");
        }),
        getItemOrNullObject: (n: string) => {
          const item = {
            loaded: false,
            get isNullObject() {
              if (!item.loaded) throw new Error("isNullObject read before sync");
              return !wb.names.has(n);
            },
            delete: () => ctx.queue(() => wb.names.delete(n)),
          };
          ctx.track(item);
          return item;
        },
      },
      notes: collection(ctx, wb.notes),
      comments: collection(ctx, wb.comments),
    };
    (ctx as unknown as { workbook: unknown }).workbook = workbook;
    const result = await fn(ctx as unknown as Excel.RequestContext);
    // Excel.run flushes what is still queued when the batch function returns.
    if (ctx.unsynced) {
      unsyncedRuns++;
      await ctx.sync();
      ctx.syncs--; // the implicit flush is not a sync the adapter asked for…
      implicitFlushes++; // …but it is counted separately
    }
    return result;
  };
  const cmp = (a: string, b: string) => {
    const [a1, a2] = a.split(".").map(Number);
    const [b1, b2] = b.split(".").map(Number);
    return a1 - b1 || a2 - b2;
  };
  return {
    env: { run, isSetSupported: (name: string, v: string) => name === "ExcelApi" && cmp(v, maxApi) <= 0 },
    syncs: () => contexts.reduce((n, c) => n + c.syncs, 0),
    /** Excel.run batches that returned with writes still queued (a bug: the adapter forgot a sync). */
    unsyncedRuns: () => unsyncedRuns,
    implicitFlushes: () => implicitFlushes,
    reset: () => (contexts.length = 0),
  };
}
