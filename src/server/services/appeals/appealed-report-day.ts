import { z } from "zod";
import type { Decision, Prisma } from "@/generated/prisma/client";
import { isIsoDate, type IsoDate } from "@/kernel/calendar-date";
import { calendarDateFromDb } from "@/server/db/calendar-date";

/** What a decision's stored figures say of a reassessment: the day the engine decided it as of (the report's). */
const ZReassessedFigures = z.object({
  reassessment: z.object({ asOf: z.string().refine(isIsoDate) }),
});

/**
 * The day of the reported change an appealed decision during the period counted its income as of, or null: a first
 * decision (no `effectiveFrom`), or a finding made on a first decision's figures. A change decision is its report's
 * result (`resultDecisionId`); a ground-9 finding keeps the figures of the decision it ended, which say whether
 * those were a reassessment's (`figures.reassessment.asOf`, reassess-change.ts).
 */
export async function appealedReportDay(
  tx: Prisma.TransactionClient,
  appealed: Pick<Decision, "id" | "effectiveFrom" | "figures">,
): Promise<IsoDate | null> {
  if (!appealed.effectiveFrom) return null;
  const report = await tx.changeReport.findUnique({
    where: { resultDecisionId: appealed.id },
    select: { reportedOn: true },
  });
  if (report) return calendarDateFromDb(report.reportedOn);
  const figures = ZReassessedFigures.safeParse(appealed.figures);
  return figures.success ? figures.data.reassessment.asOf : null;
}
