/** @jest-environment jsdom */
/**
 * The page's large-plan pieces (issue 16): the virtualised table draws only the rows on screen, whatever the plan's
 * size, with one shared criteria list; the worker client pairs replies with requests and fails them all if the
 * worker dies.
 */
import * as React from "react";
import { fireEvent, render } from "@testing-library/react";
import { readPlans } from "../../src/core/read/index";
import { VirtualPlanTable, ROW_HEIGHT } from "../../src/page/VirtualPlanTable";
import { PlanWorkerClient, type WorkerLike } from "../../src/page/worker/client";
import type { WorkerReply, WorkerRequest } from "../../src/page/worker/protocol";
import { syntheticPlanGrid } from "../support/plans";
import { errorText } from "../../src/core/text/message";

const plan = readPlans(
  syntheticPlanGrid(20_000, (i) => ({ period: "Tháng 10/2025 - tháng 5/2026", budget: `${1 + (i % 9)}.000.000` })),
)[0];

describe("VirtualPlanTable", () => {
  it("draws only the rows on screen of a 20,000-row plan and follows the scroll", () => {
    const edits = new Map<string, string>();
    const onEdit = jest.fn();
    const { container, getByTestId } = render(
      <VirtualPlanTable
        plan={plan}
        findings={[]}
        lang="vi"
        edits={edits}
        onEdit={onEdit}
        criteriaListId="ds"
        height={560}
      />,
    );
    const drawn = () => [...container.querySelectorAll("[data-row]")].map((r) => Number(r.getAttribute("data-row")));
    expect(plan.rows.length).toBeGreaterThan(20_000);
    expect(drawn().length).toBeLessThan(40);
    expect(drawn()[0]).toBe(0);
    expect(container.querySelectorAll("select")).toHaveLength(0);
    expect(container.querySelectorAll('input[list="ds"]').length).toBeGreaterThan(0);
    const scroller = getByTestId("virtual-table-scroller");
    scroller.scrollTop = (plan.rows.length - 5) * ROW_HEIGHT;
    fireEvent.scroll(scroller);
    expect(drawn()).toContain(plan.rows.length - 1);
    expect(drawn()).not.toContain(0);
    expect(drawn().length).toBeLessThan(40);
    const last = container.querySelector(`[data-row="${plan.rows.length - 1}"] textarea`) as HTMLTextAreaElement;
    fireEvent.change(last, { target: { value: "mới" } });
    expect(onEdit).toHaveBeenCalledWith(expect.any(Number), expect.any(Number), "mới");
  });
});

describe("PlanWorkerClient", () => {
  function fakeWorker() {
    const sent: WorkerRequest[] = [];
    const w: WorkerLike & { sent: WorkerRequest[]; reply(r: WorkerReply): void; crash(m: string): void } = {
      sent,
      onmessage: null,
      onerror: null,
      postMessage: (m) => void sent.push(m),
      terminate: jest.fn(),
      reply: (r) => w.onmessage!({ data: r } as MessageEvent<WorkerReply>),
      crash: (m) => w.onerror!({ message: m } as ErrorEvent),
    };
    return w;
  }

  it("answers each request with its own reply, and rejects with the worker's message", async () => {
    const w = fakeWorker();
    const client = new PlanWorkerClient(w);
    const saving = client.save();
    const checking = client.check();
    const [save, check] = w.sent;
    w.reply({ id: check.id, ok: false, error: "Tệp quá lớn hoặc bất thường: …", problem: true });
    w.reply({ id: save.id, ok: true, bytes: Uint8Array.of(1, 2) });
    await expect(saving).resolves.toEqual(Uint8Array.of(1, 2));
    await expect(checking).rejects.toThrow("Tệp quá lớn hoặc bất thường");
  });

  it("keeps both languages of a worker's error, and sends the context bar's values with a check", async () => {
    const w = fakeWorker();
    const client = new PlanWorkerClient(w);
    const context = { overrides: { schoolYear: "2024-2025" }, fallbacks: { level: "thcs" as const } };
    const checking = client.check(context);
    expect(w.sent[0]).toEqual({ id: w.sent[0].id, type: "check", context });
    w.reply({
      id: w.sent[0].id,
      ok: false,
      error: 'Tệp "a.xlsx" trống (0 byte).',
      errorEn: '"a.xlsx" is empty.',
      problem: true,
    });
    const e = await checking.catch((x: unknown) => x);
    expect([errorText(e, "vi"), errorText(e, "en"), (e as { problem?: boolean }).problem]).toEqual([
      'Tệp "a.xlsx" trống (0 byte).',
      '"a.xlsx" is empty.',
      true,
    ]);
    void client.check();
    expect(w.sent[1]).toEqual({ id: w.sent[1].id, type: "check" });
  });

  it("fails every pending request when the worker dies", async () => {
    const w = fakeWorker();
    const client = new PlanWorkerClient(w);
    const a = client.check();
    const b = client.save();
    w.crash("out of memory");
    await expect(a).rejects.toThrow("out of memory");
    await expect(b).rejects.toThrow("out of memory");
  });
});
