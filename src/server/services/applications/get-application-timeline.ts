import type { Locale } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { hoursOf } from "@/server/domain/visit-window";
import { AppError } from "@/server/errors";
import { toldHalfDay } from "@/server/services/inspections/told-half-day";
import { allowedActions, buildTimeline } from "./build-timeline";

/** The citizen's own application as their page shows it: status, timeline and what they may do next. */
export async function getApplicationTimeline(db: Db, user: SessionUser, applicationId: string, viewerLocale: Locale) {
  if (user.role !== "CITIZEN") throw new AppError("forbidden");
  const app = await db.application.findFirst({
    where: { id: applicationId, applicantId: user.id },
    select: {
      id: true,
      status: true,
      locale: true,
      registrationNumber: true,
      applicationDate: true,
      decisionDueOn: true,
      statusChanges: { orderBy: [{ at: "asc" }, { id: "asc" }], select: { toStatus: true, at: true } },
      inspections: {
        orderBy: { attempt: "asc" },
        select: {
          id: true,
          status: true,
          scheduledFor: true,
          createdAt: true,
          completedAt: true,
          timeWindow: true,
          toldWindow: true,
          bookingCount: true,
          inspectorId: true,
          inspector: { select: { dailyInspectionCapacity: true } },
        },
      },
      decisions: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          outcome: true,
          final: true,
          amountQepik: true,
          periodFrom: true,
          periodTo: true,
          effectiveFrom: true,
          reasons: true,
          createdAt: true,
        },
      },
      bankOrders: {
        select: {
          status: true,
          branchName: true,
          branchNameRu: true,
          branchNameEn: true,
          branchAddress: true,
          cardPickupDate: true,
          answeredAt: true,
          accountMasked: true,
          reusedFromId: true,
        },
      },
      // Months paid or planned stay on the page after a later decision ends the assignment (a credited December
      // still needs the card).
      _count: { select: { entitlements: true } },
      appeals: {
        orderBy: { submittedAt: "asc" },
        select: {
          decisionId: true,
          status: true,
          submittedAt: true,
          answeredAt: true,
          answerKind: true,
          answerDecisionId: true,
        },
      },
    },
  });
  if (!app) throw new AppError("notFound");
  // The half-day the SMS told the family, read where the SMS reads it, so the page says the same hours.
  const inspections = await Promise.all(
    app.inspections.map(async (visit) => {
      const halfDay = visit.status === "SKIPPED" || visit.status === "CANCELLED" ? null : await toldHalfDay(db, visit);
      return { ...visit, window: halfDay ? hoursOf(halfDay) : null };
    }),
  );
  return {
    id: app.id,
    status: app.status,
    registrationNumber: app.registrationNumber,
    applicationDate: app.applicationDate?.toISOString().slice(0, 10) ?? null,
    decisionDueOn: app.decisionDueOn?.toISOString().slice(0, 10) ?? null,
    events: buildTimeline({ ...app, inspections }, viewerLocale),
    hasPaymentMonths: app._count.entitlements > 0,
    ...allowedActions(app),
  };
}
