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
  | { kind: "APPEAL_FILED"; at: Date; answered: boolean }
  | { kind: "APPEAL_ANSWERED"; at: Date; answer: "UPHOLD" | "CHANGE" }
  | { kind: "WITHDRAWN"; at: Date };

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
}

const ZReasons = z
  .array(z.looseObject({ message: z.looseObject({ az: z.string(), ru: z.string(), en: z.string() }) }))
  .catch([]);
const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

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
  for (const i of src.inspections) {
    if (i.status === "SKIPPED") events.push({ kind: "INSPECTION_SKIPPED", at: i.createdAt });
    else
      events.push({
        kind: "INSPECTION_SCHEDULED",
        at: i.createdAt,
        date: iso(i.scheduledFor),
        window: i.scheduledFor ? i.window : null,
        cancelled: i.status === "CANCELLED",
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
  for (const b of src.bankOrders) {
    if (b.status === "OPENED" && b.answeredAt) {
      events.push({
        kind: "BANK_CARD",
        at: b.answeredAt,
        // In the reader's language when the bank gave the branch's name in it (kernel/branch-name.ts).
        branchName: b.branchName
          ? branchNameIn(viewerLocale, { name: b.branchName, nameRu: b.branchNameRu, nameEn: b.branchNameEn })
          : null,
        branchAddress: b.branchAddress,
        cardPickupDate: iso(b.cardPickupDate),
        sameCard: b.reusedFromId !== null,
        accountMasked: b.accountMasked,
      });
    }
  }
  for (const a of src.appeals)
    events.push({ kind: "APPEAL_FILED", at: a.submittedAt, answered: a.status === "ANSWERED" });
  const withdrawn = changedTo("WITHDRAWN");
  if (withdrawn) events.push({ kind: "WITHDRAWN", at: withdrawn });
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
