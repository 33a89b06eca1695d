/** @jest-environment jsdom */
/**
 * The batch summary's status of a blank scan (a PDF of pictures without text; issue 21/22): short and true — no
 * "khoảng 0 dpi", a blank page not called skewed — in the page's one language. The batch worker is replaced by one
 * that answers in this thread with the worker's own steps (toReportFile of what checkBytes returns for such a scan:
 * the scan message over the warnings preparePage gives the test PDFs' 2 × 2 grey picture, OCR having read no word).
 * Expectations by hand.
 */
import * as React from "react";
import { render, screen } from "@testing-library/react";
import "../support/dom";
import { BatchView, type BatchItem } from "../../src/page/batch/BatchView";
import { toReportFile } from "../../src/hosts/file/check";
import { scanNoTableMessage } from "../../src/hosts/file/scan";
import { preparePage } from "../../src/hosts/file/ocr/prepare";
import { ocrSeen } from "../../src/core/read/ocr";
import type { BatchSource } from "../../src/hosts/file/batch";

jest.mock("../../src/page/batch/client", () => ({
  spawnBatchWorker: () => ({
    async check(_bytes: Uint8Array, source: BatchSource) {
      const picture = { width: 2, height: 2, data: Uint8Array.from([0x80, 0x90, 0xa0, 0xb0]), dpi: 0.3 };
      const warnings = [1, 2].flatMap((n) => preparePage(picture, n).warnings);
      const why = scanNoTableMessage("ban-quet.pdf", ocrSeen([[], []], warnings));
      return toReportFile({
        path: source.path,
        status: "error",
        error: why.vi,
        errorEn: why.en,
        findings: [],
        totalVnd: 0,
        notice: { status: "scanned", message: why.vi, messageEn: why.en },
      });
    },
    report: async () => "",
    dispose: () => undefined,
  }),
}));

const item = (): BatchItem => {
  const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
  const source = { path: "phong/ban-quet.pdf", size: bytes.length, bytes: async () => bytes };
  return { source, file: new File([bytes as BlobPart], "ban-quet.pdf") };
};

async function statusIn(lang: "vi" | "en"): Promise<string> {
  const { container } = render(<BatchView lang={lang} items={[item()]} hidden={false} onOpen={() => undefined} />);
  await screen.findByText(/ban-quet\.pdf" (là|is a)/); // up to the ceiling of test/support/wait-ceilings.ts
  return container.querySelector('tr[data-file="phong/ban-quet.pdf"] [data-status="scanned"]')!.textContent!;
}

it("in Vietnamese: what was found once for both pages, no dpi figure, then the advice", async () => {
  expect(await statusIn("vi")).toBe(
    'Bản quét (ảnh): Tệp "ban-quet.pdf" là ảnh quét/ảnh chụp: không đọc được chữ nào. ' +
      "Trang 1, 2: ảnh quá nhỏ (2 × 2 điểm ảnh); trang trống hoặc chữ quá mờ. " +
      "Hãy dùng bản Word/Excel gốc, hoặc quét lại rõ hơn (từ 200 dpi, thẳng trang).",
  );
});

it("in English: English only", async () => {
  const status = await statusIn("en");
  expect(status).toBe(
    'Scanned (image): "ban-quet.pdf" is a scan or photo: no text could be read (2 page(s)). ' +
      "Page 1, 2: the image is too small (2 × 2 pixels); the page is blank or too faint. " +
      "Use the original Word/Excel file, or scan it again more clearly (200 dpi or more, pages straight).",
  );
  expect(status.replace(/×/g, "")).not.toMatch(/[\u00c0-\u1ef9]/); // × (U+00D7) is in that block
});
