/** `kehoach convert FILE -o NEW.xlsx|NEW.docx [--year 2026-2027]`: a 2018-regime plan → a draft Biểu 2 (TT 57/2026). */
import { TextError } from "../core/text/message";
import * as fs from "fs";
import * as path from "path";
import { catalogIdFor, getCatalog } from "../core/catalogs/index";
import { mainPlan } from "../core/read/index";
import { convert2018ToTt57 } from "../core/tt57/convert";
import { confidenceVi } from "../core/tt57/crosswalk";
import { FileHost, openPlanFile, writePlanFile } from "../hosts/file/index";
import { readInputFile } from "./input";
import { writeFileWhole } from "./output";
import { checkNotAnInput, checkOutPath } from "./out-path";
import { term } from "./term";

export async function runConvert(
  input: string,
  out: string,
  opts: { year?: string; force?: boolean; cwd: string },
  write: (s: string) => void,
): Promise<number> {
  const src = path.resolve(opts.cwd, input);
  // The output is checked first (extension, folder, existing file only with --force, never the input itself).
  const target = checkOutPath(out, opts.cwd, [".xlsx", ".docx"], Boolean(opts.force));
  const dst = target.file;
  const format = /\.docx$/i.test(out) ? "docx" : "xlsx";
  if (!fs.existsSync(src)) throw new Error(`Không tìm thấy tệp "${input}".`);
  checkNotAnInput(target, out, [src]);
  const opened = await openPlanFile(readInputFile(src, input), path.basename(src));
  // A garbled PDF is said before anything is written from it.
  for (const p of opened.problems) write(`Lưu ý: ${term(p.vi)}\n`);
  const host = new FileHost(opened);
  const plan = mainPlan((await host.read()).plans);
  if (plan.headerRow < 0) throw new TextError({ vi: "Không tìm thấy bảng kế hoạch trong tệp", en: "no plan table" });
  const level = plan.context.level;
  if (!level)
    throw new TextError({ vi: "Chưa xác định được cấp học: thêm --level", en: "school level unknown: add --level" });
  const from = plan.context.schoolYear ? Number(plan.context.schoolYear.slice(0, 4)) : null;
  const year = opts.year ?? (from !== null && from >= 2026 ? plan.context.schoolYear! : "2026-2027");
  const catalog2018 = getCatalog(catalogIdFor(level, "2018"));
  const tt57 = getCatalog(catalogIdFor(level, "2026"));
  if (!catalog2018 || !tt57) throw new Error("Thiếu danh mục tiêu chí / catalog missing");
  const draft = convert2018ToTt57(plan, { catalog2018, tt57, schoolYear: year });
  writeFileWhole(dst, await writePlanFile(draft.grid, draft.context, format), out);
  write(`Đã tạo bản nháp Biểu 2 (TT 57/2026) năm học ${term(year)}: ${term(out)}\n`);
  write(
    `  ${draft.mapping.length} dòng có tiêu chí TT57 gợi ý, ${draft.unmapped.length} dòng chưa xác định được ` +
      `tiêu chí — tất cả đánh dấu “gợi ý — cần rà soát”.\n`,
  );
  for (const m of draft.mapping) {
    const also = m.alternatives.length ? `; cũng liên quan: ${term(m.alternatives.join(", "))}` : "";
    const confidence = confidenceVi(m.confidence);
    write(`  tiêu chí ${term(m.from)} (2018) → ${term(m.to)} (TT57, gợi ý, độ tin cậy: ${confidence})${also}\n`);
  }
  const mapped = draft.grid.rows.filter((r) => r.some((c) => c.includes("TT 57 chỉ có Mức 1 và Mức 2"))).length;
  if (mapped)
    write(
      `  ${mapped} dòng có mục tiêu Mức 3/Mức 4 (thông tư 2018) đã ghi thành Mức 2 — mức cao nhất của TT 57; ` +
        `có ghi chú trên dòng.\n`,
    );
  for (const u of draft.unmapped)
    write(`  chưa xác định: ${term(u.from ?? "(không mã)")} ${term(u.text.slice(0, 60))}\n`);
  return 0;
}
