import type { Db } from "@/server/db/create-client";
import type { MessageDataInput } from "@/server/content/notices/message-data";
import { calendarDateFromDb } from "@/server/db/calendar-date";

/**
 * The notice of the card's `change`-th move to another branch: the order's branch and pickup day now. Null when a
 * later move overtook this one (its own notice tells the newest place), or the order holds no such move.
 */
export async function cardBranchNotice(
  db: Db,
  orderId: string,
  change: number,
): Promise<MessageDataInput<"BANK_CARD_PICKUP"> | null> {
  const order = await db.bankAccountOrder.findUnique({ where: { id: orderId } });
  if (
    !order ||
    order.status !== "OPENED" ||
    order.branchChanges !== change ||
    !order.branchName ||
    !order.branchAddress ||
    !order.cardPickupDate ||
    !order.accountMasked
  )
    return null;
  return {
    decisionId: order.decisionId,
    branchName: order.branchName,
    branchNameRu: order.branchNameRu,
    branchNameEn: order.branchNameEn,
    branchAddress: order.branchAddress,
    cardPickupDate: calendarDateFromDb(order.cardPickupDate),
    accountMasked: order.accountMasked,
    branchChange: change,
  };
}
