/** Word: find a criterion by code or words (no diacritics needed) in the document's catalog and fill the cell. */
import * as React from "react";
import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { Catalog } from "../core/types";
import { searchCriteria } from "../core/search";
import { L, circularLabel, type Lang } from "../ui/i18n";

const useStyles = makeStyles({
  list: { listStyleType: "none", padding: "0", margin: "4px 0 0" },
  hit: {
    display: "block",
    width: "100%",
    textAlign: "start",
    background: "none",
    border: "none",
    padding: "4px",
    font: "inherit",
    cursor: "pointer",
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

export function CriterionSearch({
  catalog,
  lang,
  onPick,
}: {
  catalog: Catalog;
  lang: Lang;
  onPick: (code: string) => void;
}) {
  const s = useStyles();
  const [query, setQuery] = React.useState("");
  const hits = query.trim() ? searchCriteria(catalog, query, 6) : [];
  return (
    <div data-testid="criterion-search">
      <Field
        label={L(
          lang,
          "Tìm tiêu chí (mã hoặc từ, không cần dấu) rồi chọn để ghi vào ô đang đặt con trỏ",
          "Find a criterion (code or words) and pick it to fill the cell at the cursor",
        )}
        hint={circularLabel(catalog.circular) ?? undefined}
      >
        <Input id="criterion-search" value={query} onChange={(_, d) => setQuery(d.value)} />
      </Field>
      <ul className={s.list}>
        {hits.map((h) => (
          <li key={h.code}>
            <button type="button" className={s.hit} onClick={() => onPick(h.code)}>
              {h.code} — {h.name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
