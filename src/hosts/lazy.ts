/**
 * Parts of the pane kept out of its first load (bench/bundle) are loaded when their action runs, under that action's
 * progress text. A part that cannot be fetched (offline, server down) is said plainly; the next try fetches it again
 * (webpack forgets a failed chunk).
 */

import { TextError, type LangText } from "../core/text/message";

/** Said when a part loaded on first use cannot be fetched (offline, server down); the next try loads. */
export const PART_NOT_LOADED: LangText = {
  vi: "Không tải được phần này của KHCT (mất mạng hoặc máy chủ không trả lời): hãy thử lại.",
  en: "Could not load this part of KHCT (offline or the server did not answer): try again.",
};

/** Loads a part kept out of the pane's first load; a failed load says so plainly (PART_NOT_LOADED). */
export async function loadPart<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch {
    throw new TextError(PART_NOT_LOADED);
  }
}
