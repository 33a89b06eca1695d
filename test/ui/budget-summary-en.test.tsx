/** @jest-environment jsdom */
/**
 * The budget summary under the findings (the pane and the page share it, src/ui/findings/FindingsList.tsx) names the
 * funding sources by our own categories ("Ngân sách", "Xã hội hóa", "Nguồn thu tại đơn vị", "Khác", "Chưa ghi
 * nguồn"): in English mode they are said in English; in Vietnamese as before. The plan is written here by hand, one
 * row per source; the amounts per source are added up by hand.
 */
import * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import "../support/dom";
import "../../src/core/catalogs/all";
import { App } from "../../src/taskpane/App";
import { PageApp } from "../../src/page/PageApp";
import { fundingSourceLabel } from "../../src/core/labels";
import { doc2018, GOOD_ROW } from "../support/grids";

const row = (code: string, budget: string) => {
  const r = [...GOOD_ROW];
  r[1] = `Tiêu chí ${code}`;
  r[6] = budget;
  return r;
};
const PLAN = doc2018({
  rows: [
    row("1.4", "5.000.000 đồng (ngân sách)"),
    row("1.5", "3.000.000 đồng xã hội hóa"),
    row("2.1", "2.000.000 đồng từ nguồn thu tại đơn vị"),
    row("2.2", "1.000.000 đồng nguồn khác"),
    row("3.1", "4.000.000 đồng"),
  ],
});
const tsv = PLAN.map((r) => r.join("\t")).join("\n");

/** The summary's lines, once the check is done in the pane. */
async function summaryLines(lang: "vi" | "en"): Promise<string[]> {
  render(<App hostKind="browser" host={null} initialLang={lang} />);
  const box = await screen.findByRole("textbox", {
    name: lang === "en" ? /Paste the plan table/ : /Dán bảng kế hoạch/,
  });
  fireEvent.change(box, { target: { value: tsv } });
  fireEvent.click(screen.getByRole("button", { name: lang === "en" ? "Check" : "Kiểm tra" }));
  await waitFor(() => expect(screen.getByTestId("summary")).toBeTruthy());
  return [...screen.getByTestId("summary").querySelectorAll("li")].map((li) => li.textContent ?? "");
}

describe("the budget summary's funding sources, in the chosen language", () => {
  it("English: our category names in English", async () => {
    const lines = await summaryLines("en");
    expect(lines).toEqual(
      expect.arrayContaining([
        "State budget: 5.000.000 đ",
        "Community contributions: 3.000.000 đ",
        "School's own revenue: 2.000.000 đ",
        "Other sources: 1.000.000 đ",
        "Source not stated: 4.000.000 đ",
      ]),
    );
    // No Vietnamese of ours left in the source lines (the amounts' "đ" aside).
    const sources = lines.filter((l) => !/^Standard/.test(l)).map((l) => l.replace(/ đ$/, ""));
    expect(sources.filter((l) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(l))).toEqual([]);
  });

  it("English, the page: the same summary under a plan file's findings", async () => {
    render(<PageApp initialLang="en" />);
    const bytes = new TextEncoder().encode(tsv);
    const file = new File([bytes as BlobPart], "plan.txt");
    Object.defineProperty(file, "arrayBuffer", { value: async () => bytes.slice().buffer });
    fireEvent.change(document.getElementById("file-input")!, { target: { files: [file] } });
    const summary = await screen.findByTestId("summary");
    const lines = [...summary.querySelectorAll("li")].map((li) => li.textContent ?? "");
    expect(lines).toEqual(expect.arrayContaining(["State budget: 5.000.000 đ", "Source not stated: 4.000.000 đ"]));
    expect(lines.some((l) => l.startsWith("Xã hội hóa") || l.startsWith("Ngân sách"))).toBe(false);
  });

  it("Vietnamese: as before", async () => {
    const lines = await summaryLines("vi");
    expect(lines).toEqual(
      expect.arrayContaining([
        "Ngân sách: 5.000.000 đ",
        "Xã hội hóa: 3.000.000 đ",
        "Nguồn thu tại đơn vị: 2.000.000 đ",
        "Khác: 1.000.000 đ",
        "Chưa ghi nguồn: 4.000.000 đ",
      ]),
    );
  });

  it("text that is not one of our categories is kept as written in either language", () => {
    expect(fundingSourceLabel("Quỹ khuyến học của xã", "en")).toBe("Quỹ khuyến học của xã");
    expect(fundingSourceLabel("Xã hội hóa", "vi")).toBe("Xã hội hóa");
    // NFD input (a PDF's text) is our category all the same
    expect(fundingSourceLabel("Xã hội hóa".normalize("NFD"), "en")).toBe("Community contributions");
  });
});
