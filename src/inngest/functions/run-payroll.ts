import { inngest } from "@/inngest/client";
import { payrollRequested, payrollSweepRequested } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { bakuDate } from "@/kernel/calendar-date";
import { payrollDay } from "@/server/services/payments/payroll-month";
import { payMonth } from "./steps/payroll-steps";

/** How long the bank's callback for an accepted payment is awaited before the sweep asks again (same key). */
export const SWEEP_RESEND_AFTER_MS = 30 * 60_000;

/** `today` of a run: the requested day (never after the real one), or the Baku date the cron fired on. */
function dayOf(event: { name: string; data: unknown }): { today: string; refused: boolean } {
  const real = bakuDate(new Date());
  const requested =
    event.name === payrollRequested.name || event.name === payrollSweepRequested.name
      ? (event.data as { today: string }).today
      : null;
  if (requested === null) return { today: real, refused: false };
  return { today: requested, refused: requested > real };
}

/**
 * Every morning in Baku, the monthly payroll (docs/payments.md): on the month's first working day by the holiday
 * table it pays the month; on any other day it does nothing. Retried steps and repeated runs pay nobody twice.
 */
export const runPayroll = inngest.createFunction(
  { id: "run-payroll", retries: 3, triggers: [{ cron: "TZ=Asia/Baku 0 8 * * *" }, payrollRequested] },
  async ({ event, step }) => {
    const day = await step.run("today", () => dayOf(event));
    if (day.refused) return { today: day.today, ended: "FUTURE_DAY_REFUSED" as const };
    const when = await step.run("payroll-day", () => payrollDay(getDb(), day.today));
    if (!when.calendarCovered) return { today: day.today, ended: "CALENDAR_NOT_COVERED" as const };
    if (!when.isPayrollDay) return { today: day.today, ended: "NOT_PAYROLL_DAY" as const };
    return { today: day.today, ...(await payMonth(step, { month: when.month, staleBefore: null })) };
  },
);

/**
 * Every half hour, the payroll's safety net: months payable but never ordered (a payroll run that crashed or never
 * started, an account opened since), orders never answered, and orders the bank accepted whose callback has not
 * come for SWEEP_RESEND_AFTER_MS, are paid or asked again with the same keys.
 */
export const sweepPayroll = inngest.createFunction(
  { id: "sweep-payroll", retries: 3, triggers: [{ cron: "TZ=Asia/Baku */30 * * * *" }, payrollSweepRequested] },
  async ({ event, step }) => {
    const day = await step.run("today", () => ({
      ...dayOf(event),
      staleBefore: new Date(Date.now() - SWEEP_RESEND_AFTER_MS).toISOString(),
    }));
    if (day.refused) return { today: day.today, ended: "FUTURE_DAY_REFUSED" as const };
    const when = await step.run("payroll-day", () => payrollDay(getDb(), day.today));
    return {
      today: day.today,
      ...(await payMonth(step, { month: when.payableMonth, staleBefore: new Date(day.staleBefore) })),
    };
  },
);
