/** The batch's pictures (own chunk, loaded when asked for): the report's inline SVG charts, the same as it prints. */
import * as React from "react";
import type { ReportFile } from "../../core/report/model";
import { reportOf } from "../../core/report/model";
import { reportCharts } from "../../hosts/file/report-charts";

export function Charts({ files }: { files: ReportFile[] }) {
  const charts = React.useMemo(() => reportCharts(reportOf(files, new Date())), [files]);
  return (
    <div data-testid="batch-charts">
      {charts.map((c) => (
        <figure key={c.id} id={`bieu-do-${c.id}`} style={{ margin: "16px 0" }}>
          <figcaption style={{ fontWeight: 600, marginBottom: 4 }}>{c.title}</figcaption>
          {/* Built by report-charts.ts: every text from a file is escaped there; no script, no link. */}
          <div dangerouslySetInnerHTML={{ __html: c.svg }} />
          {c.note && <p style={{ fontStyle: "italic", margin: "4px 0" }}>{c.note}</p>}
        </figure>
      ))}
    </div>
  );
}
