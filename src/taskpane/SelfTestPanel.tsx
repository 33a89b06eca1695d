/**
 * "Tự kiểm tra phần bổ trợ": runs the host's self-test (Excel or Word, whichever implements SelfTestable) and shows
 * the report as selectable text with a copy button, so a school's IT person can send it as it is.
 */
import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import { isSelfTestable, type SelfTestReport } from "../hosts/selftest";
import { loadPart } from "../hosts/lazy";
import { copyGridToClipboard, copyTextToClipboard } from "../hosts/clipboard";
import type { Lang } from "../ui/i18n";
import { errorText } from "../core/text/message";

const L = (lang: Lang, vi: string, en: string) => (lang === "vi" ? vi : en);

type ReportFormat = (report: SelfTestReport, lang: Lang) => string;

export interface SelfTestPanelProps {
  host: unknown;
  lang: Lang;
}

export function SelfTestPanel({ host, lang }: SelfTestPanelProps) {
  const [running, setRunning] = React.useState(false);
  // The report and its wording (hosts/selftest-report.ts, loaded with the self-test, not at start-up).
  const [report, setReport] = React.useState<{ data: SelfTestReport; format: ReportFormat } | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [copied, setCopied] = React.useState<string | null>(null);
  if (!isSelfTestable(host)) return null;
  const text = report ? report.format(report.data, lang) : "";

  const run = async () => {
    setRunning(true);
    setError(null);
    setCopied(null);
    try {
      // Hosts take an optional copy function (the same one the pane's copy buttons use).
      const selfTest = host.selfTest as (options?: { copy?: typeof copyGridToClipboard }) => Promise<SelfTestReport>;
      const wording = () => import(/* webpackChunkName: "selftest-report" */ "../hosts/selftest-report");
      const { formatSelfTestReport } = await loadPart(wording);
      setReport({ data: await selfTest.call(host, { copy: copyGridToClipboard }), format: formatSelfTestReport });
    } catch (e) {
      // A part that could not be loaded (both languages), a Word too old (Vietnamese): in the pane's one language.
      setError(errorText(e, lang));
    } finally {
      setRunning(false);
    }
  };
  const copy = async () => {
    const r = await copyTextToClipboard(text);
    setCopied(
      r.ok
        ? L(lang, "Đã sao chép báo cáo.", "Report copied.")
        : L(
            lang,
            "Không sao chép được: hãy chọn chữ trong ô và bấm Ctrl+C.",
            "Copy was blocked: select the text and press Ctrl+C.",
          ),
    );
  };

  return (
    <section
      aria-label={L(lang, "Tự kiểm tra phần bổ trợ", "Add-in self-test")}
      data-testid="self-test"
      style={{ display: "flex", flexDirection: "column", gap: 4 }}
    >
      <div style={{ display: "flex", gap: 6, alignItems: "center" }}>
        <Button onClick={() => void run()} disabled={running}>
          {L(lang, "Tự kiểm tra phần bổ trợ", "Add-in self-test")}
        </Button>
        {running && (
          <Text role="status">{L(lang, "Đang thử trên một trang tạm…", "Testing on a temporary sheet…")}</Text>
        )}
      </div>
      {error && (
        <Text role="alert">
          {L(lang, `Không chạy được phần tự kiểm tra: ${error}`, `The self-test could not run: ${error}`)}
        </Text>
      )}
      {report && (
        <>
          <label htmlFor="self-test-report">
            {L(lang, "Báo cáo (gửi nguyên văn cho người hỗ trợ)", "Report (send it as it is)")}
          </label>
          <textarea
            id="self-test-report"
            data-testid="self-test-report"
            readOnly
            value={text}
            rows={Math.min(14, text.split("\n").length + 1)}
            style={{ width: "100%", fontFamily: "monospace", fontSize: 12 }}
          />
          <div style={{ display: "flex", gap: 6, alignItems: "center" }}>
            <Button onClick={() => void copy()}>{L(lang, "Sao chép báo cáo", "Copy the report")}</Button>
            {copied && <Text>{copied}</Text>}
          </div>
        </>
      )}
    </section>
  );
}
