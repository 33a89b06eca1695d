/**
 * A hand-written fake of the Word objects the adapter uses: a body of paragraphs and tables, a cursor, comments.
 * Collections' items throw unless loaded and synced; every sync is counted.
 */
export interface Font {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  highlightColor?: string | null;
}
export interface Para {
  kind: "p";
  text: string;
  font: Font;
  alignment?: string;
}
export interface Table {
  kind: "table";
  values: string[][];
  cellFonts: Map<string, Font>;
  rowFonts: Map<number, Font>;
  rowAlign: Map<number, string>;
  font: Font;
  headerRowCount: number;
  borders: Map<string, { type?: string; width?: number; color?: string }>;
  widths: Map<number, number>;
  horizontalAlignment?: string;
  /** Dropdown content controls by "row:col": their list items. */
  controls?: Map<string, { title?: string; tag?: string; items: string[] }>;
}
export type Block = Para | Table;

export class FakeDocument {
  blocks: Block[] = [];
  comments: { content: string; at: string; id?: string }[] = [];
  private nextId = 1;
  addComment(content: string, at: string) {
    const c = { content, at, id: `c${this.nextId++}` };
    this.comments.push(c);
    return { id: c.id, load() { return this; } };
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
        this.blocks.push(newTable(rows.map((r) => [...r, ...new Array(w - r.length).fill("")])));
      } else this.blocks.push({ kind: "p", text: grid[i++][0] ?? "", font: {} });
    }
    if (!this.blocks.length) this.blocks.push({ kind: "p", text: "", font: {} });
  }
  tables(): Table[] {
    return this.blocks.filter((b): b is Table => b.kind === "table");
  }
  /** What the user sees: empty font settings and "no highlight" (null) count as nothing set. */
  snapshot(): string {
    const clean = (f: Font) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== null && v !== undefined));
    const fonts = (m: Map<string | number, Font>) => [...m].map(([k, f]) => [k, clean(f)]).filter(([, f]) => Object.keys(f as object).length).sort();
    return JSON.stringify({ blocks: this.blocks.map((b) => (b.kind === "p" ? { ...b, font: clean(b.font) } : { ...b, cellFonts: fonts(b.cellFonts), rowFonts: fonts(b.rowFonts), borders: [...b.borders], widths: [...b.widths], rowAlign: [...b.rowAlign] })), comments: this.comments });
  }
}

export function newTable(values: string[][]): Table {
  return { kind: "table", values, cellFonts: new Map(), rowFonts: new Map(), rowAlign: new Map(), font: {}, headerRowCount: 0, borders: new Map(), widths: new Map() };
}

class Ctx {
  syncs = 0;
  pending: { loaded: boolean }[] = [];
  track(x: { loaded: boolean }) {
    this.pending.push(x);
  }
  async sync() {
    this.syncs++;
    this.pending.forEach((p) => (p.loaded = true));
    this.pending = [];
  }
}

export function makeWord(doc: FakeDocument, maxApi = "1.4") {
  const contexts: Ctx[] = [];
  const rangeFor = (ctx: Ctx, key: string, font: Font, onComment: (c: string) => unknown) => {
    const fontProxy = {
      load: () => undefined,
      get highlightColor() {
        return font.highlightColor ?? null;
      },
      set highlightColor(v: string | null) {
        font.highlightColor = v;
      },
      set bold(v: boolean) { font.bold = v; },
      set italic(v: boolean) { font.italic = v; },
    };
    return { font: fontProxy, insertComment: (c: string) => onComment(c), select: () => (doc.selected = key), getRange: () => rangeFor(ctx, key, font, onComment) };
  };
  const tableProxy = (ctx: Ctx, t: Table) => {
    const ti = () => doc.tables().indexOf(t);
    const cell = (r: number, c: number) => {
      const key = `${r}:${c}`;
      if (!t.cellFonts.has(key)) t.cellFonts.set(key, {});
      const f = t.cellFonts.get(key)!;
      return {
        body: {
          font: f,
          insertContentControl: (type: string) => {
            if (type !== "DropDownList") throw new Error("only dropdowns are faked");
            t.controls ??= new Map();
            const cc = { items: [] as string[] } as { title?: string; tag?: string; items: string[] };
            t.controls.set(key, cc);
            return { set title(v: string) { cc.title = v; }, set tag(v: string) { cc.tag = v; }, dropDownListContentControl: { addListItem: (text: string) => cc.items.push(text) } };
          },
          getRange: () => rangeFor(ctx, `t${ti()}:${key}`, f, (content) => doc.addComment(content, `t${ti()}:${key}`)) },
        set columnWidth(w: number) { t.widths.set(c, w); },
        parentRow: {
          get font() {
            if (!t.rowFonts.has(r)) t.rowFonts.set(r, {});
            return t.rowFonts.get(r)!;
          },
          set horizontalAlignment(a: string) { t.rowAlign.set(r, a); },
          insertRows: (_where: string, _n: number, values: string[][]) => t.values.splice(r, 0, ...values),
        },
      };
    };
    return {
      loaded: false,
      isNullObject: false,
      load() {
        ctx.track(this);
        return this;
      },
      get values() {
        return t.values;
      },
      get rowCount() {
        return t.values.length;
      },
      font: t.font,
      set headerRowCount(n: number) { t.headerRowCount = n; },
      set horizontalAlignment(a: string) { t.horizontalAlignment = a; },
      getBorder: (b: string) => {
        if (!t.borders.has(b)) t.borders.set(b, {});
        return t.borders.get(b)!;
      },
      getCell: cell,
      insertTable: (rows: number, cols: number, _w: string, values: string[][]) => insertAfter(ctx, doc.blocks.indexOf(t), newTable(values.map((r) => r.slice(0, cols)).slice(0, rows))),
      insertParagraph: (text: string) => insertParaAfter(ctx, doc.blocks.indexOf(t), text),
    };
  };
  const insertAfter = (ctx: Ctx, index: number, t: Table) => {
    doc.blocks.splice(index + 1, 0, t);
    return tableProxy(ctx, t);
  };
  const paraProxy = (ctx: Ctx, p: Para) => ({
    font: p.font,
    set alignment(a: string) { p.alignment = a; },
    insertParagraph: (text: string) => insertParaAfter(ctx, doc.blocks.indexOf(p), text),
    insertTable: (rows: number, cols: number, _w: string, values: string[][]) => insertAfter(ctx, doc.blocks.indexOf(p), newTable(values.slice(0, rows).map((r) => r.slice(0, cols)))),
    getRange: () => rangeFor(ctx, `p${doc.blocks.indexOf(p)}`, p.font, (content) => doc.addComment(content, `p${doc.blocks.indexOf(p)}`)),
  });
  const insertParaAfter = (ctx: Ctx, index: number, text: string) => {
    const p: Para = { kind: "p", text, font: {} };
    doc.blocks.splice(index + 1, 0, p);
    return paraProxy(ctx, p);
  };
  const run = async <T>(fn: (context: Word.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new Ctx();
    contexts.push(ctx);
    const coll = <X>(make: () => X[]) => {
      const c = {
        loaded: false,
        load() {
          ctx.track(c);
          return c;
        },
        get items() {
          if (!c.loaded) throw new Error("items read before load+sync");
          return make();
        },
      };
      return c;
    };
    const paragraphs = coll(() => {
      const out: unknown[] = [];
      for (const b of doc.blocks) {
        if (b.kind === "p") out.push({ ...paraProxy(ctx, b), text: b.text, tableNestingLevel: 0 });
        else for (const row of b.values) for (const v of row) out.push({ text: v, tableNestingLevel: 1, getRange: () => rangeFor(ctx, "cellpara", {}, () => undefined) });
      }
      return out;
    });
    const tables = coll(() => doc.tables().map((t) => tableProxy(ctx, t)));
    const selection = () => {
      const block = doc.blocks[doc.cursor.block];
      const inTable = block?.kind === "table";
      const parentTable = inTable ? tableProxy(ctx, block as Table) : { isNullObject: true, load() { return this; } };
      const parentCell = inTable && doc.cursor.row !== undefined
        ? {
            isNullObject: false,
            load() { return this; },
            rowIndex: doc.cursor.row!,
            cellIndex: doc.cursor.col!,
            set value(v: string) { (block as Table).values[doc.cursor.row!][doc.cursor.col!] = v; },
            parentRow: { insertRows: (_w: string, _n: number, values: string[][]) => (block as Table).values.splice(doc.cursor.row!, 0, ...values) },
          }
        : { isNullObject: true, load() { return this; } };
      const base = block && block.kind === "p" ? paraProxy(ctx, block) : { insertTable: (rows: number, cols: number, w: string, v: string[][]) => insertAfter(ctx, doc.cursor.block, newTable(v)), insertParagraph: (t: string) => insertParaAfter(ctx, doc.cursor.block, t) };
      return { ...base, parentTableOrNullObject: parentTable, parentTableCellOrNullObject: parentCell };
    };
    const comments = coll(() => doc.comments.map((c) => ({ content: c.content, id: c.id ?? "", delete: () => doc.comments.splice(doc.comments.indexOf(c), 1) })));
    const context = { sync: () => ctx.sync(), document: { getSelection: selection, body: { paragraphs, tables, getComments: () => comments } } };
    return fn(context as unknown as Word.RequestContext);
  };
  const cmp = (a: string, b: string) => Number(a.split(".")[1]) - Number(b.split(".")[1]);
  return { env: { run, isSetSupported: (n: string, v: string) => n === "WordApi" && cmp(v, maxApi) <= 0 }, syncs: () => contexts.reduce((n, c) => n + c.syncs, 0), reset: () => (contexts.length = 0) };
}
