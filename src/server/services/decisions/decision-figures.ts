import type { Decision } from "@/generated/prisma/client";
import { calendarDateFromDb } from "@/server/db/calendar-date";

type StoredFigures = Pick<
  Decision,
  "memberCount" | "criterionQepik" | "incomeQepik" | "amountQepik" | "periodFrom" | "periodTo" | "createdAt"
>;

/** A decision's figures as staff pages show them (N, C, I, A in qəpik, the period as calendar dates, when). */
export function decisionFigures(d: StoredFigures) {
  return {
    memberCount: d.memberCount,
    criterionQepik: d.criterionQepik,
    incomeQepik: d.incomeQepik,
    amountQepik: d.amountQepik,
    periodFrom: d.periodFrom ? calendarDateFromDb(d.periodFrom) : null,
    periodTo: d.periodTo ? calendarDateFromDb(d.periodTo) : null,
    decidedAt: d.createdAt,
  };
}
