import { OPEN_STATUSES } from "@/kernel/application-statuses";
import type { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { bakuDate } from "@/kernel/calendar-date";
import type { SessionUser } from "@/kernel/session-user";
import type { Db } from "@/server/db/create-client";
import { addDays, type IsoDate } from "@/kernel/calendar-date";
import { isWorkingDay, type HolidayCalendar } from "@/server/domain/working-days";
import { calendarGap, type CalendarGap } from "./calendar-gap";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { decisionDeadlineDays, loadHolidayCalendar } from "@/server/services/law/law-data";
import type { ReportFilter } from "@/lib/reports/report-filter";
import { resolveReportScope, type ReportScope } from "./report-filter";
import {
  appealsQuery,
  decisionQuery,
  inspectionsQuery,
  paymentsQuery,
  refusalGroundsQuery,
  statusQuery,
  ZAppealRow,
  ZDecisionRow,
  ZGroundRow,
  ZInspectionRow,
  ZPaymentRow,
  ZStatusRow,
  type WorkingDayTable,
} from "./report-queries";

// The programme's figures for a district (a supervisor's own) or the country by district (the ministry): what the
// reports page draws and the CSV export writes. The aggregates are computed in PostgreSQL (report-queries.ts); this
// use-case checks who asks, counts working days on the entered holiday calendar, and shapes the answer.

export type DecisionTiming = Omit<z.infer<typeof ZDecisionRow>, "grain" | "month" | "district">;

export interface ProgrammeReport {
  scope: ReportScope;
  /** False when the period runs through a year whose holidays are not entered: working days are Monday–Friday there. */
  calendarConfirmed: boolean;
  /** Why not confirmed: a year of the period not entered, or entered with days only expected (calendar-gap.ts). */
  calendarGap: CalendarGap;
  deadlineWorkingDays: number;
  /** Months of the period, YYYY-MM, in order: every table by month has a row for each. */
  months: string[];
  statusByMonth: { month: string; counts: Record<string, number>; total: number }[];
  decisions: { total: DecisionTiming; byMonth: ({ month: string } & DecisionTiming)[] };
  districts: ({ district: string; applications: number; open: number } & DecisionTiming)[];
  refusalGrounds: { refused: number; grounds: { code: string; n: number }[] };
  payments: z.infer<typeof ZPaymentRow>[];
  inspections: z.infer<typeof ZInspectionRow>[];
  appeals: {
    total: Omit<z.infer<typeof ZAppealRow>, "month">;
    byMonth: ({ month: string } & Omit<z.infer<typeof ZAppealRow>, "month">)[];
  };
}

/** Statuses an application rests in before its decision (the kernel's list, as text: rows carry the status so). */
const OPEN = new Set<string>(OPEN_STATUSES);

function monthsOf(from: IsoDate, to: IsoDate): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const end = to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    if (key > end) return out;
    out.push(key);
    m += 1;
    if (m === 13) [y, m] = [y + 1, 1];
  }
}

/**
 * Each day from `from` to `to` with the number of working days from `from` up to it, so PostgreSQL counts the
 * working days between two dates as a difference of two looked-up numbers (the domain's isWorkingDay decides each day).
 */
export function workingDayTable(from: IsoDate, to: IsoDate, calendar: HolidayCalendar): WorkingDayTable {
  const table: WorkingDayTable = { days: [], ordinals: [], working: [] };
  let n = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const working = isWorkingDay(d, calendar);
    if (working) n += 1;
    table.days.push(d);
    table.ordinals.push(n);
    table.working.push(working);
  }
  return table;
}

/** The span the working-day table covers: decisions on applications of the period come up to a year after it. */
export function workingDaySpan(scope: ReportScope, now: Date): { from: IsoDate; to: IsoDate } {
  const today = bakuDate(now);
  const last = scope.to > today ? scope.to : today;
  return { from: scope.from, to: addDays(last, 31) };
}

async function rows<S extends z.ZodType>(db: Db, query: Prisma.Sql, schema: S): Promise<z.infer<S>[]> {
  const raw = await db.$queryRaw<unknown[]>(query);
  return raw.map((r) => schema.parse(r));
}

const emptyTiming = (): DecisionTiming => ({
  decided: 0,
  withinDeadline: 0,
  median: null,
  p95: null,
  assigned: 0,
  refused: 0,
});

/** The figures of a scope, without the access check or the audit row (the benchmark and the use-case below share it). */
export async function computeProgrammeReport(db: Db, scope: ReportScope, now: Date): Promise<ProgrammeReport> {
  const span = workingDaySpan(scope, now);
  const calendar = await loadHolidayCalendar(db, Number(span.from.slice(0, 4)), Number(span.to.slice(0, 4)));
  const wd = workingDayTable(span.from, span.to, calendar);
  // The law's deadline (a dated parameter) as in force at the period's end: 15 working days since 2016.
  const deadline = await decisionDeadlineDays(db, span.to);

  const [statusRows, decisionRows, groundRows, payments, inspections, appealRows] = await Promise.all([
    rows(db, statusQuery(scope), ZStatusRow),
    rows(db, decisionQuery(scope, wd, deadline), ZDecisionRow),
    rows(db, refusalGroundsQuery(scope), ZGroundRow),
    rows(db, paymentsQuery(scope), ZPaymentRow),
    rows(db, inspectionsQuery(scope), ZInspectionRow),
    rows(db, appealsQuery(scope), ZAppealRow),
  ]);

  const months = monthsOf(scope.from, scope.to);
  const statusByMonth = months.map((month) => {
    const counts: Record<string, number> = {};
    for (const r of statusRows) if (!r.byDistrict && r.month === month) counts[r.status] = r.n;
    return { month, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
  });

  const timing = ({ grain: _g, month: _m, district: _d, ...rest }: z.infer<typeof ZDecisionRow>): DecisionTiming =>
    rest;
  const total = decisionRows.find((r) => r.grain === "total");
  const byMonth = months.map((month) => ({
    month,
    ...(() => {
      const r = decisionRows.find((x) => x.grain === "month" && x.month === month);
      return r ? timing(r) : emptyTiming();
    })(),
  }));

  const districtCodes = [
    ...new Set(statusRows.flatMap((r) => (r.byDistrict && r.district ? [r.district] : []))),
  ].sort();
  const districts = districtCodes.map((district) => {
    const mine = statusRows.filter((r) => r.byDistrict && r.district === district);
    const decided = decisionRows.find((r) => r.grain === "district" && r.district === district);
    return {
      district,
      applications: mine.reduce((a, r) => a + r.n, 0),
      open: mine.reduce((a, r) => a + (OPEN.has(r.status) ? r.n : 0), 0),
      ...(decided ? timing(decided) : emptyTiming()),
    };
  });

  const appealTotal = appealRows.find((r) => r.month === null);
  const appealOf = (month: string) => {
    const r = appealRows.find((x) => x.month === month);
    return { filed: r?.filed ?? 0, open: r?.open ?? 0, upheld: r?.upheld ?? 0, changed: r?.changed ?? 0 };
  };

  const gap = calendarGap(span.from, bakuDate(now) < span.to ? bakuDate(now) : span.to, calendar);
  return {
    scope,
    calendarConfirmed: gap === null,
    calendarGap: gap,
    deadlineWorkingDays: deadline,
    months,
    statusByMonth,
    decisions: { total: total ? timing(total) : emptyTiming(), byMonth },
    districts,
    refusalGrounds: {
      refused: total?.refused ?? 0,
      grounds: groundRows.map((g) => ({ code: g.code ?? "UNKNOWN", n: g.n })),
    },
    payments,
    inspections,
    appeals: {
      total: {
        filed: appealTotal?.filed ?? 0,
        open: appealTotal?.open ?? 0,
        upheld: appealTotal?.upheld ?? 0,
        changed: appealTotal?.changed ?? 0,
      },
      byMonth: months.map((month) => ({ month, ...appealOf(month) })),
    },
  };
}

/**
 * The report a staff member asked for: a supervisor's own district, or for an administrator the country or one
 * district. The read is audited with its scope (figures only, no personal data in the row).
 */
export async function readProgrammeReport(
  db: Db,
  user: SessionUser,
  filter: ReportFilter,
  now: Date,
  action: "reports.read" | "reports.csv" = "reports.read",
  table?: string,
): Promise<ProgrammeReport> {
  const scope = resolveReportScope(user, filter, now);
  if (
    scope.districtCode !== null &&
    !(await db.district.findUnique({ where: { code: scope.districtCode }, select: { code: true } }))
  )
    throw new AppError("notFound");
  const report = await computeProgrammeReport(db, scope, now);
  await recordAudit(db, {
    actor: user,
    action,
    entity: "Report",
    districtCode: scope.districtCode,
    details: { from: scope.from, to: scope.to, district: scope.districtCode, ...(table ? { table } : {}) },
  });
  return report;
}
