/**
 * A small XML tree for WordprocessingML (no DOM in Node): elements keep their source offsets so that
 * a writer can replace exactly the text it changed and leave every other byte of the document alone.
 */
export interface XNode {
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
  /** Offsets in the source: start of "<name", end of the start tag, start of the end tag, end of the element. */
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  /** Character data directly inside (for w:t). */
  text: string;
  parent: XNode | null;
}

export function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e === "lt" ? "<" : e === "gt" ? ">" : e === "quot" ? '"' : e === "apos" ? "'" : e === "amp" ? "&" : e[1] === "x" ? String.fromCodePoint(parseInt(e.slice(2), 16)) : String.fromCodePoint(Number(e.slice(1))),
  );
}

export function encodeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Parses XML; throws an Error with a Vietnamese message when it is not well-formed. */
export function parseXml(src: string): XNode {
  const root: XNode = { name: "#root", attrs: {}, children: [], start: 0, openEnd: 0, closeStart: src.length, end: src.length, text: "", parent: null };
  const stack: XNode[] = [root];
  const re = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>/g;
  let m: RegExpExecArray | null;
  let last = 0;
  while ((m = re.exec(src))) {
    const top = stack[stack.length - 1];
    if (m.index > last) top.text += decodeXml(src.slice(last, m.index));
    last = re.lastIndex;
    if (m[5] !== undefined) {
      top.text += m[5];
      continue;
    }
    if (!m[2]) continue; // declaration, comment, doctype
    if (m[1]) {
      const open = stack.pop();
      if (!open || open === root || open.name !== m[2]) throw new Error(`Tệp XML hỏng: thẻ </${m[2]}> không khớp / corrupt XML`);
      open.closeStart = m.index;
      open.end = re.lastIndex;
      continue;
    }
    const attrs: Record<string, string> = {};
    const ar = /([^\s=>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
    let a: RegExpExecArray | null;
    while ((a = ar.exec(m[3]))) attrs[a[1]] = decodeXml(a[2] ?? a[3] ?? "");
    const el: XNode = { name: m[2], attrs, children: [], start: m.index, openEnd: re.lastIndex, closeStart: re.lastIndex, end: re.lastIndex, text: "", parent: top };
    top.children.push(el);
    if (!m[4]) stack.push(el);
  }
  if (stack.length !== 1) throw new Error(`Tệp XML hỏng: thẻ <${stack[stack.length - 1].name}> chưa đóng / corrupt XML`);
  return root;
}

export function childrenNamed(n: XNode, name: string): XNode[] {
  return n.children.filter((c) => c.name === name);
}

export function descendants(n: XNode, name: string, stopAt?: string): XNode[] {
  const out: XNode[] = [];
  const walk = (x: XNode) => {
    for (const c of x.children) {
      if (c.name === name) out.push(c);
      if (stopAt && c.name === stopAt) continue;
      walk(c);
    }
  };
  walk(n);
  return out;
}
