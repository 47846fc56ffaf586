import { Prisma } from "@/generated/prisma/client";
import type { YearMonth } from "@/kernel/calendar-date";
import type { Db } from "@/server/db/create-client";
import { calendarDateFromDb } from "@/server/db/calendar-date";

/** The family's other applications (see handOverMonths), as a subquery of their ids. */
const familyOf = (applicationId: string) => Prisma.sql`
    SELECT o.id FROM "Application" o JOIN "Application" me ON me.id = ${applicationId}
    WHERE o.id <> me.id AND (
      o."applicantId" = me."applicantId"
      OR EXISTS (SELECT 1 FROM "User" ou JOIN "FamilyMember" mm ON mm.fin = ou.fin
                 WHERE ou.id = o."applicantId" AND mm."applicationId" = me.id)
      OR EXISTS (SELECT 1 FROM "User" mu JOIN "FamilyMember" om ON om.fin = mu.fin
                 WHERE mu.id = me."applicantId" AND om."applicationId" = o.id))`;

/** The applications submitted before this one, as a subquery of their ids. */
const submittedBeforeOf = (applicationId: string) => Prisma.sql`
    SELECT o.id FROM "Application" o JOIN "Application" me ON me.id = ${applicationId}
    WHERE o."submittedAt" < me."submittedAt"`;

/**
 * A renewal decided while the family's last assignment still runs (its application came in the renewal window,
 * `domain/running-assignment.ts`): from the new period's first month the new assignment pays, as the law counts its
 * 12 months from the month of application, and each month is paid once (docs/payments.md, "A renewal").
 *
 * The family's other applications are those of the same applicant, or whose applicant is a member of this one, or
 * that list this one's applicant as a member (a mother applying where the father applied last year). Their months
 * from `from` on that are not paid yet (planned, stopped, or refused by the bank) are cancelled, marked with the new
 * decision, when they were submitted before this one; the months the bank already took or credited stay theirs, as
 * do all months of one submitted after, and are returned so that this assignment does not plan them.
 *
 * Runs in the caller's transaction, before the new months are written: the cancel statement and the payroll's order
 * statement each change a month only in the status they expect, so a month is either cancelled here or ordered by
 * the payroll, and the second read sees which.
 */
export async function handOverMonths(
  tx: Prisma.TransactionClient,
  opts: { applicationId: string; decisionId: string; from: YearMonth; now: Date },
): Promise<Set<YearMonth>> {
  const from = new Date(`${opts.from}-01T00:00:00Z`);
  const family = familyOf(opts.applicationId);
  const submittedBefore = submittedBeforeOf(opts.applicationId);
  // Only an earlier application hands its months over: one decided later for an older application (an appeal
  // answered after the renewal) takes none from the newer one, and leaves it the months it has.
  await tx.$executeRaw`
    UPDATE "MonthlyEntitlement" SET "status" = 'CANCELLED', "decisionId" = ${opts.decisionId}, "updatedAt" = ${opts.now}
    WHERE "applicationId" IN (${family}) AND "applicationId" IN (${submittedBefore})
      AND "month" >= ${from}::date AND "status" IN ('PLANNED', 'STOPPED', 'REJECTED')`;
  const kept = await tx.$queryRaw<{ month: Date }[]>`
    SELECT "month" FROM "MonthlyEntitlement"
    WHERE "applicationId" IN (${family}) AND "month" >= ${from}::date
      AND ("status" IN ('ORDERED', 'CREDITED') OR ("status" <> 'CANCELLED' AND "applicationId" NOT IN (${submittedBefore})))
    FOR UPDATE`;
  return new Set(kept.map((k) => calendarDateFromDb(k.month).slice(0, 7)));
}

/**
 * The months of a renewal's period, `from` to `to`, that the family's earlier applications kept because the bank had
 * already taken or credited them (handOverMonths), by application number: the renewal plans none of them, so its
 * page says where they were paid.
 */
export async function monthsPaidEarlier(
  db: Db,
  opts: { applicationId: string; from: YearMonth; to: YearMonth },
): Promise<{ number: string; months: YearMonth[] }[]> {
  const rows = await db.$queryRaw<{ month: Date; number: string | null }[]>`
    SELECT e."month", a."registrationNumber" AS "number"
    FROM "MonthlyEntitlement" e JOIN "Application" a ON a.id = e."applicationId"
    WHERE e."applicationId" IN (${familyOf(opts.applicationId)})
      AND e."applicationId" IN (${submittedBeforeOf(opts.applicationId)})
      AND e."month" >= ${new Date(`${opts.from}-01T00:00:00Z`)}::date
      AND e."month" <= ${new Date(`${opts.to}-01T00:00:00Z`)}::date
      AND e."status" IN ('ORDERED', 'CREDITED')
    ORDER BY e."month", a."submittedAt"`;
  const byNumber = new Map<string, YearMonth[]>();
  for (const r of rows) {
    const number = r.number ?? "—";
    byNumber.set(number, [...(byNumber.get(number) ?? []), calendarDateFromDb(r.month).slice(0, 7)]);
  }
  return [...byNumber].map(([number, months]) => ({ number, months }));
}
