/**
 * The message of a scan that holds no plan table (the batch summary's status, `kehoach check`'s reason): each page
 * warning is said once, with the pages it was met on. Expectations written by hand.
 */
import { pageWarnings, scanNoTableMessage } from "../../../src/hosts/file/scan";

const SMALL = "ảnh quá nhỏ (khoảng 72 dpi) — chữ có thể đọc sai; hãy quét lại từ 200 dpi.";
const SKEWED = "ảnh bị nghiêng hoặc chụp lệch quá nhiều, không chỉnh thẳng được.";

describe("a blank two-page scan", () => {
  const seen = {
    pages: 2,
    words: 0,
    meanConfidence: 0,
    warnings: [`Trang 1: ${SMALL}`, `Trang 1: ${SKEWED}`, `Trang 2: ${SMALL}`, `Trang 2: ${SKEWED}`].map((vi) => ({
      vi,
      en: vi,
    })),
  };
  it("names each warning once, with both pages", () => {
    expect(scanNoTableMessage("ban-quet.pdf", seen).vi).toBe(
      `Tệp "ban-quet.pdf" là ảnh quét/ảnh chụp: không đọc được chữ nào (Trang 1, 2: ${SMALL} Trang 1, 2: ${SKEWED}). ` +
        "Hãy dùng bản Word/Excel gốc, hoặc quét lại rõ hơn (từ 200 dpi, thẳng trang).",
    );
  });
});

describe("pageWarnings", () => {
  it("keeps the first-met order, a warning on one page as it was, and warnings without a page once", () => {
    expect(
      pageWarnings([`Trang 2: ${SKEWED}`, `Trang 1: ${SMALL}`, "Không có ảnh.", `Trang 3: ${SKEWED}`, "Không có ảnh."]),
    ).toEqual([`Trang 2, 3: ${SKEWED}`, `Trang 1: ${SMALL}`, "Không có ảnh."]);
  });
  it("leaves different warnings of different pages apart", () => {
    expect(pageWarnings([`Trang 1: ${SMALL}`, `Trang 2: ${SKEWED}`])).toEqual([
      `Trang 1: ${SMALL}`,
      `Trang 2: ${SKEWED}`,
    ]);
  });
});
