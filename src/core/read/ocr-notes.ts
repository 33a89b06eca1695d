/**
 * A plan read from images: each table cell gets the OCR confidence of its words, cells below the threshold get a
 * note ("đọc từ ảnh, độ tin cậy thấp — hãy đối chiếu bản gốc"), and the plan says it was read from a scan.
 */
import type { Finding, Plan } from "../types";
import { finding } from "../rules/finding";
import { OCR_LOW_CONFIDENCE, OCR_LOW_NOTE, OCR_LOW_NOTE_EN, seenLine, seenLineEn, type OcrSeen } from "./ocr";

export function annotateScan(plan: Plan, scan: { seen: OcrSeen; confidence: (number | null)[][] }): void {
  const notes: Finding[] = [];
  let low = 0;
  for (const row of plan.rows) {
    for (const cell of Object.values(row.cells)) {
      if (!cell) continue;
      const values = row.gridRows
        .map((r) => scan.confidence[r]?.[cell.pos.col])
        .filter((c): c is number => typeof c === "number");
      if (!values.length) continue;
      cell.confidence = Math.min(...values);
      if (cell.confidence >= OCR_LOW_CONFIDENCE) continue;
      low++;
      notes.push(
        finding({
          rule: "ocr.low-confidence",
          severity: "warning",
          message: `${OCR_LOW_NOTE} (độ tin cậy ${cell.confidence} %).`,
          messageEn: `${OCR_LOW_NOTE_EN} (confidence ${cell.confidence} %).`,
          cell,
          criterion: row.criterion,
          standard: row.standard,
        }),
      );
    }
  }
  const { seen } = scan;
  plan.scan = { ...seen, lowCells: low };
  notes.unshift(
    finding({
      rule: "ocr.read-from-scan",
      severity: "info",
      message:
        `Kế hoạch được đọc từ ảnh quét/ảnh chụp (${seenLine(seen)}; ${low} ô độ tin cậy thấp) — ` +
        "hãy đối chiếu bản gốc trước khi dùng.",
      messageEn: `The plan was read from a scan or photo (${seenLineEn(seen)}; ${low} low-confidence cells).`,
    }),
    ...seen.warnings.map((w) => finding({ rule: "ocr.image", severity: "warning", message: w.vi, messageEn: w.en })),
  );
  plan.readFindings = [...notes, ...plan.readFindings.filter((f) => !f.rule.startsWith("ocr."))];
}
