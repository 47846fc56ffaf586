import { appealLocale } from "@/server/services/appeals/appeal-locale";
import { maskPhone } from "@/kernel/identity-format";
import { z } from "zod";
import type { Db } from "@/server/db/create-client";
import type { ReviewStatus } from "@/generated/prisma/client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { allowedActions } from "@/server/services/applications/build-timeline";
import { ZInspectionResult } from "@/lib/inspection/inspection-result";
import { applicationScope } from "@/server/services/access/application-scope";
import { recordAudit } from "@/server/services/audit/record-audit";
import { buildVerifiedCase } from "@/server/services/agencies/build-verified-case";
import { loadApplicationTargets, targetsOf } from "@/server/services/agencies/load-application-targets";
import { zStoredAgencyData } from "@/server/services/agencies/stored-result";
import { decisionFigures } from "@/server/services/decisions/decision-figures";
import { AGENCY_CODES, type AgencyCode } from "@/server/integrations/agencies/catalogue";
import type { AgencyFacts } from "@/server/integrations/agencies/agency-facts";
import type { Discrepancy } from "@/server/integrations/agencies/compare-declaration";
import { agencyFactLines, type FactLine } from "./agency-fact-lines";
import { declaredAssetDetails } from "./declared-asset-details";
import { manualEntryTemplate } from "./manual-entry-template";

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

// A BANK_CARD_PICKUP notice's payload that told a renewal it is paid to the card it has (reuse-card-account.ts).
const ZSameCardPayload = z.looseObject({ sameCard: z.literal(true) });

// Decision.reasons as the engine writes them, read leniently (as the review case file does).
const ZStoredReasons = z
  .array(
    z.looseObject({
      code: z.string(),
      kind: z.string().optional(),
      evidence: z.looseObject({ sources: z.array(z.string()).default([]) }).optional(),
      message: z.looseObject({ az: z.string(), ru: z.string(), en: z.string() }),
    }),
  )
  .catch([]);

/** Where one agency stands for this application: asked when, answered or not, the facts the engine used. */
export interface AgencyAnswer {
  agency: AgencyCode;
  /** The person the service was asked about; null for a household service. */
  memberFin: string | null;
  /** The last request to the agency for this person, and how many there were. */
  askedAt: Date | null;
  requests: number;
  /**
   * Some request for it went unanswered (a timeout, an error, an open circuit), even if a later one was answered: the
   * history of a retry, which a reassessment's second round of requests is not.
   */
  failedBefore: boolean;
  lastOutcome: string | null;
  /** OK (a reply used), NO_RECORD (the agency knows nothing of the person), UNAVAILABLE (no answer), NOT_ASKED. */
  answer: "OK" | "NO_RECORD" | "UNAVAILABLE" | "NOT_ASKED";
  /** For UNAVAILABLE: the gateway outcome behind it (TIMEOUT, CIRCUIT_OPEN, ...). */
  failure: string | null;
  answeredAt: Date | null;
  facts: FactLine[];
  /** The answer is facts a caseworker entered by hand (ManualAgencyEntry), not the agency's reply. */
  staffEntered: { entryId: string } | null;
}

// Decision.figures: the answers staff entered by hand that the engine used, when there were any.
const ZStaffEnteredFigures = z
  .looseObject({
    staffEntered: z.array(z.object({ agency: z.string(), memberFin: z.string() })).default([]),
  })
  .catch({ staffEntered: [] });

/**
 * The full case file of one application, for the district's caseworkers and supervisors (and the ministry's
 * administrators): the family and its declaration, each agency's answer with the discrepancies, every home visit,
 * every decision with its figures and reasons, reviews and appeals, every message with its delivery status, the
 * bank orders, the notes and the whole history. An audited read of personal data; outside the caller's scope
 * it reads as not found.
 */
export async function getApplicationCaseFile(db: Db, user: SessionUser, applicationId: string) {
  if (user.role !== "CASEWORKER" && user.role !== "SUPERVISOR" && user.role !== "ADMIN")
    throw new AppError("forbidden");
  const app = await db.application.findFirst({
    where: { AND: [{ id: applicationId }, applicationScope(user)] },
    include: {
      applicant: { select: { name: true, fin: true, phone: true } },
      district: { select: { code: true, nameAz: true, nameRu: true, nameEn: true } },
      members: { orderBy: { position: "asc" } },
      declaredIncomes: true,
      declaredAssets: true,
      statusChanges: { orderBy: [{ at: "asc" }, { id: "asc" }] },
      agencyRequests: { orderBy: { startedAt: "asc" } },
      agencyResults: true,
      inspections: { orderBy: { attempt: "asc" }, include: { inspector: { select: { name: true } } } },
      decisions: { orderBy: { createdAt: "asc" } },
      reviews: {
        orderBy: { createdAt: "asc" },
        include: { reviewer: { select: { name: true } }, confirmedBy: { select: { name: true } } },
      },
      appeals: { orderBy: { submittedAt: "asc" }, include: { supervisor: { select: { name: true } } } },
      bankOrders: {
        orderBy: [{ requestedAt: "asc" }, { round: "asc" }],
        include: {
          reusedFrom: { select: { application: { select: { registrationNumber: true } } } },
          reusedBy: {
            orderBy: { requestedAt: "asc" },
            select: { application: { select: { registrationNumber: true } } },
          },
        },
      },
      notifications: { orderBy: { createdAt: "asc" } },
      caseNotes: { orderBy: { createdAt: "desc" }, include: { author: { select: { name: true } } } },
      manualAgencyEntries: {
        orderBy: { enteredAt: "desc" },
        include: { enteredBy: { select: { name: true } }, decidedBy: { select: { name: true } } },
      },
      _count: { select: { entitlements: true } },
    },
  });
  if (!app) throw new AppError("notFound");
  await recordAudit(db, {
    actor: user,
    action: "application.caseFile.read",
    entity: "Application",
    entityId: app.id,
    applicationId: app.id,
    districtCode: app.districtCode,
  });

  // Who did what: the staff named in the history and the decisions.
  const staffIds = new Set<string>();
  for (const c of app.statusChanges) if (c.actorUserId) staffIds.add(c.actorUserId);
  for (const d of app.decisions) if (d.decidedBy !== "SYSTEM") staffIds.add(d.decidedBy);
  for (const a of app.appeals) if (a.recordedById) staffIds.add(a.recordedById);
  const auditRows = await db.auditLog.findMany({
    where: { applicationId: app.id },
    orderBy: { at: "desc" },
    take: 200,
    select: { id: true, at: true, action: true, actorRole: true, actorUserId: true },
  });
  for (const a of auditRows) if (a.actorUserId) staffIds.add(a.actorUserId);
  const people = await db.user.findMany({ where: { id: { in: [...staffIds] } }, select: { id: true, name: true } });
  const nameOf = (id: string | null) => (id ? (people.find((p) => p.id === id)?.name ?? null) : null);

  let agencies: AgencyAnswer[] = [];
  let discrepancies: Discrepancy[] = [];
  if (app.applicationDate) {
    const [verified, targets] = await Promise.all([
      buildVerifiedCase({ applicationId: app.id }, { db }),
      loadApplicationTargets(db, app.id),
    ]);
    discrepancies = verified.discrepancies;
    agencies = agencyAnswers(app, targets, verified.facts);
  }

  return {
    application: {
      id: app.id,
      registrationNumber: app.registrationNumber,
      status: app.status,
      hasPaymentMonths: app._count.entitlements > 0,
      applicantName: app.applicant.name,
      // Masked: the staff member recognises the number the citizen names; changing it is setSignInPhone.
      signInPhone: app.applicant.phone ? maskPhone(app.applicant.phone) : null,
      canSetSignInPhone: user.role === "CASEWORKER" || user.role === "SUPERVISOR",
      address: app.address,
      district: app.district,
      contactPhone: app.contactPhone,
      contactEmail: app.contactEmail,
      preferredChannel: app.preferredChannel,
      locale: app.locale,
      submittedAt: app.submittedAt,
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
        note: i.note,
        // A job with a labour contract reported during the period: the register's, not beyond it.
        registered: i.registered,
      })),
      declaredAssets: app.declaredAssets.map((a) => ({
        kind: a.kind,
        valueQepik: a.valueQepik,
        ...declaredAssetDetails(a.details),
      })),
    },
    agencies,
    // What the manual-entry form starts from, for each agency that left an answer missing.
    entryTemplates: Object.fromEntries(
      [...new Set(agencies.filter((a) => a.answer === "UNAVAILABLE").map((a) => a.agency))].map((agency) => [
        agency,
        manualEntryTemplate(agency),
      ]),
    ) as Partial<Record<AgencyCode, ReturnType<typeof manualEntryTemplate>>>,
    discrepancies,
    inspections: app.inspections.map((i) => ({
      id: i.id,
      attempt: i.attempt,
      status: i.status,
      inspector: i.inspector?.name ?? null,
      scheduledFor: iso(i.scheduledFor),
      completedAt: i.completedAt,
      needsJudgement: i.needsJudgement,
      judgementReason: i.judgementReason,
      note: i.note,
      result: ZInspectionResult.safeParse(i.result).data ?? null,
    })),
    decisions: app.decisions.map((d) => ({
      id: d.id,
      outcome: d.outcome,
      proposedOutcome: d.proposedOutcome,
      final: d.final,
      decidedBy: d.decidedBy === "SYSTEM" ? null : (nameOf(d.decidedBy) ?? "—"),
      superseded: app.decisions.some((x) => x.supersedesId === d.id),
      ...decisionFigures(d),
      // A decision during the period changes the assignment from this day (the 1st of a month), as the family is told.
      effectiveFrom: iso(d.effectiveFrom),
      staffEntered: ZStaffEnteredFigures.parse(d.figures ?? {}).staffEntered.map((e) => ({
        agency: e.agency,
        memberFin: e.memberFin === "" ? null : e.memberFin,
      })),
      reasons: ZStoredReasons.parse(d.reasons).map((r) => ({
        code: r.code,
        kind: r.kind ?? null,
        sources: r.evidence?.sources ?? [],
        message: r.message,
      })),
    })),
    reviews: app.reviews.map((r) => ({
      id: r.id,
      status: r.status,
      openedAt: r.createdAt,
      answer: r.outcome,
      reason: r.reason,
      answeredBy: r.reviewer?.name ?? null,
      confirmedBy: r.confirmedBy?.name ?? null,
      overridesEngine: r.overridesEngine,
      /** What the viewer may do on the review's page, as that page allows it (linked from the table), or null. */
      act: reviewActFor(user, r),
    })),
    appeals: app.appeals.map((a) => ({
      id: a.id,
      status: a.status,
      reason: a.reason,
      submittedAt: a.submittedAt,
      answeredAt: a.answeredAt,
      answerKind: a.answerKind,
      supervisor: a.supervisor?.name ?? null,
      /** The language the appeal was written in, which the answer is written and sent in. */
      locale: appealLocale(a, app),
      /** Brought to the office in writing and recorded by staff: who, and their note. */
      atOffice: a.recordedById ? { by: nameOf(a.recordedById) ?? "—", note: a.staffNote ?? "" } : null,
    })),
    // The family's page offers an appeal on the same condition (build-timeline.ts).
    appealable: allowedActions(app).canAppeal,
    bankOrders: app.bankOrders.map((b) => ({
      id: b.id,
      round: b.round,
      status: b.status,
      accountMasked: b.accountMasked,
      branchName: b.branchName,
      branchNameRu: b.branchNameRu,
      branchNameEn: b.branchNameEn,
      branchAddress: b.branchAddress,
      // A continued account's card was collected under the earlier application: there is none to collect here.
      cardPickupDate: b.reusedFrom ? null : iso(b.cardPickupDate),
      attempts: b.attempts,
      lastError: b.lastError,
      /** The application whose card account this renewal's order continues (reuse-card-account.ts). */
      continuesAccountOf: b.reusedFrom ? (b.reusedFrom.application.registrationNumber ?? "—") : null,
      /** The family's renewals whose orders continue this account, so it pays their months too. */
      alsoPays: [...new Set(b.reusedBy.map((r) => r.application.registrationNumber ?? "—"))],
      requestedAt: b.requestedAt,
      answeredAt: b.answeredAt,
    })),
    messages: app.notifications.map((n) => ({
      id: n.id,
      kind: n.kind,
      channel: n.channel,
      status: n.status,
      recipient: n.recipient,
      subject: n.subject,
      body: n.body,
      error: n.error,
      attempts: n.attempts,
      fallback: n.fallbackOfId !== null,
      /** A card notice that said no new card is needed, not where to collect one. */
      sameCard: n.kind === "BANK_CARD_PICKUP" && ZSameCardPayload.safeParse(n.payload).success,
      createdAt: n.createdAt,
      sentAt: n.sentAt,
      deliveredAt: n.deliveredAt,
    })),
    notes: app.caseNotes.map((n) => ({ id: n.id, author: n.author.name, text: n.text, createdAt: n.createdAt })),
    manualEntries: app.manualAgencyEntries.map((e) => ({
      id: e.id,
      agency: e.agency,
      memberFin: e.memberFin === "" ? null : e.memberFin,
      status: e.status,
      reason: e.reason,
      facts: JSON.stringify(e.reply, null, 2),
      outcomeWithout: e.outcomeWithout,
      outcomeWith: e.outcomeWith,
      enteredBy: e.enteredBy.name,
      enteredAt: e.enteredAt,
      decidedBy: e.decidedBy?.name ?? null,
      decidedAt: e.decidedAt,
      decisionReason: e.decisionReason,
      canDecide: e.status === "PENDING" && user.role === "SUPERVISOR" && e.enteredById !== user.id,
    })),
    history: {
      statusChanges: app.statusChanges.map((c) => ({
        id: c.id,
        at: c.at,
        from: c.fromStatus,
        to: c.toStatus,
        actorKind: c.actorKind,
        actor: nameOf(c.actorUserId),
        note: c.note,
      })),
      audit: auditRows.map((a) => ({
        id: a.id,
        at: a.at,
        action: a.action,
        actorRole: a.actorRole,
        actor: nameOf(a.actorUserId),
      })),
    },
    viewer: {
      canAddNote: user.role === "CASEWORKER" || user.role === "SUPERVISOR",
      canEnterData: user.role === "CASEWORKER" || user.role === "SUPERVISOR",
    },
  };
}

/**
 * A waiting review is answered by any caseworker or supervisor of the district (an administrator only reads), and an
 * answer against the engine's proposal is confirmed by a supervisor other than the one who gave it (four eyes).
 */
function reviewActFor(
  user: SessionUser,
  review: { status: ReviewStatus; reviewerId: string | null },
): "answer" | "confirm" | null {
  if (user.role !== "CASEWORKER" && user.role !== "SUPERVISOR") return null;
  if (review.status === "OPEN") return "answer";
  if (review.status === "AWAITING_CONFIRMATION" && user.role === "SUPERVISOR" && review.reviewerId !== user.id)
    return "confirm";
  return null;
}

type LoadedApp = {
  agencyRequests: { agency: string; memberFin: string | null; startedAt: Date; outcome: string }[];
  agencyResults: { agency: string; memberFin: string; data: unknown; fetchedAt: Date }[];
};

function agencyAnswers(
  app: LoadedApp,
  targets: Awaited<ReturnType<typeof loadApplicationTargets>>,
  facts: AgencyFacts,
): AgencyAnswer[] {
  const out: AgencyAnswer[] = [];
  for (const agency of AGENCY_CODES) {
    for (const t of targetsOf(agency, targets)) {
      const memberFin = t.storedAs === "" ? null : t.storedAs;
      // A household service is asked about the representative; its request rows may carry that FIN or none.
      const requests = app.agencyRequests.filter(
        (r) => r.agency === agency && (memberFin === null || r.memberFin === memberFin),
      );
      const last = requests[requests.length - 1];
      const row = app.agencyResults.find((r) => r.agency === agency && r.memberFin === t.storedAs);
      const data = row ? zStoredAgencyData.safeParse(row.data) : null;
      let answer: AgencyAnswer["answer"] = "NOT_ASKED";
      let staffEntered: AgencyAnswer["staffEntered"] = null;
      let failure: string | null = null;
      if (data?.success) {
        if (data.data.kind === "OK") {
          answer = "OK";
          staffEntered = data.data.enteredBy ? { entryId: data.data.enteredBy.entryId } : null;
        } else if (data.data.kind === "NOT_FOUND") answer = "NO_RECORD";
        else {
          answer = "UNAVAILABLE";
          failure = data.data.outcome;
        }
      } else if (data) {
        answer = "UNAVAILABLE";
        failure = "MALFORMED";
      } else if (last) {
        answer = "UNAVAILABLE";
        failure = last.outcome;
      }
      out.push({
        agency,
        memberFin,
        askedAt: last?.startedAt ?? row?.fetchedAt ?? null,
        requests: requests.length,
        failedBefore: requests.some((r) => r.outcome !== "OK" && r.outcome !== "NOT_FOUND"),
        lastOutcome: last?.outcome ?? null,
        answer,
        failure,
        answeredAt: answer === "OK" || answer === "NO_RECORD" ? (row?.fetchedAt ?? null) : null,
        facts: answer === "OK" ? agencyFactLines(facts, agency, memberFin ?? t.fin) : [],
        staffEntered,
      });
    }
  }
  return out;
}
