/**
 * The strict Excel fake itself: each documented rule the adapter must respect is enforced (issue 11, "Make the
 * fakes strict"), so the defects it found cannot come back unnoticed.
 */
import { FakeWorkbook, makeExcel } from "./fake-excel";
import { EXCEL_PROFILES, excelProfile, profileSupports } from "./profiles";

const setup = (profile = excelProfile("m365")) => {
  const wb = new FakeWorkbook(["A", "B"]);
  return { wb, fake: makeExcel(wb, profile) };
};
const code = async (p: Promise<unknown>) =>
  p.then(
    () => "resolved",
    (e: { code?: string }) => e.code ?? String(e),
  );

describe("strict fake Excel", () => {
  it("PropertyNotLoaded: reading before sync, or a property not asked for", async () => {
    const { wb, fake } = setup();
    wb.sheet("A").setValues(0, 0, [["x"]]);
    await fake.env.run(async (context) => {
      const r = context.workbook.worksheets.getItem("A").getRange("A1");
      r.load("text");
      // The fake must refuse what the linter forbids: read before sync.
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
      expect(() => r.text).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(r.text).toEqual([["x"]]);
      // eslint-disable-next-line office-addins/load-object-before-read -- not loaded on purpose
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
    });
  });
  it("proxies of a finished Excel.run are unusable unless the run is re-entered with their context", async () => {
    const { fake } = setup();
    let kept: Excel.Range | null = null;
    let ctx: Excel.RequestContext | null = null;
    await fake.env.run(async (context) => {
      kept = context.workbook.worksheets.getItem("A").getRange("A1");
      ctx = context;
    });
    expect(() => kept!.load("text")).toThrow(/InvalidObjectPath/);
    await fake.env.run(async (context) => {
      kept!.load("text");
      await context.sync();
    }, ctx!);
    // eslint-disable-next-line office-addins/load-object-before-read -- loaded in the re-entered run above
    expect(kept!.text).toEqual([[""]]);
  });
  it("values parse like typed input unless the number format is Text; arrays must match the range", async () => {
    const { wb, fake } = setup();
    await fake.env.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("A");
      ws.getRange("A1:E1").values = [["(8)", "1.1", "10/2026", "- việc", "'(9)"]];
      const text = ws.getRange("A2:B2");
      text.numberFormat = [["@", "@"]];
      text.values = [["(8)", "1.1"]];
      await context.sync();
    });
    const v = (c: number, r = 0) => wb.sheet("A").peek(r, c)!.value;
    expect([v(0), v(1), typeof v(2), v(3), v(4)]).toEqual([-8, 1.1, "number", { formula: "- việc" }, "(9)"]);
    expect([v(0, 1), v(1, 1)]).toEqual(["(8)", "1.1"]);
    expect(
      await code(
        fake.env.run(async (context) => {
          context.workbook.worksheets.getItem("A").getRange("A1:B2").values = [["only one row", "x"]];
          await context.sync();
        }),
      ),
    ).toBe("InvalidArgument");
  });
  it("a very hidden sheet cannot be deleted; a hidden one can", async () => {
    const { wb, fake } = setup();
    wb.sheet("B").visibility = "VeryHidden";
    expect(
      await code(
        fake.env.run(async (context) => {
          context.workbook.worksheets.getItem("B").delete();
          await context.sync();
        }),
      ),
    ).toBe("InvalidOperation");
    await fake.env.run(async (context) => {
      const b = context.workbook.worksheets.getItem("B");
      b.visibility = "Hidden";
      b.delete();
      await context.sync();
    });
    expect(wb.sheets.map((s) => s.name)).toEqual(["A"]);
  });
  it("an event handler is removed only through its own context; own writes fire onChanged with triggerSource", async () => {
    const { wb, fake } = setup();
    const events: { triggerSource?: string }[] = [];
    const reg = await fake.env.run(async (context) => {
      const r = context.workbook.worksheets
        .getItem("A")
        .onChanged.add(async (e) => void events.push(e as { triggerSource?: string }));
      await context.sync();
      return r;
    });
    await fake.env.run(async (context) => {
      context.workbook.worksheets.getItem("A").getRange("A1").values = [["x"]];
      await context.sync();
    });
    await Promise.resolve();
    expect(events).toEqual([expect.objectContaining({ triggerSource: "ThisLocalAddin", address: "A1:A1" })]);
    expect(
      await code(
        fake.env.run(async (context) => {
          reg.remove();
          await context.sync();
        }),
      ),
    ).toBe("InvalidObjectPath");
    expect(wb.sheet("A").handlers).toHaveLength(1);
    await fake.env.run(async (context) => {
      reg.remove();
      await context.sync();
    }, reg.context as Excel.RequestContext);
    expect(wb.sheet("A").handlers).toHaveLength(0);
  });
  it("own-write events carry no triggerSource below ExcelApi 1.14", async () => {
    const { fake } = setup(excelProfile("excel2019"));
    const events: object[] = [];
    await fake.env.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("A");
      ws.onChanged.add(async (e) => void events.push(e as object));
      ws.getRange("B2").values = [["x"]];
      await context.sync();
    });
    await Promise.resolve();
    expect(events).toHaveLength(1);
    expect(events[0]).not.toHaveProperty("triggerSource");
  });
  it("more than 512 merged areas fail the sync that loads them", async () => {
    const { wb, fake } = setup();
    for (let i = 0; i < 513; i++) wb.sheet("A").merged.push({ r0: i, c0: 0, r1: i, c1: 1 });
    expect(
      await code(
        fake.env.run(async (context) => {
          const m = context.workbook.worksheets.getItem("A").getRange("A1:C600").getMergedAreasOrNullObject();
          m.load("address");
          await context.sync();
        }),
      ),
    ).toBe("GeneralException");
  });
  it("a note and a threaded comment never share a cell", async () => {
    const { wb, fake } = setup();
    wb.comments.push({ address: "'A'!B2", content: "ý kiến" });
    expect(
      await code(
        fake.env.run(async (context) => {
          context.workbook.notes.add("A!$B$2", "ghi chú");
          await context.sync();
        }),
      ),
    ).toBe("InvalidOperation");
  });
  it.each(EXCEL_PROFILES.map((p) => [p.label, p] as const))(
    "%s: isSetSupported answers from the profile; a newer member fails with ApiNotFound",
    async (_l, profile) => {
      const { fake } = setup(profile);
      expect(fake.env.isSetSupported("ExcelApi", "1.1")).toBe(true);
      expect(fake.env.isSetSupported("ExcelApi", "1.18")).toBe(profileSupports(profile, "ExcelApi", "1.18"));
      expect(fake.env.isSetSupported("ExcelApiOnline", "1.1")).toBe(profile.id === "web");
      const noted = await code(
        fake.env.run(async (context) => {
          context.workbook.notes.add("A!A1", "x");
          await context.sync();
        }),
      );
      expect(noted).toBe(profileSupports(profile, "ExcelApi", "1.18") ? "resolved" : "ApiNotFound");
    },
  );
  it("Excel on the web refuses a response over 5 MB", async () => {
    const { wb, fake } = setup(excelProfile("web"));
    const big = "x".repeat(1000);
    wb.sheet("A").setValues(
      0,
      0,
      Array.from({ length: 6000 }, () => [big]),
    );
    expect(
      await code(
        fake.env.run(async (context) => {
          context.workbook.worksheets.getItem("A").getRange("A1:A6000").load("text");
          await context.sync();
        }),
      ),
    ).toBe("ResponsePayloadSizeLimitExceeded");
  });
});
