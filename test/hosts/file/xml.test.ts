/**
 * The small XML reader and writer of the file host (src/hosts/file/xml.ts) on hand-written XML: entity and character
 * references, offsets a writer relies on, comments, CDATA, self-closing tags, attributes in either quote, the
 * messages of broken XML and the size limits. Every expected value is written by hand.
 */
import {
  childrenNamed,
  decodeXml,
  descendants,
  encodeXml,
  parseXml,
  XmlLimitError,
  xmlSafeText,
  xmlWithoutHiddenControls,
} from "../../../src/hosts/file/xml";
import { TextError } from "../../../src/core/text/message";

describe("decodeXml", () => {
  it("decodes the five named entities, every occurrence", () => {
    expect(decodeXml("a &lt; b &gt; c &amp; &quot;d&quot; &apos;e&apos;")).toBe("a < b > c & \"d\" 'e'");
    expect(decodeXml("&amp;&amp;&amp;")).toBe("&&&");
  });

  it("decodes decimal and hexadecimal character references of any length", () => {
    expect(decodeXml("&#65;")).toBe("A");
    expect(decodeXml("Tr&#432;&#7901;ng")).toBe("Trường");
    expect(decodeXml("&#x110;&#x1eA1;t")).toBe("Đạt");
    expect(decodeXml("&#x41;&#xa9;")).toBe("A©");
    expect(decodeXml("&#128512;")).toBe("\u{1F600}");
  });

  it("leaves what is not a reference as written", () => {
    expect(decodeXml("&nbsp; &copy; & ; &#; &#x; &#xZZ; &amp")).toBe("&nbsp; &copy; & ; &#; &#x; &#xZZ; &amp");
    // Decoded once: "&amp;lt;" is the text "&lt;", not "<".
    expect(decodeXml("&amp;lt;")).toBe("&lt;");
  });
});

describe("encodeXml and the forbidden characters", () => {
  it("escapes markup and drops what XML 1.0 forbids, keeping tab, newline and surrogate pairs", () => {
    expect(encodeXml('1 < 2 & "3" > 0')).toBe("1 &lt; 2 &amp; &quot;3&quot; &gt; 0");
    expect(xmlSafeText("a\u0000b\u0008c\td\ne\rf\u000Bg\u001Fh\uFFFEi\uFFFF")).toBe("abc\td\ne\rfghi");
    expect(xmlSafeText("x\uD83D\uDE00y")).toBe("x\uD83D\uDE00y");
    expect(xmlSafeText("x\uD83Dy\uDE00z")).toBe("xyz");
    expect(xmlSafeText("2026\u202E 6202\u0085")).toBe("2026 6202");
    expect(xmlSafeText("a\u200Eb")).toBe("a\u200Eb");
  });

  it("drops hidden controls written as character references in serialized XML", () => {
    expect(xmlWithoutHiddenControls("<w:t>a&#x202E;b&#8238;c&#133;d&#x85;e&#x2066;f</w:t>")).toBe("<w:t>abcdef</w:t>");
    // Ordinary references stay.
    expect(xmlWithoutHiddenControls("<w:t>&#x41;&#65;&#x110;</w:t>")).toBe("<w:t>&#x41;&#65;&#x110;</w:t>");
  });
});

describe("parseXml", () => {
  it("keeps each element's offsets, attributes in either quote and decoded text", () => {
    const src = `<?xml version="1.0"?><w:p a="1 &amp; 2" b='x'><w:t>T&#7889;t</w:t><w:br/></w:p>`;
    const root = parseXml(src);
    const [p] = childrenNamed(root, "w:p");
    expect(p.attrs).toEqual({ a: "1 & 2", b: "x" });
    expect(p.start).toBe(src.indexOf("<w:p"));
    expect(p.openEnd).toBe(src.indexOf("<w:t>"));
    expect(p.closeStart).toBe(src.indexOf("</w:p>"));
    expect(p.end).toBe(src.length);
    const [t, br] = p.children;
    expect(t.name).toBe("w:t");
    expect(t.text).toBe("Tốt");
    expect(src.slice(t.openEnd, t.closeStart)).toBe("T&#7889;t");
    expect(t.parent).toBe(p);
    expect(br.name).toBe("w:br");
    expect(br.children).toEqual([]);
    expect(br.start).toBe(src.indexOf("<w:br/>"));
    expect(br.end).toBe(src.indexOf("</w:p>"));
  });

  it("skips comments, DOCTYPE and processing instructions and keeps CDATA as written", () => {
    const root = parseXml("<!DOCTYPE x><a><!-- <b> --><?pi <c>?>x<![CDATA[<&amp;>]]>y</a>");
    const [a] = root.children;
    expect(a.children).toEqual([]);
    expect(a.text).toBe("x<&amp;>y");
  });

  it("finds descendants by name, not below a stop element", () => {
    const root = parseXml("<body><p><t>1</t><tbl><t>2</t></tbl></p><t>3</t></body>");
    expect(descendants(root, "t").map((n) => n.text)).toEqual(["1", "2", "3"]);
    expect(descendants(root, "t", "tbl").map((n) => n.text)).toEqual(["1", "3"]);
    expect(childrenNamed(root.children[0], "t").map((n) => n.text)).toEqual(["3"]);
  });

  it("rejects broken XML with a Vietnamese message", () => {
    const message = (src: string) => {
      try {
        parseXml(src);
      } catch (e) {
        expect(e).toBeInstanceOf(TextError);
        return (e as TextError).text;
      }
      throw new Error("parsed");
    };
    expect(message("<a><b></a>")).toEqual({ vi: "Tệp XML hỏng: thẻ </a> không khớp", en: "corrupt XML" });
    expect(message("</a>")).toEqual({ vi: "Tệp XML hỏng: thẻ </a> không khớp", en: "corrupt XML" });
    expect(message("<a><b>")).toEqual({ vi: "Tệp XML hỏng: thẻ <b> chưa đóng", en: "corrupt XML" });
    expect(message("<a><!-- x</a>")).toEqual({ vi: "Tệp XML hỏng: chú thích <!-- chưa đóng", en: "corrupt XML" });
    expect(message("<a><![CDATA[x</a>")).toEqual({ vi: "Tệp XML hỏng: <![CDATA[ chưa đóng", en: "corrupt XML" });
    expect(message("<?xml ")).toEqual({ vi: "Tệp XML hỏng: khai báo <? chưa đóng", en: "corrupt XML" });
    expect(message("<a>< b/></a>")).toEqual({ vi: "Tệp XML hỏng: thẻ không đúng ở vị trí 3", en: "corrupt XML" });
  });

  it("stops past the node and depth limits, and not at them", () => {
    expect(parseXml("<a/><b/><c/>", { maxNodes: 3, maxDepth: 5 }).children).toHaveLength(3);
    expect(() => parseXml("<a/><b/><c/><d/>", { maxNodes: 3, maxDepth: 5 })).toThrow(XmlLimitError);
    expect(() => parseXml("<a/><b/><c/><d/>", { maxNodes: 3, maxDepth: 5 })).toThrow("XML vượt giới hạn số phần tử 3");
    expect(parseXml("<a><b><c/></b></a>", { maxNodes: 10, maxDepth: 2 }).children).toHaveLength(1);
    expect(() => parseXml("<a><b><c></c></b></a>", { maxNodes: 10, maxDepth: 2 })).toThrow(
      "XML vượt giới hạn độ lồng 2",
    );
  });
});
