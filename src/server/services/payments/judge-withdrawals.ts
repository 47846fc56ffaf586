import type { Db } from "@/server/db/create-client";
import { calendarDateFromDb, calendarDateToDb } from "@/server/db/calendar-date";
import { addMonthsToYearMonth, firstDayOfMonth, type YearMonth } from "@/kernel/calendar-date";
import { NO_WITHDRAWAL_MONTHS, stopForNoWithdrawal } from "@/server/domain/payments/withdrawal-stop";
import { bankConfig } from "@/server/integrations/bank/config";
import { requestWithdrawals } from "@/server/integrations/bank/request-payment";

export interface StoppedPayments {
  applicationId: string;
  stoppedFrom: YearMonth;
  unusedMonths: YearMonth[];
}

const monthDate = (m: YearMonth): Date => calendarDateToDb(firstDayOfMonth(m));

/**
 * The families the 2-month stop may apply to before paying `month` (docs/payments.md): the month is still to be
 * paid, and the two months before it were credited with no withdrawal seen yet. Anyone else keeps being paid
 * without asking the bank.
 */
export async function findStopCandidates(db: Db, opts: { month: YearMonth }): Promise<string[]> {
  const previous = Array.from({ length: NO_WITHDRAWAL_MONTHS }, (_, i) =>
    monthDate(addMonthsToYearMonth(opts.month, i - NO_WITHDRAWAL_MONTHS)),
  );
  const rows = await db.$queryRaw<{ applicationId: string }[]>`
    SELECT e."applicationId" FROM "MonthlyEntitlement" e
    WHERE e."month" = ${monthDate(opts.month)}::date AND e."status" = 'PLANNED'
      AND (SELECT count(*) FROM "MonthlyEntitlement" p
           WHERE p."applicationId" = e."applicationId" AND p."month" = ANY(${previous}::date[])
             AND p."status" = 'CREDITED' AND p."withdrawnAt" IS NULL) = ${NO_WITHDRAWAL_MONTHS}
    ORDER BY e."applicationId"`;
  return rows.map((r) => r.applicationId);
}

/** Thrown when the bank could not list an account's withdrawals: the step retries; nobody is stopped on a guess. */
export class RetryableWithdrawalsError extends Error {
  override name = "RetryableWithdrawalsError";
}

/**
 * Asks the bank for the withdrawals of each family's two paid months before `month`, records the months withdrawn,
 * and stops payments from `month` (PLANNED months become STOPPED) where the rule says so. Running it again finds
 * the months it recorded or stopped and changes nothing.
 */
export async function judgeWithdrawals(
  db: Db,
  applicationIds: readonly string[],
  opts: { month: YearMonth; now: Date },
): Promise<StoppedPayments[]> {
  const config = bankConfig();
  const stopped: StoppedPayments[] = [];
  for (const applicationId of applicationIds) {
    const account = await db.bankAccountOrder.findFirst({
      where: { applicationId, status: "OPENED" },
      orderBy: { round: "desc" },
      select: { bankReference: true },
    });
    if (!account?.bankReference) continue;
    const paid = await db.monthlyEntitlement.findMany({
      where: { applicationId, status: "CREDITED", month: { lt: monthDate(opts.month) } },
      orderBy: { month: "asc" },
    });
    const judged = [];
    for (const e of paid.slice(-NO_WITHDRAWAL_MONTHS)) {
      const month = calendarDateFromDb(e.month).slice(0, 7);
      let withdrawn = e.withdrawnAt !== null;
      if (!withdrawn) {
        const listed = await requestWithdrawals(config, account.bankReference, month);
        if (listed.kind === "error") throw new RetryableWithdrawalsError(`withdrawals of ${month}: ${listed.error}`);
        withdrawn = listed.count > 0;
        if (withdrawn)
          await db.monthlyEntitlement.updateMany({
            where: { id: e.id, withdrawnAt: null },
            data: { withdrawnAt: opts.now },
          });
      }
      judged.push({ month, withdrawn });
    }
    const from = stopForNoWithdrawal(judged, opts.month);
    if (!from) continue;
    const { count } = await db.monthlyEntitlement.updateMany({
      where: { applicationId, status: "PLANNED", month: { gte: monthDate(from) } },
      data: { status: "STOPPED" },
    });
    if (count > 0) stopped.push({ applicationId, stoppedFrom: from, unusedMonths: judged.map((j) => j.month) });
  }
  return stopped;
}
