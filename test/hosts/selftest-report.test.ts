/**
 * The self-test's copyable report and its wording (src/hosts/selftest-report.ts), the text a school sends to its
 * support person. Every expected report below is written out by hand from the labels of the self-test (issue 11).
 */
import { failureText, formatSelfTestReport, oneLanguage, selfTestLabel } from "../../src/hosts/selftest-report";
import { isSelfTestable, type SelfTestReport } from "../../src/hosts/selftest";

const excel: SelfTestReport = {
  host: "excel",
  officeVersion: "16.0.17928",
  platform: "PC",
  requirementSets: ["ExcelApi 1.1–1.17", "DialogApi 1.2"],
  steps: [
    { capability: "insert", status: "pass", detail: "" },
    { capability: "dropdowns", status: "unsupported", detail: { vi: "Cần ExcelApi 1.8.", en: "Needs ExcelApi 1.8." } },
    { capability: "mark", status: "fail", detail: "Office báo lỗi InvalidArgument: bad range" },
    { capability: "cleanup", status: "skipped", detail: { vi: "Không có vùng thử.", en: "No test region." } },
  ],
};

describe("the self-test report", () => {
  it("in Vietnamese: host, version, requirement sets, one line per step, the count of failures", () => {
    expect(formatSelfTestReport(excel)).toBe(
      [
        "KHCT — Tự kiểm tra phần bổ trợ (Excel)",
        "Phiên bản Office: 16.0.17928 · Nền tảng: PC",
        "Bộ API hỗ trợ: ExcelApi 1.1–1.17; DialogApi 1.2",
        "",
        "ĐẠT — Chèn bảng kế hoạch",
        "CẦN OFFICE MỚI HƠN — Danh sách chọn tiêu chí: Cần ExcelApi 1.8.",
        "LỖI — Đánh dấu ô có lỗi: Office báo lỗi InvalidArgument: bad range",
        "BỎ QUA — Dọn vùng thử, tài liệu giữ nguyên: Không có vùng thử.",
        "",
        "Kết quả: 1 mục lỗi.",
      ].join("\n"),
    );
  });

  it("in English, one language only", () => {
    expect(formatSelfTestReport(excel, "en")).toBe(
      [
        "KHCT — add-in self-test (Excel)",
        "Office version: 16.0.17928 · Platform: PC",
        "Requirement sets: ExcelApi 1.1–1.17; DialogApi 1.2",
        "",
        "PASS — Insert the plan table",
        "NEEDS NEWER OFFICE — Criterion dropdowns: Needs ExcelApi 1.8.",
        "FAIL — Mark cells with findings: Office báo lỗi InvalidArgument: bad range",
        "SKIPPED — Clean up, document unchanged: No test region.",
        "",
        "Result: 1 failed.",
      ].join("\n"),
    );
  });

  it("Word with no requirement set known and nothing failed", () => {
    const word: SelfTestReport = {
      host: "word",
      officeVersion: "?",
      platform: "OfficeOnline",
      requirementSets: [],
      steps: [{ capability: "clipboard", status: "pass", detail: "" }],
    };
    expect(formatSelfTestReport(word)).toBe(
      [
        "KHCT — Tự kiểm tra phần bổ trợ (Word)",
        "Phiên bản Office: ? · Nền tảng: OfficeOnline",
        "Bộ API hỗ trợ: không xác định",
        "",
        "ĐẠT — Sao chép bảng",
        "",
        "Kết quả: mọi mục đều đạt hoặc chỉ cần Office mới hơn.",
      ].join("\n"),
    );
    expect(formatSelfTestReport(word, "en").split("\n")).toEqual([
      "KHCT — add-in self-test (Word)",
      "Office version: ? · Platform: OfficeOnline",
      "Requirement sets: unknown",
      "",
      "PASS — Copy the table",
      "",
      "Result: everything passed or needs a newer Office.",
    ]);
  });

  it("labels every capability in both languages", () => {
    expect(selfTestLabel("read-back")).toBe("Đọc lại bảng (đúng như đã chèn)");
    expect(selfTestLabel("live-check", "en")).toBe("Live re-check on/off");
    expect(selfTestLabel("clear", "vi")).toBe("Xóa đánh dấu (trả lại như cũ)");
  });
});

describe("a step's detail in one language", () => {
  it("never splits a text at ' / ' (messages are {vi, en}; a slash in a text is the text's own)", () => {
    expect(oneLanguage("Cần Word 2016 / bản mới hơn.", "vi")).toBe("Cần Word 2016 / bản mới hơn.");
    expect(oneLanguage("Cần Word 2016 / bản mới hơn.", "en")).toBe("Cần Word 2016 / bản mới hơn.");
  });
  it("keeps a text without ' / ' as it is (an error as Office gave it), in either language", () => {
    expect(oneLanguage("GeneralException: 1/2 done", "en")).toBe("GeneralException: 1/2 done");
    expect(oneLanguage("GeneralException: 1/2 done", "vi")).toBe("GeneralException: 1/2 done");
  });
  it("takes an adapter's message in the language asked for", () => {
    expect(oneLanguage({ vi: "Đã chèn.", en: "Inserted." }, "en")).toBe("Inserted.");
  });
});

describe("a failure as the report says it", () => {
  it("quotes an Office error with its code", () => {
    expect(failureText({ code: "ItemNotFound", message: "The requested resource doesn't exist." })).toBe(
      "Office báo lỗi ItemNotFound: The requested resource doesn't exist.",
    );
    expect(failureText({ code: "AccessDenied" })).toBe("Office báo lỗi AccessDenied:");
  });
  it("calls anything else a defect of KHCT itself, never Office's", () => {
    const ours = "Lỗi của phần bổ trợ KHCT (không phải lỗi của Office), hãy gửi báo cáo này cho người hỗ trợ: ";
    expect(failureText(new TypeError("x is undefined"))).toBe(`${ours}x is undefined`);
    expect(failureText({ code: "", message: "empty code" })).toBe(`${ours}empty code`);
    expect(failureText("thrown text")).toBe(`${ours}thrown text`);
    expect(failureText(null)).toBe(`${ours}null`);
  });
});

describe("which hosts can run the self-test", () => {
  it("one with a selfTest function, not one without, nor nothing", () => {
    expect(isSelfTestable({ selfTest: async () => excel })).toBe(true);
    expect(isSelfTestable({ selfTest: "yes" })).toBe(false);
    expect(isSelfTestable({})).toBe(false);
    expect(isSelfTestable(null)).toBe(false);
    expect(isSelfTestable(undefined)).toBe(false);
  });
});
