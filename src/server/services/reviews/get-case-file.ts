import { z } from "zod";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { ZInspectionResult } from "@/lib/inspection/inspection-result";
import { recordAudit } from "@/server/services/audit/record-audit";
import { findDiscrepancies } from "@/server/services/agencies/find-discrepancies";
import { decisionFigures } from "@/server/services/decisions/decision-figures";
import { eligibleReviewAssignees } from "./reassign-review";
import { reviewInScope } from "./review-outcome";

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

// Decision.reasons as the engine writes them (src/server/domain/reasons.ts); read leniently so that a reason
// of an older engine version still shows its message.
const ZStoredReasons = z
  .array(
    z.looseObject({
      code: z.string(),
      kind: z.string().optional(),
      evidence: z
        .looseObject({
          sources: z.array(z.string()).default([]),
          facts: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
        })
        .optional(),
      message: z.looseObject({ az: z.string(), ru: z.string(), en: z.string() }),
    }),
  )
  .catch([]);

/**
 * Everything the engine's proposal rested on, for the person who answers the review: the family as
 * declared, where the agencies' data differs from it, the home inspection, and the engine's figures and
 * reasons. An audited read of personal data; outside the caller's district it reads as not found.
 */
export async function getCaseFile(db: Db, user: SessionUser, reviewId: string) {
  if (user.role !== "CASEWORKER" && user.role !== "SUPERVISOR") throw new AppError("forbidden");
  const review = await db.caseReview.findFirst({
    where: reviewInScope(user, reviewId),
    include: {
      reviewer: { select: { id: true, name: true } },
      confirmedBy: { select: { name: true } },
      assignee: { select: { name: true } },
      decision: true,
      application: {
        include: {
          applicant: { select: { name: true } },
          members: { orderBy: { position: "asc" } },
          declaredIncomes: true,
          declaredAssets: true,
          inspections: { orderBy: { attempt: "desc" }, take: 1 },
          caseNotes: { orderBy: { createdAt: "desc" }, take: 20, include: { author: { select: { name: true } } } },
        },
      },
    },
  });
  if (!review) throw new AppError("notFound");
  const app = review.application;
  await recordAudit(db, {
    actor: user,
    action: "review.caseFile.read",
    entity: "CaseReview",
    entityId: review.id,
    applicationId: app.id,
    districtCode: app.districtCode,
  });
  const discrepancies = await findDiscrepancies({ applicationId: app.id }, { db });
  const inspection = app.inspections[0];
  const d = review.decision;
  return {
    review: {
      id: review.id,
      status: review.status,
      openedAt: review.createdAt,
      answer: review.outcome,
      reason: review.reason,
      overridesEngine: review.overridesEngine,
      answeredBy: review.reviewer?.name ?? null,
      confirmedBy: review.confirmedBy?.name ?? null,
      confirmedAt: review.confirmedAt,
      assignedTo: review.assignee?.name ?? null,
    },
    viewer: {
      canAnswer: review.status === "OPEN",
      canConfirm:
        review.status === "AWAITING_CONFIRMATION" && user.role === "SUPERVISOR" && review.reviewer?.id !== user.id,
    },
    /** A supervisor of the district may hand a waiting review to one of these people; null for anyone else. */
    handoverTo:
      user.role === "SUPERVISOR" && review.status !== "DONE"
        ? await eligibleReviewAssignees(db, review, app.districtCode)
        : null,
    application: {
      id: app.id,
      registrationNumber: app.registrationNumber,
      applicantName: app.applicant.name,
      /** The language the family reads its letters in: the reviewer's reason reaches it as written. */
      locale: app.locale,
      address: app.address,
      applicationDate: iso(app.applicationDate),
      decisionDueOn: iso(app.decisionDueOn),
      members: app.members.map((m) => ({
        fin: m.fin,
        name: [m.lastName, m.firstName, m.patronymic].filter(Boolean).join(" "),
        birthDate: iso(m.birthDate),
        relation: m.relation,
      })),
      declaredIncomes: app.declaredIncomes.map((i) => ({
        memberFin: i.memberFin,
        type: i.type,
        monthlyQepik: i.monthlyQepik,
        registered: i.registered,
      })),
      declaredAssets: app.declaredAssets.map((a) => ({ kind: a.kind, valueQepik: a.valueQepik })),
    },
    discrepancies,
    inspection: inspection
      ? {
          status: inspection.status,
          completedAt: inspection.completedAt,
          needsJudgement: inspection.needsJudgement,
          judgementReason: inspection.judgementReason,
          note: inspection.note,
          result: ZInspectionResult.safeParse(inspection.result).data ?? null,
        }
      : null,
    proposal: {
      outcome: d.outcome,
      proposedOutcome: d.proposedOutcome,
      ...decisionFigures(d),
      reasons: ZStoredReasons.parse(d.reasons).map((r) => ({
        code: r.code,
        kind: r.kind ?? null,
        facts: r.evidence?.facts ?? {},
        sources: r.evidence?.sources ?? [],
        message: r.message,
      })),
    },
    notes: app.caseNotes.map((n) => ({ id: n.id, author: n.author.name, text: n.text, createdAt: n.createdAt })),
  };
}
