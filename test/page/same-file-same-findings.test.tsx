/** @jest-environment jsdom */
/**
 * Same file, same findings (issue 21): nothing of a file opened before (context, catalog, cached text, PDF document
 * objects) changes what the page shows for the next one. One plan per file kind, each of another level and school
 * year so any leak shows: .xlsx (seed 004, THCS 2023-2024), .docx (held-out THPT 2025-2026, LibreOffice), .pdf
 * (held-out tiểu học 2024-2025, LibreOffice with a fallback font), .txt (seed 000, THCS 2025-2026). Each is
 * opened alone in a fresh page, then all are opened one after another in an order where every kind follows every
 * other kind once (an Euler circuit over the 12 ordered pairs); the page's findings and context line must be those
 * of the file opened alone.
 */
import * as fs from "fs";
import * as path from "path";
import * as React from "react";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import "../support/dom";
import "../support/pdfjs-dom";
import "../../src/core/catalogs/all";
import { PageApp } from "../../src/page/PageApp";
import { xlsxFromGrid } from "../support/files";
import { SEEDS, seedGrid, seedText } from "../support/seeds";

jest.setTimeout(300_000);

const VARIETY = path.join(__dirname, "..", "fixtures", "pdf-variety");
type Kind = "xlsx" | "docx" | "pdf" | "txt";
const NAMES: Record<Kind, string> = {
  xlsx: "quang-ninh-2023-2024.xlsx",
  docx: "thpt-nguyen-du-2025-2026.docx",
  pdf: "tieu-hoc-hoa-binh-2024-2025.lo-fallback.pdf",
  txt: "thu-duc-2025-2026.txt",
};
const bytes: Partial<Record<Kind, Uint8Array>> = {};

function fileOf(kind: Kind): File {
  const b = bytes[kind]!;
  const f = new File([b as BlobPart], NAMES[kind]);
  Object.defineProperty(f, "arrayBuffer", { value: async () => b.slice().buffer });
  return f;
}

/** Opens a file on the page and returns what the page shows of it: the context line and every finding. */
async function openAndRead(kind: Kind): Promise<string[]> {
  fireEvent.change(document.getElementById("file-input")!, { target: { files: [fileOf(kind)] } });
  const name = NAMES[kind];
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("heading", { level: 2, name })));
  const findings = [...document.querySelectorAll("button[data-rule]")].map(
    (b) => `${b.getAttribute("data-rule")} ${b.getAttribute("data-severity")} ${b.textContent}`,
  );
  return [`context: ${screen.getByTestId("file-context").textContent}`, ...findings];
}

beforeAll(async () => {
  bytes.xlsx = await xlsxFromGrid(seedGrid(SEEDS.quangNinh));
  bytes.docx = new Uint8Array(fs.readFileSync(path.join(VARIETY, NAMES.docx)));
  bytes.pdf = new Uint8Array(fs.readFileSync(path.join(VARIETY, NAMES.pdf)));
  bytes.txt = new TextEncoder().encode(seedText(SEEDS.thuDuc));
});

describe("the page: same file, same findings, whatever was opened before", () => {
  it("every kind after every other kind shows what it shows alone", async () => {
    const alone = {} as Record<Kind, string[]>;
    for (const kind of Object.keys(NAMES) as Kind[]) {
      render(<PageApp />);
      alone[kind] = await openAndRead(kind);
      cleanup();
    }
    // Each plan is read (context and findings differ from one kind to the next: a leak would show).
    expect(new Set(Object.values(alone).map((a) => a[0])).size).toBe(4);
    expect(alone.pdf[0]).toMatch(/Tiểu học/);
    expect(alone.pdf[0]).toMatch(/2024-2025/);
    expect(alone.txt.length).toBeGreaterThan(1); // Thủ Đức has findings (a period after the school year)

    const order: Kind[] = ["xlsx", "docx", "pdf", "txt", "xlsx", "pdf", "docx", "txt", "docx", "xlsx", "txt", "pdf"];
    order.push("xlsx");
    const pairs = new Set(order.slice(1).map((k, i) => `${order[i]}→${k}`));
    expect(pairs.size).toBe(12); // every ordered pair of kinds once
    render(<PageApp />);
    for (const [i, kind] of order.entries()) {
      const shown = await openAndRead(kind);
      const after = order[i - 1] ?? null;
      expect({ after, kind, shown }).toEqual({ after, kind, shown: alone[kind] });
    }
  });
});
