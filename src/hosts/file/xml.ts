/**
 * A small XML tree for WordprocessingML (no DOM in Node): elements keep their source offsets so that
 * a writer can replace exactly the text it changed and leave every other byte of the document alone.
 */
import { TextError } from "../../core/text/message";

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
    e === "lt"
      ? "<"
      : e === "gt"
        ? ">"
        : e === "quot"
          ? '"'
          : e === "apos"
            ? "'"
            : e === "amp"
              ? "&"
              : e[1] === "x"
                ? String.fromCodePoint(parseInt(e.slice(2), 16))
                : String.fromCodePoint(Number(e.slice(1))),
  );
}

/* eslint-disable no-control-regex -- a block, not next-line: the formatter may wrap the declaration */
const XML_FORBIDDEN =
  /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/g;
/* eslint-enable no-control-regex */

/**
 * Drops the characters XML 1.0 forbids (C0 controls other than tab/newline/carriage return, U+FFFE, U+FFFF and
 * unpaired surrogates): typed or pasted into a cell, they would make Word or Excel refuse the whole file. C1 and
 * bidirectional controls go too (withoutHiddenControls).
 */
export function xmlSafeText(s: string): string {
  // A valid surrogate pair is matched first and kept; forbidden characters and lone surrogates are dropped.
  // (No lookbehind: every chunk must parse as ES2017 — EdgeHTML, issue 11 defect 4.)
  return withoutHiddenControls(s.replace(XML_FORBIDDEN, (m) => (m.length === 2 ? m : "")));
}

// C1 controls and the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
const HIDDEN_CONTROLS = /[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/g;
// The same characters written as character references in XML (&#x202E;, &#8238;, &#133;…).
const HIDDEN_REFS = /&#(?:x0*(?:[89][0-9a-f]|202[a-e]|206[6-9])|0*(?:12[89]|1[34][0-9]|15[0-9]|823[4-8]|829[4-7]));/gi;

/**
 * Drops C1 controls and bidirectional embedding/override/isolate controls from text KHCT writes: a right-to-left
 * override (U+202E) copied into a saved plan would silently reorder what Word or Excel shows ("2026" read as "6202"),
 * and nothing in a plan needs them. Left-to-right/right-to-left marks (U+200E/U+200F) are harmless and kept.
 */
export function withoutHiddenControls(s: string): string {
  return s.replace(HIDDEN_CONTROLS, "");
}

/** The same for serialized XML: the raw characters and their character references (they only occur in text). */
export function xmlWithoutHiddenControls(xml: string): string {
  return xml.replace(HIDDEN_CONTROLS, "").replace(HIDDEN_REFS, "");
}

export function encodeXml(s: string): string {
  return xmlSafeText(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Thrown when a document passes a size limit of the scanner (the caller turns it into a "too-large" message). */
export class XmlLimitError extends Error {
  constructor(
    readonly what: "nodes" | "depth",
    readonly limit: number,
  ) {
    super(`XML vượt giới hạn ${what === "nodes" ? "số phần tử" : "độ lồng"} ${limit}`);
  }
}

export interface XmlLimits {
  maxNodes: number;
  maxDepth: number;
}

const DEFAULT_LIMITS: XmlLimits = { maxNodes: 2_000_000, maxDepth: 256 };
const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const corrupt = (what: string) => new TextError({ vi: `Tệp XML hỏng: ${what}`, en: "corrupt XML" });

/**
 * Parses XML in one pass: each "<" is read once, and an unclosed comment, processing instruction, CDATA section,
 * DOCTYPE or tag ends the parse at once (never a rescan to the end per opener). Throws an Error with a Vietnamese
 * message when the XML is not well-formed, an XmlLimitError past `limits`.
 */
export function parseXml(src: string, limits: XmlLimits = DEFAULT_LIMITS): XNode {
  const root: XNode = {
    name: "#root",
    attrs: {},
    children: [],
    start: 0,
    openEnd: 0,
    closeStart: src.length,
    end: src.length,
    text: "",
    parent: null,
  };
  const stack: XNode[] = [root];
  let nodes = 0;
  let last = 0;
  let i = src.indexOf("<");
  const skipTo = (close: string, from: number, what: string) => {
    const at = src.indexOf(close, from);
    if (at < 0) throw corrupt(`${what} chưa đóng`);
    return at + close.length;
  };
  while (i >= 0) {
    const top = stack[stack.length - 1];
    if (i > last) top.text += decodeXml(src.slice(last, i));
    if (src.startsWith("<!--", i)) last = skipTo("-->", i + 4, "chú thích <!--");
    else if (src.startsWith("<?", i)) last = skipTo("?>", i + 2, "khai báo <?");
    else if (src.startsWith("<![CDATA[", i)) {
      const endAt = skipTo("]]>", i + 9, "<![CDATA[");
      top.text += src.slice(i + 9, endAt - 3);
      last = endAt;
    } else if (src.startsWith("<!DOCTYPE", i)) last = skipTo(">", i + 9, "<!DOCTYPE");
    else {
      TAG.lastIndex = i;
      const m = TAG.exec(src);
      if (!m) throw corrupt(`thẻ không đúng ở vị trí ${i}`);
      last = TAG.lastIndex;
      if (m[1]) {
        const open = stack.pop();
        if (!open || open === root || open.name !== m[2]) throw corrupt(`thẻ </${m[2]}> không khớp`);
        open.closeStart = i;
        open.end = last;
      } else {
        if (++nodes > limits.maxNodes) throw new XmlLimitError("nodes", limits.maxNodes);
        const attrs: Record<string, string> = {};
        const ar = /([^\s=>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
        let a: RegExpExecArray | null;
        while ((a = ar.exec(m[3]))) attrs[a[1]] = decodeXml(a[2] ?? a[3] ?? "");
        const el: XNode = {
          name: m[2],
          attrs,
          children: [],
          start: i,
          openEnd: last,
          closeStart: last,
          end: last,
          text: "",
          parent: top,
        };
        top.children.push(el);
        if (!m[4]) {
          stack.push(el);
          if (stack.length - 1 > limits.maxDepth) throw new XmlLimitError("depth", limits.maxDepth);
        }
      }
    }
    i = src.indexOf("<", last);
  }
  if (stack.length !== 1)
    throw new TextError({ vi: `Tệp XML hỏng: thẻ <${stack[stack.length - 1].name}> chưa đóng`, en: "corrupt XML" });
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
