/**
 * The message of a scan that holds no plan table (the batch summary's status, `kehoach check`'s reason): short, each
 * page warning said once by what was found (its consequence and advice left to the one advice at the end), with the
 * pages it was met on; in Vietnamese and in English. Expectations written by hand.
 */
import { pageWarnings, scanNoTableMessage } from "../../../src/hosts/file/scan";
import { reportInputs } from "../../../src/hosts/file/report";
import { reportFile } from "../../../src/core/report/model";

const SMALL = "ảnh quá nhỏ (khoảng 72 dpi) — chữ có thể đọc sai; hãy quét lại từ 200 dpi.";
const SKEWED = "ảnh bị nghiêng hoặc chụp lệch quá nhiều, không chỉnh thẳng được — bảng có thể đọc sai; hãy chụp thẳng.";
const BLANK = "trang trống hoặc chữ quá mờ.";
const SMALL_EN = "the image is too small (about 72 dpi) — text may be misread; scan again at 200 dpi or more.";
const SKEWED_EN = "the image is too tilted or skewed to straighten — the table may be misread; take it straight.";
const BLANK_EN = "the page is blank or too faint.";

describe("a blank two-page scan", () => {
  const seen = {
    pages: 2,
    words: 0,
    meanConfidence: 0,
    warnings: [1, 2].flatMap((page) => [
      {
        vi: `Trang ${page}: ảnh quá nhỏ (2 × 2 điểm ảnh) — chữ có thể đọc sai; hãy quét lại từ 200 dpi.`,
        en: `Page ${page}: the image is too small (2 × 2 pixels) — text may be misread; scan again at 200 dpi or more.`,
      },
      { vi: `Trang ${page}: ${BLANK}`, en: `Page ${page}: ${BLANK_EN}` },
    ]),
  };
  const said = scanNoTableMessage("ban-quet.pdf", seen);
  it("says what was found once, for both pages, then the advice once", () => {
    expect(said.vi).toBe(
      'Tệp "ban-quet.pdf" là ảnh quét/ảnh chụp: không đọc được chữ nào. ' +
        "Trang 1, 2: ảnh quá nhỏ (2 × 2 điểm ảnh); trang trống hoặc chữ quá mờ. " +
        "Hãy dùng bản Word/Excel gốc, hoặc quét lại rõ hơn (từ 200 dpi, thẳng trang).",
    );
    expect(said.vi).not.toMatch(/\b0 dpi|—/);
  });
  it("in English, in English only", () => {
    expect(said.en).toBe(
      '"ban-quet.pdf" is a scan or photo: no text could be read (2 page(s)). ' +
        "Page 1, 2: the image is too small (2 × 2 pixels); the page is blank or too faint. " +
        "Use the original Word/Excel file, or scan it again more clearly (200 dpi or more, pages straight).",
    );
  });
  it("the batch summary keeps both: Vietnamese as the reason, English beside it", () => {
    const result = {
      path: "phong/ban-quet.pdf",
      status: "error" as const,
      error: said.vi,
      errorEn: said.en,
      findings: [],
      totalVnd: 0,
      notice: { status: "scanned" as const, message: said.vi, messageEn: said.en },
    };
    const entry = reportFile(reportInputs([result])[0]);
    expect([entry.status, entry.checked, entry.reason, entry.reasonEn]).toEqual(["scanned", false, said.vi, said.en]);
  });
  it("a reason with a part only in Vietnamese has no English (the page then shows the Vietnamese)", () => {
    const result = { path: "a.pdf", status: "error" as const, error: "Tệp bị hỏng.", findings: [], totalVnd: 0 };
    expect(reportFile(reportInputs([result])[0]).reasonEn).toBeUndefined();
  });
});

describe("a scan with words but no table", () => {
  it("names what was seen and the warnings of the pages met", () => {
    const seen = {
      pages: 3,
      words: 812,
      meanConfidence: 84,
      warnings: [
        { vi: `Trang 2: ${SKEWED}`, en: `Page 2: ${SKEWED_EN}` },
        { vi: `Trang 3: ${SMALL}`, en: `Page 3: ${SMALL_EN}` },
      ],
    };
    const said = scanNoTableMessage("anh.jpg", seen);
    expect(said.vi).toBe(
      'Tệp "anh.jpg" là ảnh quét/ảnh chụp: đã thấy 3 trang, 812 chữ đọc được, độ tin cậy trung bình 84 % nhưng ' +
        "không có bảng kế hoạch. Trang 2: ảnh bị nghiêng hoặc chụp lệch quá nhiều, không chỉnh thẳng được. " +
        "Trang 3: ảnh quá nhỏ (khoảng 72 dpi). " +
        "Hãy dùng bản Word/Excel gốc, hoặc quét lại rõ hơn (từ 200 dpi, thẳng trang).",
    );
    expect(said.en).toBe(
      '"anh.jpg" is a scan or photo: 3 page(s), 812 words read, mean confidence 84 %, but no plan table. ' +
        "Page 2: the image is too tilted or skewed to straighten. Page 3: the image is too small (about 72 dpi). " +
        "Use the original Word/Excel file, or scan it again more clearly (200 dpi or more, pages straight).",
    );
  });
});

describe("pageWarnings", () => {
  it("keeps the first-met order; pages with the same warnings together; a warning without a page once", () => {
    expect(
      pageWarnings([`Trang 2: ${SKEWED}`, `Trang 1: ${SMALL}`, "Không có ảnh.", `Trang 3: ${SKEWED}`, "Không có ảnh."]),
    ).toEqual([
      "Trang 2, 3: ảnh bị nghiêng hoặc chụp lệch quá nhiều, không chỉnh thẳng được.",
      "Trang 1: ảnh quá nhỏ (khoảng 72 dpi).",
      "Không có ảnh.",
    ]);
  });
  it("a page with two warnings says both; another page with one of them is named apart", () => {
    expect(pageWarnings([`Trang 1: ${SMALL}`, `Trang 1: ${SKEWED}`, `Trang 2: ${SKEWED}`])).toEqual([
      "Trang 1: ảnh quá nhỏ (khoảng 72 dpi); ảnh bị nghiêng hoặc chụp lệch quá nhiều, không chỉnh thẳng được.",
      "Trang 2: ảnh bị nghiêng hoặc chụp lệch quá nhiều, không chỉnh thẳng được.",
    ]);
  });
  it("in English, by its pages", () => {
    expect(pageWarnings([`Page 1: ${SMALL_EN}`, `Page 2: ${SMALL_EN}`, `Page 2: ${BLANK_EN}`], "Page")).toEqual([
      "Page 1: the image is too small (about 72 dpi).",
      "Page 2: the image is too small (about 72 dpi); the page is blank or too faint.",
    ]);
  });
});
