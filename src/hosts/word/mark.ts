/**
 * Marks: "[KHCT]" comments (WordApi 1.4) or, in older Word, a content control around the cell (its title carries
 * the finding) with one of Word's highlight colours. The highlight the user had is kept IN THE DOCUMENT, in the
 * control's tag, so clearing re-locates each mark wherever edits moved it and nothing is lost if an error
 * interrupts a run. A mixed highlight (read back as "") is left as it is: the control alone marks that cell.
 */
import type { Finding } from "../../core/types";
import { hasWordApi, rangeAt, textAt, type Origin, type WordEnv } from "./env";

export const MARK_PREFIX = "[KHCT]";
export const MARK_TAG = "KHCT-mark";
/** Word.Font.highlightColor: only Word's 15 default highlight colours are kept on Windows desktop. */
export const MARK_HIGHLIGHT = { error: "Pink", warning: "Yellow", info: "Turquoise" } as const;

/** The tag a mark's control carries: the highlight to restore ("none", "mixed" or "#RRGGBB"). */
export function markTag(previous: string | null, tag = MARK_TAG): string {
  return `${tag}|${previous === null ? "none" : previous === "" ? "mixed" : previous}`;
}

/** The self-test marks under its own tag and clears only what it added, so the user's marks stay. */
export interface MarkScope {
  tag?: string;
  onlyKnownIds?: boolean;
}

export interface Located {
  finding: Finding;
  origin: Origin;
  /** The text read at that place: a mark goes there only while the document still has it. */
  text: string;
}

export interface MarkOutcome {
  marked: number;
  /** Findings not marked because the document changed since the read (the pane asks to check again). */
  stale: number;
  commentIds: string[];
}

/** Three syncs whatever the number of findings. */
export async function markLocated(env: WordEnv, located: Located[], scope: MarkScope = {}): Promise<MarkOutcome> {
  if (!hasWordApi(env, "1.3")) return { marked: 0, stale: 0, commentIds: [] };
  const useComments = hasWordApi(env, "1.4");
  return env.run(async (context) => {
    const body = context.document.body;
    const tables = body.tables;
    const paragraphs = body.paragraphs;
    tables.load("items/values");
    paragraphs.load("items/text");
    await context.sync(); // 1
    // Re-locate: a finding is marked only where the document still holds the text it was found in.
    const live = located.filter((l) => textAt(l.origin, tables, paragraphs) === l.text);
    const ranges = live.map((l) => rangeAt(l.origin, tables, paragraphs)!);
    if (!useComments) for (const r of ranges) r.font.load("highlightColor");
    await context.sync(); // 2
    const added: Word.Comment[] = [];
    live.forEach(({ finding: f }, i) => {
      const r = ranges[i];
      const text = `${MARK_PREFIX} ${f.message}${f.suggestion ? ` — ${f.suggestion}` : ""}`;
      if (useComments) {
        added.push(r.insertComment(text).load("id"));
        return;
      }
      const previous = r.font.highlightColor;
      const cc = r.insertContentControl();
      cc.tag = markTag(previous, scope.tag);
      cc.title = text.slice(0, 255); // ContentControl.title: at most 255 characters
      cc.appearance = "BoundingBox";
      if (previous !== "") r.font.highlightColor = MARK_HIGHLIGHT[f.severity];
    });
    await context.sync(); // 3
    return { marked: live.length, stale: located.length - live.length, commentIds: added.map((c) => c.id) };
  });
}

/**
 * Deletes KHCT's comments (the remembered ids, or after a reload of the pane those starting "[KHCT]") and every
 * KHCT mark control, restoring the highlight its tag recorded. Two syncs.
 */
export async function clearAllMarks(
  env: WordEnv,
  commentIds: Set<string>,
  scope: MarkScope = {},
): Promise<ClearOutcome> {
  const tag = scope.tag ?? MARK_TAG;
  if (!hasWordApi(env, "1.1")) return { removed: 0, message: "Word này không xóa được đánh dấu (cần WordApi 1.1)." };
  const canComments = hasWordApi(env, "1.4");
  return env.run(async (context) => {
    const body = context.document.body;
    const comments = hasWordApi(env, "1.4") ? body.getComments() : null;
    comments?.load("items/content, items/id");
    const controls = body.contentControls;
    controls.load("items/tag");
    await context.sync(); // 1
    const known = commentIds.size > 0 || Boolean(scope.onlyKnownIds);
    for (const c of comments?.items ?? [])
      if (c.content.startsWith(MARK_PREFIX) && (!known || commentIds.has(c.id))) c.delete();
    let removed = 0;
    for (const c of comments?.items ?? [])
      if (c.content.startsWith(MARK_PREFIX) && (!known || commentIds.has(c.id))) removed++;
    for (const cc of controls.items) {
      if (!cc.tag.startsWith(`${tag}|`)) continue;
      const previous = cc.tag.slice(tag.length + 1);
      // ContentControl.font (WordApi 1.1) is the font of the control's content; getRange needs WordApi 1.3.
      if (previous !== "mixed") cc.font.highlightColor = previous === "none" ? (null as unknown as string) : previous;
      cc.delete(true); // keep the user's text
      removed++;
    }
    await context.sync(); // 2
    // Word without the comments API (WordApi 1.4, e.g. Word 2016, 2019, 2021) cannot see "[KHCT]" comments a newer
    // Word added: say so instead of "cleared".
    // What was removed is said first ("Đã xóa đánh dấu."), then what this Word cannot see.
    const message = canComments
      ? null
      : `${removed ? "Đã xóa đánh dấu. " : ""}` +
        `Word này không đọc/xóa được nhận xét (cần WordApi 1.4: ${WHERE_COMMENTS}): nếu tài liệu đã được đánh dấu ` +
        `bằng Word mới hơn, các nhận xét bắt đầu bằng “${MARK_PREFIX}” vẫn còn — hãy xóa bằng tay (Xem lại → Xóa) ` +
        `hoặc mở bằng Word mới hơn rồi bấm “Xóa đánh dấu”.`;
    return { removed, message };
  });
}

const WHERE_COMMENTS = "Word 2024, Microsoft 365 hoặc Word trên web";

export interface ClearOutcome {
  /** Marks (comments, mark controls) removed. */
  removed: number;
  /** What this Word could not remove, in Vietnamese; null when everything KHCT adds can be removed here. */
  message: string | null;
}
