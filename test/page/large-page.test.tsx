/** @jest-environment jsdom */
/**
 * The page with a large plan (kept in the plan worker, here run in this process): the skip link leads to its findings,
 * a Word plan's findings are named by table and row, and edits are never lost — opening another file asks save /
 * discard / cancel, and "save" writes the worker's file with the edit before the other file opens (issue 25).
 */
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import "../support/dom";
import "../../src/core/catalogs/all";
import { PageApp } from "../../src/page/PageApp";
import { FileHost, openPlanFile } from "../../src/hosts/file/index";
import { docxFromGrid, xlsxFromGrid } from "../support/files";
import { syntheticPlanGrid } from "../support/plans";
import { SEEDS, seedText } from "../support/seeds";
import { inProcessPlanWorker } from "../support/in-process-worker";

const saved: { name: string; bytes: Uint8Array | string }[] = [];
jest.mock("../../src/ui/download", () => ({
  MIME: { xlsx: "x", docx: "d", txt: "t", html: "h" },
  download: (bytes: Uint8Array | string, name: string) => saved.push({ name, bytes }),
}));
jest.mock("../../src/page/worker/spawn", () => ({ spawnPlanWorker: () => inProcessPlanWorker() }));
// The page uses its worker only where the browser has Worker (jsdom has not): the spawn above stands in for it.
(globalThis as { Worker?: unknown }).Worker = class {};

// Rows 7 and 300 of 310 (just over the page's 300-row threshold) with an impossible month (see
// large-findings.test.tsx for the counting).
const grid = syntheticPlanGrid(310, (i) => ({
  period: i === 7 || i === 300 ? "Tháng 13/2025" : "Tháng 10/2025 - tháng 5/2026",
  budget: "2.000.000",
}));

function fileOf(content: string | Uint8Array, name: string): File {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  const f = new File([bytes as BlobPart], name);
  Object.defineProperty(f, "arrayBuffer", { value: async () => bytes.slice().buffer });
  return f;
}
const pick = (content: string | Uint8Array, name: string) =>
  fireEvent.change(document.getElementById("file-input")!, { target: { files: [fileOf(content, name)] } });

describe("page with a large plan", () => {
  beforeEach(() => (saved.length = 0));

  it("leads to the findings, names Word places by table and row, and asks before edits are lost", async () => {
    render(<PageApp />);
    pick(await docxFromGrid(grid, false), "lon.docx");
    await screen.findByTestId("large-plan");
    // The plan's heading takes the focus; the skip link leads to the findings list's heading.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole("heading", { level: 2, name: "lon.docx" })),
    );
    const skip = screen.getByTestId("skip-to-findings");
    const target = document.getElementById(skip.getAttribute("href")!.slice(1))!;
    expect(target.textContent).toBe("Kết quả kiểm tra: 2 lỗi, 0 cảnh báo, 0 lưu ý");
    expect(screen.getByTestId("file-findings").contains(target)).toBe(true);
    // By hand: the title lines are paragraphs; the table's row 1 is the header, row 2 "MỨC 1, 2, 3", plan row i is
    // table row i + 3 plus one "MỨC" row per earlier round of 28 criteria: i = 7 → 10; i = 300 → 300 + 3 + 10 = 313.
    const list = screen.getByTestId("file-findings");
    expect([...list.querySelectorAll("p")].map((p) => p.textContent)).toEqual([
      "Bảng 1 · dòng 10 — 1.8",
      "Bảng 1 · dòng 313 — 4.1",
    ]);
    const buttons = within(list).getAllByRole("button");
    expect(buttons[1].textContent).toMatch(/^Bảng 1 · dòng 313 · cột Thời gian/);

    // Edit the cell of the second finding.
    fireEvent.click(buttons[1]);
    await waitFor(() => expect(document.activeElement?.tagName).toBe("TEXTAREA"));
    const cell = document.activeElement as HTMLTextAreaElement;
    expect(cell.getAttribute("aria-label")).toBe("Thời gian thực hiện và hoàn thành — bảng 1 · dòng 313");
    fireEvent.change(cell, { target: { value: "SỬA CHƯA LƯU" } });
    expect(screen.getByTestId("dirty").textContent).toBe("Có thay đổi chưa lưu");

    // Another file: asked; cancel keeps the edited plan.
    pick(seedText(SEEDS.mamNon), "mam-non.txt");
    fireEvent.click(await screen.findByTestId("unsaved-cancel"));
    await waitFor(() => expect(screen.queryByTestId("unsaved-dialog")).toBeNull());
    expect(screen.getByTestId("large-plan")).toBeTruthy();
    expect(screen.getByTestId("dirty").textContent).toBe("Có thay đổi chưa lưu");
    expect(saved).toHaveLength(0);

    // Again: save, then the other file opens; the saved .docx holds the edit.
    pick(seedText(SEEDS.mamNon), "mam-non.txt");
    fireEvent.click(await screen.findByTestId("unsaved-save"));
    await screen.findByRole("heading", { level: 2, name: "mam-non.txt" });
    expect(screen.queryByTestId("large-plan")).toBeNull();
    expect(saved.map((s) => s.name)).toEqual(["lon-da-sua.docx"]);
    const { plans } = await new FileHost(await openPlanFile(saved[0].bytes as Uint8Array, "lon-da-sua.docx")).read();
    const texts = plans.flatMap((p) => p.rows.map((r) => r.cells.period?.text));
    expect(texts).toContain("SỬA CHƯA LƯU");
    expect(texts.filter((t) => t === "Tháng 13/2025")).toHaveLength(1);
    expect(screen.getByTestId("dirty").textContent).toBe("Chưa có thay đổi chưa lưu");
  });

  it("discard opens the other file without saving; a large workbook saves under its own name", async () => {
    render(<PageApp />);
    pick(await xlsxFromGrid(grid, false), "lon.xlsx");
    await screen.findByTestId("large-plan");
    const list = await screen.findByTestId("file-findings");
    fireEvent.click(within(list).getAllByRole("button")[0]);
    await waitFor(() => expect(document.activeElement?.id).toBe("vcell-11-5"));
    fireEvent.change(document.activeElement!, { target: { value: "Tháng 10/2025 - tháng 5/2026" } });
    fireEvent.click(screen.getByRole("button", { name: "Lưu tệp đã sửa" }));
    await waitFor(() => expect(saved.map((s) => s.name)).toEqual(["lon-da-sua.xlsx"]));
    // Said after the download (a render later): waited for, not read at the download.
    await waitFor(() => expect(screen.getByTestId("dirty").textContent).toBe("Chưa có thay đổi chưa lưu"));
    fireEvent.change(document.getElementById("vcell-11-5")!, { target: { value: "LẠI SỬA" } });
    pick(seedText(SEEDS.mamNon), "mam-non.txt");
    fireEvent.click(await screen.findByTestId("unsaved-discard"));
    await screen.findByRole("heading", { level: 2, name: "mam-non.txt" });
    expect(saved).toHaveLength(1);
    const { plans } = await new FileHost(await openPlanFile(saved[0].bytes as Uint8Array, "lon-da-sua.xlsx")).read();
    const texts = plans.flatMap((p) => p.rows.map((r) => r.cells.period?.text));
    expect(texts.filter((t) => t === "Tháng 13/2025")).toHaveLength(1);
    expect(texts).not.toContain("LẠI SỬA");
  });

  it("re-checks the plan when the context bar's school year changes, as the page's own view does", async () => {
    render(<PageApp />);
    pick(await xlsxFromGrid(grid, false), "lon.xlsx");
    await screen.findByTestId("large-plan");
    expect(screen.getByTestId("file-context").textContent).toBe(
      "TRƯỜNG THCS A · THCS · năm học 2025-2026 · TT 18/2018",
    );
    expect(screen.getByTestId("large-summary").textContent).toBe("322 dòng · 2 lỗi, 0 cảnh báo");
    fireEvent.change(document.getElementById("page-ctx-year")!, { target: { value: "2024-2025" } });
    await waitFor(() =>
      expect(screen.getByTestId("file-context").textContent).toBe(
        "TRƯỜNG THCS A · THCS · năm học 2024-2025 · TT 18/2018",
      ),
    );
    // By hand: the 308 rows done in 5/2026 end after the 2024-2025 school year (one warning each), and the title's
    // year no longer matches most periods (one warning for the document); the two impossible months stay errors.
    await waitFor(() => expect(screen.getByTestId("large-summary").textContent).toBe("322 dòng · 2 lỗi, 309 cảnh báo"));
    // A later edit is checked with the chosen year too: row 7's month mended, it ends after the year as well.
    fireEvent.change(document.getElementById("vcell-11-5")!, { target: { value: "Tháng 10/2025 - tháng 5/2026" } });
    await waitFor(() => expect(screen.getByTestId("large-summary").textContent).toBe("322 dòng · 1 lỗi, 310 cảnh báo"));
  });
});
