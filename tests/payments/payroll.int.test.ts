import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/kernel/session-user";
import { calendarDateToDb } from "@/server/db/calendar-date";
import { staffSession } from "../support/seed-reference";
import { eventually } from "../chain/chain-actors";
import { chainPerFile } from "../chain/chain-per-file";
import { payrollActors, zRuns } from "./payroll-actors";

// The assistance year's money through the local engine, the bank simulator and the messaging fake, with the
// calendar driven by the test (payments/payroll.requested names the day; the cron would take today's): a family
// assigned in March is paid March, April and May; it withdraws in March only, so the June payroll stops its
// payments and tells it; an appeal answered in April raises the amount and pays March and April's difference once;
// the May payroll crashes with the bank's answers lost, and the sweep resumes it without paying anyone twice.

const { db, chain } = chainPerFile("payroll_chain");

const { requestDay, endedRun, bank, ledger, payrollDayOf, holdSchedules, assignedInMarch, months } = payrollActors(
  db,
  chain,
);

describe("the assistance year's payroll", () => {
  it("pays March to May once each, pays the appeal's arrears once, survives a crashed run, and stops in June after two untouched months", async () => {
    await holdSchedules();
    const { id, decision, account } = await assignedInMarch(1);
    const amount = decision.amountQepik!;

    // March: paid; the family withdraws it.
    const march = await payrollDayOf("2026-03");
    await requestDay("payments/payroll.requested", march);
    expect((await endedRun("run-payroll", march))[0]!.status).toBe("completed");
    await eventually(chain(), "March credited", async () => (await months(id))["2026-03"] === `CREDITED:${amount}`);
    await bank("/__control/withdrawals", { account, bookedOn: "2026-03-11", amountQepik: amount });

    // A day that is not the payroll day pays nothing.
    await requestDay("payments/payroll.requested", "2026-03-16");
    expect((await endedRun("run-payroll", "2026-03-16"))[0]!.output).toMatchObject({ ended: "NOT_PAYROLL_DAY" });
    // Nor does a day in a year the holiday table does not cover: its payroll day is not guessed.
    await requestDay("payments/payroll.requested", "2024-01-02");
    expect((await endedRun("run-payroll", "2024-01-02"))[0]!.output).toMatchObject({ ended: "CALENDAR_NOT_COVERED" });

    // April: paid, not withdrawn. Then the appeal raises the amount for the whole period.
    const april = await payrollDayOf("2026-04");
    await requestDay("payments/payroll.requested", april);
    await endedRun("run-payroll", april);
    await eventually(chain(), "April credited", async () => (await months(id))["2026-04"] === `CREDITED:${amount}`);

    const app = await db().application.findUniqueOrThrow({ where: { id }, include: { applicant: true } });
    const citizen: SessionUser = {
      id: app.applicantId,
      role: "CITIZEN",
      name: app.applicant.name,
      districtCode: null,
      fin: app.applicant.fin,
    };
    const { fileAppeal } = await import("@/server/services/applications/file-appeal");
    const { answerAppeal } = await import("@/server/services/appeals/answer-appeal");
    const { announceAppealAnswer } = await import("@/server/services/appeals/announce-appeal-answer");
    const appeal = await fileAppeal(
      db(),
      citizen,
      { applicationId: id, reason: "Our son's wage stopped in February; the tax service still shows it." },
      new Date("2026-04-10T08:00:00Z"),
    );
    const row = await db().appeal.findUniqueOrThrow({ where: { id: appeal.id } });
    const supervisor = await staffSession(
      db(),
      (await db().user.findUniqueOrThrow({ where: { id: row.supervisorId! } })).email!,
    );
    const answered = await answerAppeal(
      db(),
      supervisor,
      {
        appealId: appeal.id,
        answer: "CHANGE",
        correctedIncomeQepik: Math.max(0, (decision.incomeQepik ?? 0) - 5_000),
        explanation: "The wage ended in February; the income is corrected.",
      },
      new Date("2026-04-20T08:00:00Z"),
      { announce: announceAppealAnswer },
    );
    const raised = (await db().decision.findUniqueOrThrow({ where: { id: answered.decisionId } })).amountQepik!;
    expect(raised).toBeGreaterThan(amount);
    const arrearsKey = `arrears-${answered.decisionId}`;
    await eventually(
      chain(),
      "the arrears credited",
      async () =>
        (await db().paymentOrder.findUnique({ where: { idempotencyKey: arrearsKey } }))?.status === "CREDITED",
      60_000,
    );
    expect((await db().paymentOrder.findUniqueOrThrow({ where: { idempotencyKey: arrearsKey } })).amountQepik).toBe(
      2 * (raised - amount),
    );
    expect((await months(id))["2026-05"]).toBe(`PLANNED:${raised}`);
    // The same event again is one run; a second handler run would find nothing more to owe.
    const { inngest } = await import("@/inngest/client");
    await inngest.send({
      name: "assignment/changed",
      data: { applicationId: id, decisionId: answered.decisionId },
      id: `assignment-changed-again-${answered.decisionId}`,
    });

    // May: the run crashes. The bank books the payment, but its reply never comes (time-outs on every try) and its
    // callback is held back; the run gives up after its retries.
    await bank("/__control/callbacks", { paused: true });
    await bank("/__control/timeout-next", { count: 50, processAnyway: true });
    const may = await payrollDayOf("2026-05");
    await requestDay("payments/payroll.requested", may);
    expect((await endedRun("run-payroll", may))[0]!.status).toBe("failed");
    const mayOrder = await db().paymentOrder.findFirstOrThrow({
      where: { applicationId: id, entitlement: { month: calendarDateToDb("2026-05-01") } },
    });
    expect(mayOrder.status).toBe("PENDING");
    expect(mayOrder.attempts).toBeGreaterThan(1);
    expect((await ledger()).filter((p) => p.idempotencyKey === mayOrder.idempotencyKey)).toHaveLength(1);
    // The sweep resumes it with the same key; the bank answers with its one booking.
    await bank("/__control/timeout-next", { count: 0, processAnyway: true });
    await requestDay("payments/sweep.requested", may);
    expect((await endedRun("sweep-payroll", may))[0]!.status).toBe("completed");
    expect((await db().paymentOrder.findUniqueOrThrow({ where: { id: mayOrder.id } })).status).toBe("CREDITED");
    // The held callbacks arrive late and change nothing.
    await bank("/__control/callbacks", { paused: false });
    await eventually(chain(), "the late callback", async () => (await ledger()).every((p) => p.status !== "PENDING"));
    expect((await months(id))["2026-05"]).toBe(`CREDITED:${raised}`);

    // June: April and May untouched → payments stop from June, the family is told once, nothing more is paid.
    const june = await payrollDayOf("2026-06");
    await requestDay("payments/payroll.requested", june);
    await endedRun("run-payroll", june);
    await requestDay("payments/payroll.requested", june);
    await endedRun("run-payroll", june, 2);
    const after = await months(id);
    expect(after["2026-03"]).toBe(`CREDITED+W:${raised}`);
    expect(after["2026-04"]).toBe(`CREDITED:${raised}`);
    expect(["2026-06", "2026-07", "2027-02"].map((m) => after[m])).toEqual([
      `STOPPED:${raised}`,
      `STOPPED:${raised}`,
      `STOPPED:${raised}`,
    ]);
    const notice = await eventually(
      chain(),
      "the stop notice",
      () => db().notification.findFirst({ where: { applicationId: id, kind: "PAYMENTS_STOPPED", status: "SENT" } }),
      60_000,
    );
    expect(notice.dedupeKey).toBe(`${id}:PAYMENTS_STOPPED:2026-06`);
    expect(await db().notification.count({ where: { applicationId: id, kind: "PAYMENTS_STOPPED" } })).toBe(1);
    // The district's staff see it among the cases that need a person.
    const { listNeedsAttention } = await import("@/server/services/reviews/list-needs-attention");
    const caseworker = await db().user.findFirstOrThrow({
      where: { role: "CASEWORKER", districtCode: app.districtCode },
    });
    const attention = await listNeedsAttention(db(), await staffSession(db(), caseworker.email!), new Date());
    expect(
      attention.filter((r) => r.applicationId === id).map((r) => [r.kind, r.since.toISOString().slice(0, 10)]),
    ).toEqual([["PAYMENTS_STOPPED", "2026-06-01"]]);

    // The bank's ledger: March, April and May once each, one arrears payment, nothing for June; nobody paid twice.
    const books = (await ledger()).filter((p) => p.account === account);
    expect(new Set(books.map((p) => p.idempotencyKey)).size).toBe(books.length);
    expect(books.map((p) => [p.kind, p.month, p.amountQepik, p.status]).sort()).toEqual(
      [
        ["ARREARS", null, 2 * (raised - amount), "CREDITED"],
        ["MONTHLY", "2026-03", amount, "CREDITED"],
        ["MONTHLY", "2026-04", amount, "CREDITED"],
        ["MONTHLY", "2026-05", raised, "CREDITED"],
      ].sort(),
    );
    expect(await db().paymentOrder.count({ where: { applicationId: id } })).toBe(4);
    const replans = zRuns.parse(
      await (
        await fetch(new URL("/admin/runs?function_id=vemtas-replan-assignment&limit=100", chain().engine.url))
      ).json(),
    ).runs;
    expect(replans).toHaveLength(1);
  }, 400_000);
});
