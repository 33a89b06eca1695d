/** The progress of a scan being read by OCR ("Đang đọc ảnh trang n/N") and its stop button ("Dừng"). */
import * as React from "react";
import { Button, Field, ProgressBar } from "@fluentui/react-components";
import { L, type Lang } from "../../ui/i18n";
import type { OcrProgress } from "./client";

export function OcrProgressBar({ lang, progress, onStop }: { lang: Lang; progress: OcrProgress; onStop: () => void }) {
  const { page, pages, fraction } = progress;
  const value = pages ? (page - 1 + fraction) / pages : 0;
  const label = pages
    ? L(lang, `Đang đọc ảnh trang ${page}/${pages}`, `Reading image page ${page}/${pages}`) +
      ` (${Math.round(fraction * 100)} %)`
    : L(lang, "Đang chuẩn bị đọc ảnh (OCR)…", "Preparing to read the image (OCR)…");
  return (
    <div data-testid="ocr-progress" style={{ display: "flex", alignItems: "flex-end", gap: 12, margin: "8px 0" }}>
      <Field
        label={label}
        hint={L(
          lang,
          "Đọc chữ từ ảnh ngay trong trình duyệt, không gửi đi đâu; mỗi trang mất khoảng nửa phút.",
          "Text is read from the image in this browser and sent nowhere; each page takes about half a minute.",
        )}
        style={{ flex: 1 }}
      >
        <ProgressBar value={value} max={1} thickness="large" aria-valuetext={label} />
      </Field>
      <Button onClick={onStop} data-testid="ocr-stop">
        {L(lang, "Dừng", "Stop")}
      </Button>
    </div>
  );
}
