/** @jest-environment jsdom */
/**
 * A large plan (over 300 rows, kept in the plan worker) is a full citizen of the page (issue 25): the findings list
 * grouped by row beside the virtualised table, each finding going to its cell (the table scrolls there and the cell
 * takes the focus), the same single-file reports as the small view, saving, and the unsaved-edits question.
 * The worker runs in this process (test/support/in-process-worker), its messages copied as between threads.
 */
import * as React from "react";
import ExcelJS from "exceljs";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import "../support/dom";
import "../../src/core/catalogs/all";
import { LargePlanView } from "../../src/page/LargePlanView";
import { ROW_HEIGHT } from "../../src/page/VirtualPlanTable";
import { singleReport } from "../../src/page/single-report";
import { FileHost, openPlanFile } from "../../src/hosts/file/index";
import { mainPlan } from "../../src/core/read/index";
import { checkPlan } from "../../src/core/rules/index";
import { catalogIdFor, loadCatalog } from "../../src/core/catalogs/index";
import { xlsxFromGrid } from "../support/files";
import { syntheticPlanGrid } from "../support/plans";
import { inProcessPlanWorker } from "../support/in-process-worker";
import type { PlanWorkerClient } from "../../src/page/worker/client";
import type { Analysis } from "../../src/page/worker/protocol";

const saved: { name: string; bytes: Uint8Array | string }[] = [];
jest.mock("../../src/ui/download", () => ({
  MIME: { xlsx: "x", docx: "d", txt: "t", html: "h" },
  download: (bytes: Uint8Array | string, name: string) => saved.push({ name, bytes }),
}));

// 1,000 criterion rows of TT 18/2018 (28 criteria, a "MỨC 1, 2, 3" row before each round of 28, three title rows);
// four of them with an impossible month. By hand: plan row i is sheet row 3 + (⌊i/28⌋ + 1) + i + 1, criterion
// number i mod 28 of 1.1–1.10, 2.1–2.4, …: i = 7 → row 12, 1.8; 257 → 271, 1.6; 507 → 530, 1.4; 757 → 789, 1.2.
const BAD = new Set([7, 257, 507, 757]);
const grid = syntheticPlanGrid(1000, (i) => ({
  period: BAD.has(i) ? "Tháng 13/2025" : "Tháng 10/2025 - tháng 5/2026",
  budget: `${1 + (i % 9)}.000.000`,
}));
let bytes: Uint8Array;
// One worker for the file, opened once (the tests below only read until the last one, which edits).
let opened: Promise<{ client: PlanWorkerClient; first: Analysis }>;
beforeAll(async () => {
  bytes = await xlsxFromGrid(grid, false);
  opened = openInWorker();
});
afterAll(async () => (await opened).client.dispose());
beforeEach(() => (saved.length = 0));

async function openInWorker() {
  const client = inProcessPlanWorker();
  const first = await client.open(bytes.slice(), "lon.xlsx", "vi");
  return { client, first };
}

/** What the small view has for the same file: the page's own FileHost, read and checked in the page. */
async function smallView(data = bytes, name = "lon.xlsx") {
  const host = new FileHost(await openPlanFile(data.slice(), name));
  const plan = mainPlan((await host.read()).plans);
  const c = plan.context;
  const findings = checkPlan(plan, await loadCatalog(catalogIdFor(c.level!, c.regime!)));
  return { name, file: host.file, plan, findings };
}

async function sheets(data: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow((r) => rows.push(((r.values as unknown[]) ?? []).map((v) => (v instanceof Date ? v.toISOString() : v))));
    return { name: ws.name, rows };
  });
}

describe("large plan view", () => {
  it("lists the findings grouped by row; a finding scrolls the table to its cell and focuses it", async () => {
    const { client, first } = await opened;
    expect(first.plan.rows.length).toBeGreaterThan(1000);
    render(<LargePlanView client={client} first={first} lang="vi" />);
    const list = screen.getByTestId("file-findings");
    expect(within(list).getByRole("heading", { level: 2 }).textContent).toBe(
      "Kết quả kiểm tra: 4 lỗi, 0 cảnh báo, 0 lưu ý",
    );
    const labels = [...list.querySelectorAll("p")].map((p) => p.textContent);
    expect(labels).toEqual(["Dòng 12 — 1.8", "Dòng 271 — 1.6", "Dòng 530 — 1.4", "Dòng 789 — 1.2"]);
    const buttons = within(list).getAllByRole("button");
    expect(buttons).toHaveLength(4);
    expect(buttons[3].textContent).toContain("F789");
    expect(buttons[3].textContent).toContain("Tháng 13/2025");

    // Row 789 is far below the drawn rows; the finding brings it on screen and its cell (F789) takes the focus.
    const drawn = () => [...document.querySelectorAll("[data-row]")].map((r) => Number(r.getAttribute("data-row")));
    const planRow = 757 + 28; // 27 rounds' "MỨC" rows + 1 (the first) before it, without the 3 title rows
    expect(drawn()).not.toContain(planRow);
    fireEvent.click(buttons[3]);
    await waitFor(() => expect(document.activeElement?.id).toBe("vcell-788-5"));
    expect(drawn()).toContain(planRow);
    expect(drawn().length).toBeLessThan(60);
    expect((document.activeElement as HTMLTextAreaElement).value).toBe("Tháng 13/2025");
    expect(document.activeElement?.getAttribute("aria-label")).toBe("Thời gian thực hiện và hoàn thành — dòng 789");
    expect(screen.getByTestId("virtual-table-scroller").scrollTop).toBeGreaterThan(700 * ROW_HEIGHT);
    // And back to the first one, near the top.
    fireEvent.click(buttons[0]);
    await waitFor(() => expect(document.activeElement?.id).toBe("vcell-11-5"));
  });

  it("gives the same single-file reports as the small view for the same findings", async () => {
    const { client } = await opened;
    const now = new Date("2026-05-04T08:00:00Z");
    const small = await smallView();
    const html = await client.report("html", now);
    expect(html).toBe(await singleReport("html", small, now));
    // Written by hand: the report names the four cells as the workbook does.
    for (const ref of ["F12", "F271", "F530", "F789"]) expect(html).toContain(ref);
    const xlsx = (await client.report("xlsx", now)) as Uint8Array;
    const expected = await sheets((await singleReport("xlsx", small, now)) as Uint8Array);
    const got = await sheets(xlsx);
    expect(got).toEqual(expected);
    expect(got.map((s) => s.name)).toContain("Chi tiết");
  });

  it("report buttons download the worker's reports; an edit marks the plan and is re-checked", async () => {
    const { client, first } = await opened;
    const onDirty = jest.fn();
    render(<LargePlanView client={client} first={first} lang="vi" onDirty={onDirty} />);
    fireEvent.click(screen.getByRole("button", { name: "Tải báo cáo để in (.html)" }));
    await waitFor(() => expect(saved.map((s) => s.name)).toEqual(["bao-cao-kiem-tra.html"]));
    expect(String(saved[0].bytes)).toContain("F789");
    // The buttons are disabled while a report is written: the download comes before they are enabled again.
    const xlsxButton = screen.getByRole("button", { name: "Tải báo cáo (.xlsx)" }) as HTMLButtonElement;
    await waitFor(() => expect(xlsxButton.disabled).toBe(false));
    fireEvent.click(xlsxButton);
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1].name).toBe("bao-cao-kiem-tra.xlsx");
    expect(ArrayBuffer.isView(saved[1].bytes)).toBe(true); // bytes from the worker (another realm's Uint8Array)

    const list = screen.getByTestId("file-findings");
    fireEvent.click(within(list).getAllByRole("button")[0]);
    await waitFor(() => expect(document.activeElement?.id).toBe("vcell-11-5"));
    fireEvent.change(document.activeElement!, { target: { value: "Tháng 10/2025 - tháng 5/2026" } });
    expect(onDirty).toHaveBeenCalled();
    await waitFor(() =>
      expect(within(list).getByRole("heading", { level: 2 }).textContent).toBe(
        "Kết quả kiểm tra: 3 lỗi, 0 cảnh báo, 0 lưu ý",
      ),
    );
    expect([...list.querySelectorAll("p")].map((p) => p.textContent)).toEqual([
      "Dòng 271 — 1.6",
      "Dòng 530 — 1.4",
      "Dòng 789 — 1.2",
    ]);
  });
});
