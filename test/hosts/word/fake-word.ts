/**
 * A strict fake of the Word objects the adapter uses: a body of paragraphs and tables (cells are objects, so their
 * formatting moves with them when rows are inserted), a cursor, comments and content controls. Each rule follows the
 * Office.js reference page named beside it; when the reference leaves a case open the fake rejects.
 *
 * - Batching (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model, "sync()"): every write
 *   and every load is queued and runs, in order, at context.sync(); nothing changes in the document before that.
 * - PropertyNotLoaded (…/develop/application-specific-api-model "load()", OfficeExtension.ErrorCodes): reading a
 *   scalar property of a proxy that was not loaded and synced throws.
 * - InvalidObjectPath (…/develop/application-specific-api-model "Word.run"): proxies of a finished run are unusable.
 * - ApiNotFound (…/develop/specify-office-hosts-and-api-requirements): a member of a requirement set the host profile
 *   lacks fails at the next sync; isSetSupported answers from the same profile (WORD_PROFILES).
 * - Word.Font.highlightColor (javascript/api/word/word.font): reads "#RRGGBB", "" for mixed, null for none; only the
 *   15 default highlight colours exist on Windows desktop, any other is converted to the closest.
 */

export type Highlight = string | null;
export interface Font {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  /** One colour for the whole range, or one per run (a mixed highlight). */
  highlightColor?: Highlight | Highlight[];
}
export interface Control {
  id: number;
  type: string;
  tag?: string;
  title?: string;
  appearance?: string;
  color?: string;
  items: string[];
}
export interface Cell {
  text: string;
  font: Font;
  controls: Control[];
  /** Tables inserted inside this cell (Word nests a table inserted at a position inside a cell). */
  nested: Table[];
  width?: number;
}
export interface Row {
  cells: Cell[];
  font: Font;
  align?: string;
}
export interface Para {
  kind: "p";
  text: string;
  font: Font;
  alignment?: string;
  controls: Control[];
}
export class Table {
  readonly kind = "table" as const;
  rows: Row[];
  font: Font = {};
  headerRowCount = 0;
  borders = new Map<string, { type?: string; width?: number; color?: string }>();
  horizontalAlignment?: string;
  constructor(values: string[][]) {
    this.rows = values.map((r) => ({ cells: r.map(newCell), font: {} }));
  }
  get values(): string[][] {
    return this.rows.map((r) => r.cells.map((c) => c.text));
  }
  cell(r: number, c: number): Cell {
    return this.rows[r].cells[c];
  }
  get widths(): number[] {
    return this.rows[0]?.cells.map((c) => c.width ?? 0) ?? [];
  }
  /** What a user typing into the table does: a new row before `at`. */
  insertRowByUser(at: number, values: string[]): void {
    this.rows.splice(at, 0, { cells: values.map(newCell), font: {} });
  }
}
export type Block = Para | Table;

const newCell = (text: string): Cell => ({ text, font: {}, controls: [], nested: [] });
export const newPara = (text: string): Para => ({ kind: "p", text, font: {}, controls: [] });

/** Word.Font.highlightColor: the 15 default highlight colours of Word on Windows desktop. */
export const WORD_HIGHLIGHTS: Record<string, string> = {
  Yellow: "#FFFF00",
  Lime: "#00FF00",
  Turquoise: "#00FFFF",
  Pink: "#FF00FF",
  Blue: "#0000FF",
  Red: "#FF0000",
  DarkBlue: "#000080",
  Teal: "#008080",
  Green: "#008000",
  Purple: "#800080",
  DarkRed: "#800000",
  Olive: "#808000",
  Gray: "#808080",
  LightGray: "#C0C0C0",
  Black: "#000000",
};

/** Any other colour "is converted to the closest color when applied to the font" (Word.Font.highlightColor). */
export function toSupportedHighlight(v: string): string {
  const named = Object.entries(WORD_HIGHLIGHTS).find(([n]) => n.toLowerCase() === v.toLowerCase());
  if (named) return named[1];
  const m = /^#([0-9a-f]{6})$/i.exec(v);
  if (!m) throw officeError("InvalidArgument", `highlightColor "${v}" is neither #RRGGBB nor a colour name`);
  const rgb = (h: string) => [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
  const want = rgb(m[1]);
  const dist = (hex: string) => rgb(hex.slice(1)).reduce((s, x, i) => s + (x - want[i]) ** 2, 0);
  return Object.values(WORD_HIGHLIGHTS).reduce((a, b) => (dist(b) < dist(a) ? b : a));
}

export function readHighlight(f: Font): Highlight {
  const h = f.highlightColor;
  if (Array.isArray(h)) return new Set(h).size > 1 ? "" : (h[0] ?? null);
  return h ?? null;
}

export function officeError(code: string, message: string): Error {
  return Object.assign(new Error(`${code}: ${message}`), { code, name: "RichApi.Error" });
}

/**
 * Word host profiles: the requirement sets each really supports (Word JavaScript API requirement sets,
 * learn.microsoft.com/javascript/api/requirement-sets/word/word-api-requirement-sets): volume-licensed Office 2016
 * has WordApi 1.1 only; Office 2019 and Office 2021 WordApi 1.1–1.3 (+ WordApiHiddenDocument 1.3); Office 2024
 * WordApi 1.1–1.8; Microsoft 365 current and Word on the web WordApi 1.1–1.9 (the web adds WordApiOnline 1.1).
 */
export const WORD_PROFILES = {
  "word-2016": { name: "Word 2016", platform: "PC", version: "16.0.4266.1001", sets: { WordApi: 1 } },
  "word-2019": {
    name: "Word 2019",
    platform: "PC",
    version: "16.0.10827.20138",
    sets: { WordApi: 3, WordApiHiddenDocument: 3 },
  },
  "word-2021": {
    name: "Word 2021",
    platform: "PC",
    version: "16.0.14332.20481",
    sets: { WordApi: 3, WordApiHiddenDocument: 3 },
  },
  "word-2024": {
    name: "Word 2024",
    platform: "PC",
    version: "16.0.17932.20162",
    sets: { WordApi: 8, WordApiHiddenDocument: 5, WordApiDesktop: 1 },
  },
  "word-365": {
    name: "Microsoft 365",
    platform: "PC",
    version: "16.0.18227.20152",
    sets: { WordApi: 9, WordApiHiddenDocument: 5, WordApiDesktop: 1 },
  },
  "word-web": {
    name: "Word on the web",
    platform: "OfficeOnline",
    version: "16.0.18300.40000",
    sets: { WordApi: 9, WordApiOnline: 1 },
  },
} as const;
export type WordProfileId = keyof typeof WORD_PROFILES;
/** The profiles the pane must work in (the matrix); word-2016 and word-2024 are extra. */
export const PANE_PROFILES: WordProfileId[] = ["word-2019", "word-2021", "word-365", "word-web"];

export class FakeDocument {
  blocks: Block[] = [];
  comments: { content: string; at: string; id: string }[] = [];
  /** Every highlight colour the adapter asked for, before conversion. */
  highlightRequests: string[] = [];
  private nextId = 1;
  newId(): number {
    return this.nextId++;
  }
  /** Cursor: block index and, inside a table, the cell. */
  cursor: { block: number; row?: number; col?: number } = { block: 0 };
  selected: string | null = null;
  constructor(grid: string[][] = []) {
    let i = 0;
    while (i < grid.length) {
      if (grid[i].length > 1) {
        const rows: string[][] = [];
        while (i < grid.length && grid[i].length > 1) rows.push(grid[i++]);
        const w = Math.max(...rows.map((r) => r.length));
        this.blocks.push(new Table(rows.map((r) => [...r, ...new Array(w - r.length).fill("")])));
      } else this.blocks.push(newPara(grid[i++][0] ?? ""));
    }
    if (!this.blocks.length) this.blocks.push(newPara(""));
  }
  tables(): Table[] {
    return this.blocks.filter((b): b is Table => b.kind === "table");
  }
  /** Everything the user can see or Word saves: text, formatting, controls, comments. */
  snapshot(): string {
    const clean = (f: Font) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== null && v !== undefined));
    const cell = (c: Cell) => ({ ...c, font: clean(c.font), nested: c.nested.map(table) });
    const table = (t: Table): unknown => ({
      rows: t.rows.map((r) => ({ ...r, font: clean(r.font), cells: r.cells.map(cell) })),
      font: clean(t.font),
      h: t.headerRowCount,
      b: [...t.borders],
      a: t.horizontalAlignment,
    });
    return JSON.stringify({
      blocks: this.blocks.map((b) => (b.kind === "p" ? { ...b, font: clean(b.font) } : table(b))),
      comments: this.comments,
    });
  }
}

type Target =
  { kind: "para"; para: Para } | { kind: "cell"; table: Table; row: Row; cell: Cell } | { kind: "selection" };

class Ctx {
  syncs = 0;
  done = false;
  queue: (() => void)[] = [];
  failure: Error | null = null;
  constructor(
    readonly doc: FakeDocument,
    readonly sets: Record<string, number>,
  ) {}
  /** A member of `set` (e.g. "WordApi 1.3"); unsupported → ApiNotFound at the next sync. */
  need(set: string): void {
    this.alive();
    const [name, v] = set.split(" ");
    if ((this.sets[name] ?? 0) < Number(v.split(".")[1]))
      this.failure ??= officeError("ApiNotFound", `${set} is not supported by this Word`);
  }
  alive(): void {
    if (this.done) throw officeError("InvalidObjectPath", "a proxy of a finished Word.run was used");
  }
  private flushing = false;
  later(op: () => void): void {
    this.alive();
    if (this.flushing)
      op(); // loads queued by a collection load while the batch runs belong to that batch
    else this.queue.push(op);
  }
  async sync(): Promise<void> {
    this.alive();
    this.syncs++;
    const ops = this.queue;
    this.queue = [];
    if (this.failure) {
      const f = this.failure;
      this.failure = null;
      throw f;
    }
    this.flushing = true;
    try {
      for (const op of ops) op();
    } finally {
      this.flushing = false;
    }
  }
}

/** A loadable proxy: scalar properties readable only after load + sync (PropertyNotLoaded otherwise). */
function loadable<T extends object>(
  ctx: Ctx,
  props: Record<string, () => unknown>,
  extra: T,
): T & { load(p?: string | string[]): unknown; isNullObject: boolean } {
  const values = new Map<string, unknown>();
  const obj = extra as T & { load(p?: string | string[]): unknown; isNullObject: boolean };
  Object.defineProperty(obj, "load", {
    value(p?: string | string[]) {
      ctx.alive();
      const names = (Array.isArray(p) ? p : String(p ?? "").split(",")).map((s) => s.trim()).filter(Boolean);
      for (const n of names) if (!(n in props)) throw new Error(`fake Word: loading unknown property "${n}"`);
      ctx.later(() => {
        const isNull = props.isNullObject ? Boolean(props.isNullObject()) : false;
        values.set("isNullObject", isNull);
        // A null object's other properties stay unreadable (…OrNullObject methods, "isNullObject").
        if (!isNull) for (const n of names) values.set(n, props[n]());
      });
      return obj;
    },
  });
  for (const name of [...Object.keys(props), "isNullObject"]) {
    if (name in obj) continue;
    Object.defineProperty(obj, name, {
      get() {
        ctx.alive();
        if (!values.has(name)) throw officeError("PropertyNotLoaded", `"${name}" read before load() and sync()`);
        return values.get(name);
      },
      configurable: true,
    });
  }
  return obj;
}

/** A collection: `items` (and their properties "items/x") readable only after load + sync. */
function collection<P>(ctx: Ctx, list: () => P[], loadItem: (item: P, props: string[]) => void) {
  let items: P[] | null = null;
  const c = {
    load(p: string | string[] = "items") {
      ctx.alive();
      const props = (Array.isArray(p) ? p : p.split(","))
        .map((s) => s.trim())
        .filter((s) => s.startsWith("items/"))
        .map((s) => s.slice(6));
      ctx.later(() => {
        items = list();
        for (const it of items) if (props.length) loadItem(it, props);
      });
      return c;
    },
    get items(): P[] {
      ctx.alive();
      if (!items) throw officeError("PropertyNotLoaded", "collection items read before load() and sync()");
      return items;
    },
  };
  return c;
}

export function makeWord(doc: FakeDocument, profile: WordProfileId | string = "word-365") {
  const p = (WORD_PROFILES as Record<string, { sets: Record<string, number> }>)[profile];
  // Older tests name a WordApi version ("1.4"): a profile with WordApi 1.1–1.N.
  const sets: Record<string, number> = p ? { ...p.sets } : { WordApi: Number(String(profile).split(".")[1]) };
  const contexts: Ctx[] = [];
  const run = async <T>(fn: (context: Word.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new Ctx(doc, sets);
    contexts.push(ctx);
    try {
      const out = await fn(wordContext(ctx) as unknown as Word.RequestContext);
      if (ctx.queue.length) throw new Error("fake Word: commands queued after the last sync() were never sent");
      return out;
    } finally {
      ctx.done = true;
    }
  };
  const isSetSupported = (name: string, version: string) =>
    (sets[name] ?? 0) >= Number(String(version).split(".")[1] ?? 0);
  return {
    env: { run, isSetSupported },
    sets,
    syncs: () => contexts.reduce((n, c) => n + c.syncs, 0),
    reset: () => (contexts.length = 0),
  };
}

// ---- object model -------------------------------------------------------------------------------------------------

function wordContext(ctx: Ctx) {
  const doc = ctx.doc;
  const paragraphs = collection(
    ctx,
    () => allParagraphs(ctx),
    (it, props) => it.load(props.join(",")),
  );
  const tables = collection(
    ctx,
    () => doc.tables().map((t) => tableProxy(ctx, () => t)),
    (it, props) => it.load(props.join(",")),
  );
  const comments = collection(
    ctx,
    () => doc.comments.map((c) => commentProxy(ctx, c)),
    (it, props) => it.load(props.join(",")),
  );
  const controls = collection(
    ctx,
    () => allControls(doc).map(({ control, owner }) => controlProxy(ctx, control, owner)),
    (it, props) => it.load(props.join(",")),
  );
  const body = {
    get paragraphs() {
      ctx.need("WordApi 1.1"); // Word.Body.paragraphs
      return paragraphs;
    },
    get tables() {
      ctx.need("WordApi 1.3"); // Word.Body.tables
      return tables;
    },
    get contentControls() {
      ctx.need("WordApi 1.1"); // Word.Body.contentControls
      return controls;
    },
    getComments() {
      ctx.need("WordApi 1.4"); // Word.Body.getComments
      return comments;
    },
    insertParagraph(text: string, w: string) {
      ctx.need("WordApi 1.1"); // Word.Body.insertParagraph: "Start" or "End"
      if (w !== "Start" && w !== "End") throw officeError("InvalidArgument", "Body.insertParagraph takes Start or End");
      const para = newPara(text);
      ctx.later(() => (w === "End" ? doc.blocks.push(para) : doc.blocks.unshift(para)));
      return paraProxy(ctx, () => para, 0);
    },
  };
  return {
    sync: () => ctx.sync(),
    document: {
      body,
      getSelection() {
        ctx.need("WordApi 1.1"); // Word.Document.getSelection
        return rangeProxy(ctx, () => selectionTarget(doc));
      },
    },
  };
}

function selectionTarget(doc: FakeDocument): Target {
  const b = doc.blocks[doc.cursor.block];
  if (b?.kind === "table" && doc.cursor.row !== undefined)
    return { kind: "cell", table: b, row: b.rows[doc.cursor.row], cell: b.cell(doc.cursor.row, doc.cursor.col ?? 0) };
  if (b?.kind === "p") return { kind: "para", para: b };
  throw new Error("fake Word: cursor outside the document");
}

function allParagraphs(ctx: Ctx) {
  const out: ReturnType<typeof paraProxy>[] = [];
  for (const b of ctx.doc.blocks) {
    if (b.kind === "p") out.push(paraProxy(ctx, () => b, 0));
    else
      for (const row of b.rows)
        for (const cell of row.cells)
          out.push(
            paraProxy(
              ctx,
              () => ({ kind: "p", text: cell.text, font: cell.font, controls: cell.controls }) as Para,
              1,
              { kind: "cell", table: b, row, cell },
            ),
          );
  }
  return out;
}

function allControls(doc: FakeDocument) {
  const out: { control: Control; owner: Target }[] = [];
  for (const b of doc.blocks) {
    if (b.kind === "p") b.controls.forEach((control) => out.push({ control, owner: { kind: "para", para: b } }));
    else
      for (const row of b.rows)
        for (const cell of row.cells)
          cell.controls.forEach((control) => out.push({ control, owner: { kind: "cell", table: b, row, cell } }));
  }
  return out;
}

const textOf = (t: Target, doc: FakeDocument) =>
  t.kind === "para"
    ? t.para
    : t.kind === "cell"
      ? t.cell
      : ((selectionTarget(doc) as { para?: Para; cell?: Cell }).para ?? (selectionTarget(doc) as { cell: Cell }).cell);
const keyOf = (t: Target, doc: FakeDocument): string =>
  t.kind === "para"
    ? `p${doc.blocks.indexOf(t.para)}`
    : t.kind === "cell"
      ? `t${doc.tables().indexOf(t.table)}:${t.table.rows.indexOf(t.row)}:${t.row.cells.indexOf(t.cell)}`
      : keyOf(selectionTarget(doc), doc);
const resolve = (t: Target, doc: FakeDocument): Target => (t.kind === "selection" ? selectionTarget(doc) : t);

function fontProxy(ctx: Ctx, font: () => Font) {
  let loaded: { v: Highlight } | null = null;
  const set = (k: keyof Font, v: unknown) => ctx.later(() => void ((font() as Record<string, unknown>)[k] = v));
  const f = {
    load(p: string) {
      ctx.alive();
      if (String(p).trim() !== "highlightColor") throw new Error(`fake Word: loading unknown font property "${p}"`);
      ctx.later(() => (loaded = { v: readHighlight(font()) }));
      return f;
    },
    get highlightColor(): Highlight {
      ctx.alive();
      if (!loaded) throw officeError("PropertyNotLoaded", '"highlightColor" read before load() and sync()');
      return loaded.v;
    },
    set highlightColor(v: Highlight) {
      // Word.Font.highlightColor: "#RRGGBB" or a colour name; null removes it. Anything else (e.g. "") is rejected.
      if (v === null) set("highlightColor", null);
      else {
        ctx.doc.highlightRequests.push(v);
        set("highlightColor", toSupportedHighlight(v));
      }
    },
    set name(v: string) {
      set("name", v);
    },
    set size(v: number) {
      set("size", v);
    },
    set bold(v: boolean) {
      set("bold", v);
    },
    set italic(v: boolean) {
      set("italic", v);
    },
  };
  return f;
}

function rangeProxy(ctx: Ctx, target: () => Target): Record<string, unknown> {
  const doc = ctx.doc;
  const where = (w: string) => {
    if (w !== "After" && w !== "Before")
      throw officeError("InvalidArgument", `insert location "${w}" is not accepted here`);
  };
  let font: ReturnType<typeof fontProxy> | null = null; // a navigation property returns the same proxy each time
  return loadable(
    ctx,
    { text: () => textOf(resolve(target(), doc), doc).text },
    {
      get font() {
        ctx.need("WordApi 1.1"); // Word.Range.font
        return (font ??= fontProxy(ctx, () => textOf(resolve(target(), doc), doc).font));
      },
      get parentTableOrNullObject() {
        ctx.need("WordApi 1.3"); // Word.Range.parentTableOrNullObject
        return tableProxy(ctx, () => {
          const t = resolve(target(), doc);
          return t.kind === "cell" ? t.table : null;
        });
      },
      get parentTableCellOrNullObject() {
        ctx.need("WordApi 1.3"); // Word.Range.parentTableCellOrNullObject
        return cellProxy(ctx, () => {
          const t = resolve(target(), doc);
          return t.kind === "cell" ? t : null;
        });
      },
      select() {
        ctx.need("WordApi 1.1"); // Word.Range.select
        ctx.later(() => (doc.selected = keyOf(target(), doc)));
      },
      getRange() {
        return rangeProxy(ctx, target);
      },
      insertParagraph(text: string, w: string) {
        ctx.need("WordApi 1.1"); // Word.Range.insertParagraph
        where(w);
        return insertParagraphAt(ctx, target, text, w);
      },
      insertTable(rows: number, cols: number, w: string, values: string[][]) {
        ctx.need("WordApi 1.3"); // Word.Range.insertTable: inside a table cell Word nests the new table in that cell
        where(w);
        return insertTableAt(ctx, target, rows, cols, w, values);
      },
      insertComment(text: string) {
        ctx.need("WordApi 1.4"); // Word.Range.insertComment
        const c = { content: text, at: "", id: "" };
        ctx.later(() => {
          c.at = keyOf(target(), doc);
          c.id = `c${doc.newId()}`;
          doc.comments.push(c);
        });
        return commentProxy(ctx, c);
      },
      insertContentControl(type?: string) {
        ctx.need(type && type !== "RichText" ? "WordApi 1.9" : "WordApi 1.1"); // Word.Range.insertContentControl(type)
        const control: Control = { id: doc.newId(), type: type ?? "RichText", items: [] };
        ctx.later(() => textOf(resolve(target(), doc), doc).controls.push(control));
        return controlProxy(ctx, control, target());
      },
    },
  );
}

function insertParagraphAt(ctx: Ctx, target: () => Target, text: string, w: string) {
  const doc = ctx.doc;
  const para = newPara(text);
  ctx.later(() => {
    const t = resolve(target(), doc);
    if (t.kind === "cell")
      t.cell.text = w === "After" ? `${t.cell.text}\n${text}` : `${text}\n${t.cell.text}`; // stays inside the cell
    else
      doc.blocks.splice(
        doc.blocks.indexOf(t.kind === "para" ? t.para : (t as never)) + (w === "After" ? 1 : 0),
        0,
        para,
      );
  });
  return paraProxy(ctx, () => para, 0);
}

function insertTableAt(
  ctx: Ctx,
  target: () => Target | Table,
  rows: number,
  cols: number,
  w: string,
  values: string[][],
) {
  const doc = ctx.doc;
  if (values.length !== rows || values.some((r) => r.length !== cols))
    throw officeError("InvalidArgument", "values do not match rowCount × columnCount");
  const table = new Table(values);
  ctx.later(() => {
    const t0 = target();
    if (t0 instanceof Table) {
      doc.blocks.splice(doc.blocks.indexOf(t0) + (w === "After" ? 1 : 0), 0, table);
      return;
    }
    const t = resolve(t0, doc);
    if (t.kind === "cell") t.cell.nested.push(table);
    else doc.blocks.splice(doc.blocks.indexOf((t as { para: Para }).para) + (w === "After" ? 1 : 0), 0, table);
  });
  return tableProxy(ctx, () => table);
}

function paraProxy(ctx: Ctx, para: () => Para, nesting: number, cell?: Target) {
  const target = (): Target => cell ?? { kind: "para", para: para() };
  let range: Record<string, unknown> | null = null; // made on first use: a body may hold 100,000 paragraphs
  const base = () => (range ??= rangeProxy(ctx, target));
  return loadable(
    ctx,
    { text: () => para().text, tableNestingLevel: () => nesting },
    {
      get font() {
        return base().font;
      },
      set alignment(a: string) {
        ctx.later(() => void (para().alignment = a)); // Word.Paragraph.alignment (WordApi 1.1)
      },
      getRange() {
        ctx.need("WordApi 1.3"); // Word.Paragraph.getRange
        return rangeProxy(ctx, target);
      },
      insertParagraph(text: string, w: string) {
        return (base().insertParagraph as (t: string, w: string) => unknown)(text, w);
      },
      insertTable(rows: number, cols: number, w: string, values: string[][]) {
        ctx.need("WordApi 1.3"); // Word.Paragraph.insertTable
        return insertTableAt(ctx, target, rows, cols, w, values);
      },
      insertContentControl(type?: string) {
        return (base().insertContentControl as (t?: string) => unknown)(type);
      },
      delete() {
        ctx.need("WordApi 1.1"); // Word.Paragraph.delete
        ctx.later(() => {
          const i = ctx.doc.blocks.indexOf(para());
          if (i < 0) throw officeError("ItemNotFound", "the paragraph is not in the body");
          ctx.doc.blocks.splice(i, 1);
        });
      },
    },
  );
}

function tableProxy(ctx: Ctx, table: () => Table | null) {
  const t = () => {
    const x = table();
    if (!x) throw officeError("InvalidObjectPath", "a null object was used");
    return x;
  };
  const need = () => ctx.need("WordApi 1.3"); // Word.Table (every member: WordApi 1.3)
  let font: ReturnType<typeof fontProxy> | null = null;
  return loadable(
    ctx,
    { values: () => t().values, rowCount: () => t().rows.length, isNullObject: () => !table() },
    {
      get font() {
        need();
        return (font ??= fontProxy(ctx, () => t().font));
      },
      set headerRowCount(n: number) {
        need();
        ctx.later(() => void (t().headerRowCount = n));
      },
      set horizontalAlignment(a: string) {
        need();
        ctx.later(() => void (t().horizontalAlignment = a));
      },
      getBorder(b: string) {
        need();
        const border: Record<string, unknown> = {};
        for (const k of ["type", "width", "color"])
          Object.defineProperty(border, k, {
            set: (v) => ctx.later(() => void t().borders.set(b, { ...t().borders.get(b), [k]: v })),
          });
        return border;
      },
      getCell(r: number, c: number) {
        need();
        return cellProxy(ctx, () => {
          const x = t();
          if (!x.rows[r]?.cells[c]) throw officeError("ItemNotFound", `no cell ${r},${c}`);
          return { kind: "cell", table: x, row: x.rows[r], cell: x.cell(r, c) };
        });
      },
      insertTable(rows: number, cols: number, w: string, values: string[][]) {
        need();
        if (w !== "After" && w !== "Before")
          throw officeError("InvalidArgument", "Table.insertTable takes Before or After");
        return insertTableAt(ctx, t, rows, cols, w, values);
      },
      insertParagraph(text: string, w: string) {
        need();
        const para = newPara(text);
        ctx.later(() => ctx.doc.blocks.splice(ctx.doc.blocks.indexOf(t()) + (w === "After" ? 1 : 0), 0, para));
        return paraProxy(ctx, () => para, 0);
      },
      delete() {
        need();
        ctx.later(() => ctx.doc.blocks.splice(ctx.doc.blocks.indexOf(t()), 1));
      },
    },
  );
}

function cellProxy(ctx: Ctx, at: () => (Target & { kind: "cell" }) | null) {
  const need = () => ctx.need("WordApi 1.3"); // Word.TableCell / Word.TableRow (WordApi 1.3)
  const c = () => {
    const x = at();
    if (!x) throw officeError("InvalidObjectPath", "a null object was used");
    return x;
  };
  return loadable(
    ctx,
    {
      rowIndex: () => c().table.rows.indexOf(c().row),
      cellIndex: () => c().row.cells.indexOf(c().cell),
      isNullObject: () => !at(),
    },
    {
      get body() {
        need();
        return rangeProxy(ctx, c); // Word.Body of the cell: the members used here behave as on its range
      },
      set value(v: string) {
        need();
        ctx.later(() => void (c().cell.text = v));
      },
      set columnWidth(w: number) {
        need();
        ctx.later(() =>
          c().table.rows.forEach(
            (row) =>
              row.cells[c().row.cells.indexOf(c().cell)] && (row.cells[c().row.cells.indexOf(c().cell)].width = w),
          ),
        );
      },
      get parentRow() {
        need();
        return {
          get font() {
            return fontProxy(ctx, () => c().row.font);
          },
          set horizontalAlignment(a: string) {
            ctx.later(() => void (c().row.align = a));
          },
          insertRows(w: string, n: number, values: string[][]) {
            if (values.length !== n) throw officeError("InvalidArgument", "values do not match rowCount");
            ctx.later(() => {
              const x = c();
              const i = x.table.rows.indexOf(x.row) + (w === "After" ? 1 : 0);
              x.table.rows.splice(i, 0, ...values.map((v) => ({ cells: v.map(newCell), font: {} })));
            });
          },
        };
      },
    },
  );
}

function commentProxy(ctx: Ctx, c: { content: string; id: string }) {
  ctx.need("WordApi 1.4"); // Word.Comment
  return loadable(
    ctx,
    { content: () => c.content, id: () => c.id },
    {
      delete() {
        ctx.later(() => {
          const i = ctx.doc.comments.indexOf(c as never);
          if (i >= 0) ctx.doc.comments.splice(i, 1);
        });
      },
    },
  );
}

function controlProxy(ctx: Ctx, control: Control, owner: Target) {
  const doc = ctx.doc;
  const host = () => textOf(resolve(owner, doc), doc);
  const setter = (k: "tag" | "title" | "appearance" | "color") => ({
    set: (v: string) => ctx.later(() => void (control[k] = v)),
  });
  const proxy = loadable(
    ctx,
    { id: () => control.id, tag: () => control.tag ?? "", title: () => control.title ?? "" },
    {
      get dropDownListContentControl() {
        ctx.need("WordApi 1.9"); // Word.ContentControl.dropDownListContentControl
        return { addListItem: (text: string) => ctx.later(() => void control.items.push(text)) };
      },
      /**
       * Word.ContentControl.getRange (WordApi 1.3; learn.microsoft.com/javascript/api/word/word.contentcontrol#word-word-contentcontrol-getrange-member(1)).
       * Word 2016 (WordApi 1.1) has it not: the sync fails with ApiNotFound.
       */
      getRange() {
        ctx.need("WordApi 1.3");
        return rangeProxy(ctx, () => owner);
      },
      /** Word.ContentControl.font (WordApi 1.1): the font of the control's content. */
      get font() {
        ctx.need("WordApi 1.1");
        return rangeProxy(ctx, () => owner).font;
      },
      /** Word.ContentControl.delete(keepContent) (WordApi 1.1). */
      delete(keepContent: boolean) {
        ctx.later(() => {
          const h = host();
          h.controls.splice(h.controls.indexOf(control), 1);
          if (!keepContent) h.text = "";
        });
      },
    },
  );
  for (const k of ["tag", "title", "appearance", "color"] as const) {
    const get = Object.getOwnPropertyDescriptor(proxy, k)?.get;
    Object.defineProperty(proxy, k, { ...setter(k), get, configurable: true });
  }
  return proxy;
}
