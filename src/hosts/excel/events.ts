/**
 * Live re-check: re-reads on edits (debounced), ignoring KHCT's own writes (own-writes.ts). The handler is added
 * in one Excel.run and removed by re-entering THAT run's context (Excel.run(registration.context, …)): a handler
 * can only be removed with the RequestContext it was added in. Dropdown picks do not always raise events, so the
 * pane keeps its "Kiểm tra" button. `onPicked` carries the pane's messages (a criterion pick, or why live re-check
 * is not available).
 */
import type { Catalog } from "../../core/types";
import { viOnly, type HostText, type ReadResult } from "../port";
import type { ExcelSession } from "./env";
import type { ChangeEvent } from "./own-writes";

export interface LiveCheckDeps {
  read(): Promise<ReadResult>;
  onCriterionPicked(
    address: string,
    catalog: Catalog,
    sheetId?: string,
  ): Promise<{ status: string; message: HostText }>;
}

export async function startLiveCheck(
  session: ExcelSession,
  deps: LiveCheckDeps,
  onResult: (result: ReadResult) => void,
  debounceMs = 600,
  catalog?: Catalog | null,
  onPicked?: (r: { status: string; message: HostText }) => void,
): Promise<() => Promise<void>> {
  if (!session.api("1.7")) {
    // The pane shows what onPicked reports: say plainly why the switch does nothing here.
    onPicked?.({
      status: "unsupported",
      message: viOnly(
        "Excel này chưa tự kiểm tra khi sửa được (cần ExcelApi 1.7, Excel 2019 trở lên): " +
          "hãy bấm “Kiểm tra bảng trong tài liệu” sau khi sửa.",
      ),
    });
    return async () => undefined;
  }
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  const handler = async (event: ChangeEvent & { worksheetId?: string }) => {
    if (stopped || event?.source === "Remote" || session.writes.isOwn(event ?? {})) return;
    // A single cell picked from the criterion dropdown: fill or check its standard row first.
    if (catalog && event.address && /^\$?[A-Z]+\$?\d+$/.test(event.address)) {
      const picked = await deps.onCriterionPicked(event.address, catalog, event.worksheetId).catch(() => null);
      if (picked && picked.status !== "not-criterion") onPicked?.(picked);
    }
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void deps.read().then(onResult, () => undefined);
    }, debounceMs);
  };
  const registration = await session.env.run(async (context) => {
    const reg = session.sheetRead(context).onChanged.add(handler);
    await context.sync();
    return reg;
  });
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await session.env.run(async (context) => {
      registration.remove();
      await context.sync();
    }, registration.context as Excel.RequestContext);
  };
}
