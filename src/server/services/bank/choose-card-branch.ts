import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { bakuDate } from "@/kernel/calendar-date";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { AppError } from "@/server/errors";
import { changeCardBranch, listBankBranches } from "@/server/integrations/bank/branches";
import { bankConfig } from "@/server/integrations/bank/config";
import { recordAudit } from "@/server/services/audit/record-audit";
import { announceOrRecord } from "@/server/services/audit/announce-or-record";
import type { AnnounceCardBranch } from "./announce-card-branch";
import { dateColumn } from "./bank-order-summary";

// The card branch follows the family (issue 14): the bank makes the card at the branch in or nearest to the
// family's district, and the family may pick another branch of the same bank on its page until the card is made.

/** The family's opened card account whose card is not collected yet (pickup date today or later), or null. */
async function changeableOrder(db: Db, user: SessionUser, applicationId: string, now: Date) {
  if (user.role !== "CITIZEN") throw new AppError("forbidden");
  const app = await db.application.findFirst({
    where: { id: applicationId, applicantId: user.id },
    select: { id: true, districtCode: true },
  });
  if (!app) throw new AppError("notFound");
  const order = await db.bankAccountOrder.findFirst({
    where: { applicationId: app.id, status: "OPENED" },
    orderBy: [{ answeredAt: "desc" }, { round: "desc" }],
  });
  // A renewal's card is the one the family already has (reuse-card-account.ts): there is nothing to make.
  if (order?.reusedFromId) return { app, order: null };
  const open =
    order?.bankReference && order.cardPickupDate && calendarDateFromDb(order.cardPickupDate) >= bakuDate(now)
      ? order
      : null;
  return { app, order: open };
}

type CurrentBranch = { branchName: string | null; branchAddress: string | null };

/** Whether a branch of the bank's list is the one the card is made at: the order keeps its name and address only. */
function isCurrentBranch(order: CurrentBranch, b: { name: string; address: string }): boolean {
  return b.name === order.branchName && b.address === order.branchAddress;
}

/** The branch the card is made at and the bank's other branches; null when there is no card being made. */
export async function listCardBranches(db: Db, user: SessionUser, applicationId: string, now: Date) {
  const { order } = await changeableOrder(db, user, applicationId, now);
  if (!order?.cardPickupDate) return null;
  const reply = await listBankBranches(bankConfig());
  return {
    current: {
      name: order.branchName,
      nameRu: order.branchNameRu,
      nameEn: order.branchNameEn,
      address: order.branchAddress,
      cardPickupDate: calendarDateFromDb(order.cardPickupDate),
    },
    branches:
      reply.kind === "ok"
        ? reply.value
            .filter((b) => !isCurrentBranch(order, b))
            .map((b) => ({
              code: b.code,
              name: b.name,
              nameRu: b.nameRu ?? null,
              nameEn: b.nameEn ?? null,
              address: b.address,
              districtCode: b.districtCode,
            }))
        : null,
  };
}

/**
 * Asks the bank to make the card at another of its branches; the bank refuses once the card is made. Audited. The
 * family is told the new place by its channel too, by the background function `tell-card-branch`.
 */
export async function chooseCardBranch(
  db: Db,
  user: SessionUser,
  input: { applicationId: string; branchCode: string },
  now: Date,
  deps: { announce: AnnounceCardBranch },
) {
  const { app, order } = await changeableOrder(db, user, input.applicationId, now);
  if (!order?.bankReference) throw new AppError("cardBranchNotChangeable");
  // Choosing the branch the card is already at moves nothing: say so rather than "changed" and a notice. When the
  // bank's list cannot be read, the bank's own answer decides as before.
  const list = await listBankBranches(bankConfig());
  if (list.kind === "ok" && list.value.some((b) => b.code === input.branchCode && isCurrentBranch(order, b)))
    throw new AppError("cardBranchSame");
  const reply = await changeCardBranch(bankConfig(), order.bankReference, input.branchCode);
  if (reply.kind === "refused")
    throw new AppError(
      reply.code === "CARD_ALREADY_MADE"
        ? "cardAlreadyMade"
        : reply.code === "UNKNOWN_BRANCH"
          ? "cardBranchUnknown"
          : "cardBranchNotChangeable",
    );
  if (reply.kind === "error") throw new AppError("bankUnavailable");
  const account = reply.value;
  const { branchChanges } = await db.bankAccountOrder.update({
    where: { id: order.id },
    data: {
      branchName: account.branchName,
      branchNameRu: account.branchNameRu,
      branchNameEn: account.branchNameEn,
      branchAddress: account.branchAddress,
      cardPickupDate: dateColumn(account.cardPickupDate),
      branchChanges: { increment: 1 },
    },
    select: { branchChanges: true },
  });
  await recordAudit(db, {
    actor: user,
    action: "bank.chooseBranch",
    entity: "BankAccountOrder",
    entityId: order.id,
    applicationId: app.id,
    districtCode: app.districtCode,
    // The branch's name as the bank gives it (a place, not personal data) beside its code: the log had shown
    // only "B-014", which no reader of the audit log could place.
    // The move's new place and day, and the place it left: the order row is overwritten, and the family's timeline
    // (build-timeline.ts) reads these rows to keep the first branch and each move, on its day.
    details: {
      branchCode: input.branchCode,
      branch: { nameAz: account.branchName, nameRu: account.branchNameRu, nameEn: account.branchNameEn },
      branchAddress: account.branchAddress,
      cardPickupDate: account.cardPickupDate,
      previousBranch: {
        nameAz: order.branchName,
        nameRu: order.branchNameRu,
        nameEn: order.branchNameEn,
        address: order.branchAddress,
        cardPickupDate: order.cardPickupDate ? calendarDateFromDb(order.cardPickupDate) : null,
      },
    },
  });
  // The move stands and the page shows it; only its message is missed, which the log and the audit record.
  await announceOrRecord(db, () => deps.announce(app.id, order.id, branchChanges), "card-branch", {
    actor: user,
    action: "bank.chooseBranchAnnounceFailed",
    entity: "BankAccountOrder",
    entityId: order.id,
    applicationId: app.id,
    districtCode: app.districtCode,
  });
  return {
    branchName: account.branchName,
    branchNameRu: account.branchNameRu,
    branchNameEn: account.branchNameEn,
    branchAddress: account.branchAddress,
    cardPickupDate: account.cardPickupDate,
  };
}
