/**
 * A pasted table has no file: the page titles it "Bảng dán" (never a made-up file name such as "bang-dan.txt"), and
 * only when the user saves it does it get a file name — the file the user makes by saving.
 */
export const pastedTitle = (lang: "vi" | "en") => (lang === "en" ? "Pasted table" : "Bảng dán");
export const pastedFileName = (lang: "vi" | "en") => (lang === "en" ? "pasted-table.txt" : "bang-dan.txt");

/** A paste still being read in the plan worker when the time budget for one file ran out (one language). */
export const pastedTooSlowMessage = (lang: "vi" | "en", ms: number) =>
  lang === "en"
    ? `The pasted text is too complex: not read after ${Math.round(ms / 1000)} seconds (the time limit for one ` +
      "document). Paste the plan table alone, or open the original file itself."
    : `Nội dung dán quá phức tạp: chưa đọc xong sau ${Math.round(ms / 1000)} giây (giới hạn thời gian cho một ` +
      "tài liệu). Hãy dán riêng bảng kế hoạch, hoặc mở trực tiếp tệp gốc.";

/** A paste that made the plan worker run out of memory (one language). */
export const pastedOutOfMemoryMessage = (lang: "vi" | "en") =>
  lang === "en"
    ? "The pasted text is too large: reading it needs more memory than the browser allows. Paste the plan table " +
      "alone, or open the original file itself."
    : "Nội dung dán quá lớn: bộ nhớ cần để đọc vượt giới hạn của trình duyệt. Hãy dán riêng bảng kế hoạch, hoặc mở " +
      "trực tiếp tệp gốc.";
