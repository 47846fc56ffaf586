import { randomInt } from "node:crypto";
import type { Db } from "@/server/db/create-client";
import type { BankAccountOrder } from "@/generated/prisma/client";
import type { Outcome } from "@/generated/prisma/enums";
import { continuedAccount } from "@/server/services/bank/reuse-card-account";

// Rows the background chain would write (a submitted application, its inspection, a proposal sent to review),
// written directly so the staff side can be tested before and apart from the chain.

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A random FIN that starts with a digit. A FIN of seven letters reads as a surname to the staff search (its query
 * is then a FIN or a name), so a fixture FIN of letters only, about one in eleven, made the search tests flaky.
 */
function fin(): string {
  const chars = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  return String(randomInt(10)) + Array.from({ length: 6 }, () => chars[randomInt(chars.length)]).join("");
}

export async function submittedApplication(
  db: Db,
  opts: { districtCode: string; applicationDate: string; status: "INSPECTION_SCHEDULED" | "AWAITING_REVIEW" },
) {
  const applicantFin = fin();
  const childFin = fin();
  const applicant = await db.user.create({
    data: { role: "CITIZEN", fin: applicantFin, name: "Aynur Məmmədova", phone: "+994501234567" },
  });
  const application = await db.application.create({
    data: {
      applicantId: applicant.id,
      status: opts.status,
      districtCode: opts.districtCode,
      registrationNumber: `VEM-2026-${String(randomInt(1_000_000)).padStart(6, "0")}`,
      address: "Bakı, Füzuli küç. 12, mənzil 4",
      contactPhone: "+994501234567",
      submittedAt: day(opts.applicationDate),
      applicationDate: day(opts.applicationDate),
      decisionDueOn: day(opts.applicationDate),
      members: {
        create: [
          {
            fin: applicantFin,
            firstName: "Aynur",
            lastName: "Məmmədova",
            patronymic: "Rauf qızı",
            birthDate: day("1988-05-14"),
            relation: "APPLICANT",
            position: 0,
          },
          {
            fin: childFin,
            firstName: "Murad",
            lastName: "Məmmədov",
            birthDate: day("2016-09-01"),
            relation: "CHILD",
            position: 1,
          },
        ],
      },
    },
  });
  return { application, fins: [applicantFin, childFin] };
}

/** A submitted application with a visit assigned to the inspector with this e-mail. */
export async function applicationWithInspection(
  db: Db,
  opts: { districtCode: string; inspectorEmail: string; scheduledFor: string },
) {
  const inspector = await db.user.findUniqueOrThrow({ where: { email: opts.inspectorEmail } });
  const { application, fins } = await submittedApplication(db, {
    districtCode: opts.districtCode,
    applicationDate: opts.scheduledFor,
    status: "INSPECTION_SCHEDULED",
  });
  const inspection = await db.inspection.create({
    data: {
      applicationId: application.id,
      inspectorId: inspector.id,
      scheduledFor: day(opts.scheduledFor),
      status: "SCHEDULED",
    },
  });
  return { application, inspection, fins };
}

/** An application the engine sent to a person, with the engine's proposal and an OPEN review. */
export async function applicationInReview(
  db: Db,
  opts: { districtCode: string; applicationDate: string; proposedOutcome: Outcome | null },
) {
  const { application, fins } = await submittedApplication(db, { ...opts, status: "AWAITING_REVIEW" });
  const decision = await db.decision.create({
    data: {
      applicationId: application.id,
      outcome: "REVIEW",
      proposedOutcome: opts.proposedOutcome,
      memberCount: 2,
      criterionQepik: 30_000,
      incomeQepik: 58_900,
      amountQepik: 1_100,
      reasons: [
        {
          code: "INCOME_WITHIN_REVIEW_MARGIN",
          kind: "REVIEW",
          evidence: { sources: ["AGENCY:labour"], facts: { marginBasisPoints: 200 } },
          message: {
            az: "Ailənin gəliri ehtiyac meyarına çox yaxındır; işə mütəxəssis baxmalıdır.",
            ru: "Доход семьи очень близок к критерию нуждаемости; дело должен рассмотреть специалист.",
            en: "The family's income is very close to the need criterion; a specialist must review the case.",
          },
        },
      ],
      rulesChecked: [],
      decidedBy: "SYSTEM",
      final: false,
    },
  });
  const review = await db.caseReview.create({ data: { applicationId: application.id, decisionId: decision.id } });
  return { application, decision, review, fins };
}

/**
 * An application in review that a caseworker or supervisor (`reviewerId`) has answered against the engine's
 * proposal (refuse instead of assign): it waits for a supervisor's confirmation.
 */
export async function applicationAwaitingConfirmation(
  db: Db,
  opts: { districtCode: string; applicationDate: string; reviewerId: string },
) {
  const inReview = await applicationInReview(db, { ...opts, proposedOutcome: "ASSIGN" });
  const review = await db.caseReview.update({
    where: { id: inReview.review.id },
    data: { status: "AWAITING_CONFIRMATION", reviewerId: opts.reviewerId, outcome: "REFUSE", overridesEngine: true },
  });
  return { ...inReview, review };
}

/**
 * An application assigned by the engine whose card account order (round 1, the chain's) is in `status`, as the
 * chain leaves it: refused by the bank (FAILED), or sent and still unanswered.
 */
export async function assignedWithBankOrder(
  db: Db,
  opts: {
    districtCode: string;
    applicationDate: string;
    status: "PENDING" | "SENT" | "OPENED" | "FAILED";
    requestedAt: Date;
    lastError?: string;
  },
) {
  const { application, fins } = await submittedApplication(db, {
    districtCode: opts.districtCode,
    applicationDate: opts.applicationDate,
    status: "AWAITING_REVIEW",
  });
  await db.application.update({ where: { id: application.id }, data: { status: "ASSIGNED" } });
  const decision = await db.decision.create({
    data: {
      applicationId: application.id,
      outcome: "ASSIGN",
      memberCount: 2,
      criterionQepik: 30_000,
      incomeQepik: 20_000,
      amountQepik: 40_000,
      // The 12 months from the month of application.
      periodFrom: day(`${opts.applicationDate.slice(0, 7)}-01`),
      periodTo: new Date(
        Date.UTC(Number(opts.applicationDate.slice(0, 4)) + 1, Number(opts.applicationDate.slice(5, 7)) - 1, 0),
      ),
      reasons: [],
      rulesChecked: [],
      decidedBy: "SYSTEM",
      final: true,
    },
  });
  const order = await db.bankAccountOrder.create({
    data: {
      applicationId: application.id,
      decisionId: decision.id,
      idempotencyKey: `vemtas-account-${decision.id}`,
      status: opts.status,
      attempts: opts.status === "PENDING" ? 0 : 1,
      bankReference: opts.status === "PENDING" ? null : `BO-${decision.id.slice(-8).toUpperCase()}`,
      lastError: opts.lastError ?? null,
      requestedAt: opts.requestedAt,
    },
  });
  return { application, decision, order, fins };
}

/**
 * The card account order of a renewal that continues on the family's card account `opened` (of its earlier
 * application), written as the chain writes it (continuedAccount, reuse-card-account.ts): opened at `answeredAt`
 * on the same account, branch and card, with nothing asked of the bank.
 */
export function continuedCardOrder(
  db: Db,
  renewal: { applicationId: string; decisionId: string },
  opened: BankAccountOrder,
  answeredAt: Date,
) {
  return db.bankAccountOrder.create({
    data: {
      applicationId: renewal.applicationId,
      decisionId: renewal.decisionId,
      idempotencyKey: `vemtas-account-${renewal.decisionId}`,
      ...continuedAccount(opened, answeredAt),
    },
  });
}
