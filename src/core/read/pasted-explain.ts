/**
 * What the paste box says when a pasted text gives no plan table: what the text held, and — for text that came
 * column by column (`pdftotext` without -raw or -layout writes a table's cells a column at a time: every cell of a
 * column, header label first, before the next column) — that its rows cannot be put back together. Either way it
 * suggests opening the PDF file itself, and it names no file the user never made.
 */
import type { Finding, Plan } from "../types";
import { finding } from "../rules/finding";
import { GARBLED_SHARE, unreadableShare } from "../text/garble";
import { exactLabel, RUN_TOGETHER_HEADER } from "./pasted-labels";

/**
 * The criterion codes a text names, each once, in order: "tiêu chí 1.4" → 1.4; in a table whose narrow cells broke
 * "Tiêu" / "chí" / "1.4:" apart, a code ending in its colon; a bare code after a row's TT number ("3 2.2 Cử …").
 */
function criterionCodes(text: string): string[] {
  const forms =
    /tiêu chí\s*(\d{1,2}\s*\.\s*\d{1,2})|(?:^|[^\d.])(\d{1,2}\.\d{1,2}):|^\s*\d{1,3}\s+(\d{1,2}\.\d{1,2})(?=\s)/gim;
  const found = [...String(text ?? "").matchAll(forms)].map((m) => (m[1] ?? m[2] ?? m[3]).replace(/\s+/g, ""));
  return [...new Set(found)];
}
const shownCodes = (codes: string[]) => codes.slice(0, 5).join(", ") + (codes.length > 5 ? ", …" : "");

/** What a paste without a recognisable table holds, for the message that says what was seen. */
export function describePasted(text: string): { vi: string; en: string } {
  const lines = String(text ?? "")
    .split(/\r?\n/)
    .filter((l) => l.trim());
  const tabs = lines.filter((l) => l.includes("\t")).length;
  const spaced = lines.filter((l) => /\S {2,}\S/.test(l)).length;
  const codes = criterionCodes(text);
  const codesVi = codes.length ? `${codes.length} mã tiêu chí (${shownCodes(codes)})` : "không có mã tiêu chí nào";
  const codesEn = codes.length ? `${codes.length} criterion codes (${shownCodes(codes)})` : "no criterion code";
  // Letters a viewer copied apart from their words ("Ti u chí", "ệ" on a line of its own: a PDF whose letters with
  // stacked marks come from a fallback font) — the header cannot be found in such text, but the PDF file reads.
  const { share } = unreadableShare(lines);
  const pct = Math.round(share * 100);
  const garbledVi =
    share >= GARBLED_SHARE
      ? ` Chữ đã dán bị xáo trộn (${pct} % từ không đọc được: dấu hoặc chữ tách khỏi từ của nó), thường gặp khi ` +
        "tệp PDF lấy một số chữ có dấu từ phông chữ khác."
      : "";
  const garbledEn =
    share >= GARBLED_SHARE
      ? ` The pasted letters are scrambled (${pct} % of words unreadable: marks or letters apart from their ` +
        "words), as when a PDF takes some accented letters from another font."
      : "";
  const vi =
    `Đã thấy ${lines.length} dòng chữ (${tabs} dòng có ô tách bằng Tab, ${spaced} dòng có nhiều khoảng trắng ` +
    `liền nhau), ${codesVi}, nhưng không có dòng tiêu đề bảng (TT | Tiêu chuẩn, tiêu chí | Kết quả cần đạt | …).` +
    garbledVi;
  const en =
    `Saw ${lines.length} lines of text (${tabs} with tab-separated cells, ${spaced} with runs of spaces), ` +
    `${codesEn}, but no table header row (TT | Standard, criterion | Target | …).` +
    garbledEn;
  return { vi, en };
}

/** Blocks of text between blank lines (or page breaks), their lines trimmed. */
const blocksOf = (text: string) =>
  String(text ?? "")
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n|\f/)
    .map((b) =>
      b
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean),
    )
    .filter((b) => b.length);

/**
 * Column-ordered text: the header's labels stand each in a block of its own (a blank line before and after),
 * at least three different ones — a table copied row by row has them on one line or in one block. Returns the
 * labels seen, or null.
 */
export function columnOrderedLabels(text: string): string[] | null {
  const seen = new Map<string, string>();
  for (const b of blocksOf(text)) {
    const label = b.length <= 8 && b.every((l) => l.length <= 40) ? exactLabel(b.join(" ")) : null;
    if (label && !seen.has(label)) seen.set(label, b.join(" "));
  }
  return seen.size >= 3 ? [...seen.values()] : null;
}

function columnOrderFinding(text: string, labels: string[]): Finding {
  const lines = String(text ?? "")
    .split(/\r?\n/)
    .filter((l) => l.trim()).length;
  const shown = labels
    .slice(0, 4)
    .map((l) => `“${l}”`)
    .join(", ");
  const codes = criterionCodes(text);
  const codesVi = codes.length ? `, ${codes.length} mã tiêu chí (${shownCodes(codes)})` : "";
  const codesEn = codes.length ? `, ${codes.length} criterion codes (${shownCodes(codes)})` : "";
  return finding({
    rule: "table.no-header",
    severity: "error",
    message:
      "Nội dung đã dán đi theo từng cột của bảng: chữ của cả một cột (nhãn cột rồi các ô bên dưới) hết mới sang cột " +
      "sau, nên không ghép lại được các dòng của bảng kế hoạch. " +
      `Đã thấy ${lines} dòng chữ, ${labels.length} nhãn cột đứng riêng (${shown}${labels.length > 4 ? ", …" : ""})` +
      `${codesVi}.`,
    messageEn:
      "The pasted text runs column by column: a whole column (its label, then the cells below it) comes before the " +
      `next one, so the plan table's rows cannot be rebuilt. Seen: ${lines} lines, ${labels.length} column labels ` +
      `on their own${codesEn}.`,
    suggestion: {
      vi:
        "Mở trực tiếp tệp PDF (trang độc lập: “Mở tệp”; dòng lệnh: kehoach check với tệp PDF đó) " +
        "để bảng được dựng lại theo vị trí chữ; " +
        "hoặc chép lại bảng trong trình xem PDF của Chrome, Edge hay Firefox (chép theo từng dòng), " +
        "hoặc chép bảng từ bản Word/Excel gốc.",
      en:
        "Open the PDF file itself (the page: “Open a file”; the command line: kehoach check with that PDF) " +
        "so the table is rebuilt from the text's positions; " +
        "or copy the table again in the PDF viewer of Chrome, Edge or Firefox " +
        "(they copy row by row), or copy it from the original Word/Excel file.",
    },
  });
}

/**
 * A pasted plan without a table: its finding says what the paste held and
 * suggests opening the PDF file itself (the positions of the words there rebuild the table), not inserting a
 * template. Column-ordered text is said to be so, instead of a list of the columns the header lacks.
 */
export function explainPasted(plan: Plan, text: string, grid?: string[][]): Plan {
  // Rows read out of column-ordered text are pieces of several rows: none is shown.
  const labels = columnOrderedLabels(text);
  if (labels) {
    const others = plan.readFindings.filter((f) => !f.rule.startsWith("table."));
    return {
      ...plan,
      headerRow: -1,
      columns: {},
      rows: [],
      readFindings: [columnOrderFinding(text, labels), ...others],
    };
  }
  if (grid && plan.headerRow >= 0 && !plan.rows.length && runTogether(grid[plan.headerRow] ?? [])) {
    // A header found, no row after it: the rows' cells came too mixed to tell a criterion at the start of each.
    const others = plan.readFindings.filter((f) => !f.rule.startsWith("table."));
    return { ...plan, headerRow: -1, columns: {}, rows: [], readFindings: [noRowsFinding(text), ...others] };
  }
  if (grid && plan.headerRow >= 0 && unplaced(plan, text)) {
    // Layout text whose columns came out too mixed to place (narrow cells one space apart, labels centred): no
    // period and no budget column, fewer criteria read than the text names — what was read is not shown.
    const others = plan.readFindings.filter((f) => !f.rule.startsWith("table."));
    return { ...plan, headerRow: -1, columns: {}, rows: [], readFindings: [noRowsFinding(text), ...others] };
  }
  if (grid && plan.headerRow >= 0) return explainJoined(plan, grid);
  if (!plan.readFindings.some((f) => f.rule === "table.no-header")) return plan;
  const seen = describePasted(text);
  const explained = plan.readFindings.map((f) =>
    f.rule !== "table.no-header"
      ? f
      : {
          ...f,
          message: `Không tìm thấy bảng kế hoạch cải tiến trong nội dung đã dán. ${seen.vi}`,
          messageEn: `No improvement plan table found in the pasted text. ${seen.en}`,
          suggestion:
            "Nếu nội dung được chép từ tệp PDF, hãy mở chính tệp PDF (trang độc lập: “Mở tệp kế hoạch”; dòng lệnh: " +
            "kehoach check tệp.pdf) để bảng được dựng lại theo vị trí chữ, hoặc chép bảng từ bản Word/Excel gốc.",
          suggestionEn:
            "If the text was copied from a PDF file, open that PDF itself (the page: “Open a file”; the command " +
            "line: kehoach check file.pdf) so the table is rebuilt from the text's positions, or copy the table from " +
            "the original Word/Excel file.",
        },
  );
  return { ...plan, readFindings: explained };
}

/**
 * Layout text (runs of spaces) read without a period or a budget column, and fewer distinct criteria read than the
 * pasted text names.
 */
function unplaced(plan: Plan, text: string): boolean {
  if (plan.columns.period !== undefined || plan.columns.budget !== undefined) return false;
  // (layout text only: a table pasted with its cells kept that lacks both columns is said to lack them)
  const spaced = String(text ?? "")
    .split(/\r?\n/)
    .filter((l) => /\S {2,}\S/.test(l)).length;
  if (spaced < 3) return false;
  const read = new Set(plan.rows.map((r) => r.criterion).filter(Boolean));
  return read.size < criterionCodes(text).length;
}

const runTogether = (header: string[]) =>
  header.length === RUN_TOGETHER_HEADER.length && header.every((h, i) => h === RUN_TOGETHER_HEADER[i]);

/** A header read in a run-together paste, and no row: what was seen, and to open the PDF file itself. */
function noRowsFinding(text: string): Finding {
  const lines = String(text ?? "")
    .split(/\r?\n/)
    .filter((l) => l.trim()).length;
  const codes = criterionCodes(text);
  return finding({
    rule: "table.no-header",
    severity: "error",
    message:
      "Đã thấy dòng tiêu đề của bảng kế hoạch nhưng không dựng lại được dòng nào: trong nội dung đã dán, chữ của " +
      "các ô trong mỗi dòng nằm lẫn vào nhau, nên không nhận ra mã tiêu chí ở đầu mỗi dòng. " +
      `Đã thấy ${lines} dòng chữ` +
      (codes.length ? `, ${codes.length} mã tiêu chí (${shownCodes(codes)}).` : "."),
    messageEn:
      "The plan table's header was found but no row could be rebuilt: in the pasted text the cells of each row are " +
      `mixed together, so no criterion code starts a row. Seen: ${lines} lines` +
      (codes.length ? `, ${codes.length} criterion codes (${shownCodes(codes)}).` : "."),
    suggestion: {
      vi:
        "Mở trực tiếp tệp PDF (trang độc lập: “Mở tệp”; dòng lệnh: kehoach check với tệp PDF đó) " +
        "để bảng được dựng lại theo vị trí chữ, hoặc chép bảng từ bản Word/Excel gốc.",
      en:
        "Open the PDF file itself (the page: “Open a file”; the command line: kehoach check with that PDF) " +
        "so the table is rebuilt from the text's positions, or copy the table from the original Word/Excel file.",
    },
  });
}

/**
 * A table rebuilt from rows run together: the columns its header lacks are not missing, their text is in each row's
 * tasks cell (no edges between cells in the pasted text). One note says so instead of a "missing column" warning
 * per column.
 */
function explainJoined(plan: Plan, grid: string[][]): Plan {
  const joined = runTogether(grid[plan.headerRow] ?? []);
  const missing = plan.readFindings.filter((f) => f.rule === "table.missing-column");
  if (!joined || !missing.length) return plan;
  const names = missing.map((f) => /"([^"]+)"/.exec(f.message)?.[1] ?? "").filter(Boolean);
  const note = finding({
    rule: "table.cells-joined",
    severity: "info",
    cell: { row: plan.headerRow, col: 0 },
    message:
      "Nội dung đã dán không giữ ranh giới giữa các ô của mỗi dòng: mã tiêu chí, thời gian và kinh phí được nhận ra " +
      `theo dạng chữ, còn chữ của các cột ${names.map((n) => `“${n}”`).join(", ")} nằm chung trong cột ` +
      `“${RUN_TOGETHER_HEADER[2]}”.`,
    messageEn:
      "The pasted text keeps no edges between the cells of a row: criterion codes, periods and budgets are told by " +
      "their form, the text of the other columns is in the tasks column.",
    suggestion: {
      vi:
        "Muốn có đủ các cột: mở trực tiếp tệp PDF " +
        "(trang độc lập: “Mở tệp”; dòng lệnh: kehoach check với tệp PDF đó), hoặc chép bảng từ bản Word/Excel gốc.",
      en:
        "To get every column: open the PDF file itself " +
        "(the page: “Open a file”; the command line: kehoach check with that PDF), " +
        "or copy the table from the original Word/Excel file.",
    },
  });
  const others = plan.readFindings.filter((f) => f.rule !== "table.missing-column");
  return { ...plan, readFindings: [...others, note] };
}
