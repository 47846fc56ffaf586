import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import { AppError } from "@/server/errors";
import { bankConfig } from "@/server/integrations/bank/config";
import type { AccountOrderRequest } from "@/server/integrations/bank/contract";
import { requestAccount } from "@/server/integrations/bank/request-account";
import { latestRound, roundIdempotencyKey } from "./bank-order-rounds";
import { dateColumn, summarizeOrder, type BankOrderSummary } from "./bank-order-summary";
import { continuedAccount, findCardAccountToReuse } from "./reuse-card-account";

/** Thrown when the bank did not answer usefully and the step should be retried; the order records why. */
export class RetryableBankError extends Error {
  constructor(
    readonly orderId: string,
    readonly attempt: number,
    reason: string,
  ) {
    super(`bank order ${orderId} attempt ${attempt} failed: ${reason}`);
    this.name = "RetryableBankError";
  }
}

const isoDate = (d: Date): string => d.toISOString().slice(0, 10);

/**
 * The decision's order as it stands (its latest round), read without asking the bank: what the chain looks at
 * after each round of waiting for the bank's answer. One statement; `orderBankAccount` wrote round 1 before.
 */
export async function readBankOrder(db: Db, decisionId: string): Promise<BankOrderSummary> {
  const order = await latestRound(db, decisionId);
  if (!order) throw new AppError("notFound", { entity: "bankAccountOrder" });
  return summarizeOrder(order);
}

/**
 * Orders the card account for an assignment: the decision's latest round, round 1 created here when there is
 * none. One order per round whatever the retries: the row is unique per (decision, round), and its idempotency
 * key goes to the bank, which answers a repeat with the first order. An order already answered (or accepted,
 * waiting for the bank's callback) is not sent again; only staff start a new round (reorderBankAccount).
 */
export async function orderBankAccount(db: Db, opts: { decisionId: string }): Promise<BankOrderSummary> {
  const decision = await db.decision.findUnique({
    where: { id: opts.decisionId },
    include: {
      application: {
        select: {
          id: true,
          registrationNumber: true,
          contactPhone: true,
          districtCode: true,
          address: true,
          applicant: { select: { fin: true, phone: true } },
          members: {
            where: { relation: "APPLICANT" },
            select: { fin: true, firstName: true, lastName: true, patronymic: true, birthDate: true },
          },
        },
      },
    },
  });
  if (!decision) throw new AppError("notFound", { entity: "decision" });
  const { application } = decision;
  const holder = application.members[0];
  if (
    decision.outcome !== "ASSIGN" ||
    !decision.final ||
    decision.amountQepik === null ||
    !decision.periodFrom ||
    !decision.periodTo ||
    !application.registrationNumber ||
    !holder
  ) {
    throw new AppError("invalidInput", { field: "decision" });
  }

  let order = await latestRound(db, decision.id);
  if (!order) {
    // A renewal continues on the representative's account in use: round 1 is written opened, and nothing is sent.
    const reused = await findCardAccountToReuse(db, application.id);
    // Concurrent first runs: both insert round 1, the second insert is skipped and reads the one row.
    const [inserted] = await db.bankAccountOrder.createManyAndReturn({
      data: [
        {
          applicationId: application.id,
          decisionId: decision.id,
          round: 1,
          idempotencyKey: roundIdempotencyKey(decision.id, 1),
          ...(reused ? continuedAccount(reused, new Date()) : {}),
        },
      ],
      skipDuplicates: true,
    });
    order = inserted ?? (await latestRound(db, decision.id));
    if (!order) throw new Error(`decision ${decision.id}: round 1 of the bank order was not written`);
  }
  if (order.status !== "PENDING") return summarizeOrder(order);

  const config = bankConfig();
  const attempt = order.attempts + 1;
  const claimed = await db.bankAccountOrder.updateMany({
    where: { id: order.id, status: "PENDING", attempts: order.attempts },
    data: { attempts: attempt },
  });
  if (claimed.count === 0) throw new RetryableBankError(order.id, attempt, "another attempt is in progress");

  const request: Omit<AccountOrderRequest, "callbackUrl"> = {
    orderReference: order.id,
    holder: {
      fin: holder.fin,
      firstName: holder.firstName,
      lastName: holder.lastName,
      patronymic: holder.patronymic,
      birthDate: isoDate(holder.birthDate),
      phone: application.contactPhone ?? application.applicant.phone,
    },
    assignment: {
      decisionId: decision.id,
      registrationNumber: application.registrationNumber,
      monthlyAmountQepik: decision.amountQepik,
      periodFrom: isoDate(decision.periodFrom),
      periodTo: isoDate(decision.periodTo),
    },
    // The card is made at the bank's branch in or nearest to the family's district (issue 14).
    residence: { districtCode: application.districtCode ?? "UNKNOWN", address: application.address ?? "-" },
  };
  const reply = await requestAccount(config, order.idempotencyKey, request);

  const now = new Date();
  const failedForGood = reply.kind === "error" && (!reply.retryable || attempt >= config.BANK_MAX_ATTEMPTS);
  const answer = answerColumns(reply, now, failedForGood);
  // Conditional on PENDING: a callback that overtook the HTTP answer keeps its result (and is then read).
  const [written] = await db.bankAccountOrder.updateManyAndReturn({
    where: { id: order.id, status: "PENDING" },
    data: answer,
  });
  if (reply.kind === "error" && !failedForGood) throw new RetryableBankError(order.id, attempt, reply.error);
  return summarizeOrder(written ?? (await db.bankAccountOrder.findUniqueOrThrow({ where: { id: order.id } })));
}

/** What the bank's reply writes on the order. */
function answerColumns(
  reply: Awaited<ReturnType<typeof requestAccount>>,
  now: Date,
  failedForGood: boolean,
): Prisma.BankAccountOrderUpdateManyMutationInput {
  switch (reply.kind) {
    case "opened":
      return {
        status: "OPENED",
        bankReference: reply.bankOrderId,
        accountMasked: reply.account.accountMasked,
        branchName: reply.account.branchName,
        branchNameRu: reply.account.branchNameRu,
        branchNameEn: reply.account.branchNameEn,
        branchAddress: reply.account.branchAddress,
        cardPickupDate: dateColumn(reply.account.cardPickupDate),
        answeredAt: now,
        lastError: null,
      };
    case "pending":
      return { status: "SENT", bankReference: reply.bankOrderId, lastError: null };
    case "rejected":
      return {
        status: "FAILED",
        bankReference: reply.bankOrderId,
        lastError: `rejected ${reply.reasonCode}`,
        answeredAt: now,
      };
    case "error":
      return { lastError: reply.error, ...(failedForGood ? { status: "FAILED" as const } : {}) };
  }
}
