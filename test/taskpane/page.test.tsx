/** @jest-environment jsdom */
// The standalone page: every piece of per-file state resets when another file, pasted table or template arrives
// (defect 1); a .docx names findings by table/row/column; saving names the file; unsaved edits warn on leaving.
import * as React from "react";
import { render, screen, fireEvent, waitFor, within } from "@testing-library/react";
import "../support/dom";
import "../../src/core/catalogs/all";
import { PageApp } from "../../src/page/PageApp";
import { docxFromGrid } from "../support/files";
import { SEEDS, seedGrid, seedText } from "../support/seeds";

const saved: { name: string; bytes: Uint8Array | string }[] = [];
jest.mock("../../src/ui/download", () => ({
  MIME: { xlsx: "x", docx: "d", txt: "t", html: "h" },
  download: (bytes: Uint8Array | string, name: string) => saved.push({ name, bytes }),
}));

function fileOf(content: string | Uint8Array, name: string): File {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  const f = new File([bytes as BlobPart], name);
  // jsdom's File may lack arrayBuffer(): give it the bytes the browser would.
  Object.defineProperty(f, "arrayBuffer", { value: async () => bytes.slice().buffer });
  return f;
}

async function open(content: string | Uint8Array, name: string, unsaved?: "discard") {
  fireEvent.change(document.getElementById("file-input")!, { target: { files: [fileOf(content, name)] } });
  // Unsaved edits: the page asks first (save / discard / cancel).
  if (unsaved) fireEvent.click(await screen.findByTestId(`unsaved-${unsaved}`));
  // The opened document's heading takes the focus (after the loading indicator).
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("heading", { level: 2, name })));
}

const cells = () =>
  [...screen.getByTestId("plan-table").querySelectorAll("textarea")].map((t) => (t as HTMLTextAreaElement).value);

describe("page", () => {
  beforeEach(() => (saved.length = 0));

  it("shows and saves only the new file's text after another file was opened and edited (defect 1)", async () => {
    render(<PageApp />);
    await open(seedText(SEEDS.thuDuc), "thu-duc.txt");
    const period = screen.getByRole("textbox", { name: "Thời gian thực hiện và hoàn thành — dòng 29" });
    fireEvent.change(period, { target: { value: "SỬA CỦA TRƯỜNG THỦ ĐỨC" } });
    expect(screen.getByTestId("dirty").textContent).toBe("Có thay đổi chưa lưu");
    // Another file while edits are unsaved: asked first; "Hủy" keeps the edited plan as it is.
    fireEvent.change(document.getElementById("file-input")!, {
      target: { files: [fileOf(seedText(SEEDS.mamNon), "mam-non.txt")] },
    });
    fireEvent.click(await screen.findByTestId("unsaved-cancel"));
    await waitFor(() => expect(screen.queryByTestId("unsaved-dialog")).toBeNull());
    expect(await screen.findByRole("heading", { level: 2, name: "thu-duc.txt" })).toBeTruthy();
    expect(cells()).toContain("SỬA CỦA TRƯỜNG THỦ ĐỨC");
    expect(screen.getByTestId("dirty").textContent).toBe("Có thay đổi chưa lưu");
    await open(seedText(SEEDS.mamNon), "mam-non.txt", "discard");
    expect(cells().join("\n")).not.toContain("SỬA CỦA TRƯỜNG THỦ ĐỨC");
    expect(cells().join("\n")).not.toMatch(/Thủ Đức/);
    expect(screen.getByTestId("dirty").textContent).toBe("Chưa có thay đổi chưa lưu");
    // The context is the new file's, not the old one's.
    expect(screen.getByTestId("file-context").textContent).toMatch(/Mầm non/);
    fireEvent.click(screen.getByRole("button", { name: "Lưu tệp đã sửa" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].name).toBe("mam-non-da-sua.txt");
    const text = new TextDecoder().decode(saved[0].bytes as Uint8Array);
    expect(text).not.toContain("SỬA CỦA TRƯỜNG THỦ ĐỨC");
    // Said after the download (a render later): waited for, not read at the download.
    await waitFor(() => expect(screen.getByTestId("page-notice").textContent).toContain("“mam-non-da-sua.txt”"));
  });

  it("a template replaces the open document, and a second template (other year) replaces the first", async () => {
    render(<PageApp />);
    await open(seedText(SEEDS.thuDuc), "thu-duc.txt");
    fireEvent.change(screen.getByRole("textbox", { name: "Thời gian thực hiện và hoàn thành — dòng 29" }), {
      target: { value: "CŨ" },
    });
    fireEvent.click(screen.getByTestId("entry-template"));
    fireEvent.change(screen.getByRole("combobox", { name: "Cấp học" }), { target: { value: "thcs" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Năm học" }), { target: { value: "2025 – 2026" } });
    fireEvent.click(within(await screen.findByTestId("template-form")).getByRole("button", { name: "Tạo mẫu" }));
    fireEvent.click(await screen.findByTestId("unsaved-discard")); // the edit "CŨ" is given up on purpose
    await waitFor(() =>
      expect(screen.getByRole("heading", { level: 2, name: "ke-hoach-cai-tien-thcs-2025-2026.xlsx" })).toBeTruthy(),
    );
    expect(cells()).not.toContain("CŨ");
    expect(screen.getByTestId("plan-table").querySelectorAll("th")).toHaveLength(9);
    fireEvent.change(screen.getByRole("textbox", { name: "Năm học" }), { target: { value: "2026–2027" } });
    fireEvent.click(within(await screen.findByTestId("template-form")).getByRole("button", { name: "Tạo mẫu" }));
    await waitFor(() =>
      expect(screen.getByRole("heading", { level: 2, name: "ke-hoach-cai-tien-thcs-2026-2027.xlsx" })).toBeTruthy(),
    );
    expect(screen.getByTestId("plan-table").querySelectorAll("th")).toHaveLength(10);
    expect(screen.getByTestId("file-context").textContent).toContain("TT 57/2026");
  });

  it("names .docx findings by table, row and column, never Excel addresses (defect 2)", async () => {
    render(<PageApp />);
    await open(await docxFromGrid(seedGrid(SEEDS.thuDuc)), "thu-duc.docx");
    const list = screen.getByTestId("file-findings");
    const late = list.querySelector('[data-rule="timeline.after-school-year"]') as HTMLButtonElement;
    expect(late.textContent).toMatch(/^Bảng \d+ · dòng \d+ · cột Thời gian/);
    for (const b of list.querySelectorAll("button[data-rule]"))
      expect(b.textContent).not.toMatch(/^\[?[A-Z]{1,2}\d+\b/);
    // The finding goes to its cell: focused, and the cell is marked without relying on colour.
    fireEvent.click(late);
    const cell = document.activeElement as HTMLTextAreaElement;
    // The cell is named with the same place as the finding ("Bảng 3 · dòng 1"), not the grid's line.
    const place = /^(Bảng \d+ · dòng \d+)/.exec(late.textContent!)![1];
    expect(cell.getAttribute("aria-label")).toBe(`Thời gian thực hiện và hoàn thành — ${place.toLowerCase()}`);
    expect(cell.closest("td")!.getAttribute("data-mark")).toBe("warning");
    expect(cell.closest("td")!.textContent).toContain("⚠");
    expect(cell.closest("td")!.getAttribute("title")).toMatch(/vượt quá năm học/);
  });

  it("warns before leaving with unsaved edits, and not after saving", async () => {
    render(<PageApp />);
    await open(seedText(SEEDS.thuDuc), "thu-duc.txt");
    const leave = () => {
      const e = new Event("beforeunload", { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(leave()).toBe(false);
    fireEvent.change(screen.getByRole("textbox", { name: "Thời gian thực hiện và hoàn thành — dòng 29" }), {
      target: { value: "Tháng 9/2025" },
    });
    expect(leave()).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Lưu tệp đã sửa" }));
    await waitFor(() => expect(screen.getByTestId("dirty").textContent).toBe("Chưa có thay đổi chưa lưu"));
    expect(leave()).toBe(false);
  });

  it("shows cells without HTML tags and offers the catalog's criteria for the criterion cell being edited", async () => {
    render(<PageApp />);
    const table = [
      "TRƯỜNG THCS LÊ QUÝ ĐÔN",
      "Năm học 2025-2026",
      "TT\tTiêu chuẩn, tiêu chí\tKết quả cần đạt\tCông việc\tChủ trì\tThời gian\tKinh phí",
      "\tTiêu chí 1.4: Tổ chuyên môn\t<p>Đạt mức 2</p>\tHọp tổ<br>hằng tháng\tTTCM\tTháng 10/2025\t5 triệu",
    ].join("\n");
    await open(table, "bang.txt");
    expect(cells().join("|")).not.toMatch(/<\/?(p|br)>/);
    expect(cells()).toContain("Đạt mức 2");
    const criterion = screen.getByRole("textbox", { name: "Tiêu chuẩn, tiêu chí — dòng 4" }) as HTMLTextAreaElement;
    fireEvent.focus(criterion);
    const pick = screen.getByRole("combobox", { name: "Chọn tiêu chí từ danh mục" }) as HTMLSelectElement;
    // One list, for the focused cell only.
    expect(screen.getAllByRole("combobox", { name: "Chọn tiêu chí từ danh mục" })).toHaveLength(1);
    const option = [...pick.options].find((o) => o.value.startsWith("Tiêu chí 1.4:"))!;
    fireEvent.change(pick, { target: { value: option.value } });
    expect(criterion.value).toBe(option.value);
    expect(screen.getByTestId("dirty").textContent).toBe("Có thay đổi chưa lưu");
  });
});
