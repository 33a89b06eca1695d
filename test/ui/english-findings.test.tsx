/** @jest-environment jsdom */
/**
 * One language at a time (issue 28): in English mode the findings list of the pane and of the page — messages and
 * their "Suggestion:" lines — has no Vietnamese of ours. Vietnamese may only appear quoted: the user's own text and
 * legal texts or examples of plan wording (“…” or "…"). The plans below are written by hand to set off many rules.
 */
import * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import "../support/dom";
import "../../src/core/catalogs/all";
import { App } from "../../src/taskpane/App";
import { PageApp } from "../../src/page/PageApp";
import { doc2018, doc57, GOOD_ROW_TT57 } from "../support/grids";
import { seedText, SEEDS } from "../support/seeds";

/** Letters only Vietnamese has (not in English or in the other Latin-script languages' common words). */
const VIETNAMESE_ONLY = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
/**
 * What of a text is our own wording: without quoted text (“…”, "…"), legal documents' numbers and symbols
 * ("18/2018/TT-BGDĐT", "30/2020/NĐ-CP") and amounts with the currency sign ("2.000.000 đ").
 */
const ours = (s: string) =>
  s
    .replace(/“[^”]*”|"[^"]*"/g, "")
    .replace(/\d+\/\d{4}\/[A-ZĐ-]+/g, "")
    .replace(/\d[\d.]* đ(?!\p{L})/gu, "");
const tsv = (grid: string[][]) => grid.map((r) => r.join("\t")).join("\n");

/** A 2018 plan with mistakes in every column: names, codes, levels, periods, budgets, owners, duplicates. */
const MESSY_2018 = doc2018({
  title: ["TRƯỜNG THCS LÊ QUÝ ĐÔN", "KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2025 – 2026"],
  rows: [
    ["", "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"],
    ["1", "Tiêu chí 1.4: Tên ghi sai hoàn toàn khác hẳn", "Đạt mức 5", "", "", "Cả năm", "10.000.00 đ"],
    ["2", "Tiêu chí 1.9: Không có trong thông tư", "Đạt mức 2", "Việc", "BGH", "Tháng 13/2025", "5 triệu đống"],
    ["3", "Tiêu chí 2.1: Đối với hiệu trưởng", "Đạt mức 2", "Việc", "BGH", "Tháng 9/2024 - tháng 5/2025", "50.000"],
    ["4", "Tiêu chí 1.4: Hiệu trưởng, phó hiệu trưởng", "Đạt mức 1", "Việc", "BGH", "", "Xã hội hóa"],
    ["5", "Tiêu chí 1.5: Lớp học", "Đạt mức 3", "Việc", "BGH", "Tháng 5/2026 - tháng 9/2025", "1 - 2 triệu"],
  ],
});

/** A TT 57 plan: a 2018 code, slogans for indicators, evidence codes of the old form, a status of its own. */
const MESSY_57 = doc57({
  rows: [
    GOOD_ROW_TT57,
    ["2", "Tiêu chí 1.5: Lớp học", "Đạt Mức 3", "x", "", "Tháng 9/2026", "BGH", "5.000.000", "[H1-1.1-01]", "Tốt"],
    [
      "3",
      "Tiêu chí 2.1: Nhân viên",
      "Đạt Mức 2",
      "x",
      "Tiếp tục duy trì và phát huy",
      "Cả năm",
      "",
      "",
      "MC.2.1.1",
      "",
    ],
  ],
  after: [["VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN"], ["Cuối học kỳ I (tháng 01/2027)"]],
});

/** Each finding of the list (message and suggestion) once the check is done. */
async function findingTexts(testId = "findings"): Promise<string[]> {
  const list = await screen.findByTestId(testId);
  return [...list.querySelectorAll("li li")].map((li) => li.textContent ?? "");
}

function expectEnglishOnly(texts: string[]) {
  expect(texts.length).toBeGreaterThan(0);
  const vietnamese = texts.filter((t) => VIETNAMESE_ONLY.test(ours(t)));
  expect(vietnamese).toEqual([]);
}

describe("in English, the findings and their fixes are English (quotes aside)", () => {
  it.each([
    ["a 2018 plan with many mistakes", tsv(MESSY_2018), true],
    ["a TT 57 plan with many mistakes", tsv(MESSY_57), true],
    ["the Thủ Đức seed", seedText(SEEDS.thuDuc), true],
    ["the Quảng Ninh seed", seedText(SEEDS.quangNinh), true],
  ])("the pane: %s", async (_name, text, fixes) => {
    render(<App hostKind="browser" host={null} initialLang="en" />);
    const box = await screen.findByRole("textbox", { name: /Paste the plan table/ });
    fireEvent.change(box, { target: { value: text } });
    fireEvent.click(screen.getByRole("button", { name: "Check" }));
    const texts = await findingTexts();
    expect(texts.some((t) => t.includes("Suggestion: "))).toBe(fixes);
    expectEnglishOnly(texts);
    // The budget total (its line under the list; the sources' names above it: test/ui/budget-summary-en.test.tsx).
    const total = screen.queryByTestId("summary")?.lastElementChild?.textContent;
    if (total) expect(ours(total)).not.toMatch(VIETNAMESE_ONLY);
  });

  it("the page: a plan file with many mistakes", async () => {
    render(<PageApp initialLang="en" />);
    const bytes = new TextEncoder().encode(tsv(MESSY_2018));
    const file = new File([bytes as BlobPart], "messy.txt");
    Object.defineProperty(file, "arrayBuffer", { value: async () => bytes.slice().buffer });
    fireEvent.change(document.getElementById("file-input")!, { target: { files: [file] } });
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole("heading", { level: 2, name: "messy.txt" })),
    );
    const texts = await findingTexts("file-findings");
    expect(texts.some((t) => t.includes("Suggestion: "))).toBe(true);
    expectEnglishOnly(texts);
    expect(ours(screen.getByTestId("file-summary").textContent ?? "")).not.toMatch(VIETNAMESE_ONLY);
  });

  it("the same plan in Vietnamese says its fixes in Vietnamese", async () => {
    render(<App hostKind="browser" host={null} initialLang="vi" />);
    const box = await screen.findByRole("textbox", { name: /Dán bảng kế hoạch/ });
    fireEvent.change(box, { target: { value: tsv(MESSY_2018) } });
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    const texts = await findingTexts();
    expect(texts.filter((t) => t.includes("Gợi ý: ")).length).toBeGreaterThan(3);
    expect(texts.some((t) => t.includes("Suggestion"))).toBe(false);
  });
});
