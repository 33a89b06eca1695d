/** The strict Word fake keeps the documented rules the adapter tests rely on. */
import { FakeDocument, makeWord, toSupportedHighlight, Table } from "./fake-word";

const code = async (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { code?: string }) => e.code ?? String(e),
  );

describe("strict Word fake", () => {
  it("throws PropertyNotLoaded before load + sync, and applies writes only at sync", async () => {
    const doc = new FakeDocument([["Một"], ["a", "b"], ["c", "d"]]);
    const { env } = makeWord(doc, "word-365");
    expect(
      await code(
        env.run(async (context) => {
          const ps = context.document.body.paragraphs;
          ps.load("items/text");
          return ps.items;
        }),
      ),
    ).toBe("PropertyNotLoaded");
    await env.run(async (context) => {
      const t = context.document.body.tables;
      t.load("items");
      await context.sync();
      t.items[0].getCell(0, 0).value = "x";
      expect(doc.tables()[0].values[0][0]).toBe("a");
      await context.sync();
      expect(doc.tables()[0].values[0][0]).toBe("x");
      expect(() => t.items[0].values).toThrow(/PropertyNotLoaded/);
    });
  });

  it("refuses proxies of a finished run and commands never synced", async () => {
    const doc = new FakeDocument([["Một"]]);
    const { env } = makeWord(doc, "word-365");
    const kept = await env.run(async (context) => context.document.body.paragraphs);
    expect(() => kept.load("items")).toThrow(/InvalidObjectPath/);
    await expect(
      env.run(async (context) => void context.document.getSelection().insertParagraph("x", "After")),
    ).rejects.toThrow(/never sent/);
  });

  it("fails with ApiNotFound at sync for a member of a set the profile lacks, and isSetSupported agrees", async () => {
    const doc = new FakeDocument([["Một"]]);
    const { env } = makeWord(doc, "word-2019");
    expect(env.isSetSupported("WordApi", "1.3")).toBe(true);
    expect(env.isSetSupported("WordApi", "1.4")).toBe(false);
    expect(
      await code(
        env.run(async (context) => {
          context.document.body.getComments().load("items");
          await context.sync();
        }),
      ),
    ).toBe("ApiNotFound");
    const old = makeWord(doc, "word-2016");
    expect(
      await code(
        old.env.run(async (context) => {
          context.document.body.tables.load("items");
          await context.sync();
        }),
      ),
    ).toBe("ApiNotFound");
  });

  it("keeps Word's 15 highlight colours, converts others to the nearest, rejects the mixed value", () => {
    expect(toSupportedHighlight("Yellow")).toBe("#FFFF00");
    expect(toSupportedHighlight("#FF9999")).not.toBe("#FF9999");
    expect(() => toSupportedHighlight("")).toThrow(/InvalidArgument/);
  });

  it("nests a table inserted at a position inside a cell", async () => {
    const doc = new FakeDocument([
      ["a", "b"],
      ["c", "d"],
    ]);
    doc.cursor = { block: 0, row: 0, col: 0 };
    const { env } = makeWord(doc, "word-365");
    await env.run(async (context) => {
      context.document.getSelection().insertTable(1, 1, "After", [["lồng"]]);
      await context.sync();
    });
    expect(doc.tables()).toHaveLength(1);
    expect(doc.tables()[0].cell(0, 0).nested[0]).toBeInstanceOf(Table);
  });
});
