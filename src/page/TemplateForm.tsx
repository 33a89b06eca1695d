/**
 * "Tạo mẫu": a new plan file for the level and school year of the context bar (asked once, at the top), in Excel
 * (with dropdown lists) or Word; downloaded and opened on the page at once.
 */
import * as React from "react";
import { Button, Field, Input, Radio, RadioGroup, makeStyles } from "@fluentui/react-components";
import type { SchoolContextApi } from "../ui/context/useSchoolContext";
import { L, circularLabel, levelLabel, type Lang } from "../ui/i18n";
import { circularFor } from "../core/catalogs/index";
import { download, MIME } from "../ui/download";
import { loadFileModule } from "./usePlanDocument";

const useStyles = makeStyles({
  form: { display: "flex", flexWrap: "wrap", columnGap: "16px", rowGap: "8px", alignItems: "flex-end" },
  school: { flex: "1 1 260px" },
});

export function TemplateForm({
  lang,
  ctx,
  onCreated,
}: {
  lang: Lang;
  ctx: SchoolContextApi;
  onCreated: (bytes: Uint8Array, name: string) => void;
}) {
  const s = useStyles();
  const [school, setSchool] = React.useState("");
  const [format, setFormat] = React.useState<"xlsx" | "docx">("xlsx");
  const { level, schoolYear, regime } = ctx.context;
  const ready = Boolean(level && schoolYear && regime);
  const create = async () => {
    if (!level || !schoolYear) return;
    const mod = await loadFileModule();
    const bytes = await mod.generateTemplate({ level, schoolYear, school: school.trim() || null, format });
    const name = `ke-hoach-cai-tien-${level}-${schoolYear}.${format}`;
    download(bytes, name, MIME[format]);
    onCreated(bytes, name);
  };
  return (
    <div className={s.form} data-testid="template-form">
      <p style={{ flexBasis: "100%", margin: 0 }}>
        {ready
          ? L(
              lang,
              `Mẫu cho ${levelLabel(level!, lang)}, năm học ${schoolYear}, theo ` +
                `${circularLabel(circularFor(level!, regime!))}.`,
              `Template for ${levelLabel(level!, lang)}, ${schoolYear}, under ` +
                `${circularLabel(circularFor(level!, regime!))}.`,
            )
          : L(
              lang,
              "Chọn cấp học và năm học ở phần Thông tin trường phía trên.",
              "Choose the level and school year above.",
            )}
      </p>
      <Field label={L(lang, "Tên trường", "School name")} className={s.school}>
        <Input
          value={school}
          onChange={(_, d) => setSchool(d.value)}
          placeholder={L(lang, "Ví dụ: Trường THCS Lê Quý Đôn", "e.g. Trường THCS Lê Quý Đôn")}
        />
      </Field>
      <Field label={L(lang, "Định dạng", "Format")}>
        <RadioGroup layout="horizontal" value={format} onChange={(_, d) => setFormat(d.value as "xlsx" | "docx")}>
          <Radio value="xlsx" label="Excel (.xlsx)" />
          <Radio value="docx" label="Word (.docx)" />
        </RadioGroup>
      </Field>
      <Button appearance="primary" onClick={() => void create()} disabledFocusable={!ready}>
        {L(lang, "Tạo mẫu", "Create template")}
      </Button>
    </div>
  );
}
