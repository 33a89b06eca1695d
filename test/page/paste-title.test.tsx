/** @jest-environment jsdom */
/**
 * Issue 21: a table pasted on the page is no file, so nothing the page shows names one the user never made (it
 * used to title the paste "bang-dan.txt"). The paste is titled "Bảng dán"; only saving makes a file, and the
 * save message names that file. A paste copied column by column (`pdftotext` without -raw/-layout) is said to be
 * so, with the advice to open the PDF file itself, instead of a list of "missing" columns.
 */
import * as fs from "fs";
import * as path from "path";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import * as React from "react";
import "../support/dom";
import "../../src/core/catalogs/all";
import { PageApp } from "../../src/page/PageApp";
import { SEEDS, seedText } from "../support/seeds";

const saved: { name: string; bytes: Uint8Array | string }[] = [];
jest.mock("../../src/ui/download", () => ({
  MIME: { xlsx: "x", docx: "d", txt: "t", html: "h" },
  download: (bytes: Uint8Array | string, name: string) => saved.push({ name, bytes }),
}));

async function paste(text: string) {
  fireEvent.click(screen.getByTestId("entry-paste"));
  fireEvent.change(screen.getByRole("textbox", { name: "Dán bảng kế hoạch (từ Word, Excel hoặc PDF)" }), {
    target: { value: text },
  });
  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("heading", { level: 2, name: "Bảng dán" })));
}

/** Everything the page shows as text (its intro names the file kinds it opens, .txt among them). */
const shown = () => document.body.textContent ?? "";
/** What the page shows of the pasted document: heading, context, summary, messages, table, findings. */
const documentShown = () =>
  screen.getByRole("heading", { level: 2, name: "Bảng dán" }).parentElement!.parentElement!.textContent ?? "";

describe("the page names no file the user never made for a pasted table", () => {
  beforeEach(() => (saved.length = 0));

  it("a pasted plan is titled “Bảng dán”; “Lưu bảng đã sửa” makes “bang-dan.txt” and says so, no “original file”", async () => {
    render(<PageApp />);
    await paste(seedText(SEEDS.thuDuc));
    expect(shown()).not.toMatch(/bang-dan/);
    expect(documentShown()).not.toMatch(/\.txt/);
    expect(screen.getByTestId("file-context").textContent).toMatch(/2025-2026/);
    fireEvent.click(screen.getByRole("button", { name: "Lưu bảng đã sửa" }));
    await waitFor(() => expect(saved.map((s) => s.name)).toEqual(["bang-dan.txt"]));
    await waitFor(() => expect(shown()).toMatch(/Đã lưu bảng đã dán thành tệp “bang-dan\.txt”/));
    expect(shown()).not.toMatch(/Tệp gốc/);
  });

  it("the report of a pasted plan names the paste by its title", async () => {
    render(<PageApp />);
    await paste(seedText(SEEDS.thuDuc));
    fireEvent.click(screen.getByRole("button", { name: "Tải báo cáo để in (.html)" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const html = String(saved[0].bytes);
    expect(html).toContain("Bảng dán");
    expect(html).not.toMatch(/bang-dan/);
  });

  it("a column-ordered paste says the text came column by column and suggests opening the PDF file", async () => {
    const text = fs.readFileSync(
      path.join(__dirname, "..", "fixtures", "pdf-paste", "thu-duc-2025-2026.columns.txt"),
      "utf8",
    );
    render(<PageApp />);
    await paste(text);
    const findings = [...document.querySelectorAll("button[data-rule]")].map((b) => b.getAttribute("data-rule"));
    expect(findings).not.toContain("table.missing-column");
    expect(shown()).toMatch(/Nội dung đã dán đi theo từng cột của bảng/);
    expect(shown()).toMatch(/Mở trực tiếp tệp PDF/);
    expect(shown()).not.toMatch(/thiếu cột|bang-dan/);
    expect(documentShown()).not.toMatch(/\.txt/);
  });
});
