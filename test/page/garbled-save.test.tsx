/** @jest-environment jsdom */
/**
 * "Lưu thành .docx" for a PDF whose text came out garbled (issue 21): the page asks before writing (the new .docx
 * would carry the scrambled text into a document that looks official). The garbled PDF is the committed
 * thu-duc-2025-2026.garbled.pdf (its fonts' ToUnicode maps shuffled by scripts/fixtures/pdf-garble.py); the clean
 * one is the same plan printed by LibreOffice, which saves without a question.
 */
import * as fs from "fs";
import * as path from "path";
import * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import "../support/dom";
import "../support/pdfjs-dom";
import "../../src/core/catalogs/all";
import { PageApp } from "../../src/page/PageApp";

const saved: { name: string }[] = [];
jest.mock("../../src/ui/download", () => ({
  MIME: { xlsx: "x", docx: "d", txt: "t", html: "h" },
  download: (_bytes: unknown, name: string) => saved.push({ name }),
}));

const DIR = path.join(__dirname, "..", "fixtures", "pdf-variety");
function pdfFile(name: string): File {
  const bytes = new Uint8Array(fs.readFileSync(path.join(DIR, name)));
  const f = new File([bytes as BlobPart], name);
  Object.defineProperty(f, "arrayBuffer", { value: async () => bytes.slice().buffer });
  return f;
}
async function open(name: string) {
  fireEvent.change(document.getElementById("file-input")!, { target: { files: [pdfFile(name)] } });
  await screen.findByRole("heading", { level: 2, name });
}
const saveButton = () => screen.getByRole("button", { name: "Lưu thành .docx" });

describe("saving a garbled PDF as .docx", () => {
  beforeEach(() => (saved.length = 0));

  it("asks first: 'Không lưu' writes nothing, 'Vẫn lưu' writes the .docx", async () => {
    render(<PageApp />);
    await open("thu-duc-2025-2026.garbled.pdf");
    fireEvent.click(saveButton());
    const dialog = await screen.findByTestId("garbled-save-dialog");
    expect(dialog.textContent).toMatch(/Chữ trong tệp PDF bị xáo trộn khi trích ra \(\d+ % từ không đọc được\)/);
    expect(dialog.textContent).toContain("Hãy dùng bản Word/Excel gốc của kế hoạch nếu có.");
    fireEvent.click(screen.getByTestId("garbled-save-cancel"));
    await waitFor(() => expect(screen.queryByTestId("garbled-save-dialog")).toBeNull());
    expect(saved).toHaveLength(0);
    expect(screen.queryByTestId("page-notice")).toBeNull();

    fireEvent.click(saveButton());
    fireEvent.click(await screen.findByTestId("garbled-save-anyway"));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].name).toMatch(/\.docx$/);
  });

  it("a clean PDF (the same plan printed by LibreOffice) saves without a question", async () => {
    render(<PageApp />);
    await open("thu-duc-2025-2026.lo-dejavu.pdf");
    fireEvent.click(saveButton());
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(screen.queryByTestId("garbled-save-dialog")).toBeNull();
    expect(saved[0].name).toMatch(/\.docx$/);
  });
});
