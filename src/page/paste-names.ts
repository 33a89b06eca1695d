/**
 * A pasted table has no file: the page titles it "Bảng dán" (never a made-up file name such as "bang-dan.txt"), and
 * only when the user saves it does it get a file name — the file the user makes by saving.
 */
export const pastedTitle = (lang: "vi" | "en") => (lang === "en" ? "Pasted table" : "Bảng dán");
export const pastedFileName = (lang: "vi" | "en") => (lang === "en" ? "pasted-table.txt" : "bang-dan.txt");

/** The large view's "no plan table" problem for a paste (the small view's finding says what the paste held). */
export const pastedNoTableMessage = (lang: "vi" | "en") =>
  lang === "en"
    ? "No improvement-plan table found in the pasted text: a table with a header row (criterion, content, " +
      "timeline, budget…) is needed. If it was copied from a PDF, open the PDF file itself."
    : "Không tìm thấy bảng kế hoạch cải tiến trong nội dung đã dán: cần một bảng có dòng tiêu đề (Tiêu chí, Nội " +
      "dung, Thời gian, Kinh phí…). Nếu nội dung được chép từ tệp PDF, hãy mở trực tiếp tệp PDF đó.";
