import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { ReportScope } from "./report-filter";

// The reports' aggregates, one SQL statement each, computed in PostgreSQL so that 100,000 applications never cross
// the wire. Every statement is built here once and run both by the reports service (through Prisma, results
// checked by the zod schema beside it) and by bench/reports.ts (through pg directly, as the baseline).
//
// The cohort is the applications whose date of application falls in the period: their statuses, their first final
// decision (the one the 15-working-day deadline is about), its outcome and refusal grounds. Payments, home visits
// and appeals are counted by their own dates in the period: the month paid, the visit's day, the appeal's day.
// A visit's day is the Baku day it was made (recorded completed) or recorded missed; only a visit not made (still
// scheduled, cancelled) has nothing but its planned day.

/** Working days as a table: each calendar day of the span with its running count of working days (see service). */
export interface WorkingDayTable {
  days: string[];
  ordinals: number[];
  working: boolean[];
}

const bakuDay = (column: Prisma.Sql) => Prisma.sql`((${column} AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Baku')::date`;

function inDistrict(scope: ReportScope): Prisma.Sql {
  return scope.districtCode === null ? Prisma.empty : Prisma.sql`AND a."districtCode" = ${scope.districtCode}`;
}

/** The join to the application, for its district: only when one district is asked (the country needs no join). */
function withApplication(scope: ReportScope, applicationId: Prisma.Sql): Prisma.Sql {
  return scope.districtCode === null ? Prisma.empty : Prisma.sql`JOIN "Application" a ON a.id = ${applicationId}`;
}

function cohort(scope: ReportScope): Prisma.Sql {
  return Prisma.sql`a."applicationDate" BETWEEN ${scope.from}::date AND ${scope.to}::date ${inDistrict(scope)}`;
}

const count = z.number().int().nonnegative();
const month = z.string().regex(/^\d{4}-\d{2}$/);
const money = z.number().nonnegative();

/** Applications by month of application and status; and by district and status (grouping flag `byDistrict`). */
export function statusQuery(scope: ReportScope): Prisma.Sql {
  return Prisma.sql`
    SELECT to_char(date_trunc('month', a."applicationDate"), 'YYYY-MM') AS month, a."districtCode" AS district,
           a.status::text AS status, count(*)::int AS n, (GROUPING(a."districtCode") = 0) AS "byDistrict"
    FROM "Application" a
    WHERE ${cohort(scope)}
    GROUP BY GROUPING SETS ((date_trunc('month', a."applicationDate"), a.status), (a."districtCode", a.status))
    ORDER BY 1, 2, 3`;
}
export const ZStatusRow = z.object({
  month: month.nullable(),
  district: z.string().nullable(),
  status: z.string(),
  n: count,
  byDistrict: z.boolean(),
});

/**
 * The first final decision of each application of the cohort, timed in working days from the date of application
 * to the decision's day in Baku, grouped by month of application, by district and overall (`grain`). A decision
 * is within the deadline when fewer than 15 working days passed, or exactly 15 and it was made on a working day
 * (the 15th working day itself; a weekend day after it is already late).
 */
export function decisionQuery(scope: ReportScope, wd: WorkingDayTable, deadlineDays: number): Prisma.Sql {
  return Prisma.sql`
    WITH wd AS (SELECT * FROM unnest(${wd.days}::date[], ${wd.ordinals}::int[], ${wd.working}::boolean[]) AS t(day, n, working)),
    first_final AS (
      SELECT DISTINCT ON (d."applicationId") d."applicationId", d.outcome, ${bakuDay(Prisma.sql`d."createdAt"`)} AS decided_on
      FROM "Decision" d JOIN "Application" a ON a.id = d."applicationId"
      WHERE d.final AND ${cohort(scope)}
      ORDER BY d."applicationId", d."createdAt", d.id
    ),
    timed AS (
      SELECT a."districtCode" AS district, date_trunc('month', a."applicationDate") AS m, f.outcome,
             (w2.n - w1.n) AS days, w2.working AS on_working_day
      FROM first_final f
      JOIN "Application" a ON a.id = f."applicationId"
      JOIN wd w1 ON w1.day = a."applicationDate"
      JOIN wd w2 ON w2.day = f.decided_on
    )
    SELECT CASE WHEN GROUPING(m) = 0 THEN 'month' WHEN GROUPING(district) = 0 THEN 'district' ELSE 'total' END AS grain,
           to_char(m, 'YYYY-MM') AS month, district,
           count(*)::int AS decided,
           count(*) FILTER (WHERE days < ${deadlineDays} OR (days = ${deadlineDays} AND on_working_day))::int AS "withinDeadline",
           percentile_disc(0.5) WITHIN GROUP (ORDER BY days)::int AS median,
           percentile_disc(0.95) WITHIN GROUP (ORDER BY days)::int AS p95,
           count(*) FILTER (WHERE outcome = 'ASSIGN')::int AS assigned,
           count(*) FILTER (WHERE outcome = 'REFUSE')::int AS refused
    FROM timed
    GROUP BY GROUPING SETS ((m), (district), ())
    ORDER BY 1, 2, 3`;
}
export const ZDecisionRow = z.object({
  grain: z.enum(["month", "district", "total"]),
  month: month.nullable(),
  district: z.string().nullable(),
  decided: count,
  withinDeadline: count,
  median: z.number().int().nullable(),
  p95: z.number().int().nullable(),
  assigned: count,
  refused: count,
});

/** The refusal grounds of the cohort's first final refusals: how many refusals name each ground (one may name several). */
export function refusalGroundsQuery(scope: ReportScope): Prisma.Sql {
  return Prisma.sql`
    WITH first_final AS (
      SELECT DISTINCT ON (d."applicationId") d.outcome, d.reasons
      FROM "Decision" d JOIN "Application" a ON a.id = d."applicationId"
      WHERE d.final AND ${cohort(scope)}
      ORDER BY d."applicationId", d."createdAt", d.id
    )
    SELECT r->>'code' AS code, count(*)::int AS n
    FROM first_final f CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(f.reasons) = 'array' THEN f.reasons ELSE '[]'::jsonb END) AS r
    WHERE f.outcome = 'REFUSE' AND r->>'kind' = 'REFUSAL'
    GROUP BY 1
    ORDER BY 2 DESC, 1`;
}
export const ZGroundRow = z.object({ code: z.string().nullable(), n: count });

/**
 * The assistance paid month by month: families with an entitlement for the month and its amounts (qəpik), and what
 * the bank credited: monthly payments by the month they pay, arrears by the Baku month the bank credited them.
 */
export function paymentsQuery(scope: ReportScope): Prisma.Sql {
  const from = Prisma.sql`date_trunc('month', ${scope.from}::date)::date`;
  return Prisma.sql`
    WITH planned AS (
      SELECT e.month, count(DISTINCT e."applicationId")::int AS families, sum(e."amountQepik")::float8 AS planned
      FROM "MonthlyEntitlement" e ${withApplication(scope, Prisma.sql`e."applicationId"`)}
      WHERE e.month BETWEEN ${from} AND ${scope.to}::date AND e.status <> 'CANCELLED' ${inDistrict(scope)}
      GROUP BY e.month
    ),
    paid AS (
      SELECT coalesce(e.month, date_trunc('month', ${bakuDay(Prisma.sql`p."answeredAt"`)})::date) AS month,
             sum(p."amountQepik")::float8 AS paid, count(*)::int AS payments
      FROM "PaymentOrder" p
      ${withApplication(scope, Prisma.sql`p."applicationId"`)}
      LEFT JOIN "MonthlyEntitlement" e ON e.id = p."entitlementId"
      WHERE p.status = 'CREDITED' ${inDistrict(scope)}
        AND coalesce(e.month, date_trunc('month', ${bakuDay(Prisma.sql`p."answeredAt"`)})::date) BETWEEN ${from} AND ${scope.to}::date
      GROUP BY 1
    )
    SELECT to_char(coalesce(planned.month, paid.month), 'YYYY-MM') AS month,
           coalesce(planned.families, 0) AS families, coalesce(planned.planned, 0) AS "plannedQepik",
           coalesce(paid.paid, 0) AS "paidQepik", coalesce(paid.payments, 0) AS payments
    FROM planned FULL JOIN paid ON paid.month = planned.month
    ORDER BY 1`;
}
export const ZPaymentRow = z.object({ month, families: count, plannedQepik: money, paidQepik: money, payments: count });

/**
 * The day a visit counts on: the Baku day the inspector's result or the missed visit was recorded, so a visit booked
 * for tomorrow and made today is in today's report. The planned day for a visit not made, and for one recorded
 * before its moment was kept (missed visits the chain closed before missedAt existed, hand-written rows).
 */
const visitDay = Prisma.sql`CASE i.status
  WHEN 'COMPLETED' THEN coalesce(${bakuDay(Prisma.sql`i."completedAt"`)}, i."scheduledFor")
  WHEN 'MISSED' THEN coalesce(${bakuDay(Prisma.sql`i."missedAt"`)}, i."scheduledFor")
  ELSE i."scheduledFor" END`;

/** Home visits per inspector on a day of the period (see visitDay); skipped visits are no visits. */
export function inspectionsQuery(scope: ReportScope): Prisma.Sql {
  return Prisma.sql`
    SELECT i."inspectorId" AS "inspectorId", u.name AS inspector, a."districtCode" AS district,
           count(*)::int AS visits,
           count(*) FILTER (WHERE i.status = 'COMPLETED')::int AS completed,
           count(*) FILTER (WHERE i.status = 'MISSED')::int AS missed,
           count(*) FILTER (WHERE i.status = 'SCHEDULED')::int AS scheduled,
           count(*) FILTER (WHERE i.status = 'CANCELLED')::int AS cancelled
    FROM "Inspection" i
    JOIN "Application" a ON a.id = i."applicationId"
    LEFT JOIN "User" u ON u.id = i."inspectorId"
    WHERE ${visitDay} BETWEEN ${scope.from}::date AND ${scope.to}::date AND i.status <> 'SKIPPED' ${inDistrict(scope)}
    GROUP BY 1, 2, 3
    ORDER BY 3, 2 NULLS LAST, 1`;
}
export const ZInspectionRow = z.object({
  inspectorId: z.string().nullable(),
  inspector: z.string().nullable(),
  district: z.string().nullable(),
  visits: count,
  completed: count,
  missed: count,
  scheduled: count,
  cancelled: count,
});

/** Appeals filed on a Baku day of the period, by month filed and overall, with their answers so far. */
export function appealsQuery(scope: ReportScope): Prisma.Sql {
  const filed = bakuDay(Prisma.sql`ap."submittedAt"`);
  return Prisma.sql`
    SELECT to_char(date_trunc('month', ${filed}), 'YYYY-MM') AS month, count(*)::int AS filed,
           count(*) FILTER (WHERE ap.status = 'OPEN')::int AS open,
           count(*) FILTER (WHERE ap.status = 'ANSWERED' AND ap."answerKind" = 'UPHOLD')::int AS upheld,
           count(*) FILTER (WHERE ap.status = 'ANSWERED' AND ap."answerKind" = 'CHANGE')::int AS changed
    FROM "Appeal" ap JOIN "Application" a ON a.id = ap."applicationId"
    WHERE ${filed} BETWEEN ${scope.from}::date AND ${scope.to}::date ${inDistrict(scope)}
    GROUP BY GROUPING SETS ((date_trunc('month', ${filed})), ())
    ORDER BY 1 NULLS LAST`;
}
export const ZAppealRow = z.object({
  month: month.nullable(),
  filed: count,
  open: count,
  upheld: count,
  changed: count,
});

/** Every statement of one report, in the order the service runs them (the benchmark runs the same list). */
export function reportStatements(scope: ReportScope, wd: WorkingDayTable, deadlineDays: number): Prisma.Sql[] {
  return [
    statusQuery(scope),
    decisionQuery(scope, wd, deadlineDays),
    refusalGroundsQuery(scope),
    paymentsQuery(scope),
    inspectionsQuery(scope),
    appealsQuery(scope),
  ];
}
