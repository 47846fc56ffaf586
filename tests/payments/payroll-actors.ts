import { expect } from "vitest";
import { z } from "zod";
import type { Db } from "@/server/db/create-client";
import { calendarDateToDb } from "@/server/db/calendar-date";
import { firstWorkingDayOfMonth } from "@/server/domain/payments/payroll-day";
import { driveUntilSettled, eventually, runningRuns, unstickRun } from "../chain/chain-actors";
import type { Chain } from "../chain/chain-harness";

// What the payroll's chain tests do: hold the engine's own schedules back, name the payroll's day, wait for a run
// to end, steer the bank simulator and read its ledger, and assign a family in March 2026 with its card open.

export const zRuns = z.object({
  runs: z.array(
    z
      .object({
        id: z.string(),
        status: z.string(),
        event: z.object({ data: z.unknown() }).loose(),
        output: z.unknown().optional(),
      })
      .loose(),
  ),
});
const zLedger = z.object({
  payments: z.array(
    z.object({
      idempotencyKey: z.string(),
      account: z.string(),
      amountQepik: z.number(),
      status: z.string(),
      kind: z.string(),
      month: z.string().nullable(),
    }),
  ),
});

export function payrollActors(db: () => Db, chain: () => Chain) {
  let sent = 0;
  async function requestDay(
    name: "payments/payroll.requested" | "payments/sweep.requested",
    today: string,
  ): Promise<void> {
    const { inngest } = await import("@/inngest/client");
    sent += 1;
    await inngest.send({ name, data: { today }, id: `${name}-${today}-${sent}` });
  }

  /** The run of `functionId` for `today` once it has ended (the nth such run, for a day run twice). */
  async function endedRun(functionId: string, today: string, nth = 1) {
    return eventually(
      chain(),
      `${functionId} for ${today} to end`,
      async () => {
        const res = await fetch(new URL(`/admin/runs?function_id=vemtas-${functionId}&limit=100`, chain().engine.url));
        const runs = zRuns
          .parse(await res.json())
          .runs.filter((r) => (r.event.data as { today?: string }).today === today && r.status !== "running");
        return runs.length >= nth ? runs : null;
      },
      60_000,
    );
  }

  const bank = async (path: string, body: unknown) => {
    const res = await fetch(`${chain().bank.url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect(res.ok, path).toBe(true);
  };
  const ledger = async () =>
    zLedger.parse(await (await fetch(`${chain().bank.url}/__control/payments`)).json()).payments;

  async function payrollDayOf(month: string): Promise<string> {
    const { loadHolidayCalendar } = await import("@/server/services/law/law-data");
    return firstWorkingDayOfMonth(month, await loadHolidayCalendar(db(), 2026, 2026));
  }

  /** The test is the clock: the engine's own schedules (today's payroll and sweep) must not fire in between. */
  async function holdSchedules(): Promise<void> {
    await db().$executeRawUnsafe(
      `UPDATE "inngest_chain".crons SET next_at = 'infinity' WHERE function_id IN ('vemtas-run-payroll', 'vemtas-sweep-payroll')`,
    );
  }

  /** A family assigned by the chain, whose assignment the test moves to March 2026–February 2027 with its card open. */
  async function assignedInMarch(seq: number) {
    const family = (await chain().demoFamilies("assign", seq))[seq - 1]!;
    const id = await chain().submit(db(), family, 40 + seq);
    expect((await driveUntilSettled(db(), chain(), [id], { timeoutMs: 90_000 })).get(id)).toBe("ASSIGNED");
    await eventually(
      chain(),
      "the card account",
      async () => {
        await unstickRun(db(), chain(), id);
        return (
          (await db().bankAccountOrder.findFirst({ where: { applicationId: id, status: "OPENED" } })) &&
          !(await runningRuns(chain())).has(id)
        );
      },
      60_000,
    );
    // The chain decides today; the payroll's requested days may not lie after today, so the year is moved to a past one.
    const decision = await db().decision.findFirstOrThrow({ where: { applicationId: id, final: true } });
    await db().application.update({ where: { id }, data: { applicationDate: calendarDateToDb("2026-03-03") } });
    await db().decision.update({
      where: { id: decision.id },
      data: {
        periodFrom: calendarDateToDb("2026-03-01"),
        periodTo: calendarDateToDb("2027-02-28"),
        createdAt: new Date("2026-03-20T09:00:00Z"),
      },
    });
    await db().monthlyEntitlement.deleteMany({ where: { applicationId: id } });
    const { createEntitlements } = await import("@/server/services/payments/plan-entitlements");
    expect((await createEntitlements(db(), decision.id)).created).toBe(12);
    const account = (await db().bankAccountOrder.findFirstOrThrow({ where: { applicationId: id, status: "OPENED" } }))
      .bankReference!;
    return { id, decision, account };
  }

  const months = async (applicationId: string) =>
    Object.fromEntries(
      (await db().monthlyEntitlement.findMany({ where: { applicationId }, orderBy: { month: "asc" } })).map((e) => [
        e.month.toISOString().slice(0, 7),
        `${e.status}${e.withdrawnAt ? "+W" : ""}:${e.amountQepik}`,
      ]),
    );

  return { requestDay, endedRun, bank, ledger, payrollDayOf, holdSchedules, assignedInMarch, months };
}
