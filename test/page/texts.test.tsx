/** @jest-environment jsdom */
/**
 * One way for user texts (issue 28): what the page says of a file it read (a legacy encoding converted, no plan
 * table) is in the page's one language, never "Vietnamese / English". Expectations by hand.
 */
import * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import "../support/dom";
import "../../src/core/catalogs/all";
import { PageApp } from "../../src/page/PageApp";

function pick(bytes: Uint8Array, name: string) {
  const f = new File([bytes as BlobPart], name);
  Object.defineProperty(f, "arrayBuffer", { value: async () => bytes.slice().buffer });
  fireEvent.change(document.getElementById("file-input")!, { target: { files: [f] } });
}

// "Kế hoạch cải tiến chất lượng" in TCVN3 bytes (as a .Vn font shows it): no plan table in it.
const TCVN3 = Uint8Array.from(Buffer.from("KÕ ho¹ch c¶i tiÕn chÊt l­îng\r\n", "latin1"));

it.each([
  [
    "en" as const,
    [
      'No improvement-plan table found in "abc.txt"',
      '"abc.txt" is in TCVN3 (ABC, .Vn fonts), not Unicode: converted to read it',
    ],
    ["Tệp", "bảng mã", " / "],
  ],
  [
    "vi" as const,
    [
      'Không tìm thấy bảng kế hoạch cải tiến trong tệp "abc.txt"',
      'Tệp "abc.txt" dùng bảng mã TCVN3 (ABC, phông .Vn…), không phải Unicode',
    ],
    ["is in TCVN3", "No improvement", " / "],
  ],
])("in %s: the file's messages in that language only", async (lang, said, notSaid) => {
  render(<PageApp initialLang={lang} />);
  pick(TCVN3, "abc.txt");
  await screen.findByRole("heading", { level: 2, name: "abc.txt" });
  const bars = await waitFor(() => {
    const found = [...document.querySelectorAll(".fui-MessageBarBody")].map((b) => b.textContent ?? "");
    expect(found.length).toBeGreaterThanOrEqual(2);
    return found;
  });
  for (const s of said) expect(bars.some((b) => b.startsWith(s))).toBe(true);
  for (const s of notSaid) expect(bars.some((b) => b.includes(s))).toBe(false);
});
