import type { Locale } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { hoursOf } from "@/server/domain/visit-window";
import { AppError } from "@/server/errors";
import { toldHalfDay } from "@/server/services/inspections/told-half-day";
import { allowedActions, buildTimeline, decisionLetters } from "./build-timeline";

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
        // The id breaks a tie as the letter's read does, so the list of letters and the default letter agree.
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
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
          id: true,
          decisionId: true,
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
      // The first card notice of each decision: where the card was first, for a move audited without its `previousBranch`.
      notifications: {
        where: { kind: "BANK_CARD_PICKUP", fallbackOfId: null },
        orderBy: { createdAt: "asc" },
        select: { payload: true },
      },
      // Months paid or planned stay on the page after a later decision ends the assignment (a credited December
      // still needs the card).
      _count: { select: { entitlements: true } },
      resumeRequests: { orderBy: { requestedAt: "asc" }, select: { requestedAt: true, resumeFrom: true } },
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
  // The card's moves to another branch, as their audit rows record them (choose-card-branch.ts): the order row only
  // holds the branch the card is at now. Read by the application the row names, which is this family's.
  const branchMoves = await db.auditLog.findMany({
    where: { applicationId: app.id, action: "bank.chooseBranch", entity: "BankAccountOrder" },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { entityId: true, at: true, details: true },
  });
  // The payment events the family was told of (the first message of each, not its other channel's copy).
  const paymentNotices = await db.notification.findMany({
    where: { applicationId: app.id, kind: { in: ["PAYMENTS_STOPPED", "PAYMENT_REJECTED"] }, fallbackOfId: null },
    orderBy: { createdAt: "asc" },
    select: { kind: true, payload: true, createdAt: true },
  });
  // Decisions that follow a reported change: their letters are named so in the list of letters.
  const changeDecisions = await db.changeReport.findMany({
    where: { applicationId: app.id, resultDecisionId: { not: null } },
    select: { resultDecisionId: true },
  });
  return {
    id: app.id,
    status: app.status,
    registrationNumber: app.registrationNumber,
    applicationDate: app.applicationDate?.toISOString().slice(0, 10) ?? null,
    decisionDueOn: app.decisionDueOn?.toISOString().slice(0, 10) ?? null,
    events: buildTimeline(
      {
        ...app,
        inspections,
        branchMoves: branchMoves.map((m) => ({ orderId: m.entityId ?? "", at: m.at, details: m.details })),
        cardNotices: app.notifications,
        paymentNotices,
      },
      viewerLocale,
    ),
    letters: decisionLetters(app, new Set(changeDecisions.flatMap((r) => r.resultDecisionId ?? []))),
    hasPaymentMonths: app._count.entitlements > 0,
    ...allowedActions(app),
  };
}
