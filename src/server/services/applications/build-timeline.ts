import { z } from "zod";
import { WITHDRAWABLE_STATUSES } from "@/kernel/application-statuses";

import type { ApplicationStatus, InspectionStatus, Locale, Outcome } from "@/generated/prisma/client";
import { bakuDate } from "@/kernel/calendar-date";
import { branchNameIn } from "@/kernel/branch-name";

// The citizen's view of an application's path, built from the rows the background chain and staff write.
// Only what the family may see: no rule internals, no staff names, no other family's data.

export type TimelineEvent =
  | { kind: "STARTED"; at: Date }
  | { kind: "SUBMITTED"; at: Date; registrationNumber: string | null; applicationDate: string | null }
  /** `cancelled`: the visit was called off when the family withdrew; its booking stays in the family's history.
   *  `window`: the half-day the family was told by SMS ("09:00–13:00"), once the visit has a day and an inspector. */
  | {
      kind: "INSPECTION_SCHEDULED";
      at: Date;
      date: string | null;
      window: { from: string; to: string } | null;
      cancelled: boolean;
    }
  /** `bookedFor`: set when the visit was made on another day than it was booked for, so the family is not left
   *  reading "visit booked for the 7th" after "visit made on the 4th" without a word about it. */
  | { kind: "INSPECTION_DONE"; at: Date; date: string; bookedFor: string | null }
  | { kind: "INSPECTION_SKIPPED"; at: Date }
  | { kind: "DATA_RECEIVED"; at: Date }
  | { kind: "UNDER_REVIEW"; at: Date }
  | {
      kind: "DECISION";
      at: Date;
      outcome: "ASSIGN" | "REFUSE";
      amountQepik: number | null;
      periodFrom: string | null;
      periodTo: string | null;
      /** A decision during the period (a reported change, a finding): from which day it rules. */
      effectiveFrom: string | null;
      reasons: string[];
    }
  | {
      kind: "BANK_CARD";
      at: Date;
      branchName: string | null;
      branchAddress: string | null;
      cardPickupDate: string | null;
      /** A renewal paid to the card the family already has: no card to collect (reuse-card-account.ts). */
      sameCard: boolean;
      accountMasked: string | null;
    }
  /** The family moved the card to another branch (choose-card-branch.ts): told as a new entry on the day of the move,
   *  after the branch the card was first at, which stays as it was. Address and day are null for a move recorded
   *  before the audit kept them, when a later move overtook it. */
  | {
      kind: "BANK_CARD_MOVED";
      at: Date;
      branchName: string;
      branchAddress: string | null;
      cardPickupDate: string | null;
    }
  | { kind: "APPEAL_FILED"; at: Date; answered: boolean }
  | { kind: "APPEAL_ANSWERED"; at: Date; answer: "UPHOLD" | "CHANGE" }
  | { kind: "WITHDRAWN"; at: Date }
  /** The payroll stopped payments (nothing withdrawn for 2 months) and told the family; `from` is a YYYY-MM. */
  | { kind: "PAYMENTS_STOPPED"; at: Date; from: string }
  /** The family asked to resume; `resumeFrom` is the first month paid again, null when none was left. */
  | { kind: "PAYMENTS_RESUME_REQUESTED"; at: Date; resumeFrom: string | null }
  /** The bank rejected a month's payment and the family was told; `resend` when the next payroll sends it again. */
  | { kind: "PAYMENT_REJECTED"; at: Date; month: string; resend: boolean };

export interface TimelineSource {
  status: ApplicationStatus;
  locale: Locale;
  statusChanges: { toStatus: ApplicationStatus; at: Date }[];
  inspections: {
    status: InspectionStatus;
    scheduledFor: Date | null;
    createdAt: Date;
    completedAt: Date | null;
    /** The half-day the visit notice told the family (told-half-day.ts); null when it told none. */
    window: { from: string; to: string } | null;
  }[];
  decisions: {
    id: string;
    outcome: Outcome;
    final: boolean;
    amountQepik: number | null;
    periodFrom: Date | null;
    periodTo: Date | null;
    effectiveFrom: Date | null;
    reasons: unknown;
    createdAt: Date;
  }[];
  bankOrders: {
    id: string;
    decisionId: string;
    status: string;
    branchName: string | null;
    branchNameRu: string | null;
    branchNameEn: string | null;
    branchAddress: string | null;
    cardPickupDate: Date | null;
    answeredAt: Date | null;
    accountMasked: string | null;
    reusedFromId: string | null;
  }[];
  appeals: {
    decisionId: string;
    status: string;
    submittedAt: Date;
    answeredAt: Date | null;
    answerKind: "UPHOLD" | "CHANGE" | null;
    answerDecisionId: string | null;
  }[];
  registrationNumber: string | null;
  applicationDate: Date | null;
  /** The family's moves of the card to another branch: the `bank.chooseBranch` audit rows (their `details`). */
  branchMoves?: { orderId: string; at: Date; details: unknown }[];
  /** The card notices sent (their payloads): where the card was first, for a move audited without its `previousBranch`. */
  cardNotices?: { payload: unknown }[];
  /** The payments-stopped and payment-rejected messages the family was sent (kind, payload, when). */
  paymentNotices?: { kind: string; payload: unknown; createdAt: Date }[];
  /** The family's requests to resume payments. */
  resumeRequests?: { requestedAt: Date; resumeFrom: Date | null }[];
}

const ZMonth = z.string().regex(/^\d{4}-\d{2}$/);
const ZStoppedNotice = z.object({ stoppedFrom: ZMonth }).nullable().catch(null);
const ZRejectedNotice = z.object({ month: ZMonth, resend: z.boolean() }).nullable().catch(null);

/** The year's payment events the family was told of, and its own requests to resume (docs/payments.md). */
function paymentEvents(src: TimelineSource): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const n of src.paymentNotices ?? []) {
    if (n.kind === "PAYMENTS_STOPPED") {
      const stop = ZStoppedNotice.parse(n.payload);
      if (stop) events.push({ kind: "PAYMENTS_STOPPED", at: n.createdAt, from: stop.stoppedFrom });
    } else if (n.kind === "PAYMENT_REJECTED") {
      const rejected = ZRejectedNotice.parse(n.payload);
      if (rejected)
        events.push({ kind: "PAYMENT_REJECTED", at: n.createdAt, month: rejected.month, resend: rejected.resend });
    }
  }
  for (const r of src.resumeRequests ?? [])
    events.push({
      kind: "PAYMENTS_RESUME_REQUESTED",
      at: r.requestedAt,
      resumeFrom: r.resumeFrom ? r.resumeFrom.toISOString().slice(0, 7) : null,
    });
  return events;
}

const ZReasons = z
  .array(z.looseObject({ message: z.looseObject({ az: z.string(), ru: z.string(), en: z.string() }) }))
  .catch([]);
const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

const ZBranchNames = z.object({
  nameAz: z.string(),
  nameRu: z.string().nullish(),
  nameEn: z.string().nullish(),
});
/**
 * A move's audit details (choose-card-branch.ts): the new branch, and since they were added its address and pickup
 * day and the branch the card left (`previousBranch`).
 */
const ZBranchMove = z
  .object({
    branch: ZBranchNames,
    branchAddress: z.string().nullish(),
    cardPickupDate: z.string().nullish(),
    previousBranch: ZBranchNames.extend({
      address: z.string().nullish(),
      cardPickupDate: z.string().nullish(),
    }).nullish(),
  })
  .nullable()
  .catch(null);
/** The first card notice of a decision (no `branchChange`): the branch the family was first told. */
const ZFirstCardNotice = z
  .object({
    decisionId: z.string(),
    branchName: z.string(),
    branchNameRu: z.string().nullish(),
    branchNameEn: z.string().nullish(),
    branchAddress: z.string(),
    cardPickupDate: z.string(),
    branchChange: z.undefined().optional(),
  })
  .nullable()
  .catch(null);

/** Reason texts of a decision in the given language, as the engine wrote them. */
export function reasonTexts(reasons: unknown, locale: Locale): string[] {
  return ZReasons.parse(reasons).map((r) => r.message[locale]);
}

export function buildTimeline(src: TimelineSource, viewerLocale: Locale): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const changedTo = (s: ApplicationStatus) => src.statusChanges.find((c) => c.toStatus === s)?.at;
  const started = changedTo("DRAFT");
  if (started) events.push({ kind: "STARTED", at: started });
  const submitted = changedTo("SUBMITTED");
  if (submitted)
    events.push({
      kind: "SUBMITTED",
      at: submitted,
      registrationNumber: src.registrationNumber,
      applicationDate: iso(src.applicationDate),
    });
  // Only a withdrawal cancels a visit (release-withdrawn-application.ts), and it stores no time of its own: the
  // cancelled visit is told at the withdrawal's time, after it, not at its booking's (which read as if the visit
  // had been called off before the family withdrew). The booking's time is the fallback for a row without one.
  const withdrawn = changedTo("WITHDRAWN");
  const cancelledVisits: TimelineEvent[] = [];
  for (const i of src.inspections) {
    if (i.status === "SKIPPED") events.push({ kind: "INSPECTION_SKIPPED", at: i.createdAt });
    else if (i.status === "CANCELLED")
      cancelledVisits.push({
        kind: "INSPECTION_SCHEDULED",
        at: withdrawn ?? i.createdAt,
        date: iso(i.scheduledFor),
        window: null,
        cancelled: true,
      });
    else
      events.push({
        kind: "INSPECTION_SCHEDULED",
        at: i.createdAt,
        date: iso(i.scheduledFor),
        window: i.scheduledFor ? i.window : null,
        cancelled: false,
      });
    if (i.status === "COMPLETED" && i.completedAt) {
      const date = bakuDate(i.completedAt);
      const booked = iso(i.scheduledFor);
      events.push({
        kind: "INSPECTION_DONE",
        at: i.completedAt,
        date,
        bookedFor: booked !== null && booked !== date ? booked : null,
      });
    }
  }
  const dataAt = changedTo("DATA_COLLECTED");
  if (dataAt) events.push({ kind: "DATA_RECEIVED", at: dataAt });
  const reviewAt = changedTo("AWAITING_REVIEW");
  if (reviewAt) events.push({ kind: "UNDER_REVIEW", at: reviewAt });
  // Pushed before the decisions (the sort is stable): an answer shares its time with the decision it makes, and
  // is told first. An appeal is filed after the decision it is against, even at the same instant.
  for (const a of src.appeals) {
    if (a.answeredAt && a.answerKind) events.push({ kind: "APPEAL_ANSWERED", at: a.answeredAt, answer: a.answerKind });
  }
  for (const d of src.decisions) {
    if (!d.final || d.outcome === "REVIEW") continue;
    events.push({
      kind: "DECISION",
      at: d.createdAt,
      outcome: d.outcome,
      amountQepik: d.amountQepik,
      periodFrom: iso(d.periodFrom),
      periodTo: iso(d.periodTo),
      effectiveFrom: iso(d.effectiveFrom),
      reasons: reasonTexts(d.reasons, viewerLocale),
    });
  }
  // In the reader's language when the bank gave the branch's name in it (kernel/branch-name.ts).
  const branchIn = (name: string, nameRu: string | null | undefined, nameEn: string | null | undefined) =>
    branchNameIn(viewerLocale, { name, nameRu: nameRu ?? null, nameEn: nameEn ?? null });
  for (const b of src.bankOrders) {
    if (b.status !== "OPENED" || !b.answeredAt) continue;
    // The order row holds the branch the card is at now; each move is a row of the audit, so the branch the
    // card was first at, and each move on its day, stay on the family's page instead of being rewritten.
    const moves = (src.branchMoves ?? [])
      .filter((m) => m.orderId === b.id)
      .flatMap((m) => {
        const details = ZBranchMove.parse(m.details);
        return details ? [{ at: m.at, ...details }] : [];
      });
    const current = {
      name: b.branchName,
      nameRu: b.branchNameRu,
      nameEn: b.branchNameEn,
      address: b.branchAddress,
      cardPickupDate: iso(b.cardPickupDate),
    };
    const firstNotice = (src.cardNotices ?? [])
      .map((n) => ZFirstCardNotice.parse(n.payload))
      .find((n) => n?.decisionId === b.decisionId);
    const first =
      moves.length === 0
        ? current
        : moves[0]?.previousBranch
          ? { ...moves[0].previousBranch, name: moves[0].previousBranch.nameAz }
          : firstNotice
            ? {
                name: firstNotice.branchName,
                nameRu: firstNotice.branchNameRu,
                nameEn: firstNotice.branchNameEn,
                address: firstNotice.branchAddress,
                cardPickupDate: firstNotice.cardPickupDate,
              }
            : current;
    events.push({
      kind: "BANK_CARD",
      at: b.answeredAt,
      branchName: first.name ? branchIn(first.name, first.nameRu, first.nameEn) : null,
      branchAddress: first.address ?? null,
      cardPickupDate: first.cardPickupDate ?? null,
      sameCard: b.reusedFromId !== null,
      accountMasked: b.accountMasked,
    });
    moves.forEach((m, i) => {
      // A move audited before its address and day were kept: the last one's are the order's own.
      const last = i === moves.length - 1;
      events.push({
        kind: "BANK_CARD_MOVED",
        at: m.at,
        branchName: branchIn(m.branch.nameAz, m.branch.nameRu, m.branch.nameEn),
        branchAddress: m.branchAddress ?? (last ? b.branchAddress : null),
        cardPickupDate: m.cardPickupDate ?? (last ? iso(b.cardPickupDate) : null),
      });
    });
  }
  for (const a of src.appeals)
    events.push({ kind: "APPEAL_FILED", at: a.submittedAt, answered: a.status === "ANSWERED" });
  if (withdrawn) events.push({ kind: "WITHDRAWN", at: withdrawn });
  // After the withdrawal at the same instant (the sort is stable): the visit was called off because of it.
  events.push(...cancelledVisits);
  events.push(...paymentEvents(src));
  return events.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/**
 * What the family may still do: withdraw before a decision, appeal a final decision once. A decision that answers
 * an appeal is not appealed again to the agency: the route from there is the court.
 */
export function allowedActions(src: Pick<TimelineSource, "status" | "decisions" | "appeals">) {
  const finalDecision = src.decisions.filter((d) => d.final && d.outcome !== "REVIEW").at(-1);
  const decided = src.status === "ASSIGNED" || src.status === "REFUSED";
  return {
    canWithdraw: (WITHDRAWABLE_STATUSES as readonly ApplicationStatus[]).includes(src.status) && src.status !== "DRAFT",
    canAppeal:
      decided &&
      finalDecision !== undefined &&
      !src.appeals.some((a) => a.decisionId === finalDecision.id || a.answerDecisionId === finalDecision.id),
    hasLetter: decided && finalDecision !== undefined,
  };
}

/** What a letter is, as the family's list of letters names it. */
export type LetterKind = "DECISION" | "CHANGE" | "PERIOD" | "APPEAL_ANSWER";

/**
 * Every letter the family was sent, newest first: one per final decision to assign or refuse (each was told to the
 * family, get-decision-letter.ts writes each as it was). The kind: an appeal's answer, a decision after a reported
 * change (`changeDecisionIds`, the reports' `resultDecisionId`), another decision during the period (a ground-9
 * refusal rules from `effectiveFrom` with no report), or the application's decision. The first is the default letter.
 * Each says when it was decided to the second (`decidedAt`) and what it decided (the monthly amount, or a refusal and
 * the day it rules from), so two letters of one kind and one day are told apart in the list.
 */
export function decisionLetters(
  src: Pick<TimelineSource, "decisions" | "appeals">,
  changeDecisionIds: ReadonlySet<string>,
): {
  decisionId: string;
  decidedOn: string;
  decidedAt: string;
  kind: LetterKind;
  outcome: "ASSIGN" | "REFUSE";
  amountQepik: number | null;
  effectiveFrom: string | null;
}[] {
  const answers = new Set(src.appeals.flatMap((a) => a.answerDecisionId ?? []));
  return (
    src.decisions
      .filter((d) => d.final && (d.outcome === "ASSIGN" || d.outcome === "REFUSE"))
      .map((d, index) => ({ d, index }))
      // Newest first; decisions made in the same instant keep their stored order reversed, as the letter's read does.
      .sort((x, y) => y.d.createdAt.getTime() - x.d.createdAt.getTime() || y.index - x.index)
      .map(({ d }) => ({
        decisionId: d.id,
        decidedOn: bakuDate(d.createdAt),
        decidedAt: d.createdAt.toISOString(),
        outcome: d.outcome === "ASSIGN" ? ("ASSIGN" as const) : ("REFUSE" as const),
        amountQepik: d.outcome === "ASSIGN" ? d.amountQepik : null,
        effectiveFrom: iso(d.effectiveFrom),
        kind: answers.has(d.id)
          ? "APPEAL_ANSWER"
          : changeDecisionIds.has(d.id)
            ? "CHANGE"
            : d.effectiveFrom
              ? "PERIOD"
              : "DECISION",
      }))
  );
}
