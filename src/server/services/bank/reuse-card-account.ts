import type { BankAccountOrder } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import { calendarDateFromDb } from "@/server/db/calendar-date";

/**
 * The card account a renewal continues on (docs/payments.md, "A renewal"). The law pays to a card account in the
 * representative's name, and a family applying again in its renewal window has one in use: ordering another would
 * give the family a second card and a second "collect your card" notice for the same payments.
 *
 * Taken over: the opened account of an earlier application by the same representative (the same applicant) whose
 * assignment was still running on this application's date, judged by its latest final decision. Not taken over: an
 * account of an assignment that had ended, or that a later decision ended (the bank may have closed it, and a new
 * order costs one card at worst); nor another member's account, as the new card must be in the new applicant's name.
 */
export async function findCardAccountToReuse(db: Db, applicationId: string): Promise<BankAccountOrder | null> {
  const me = await db.application.findUnique({
    where: { id: applicationId },
    select: { applicantId: true, submittedAt: true, applicationDate: true },
  });
  if (!me?.submittedAt || !me.applicationDate) return null;
  const applicationDate = calendarDateFromDb(me.applicationDate);
  const earlier = await db.application.findMany({
    where: { applicantId: me.applicantId, id: { not: applicationId }, submittedAt: { lt: me.submittedAt } },
    orderBy: { submittedAt: "desc" },
    select: {
      decisions: {
        where: { final: true, outcome: { in: ["ASSIGN", "REFUSE"] } },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { outcome: true, periodTo: true },
      },
      bankOrders: { where: { status: "OPENED" }, orderBy: [{ answeredAt: "desc" }, { round: "desc" }], take: 1 },
    },
  });
  for (const app of earlier) {
    const [latest] = app.decisions;
    const [account] = app.bankOrders;
    if (latest?.outcome !== "ASSIGN" || !latest.periodTo || calendarDateFromDb(latest.periodTo) < applicationDate)
      continue;
    if (account?.bankReference && account.accountMasked) return account;
  }
  return null;
}

/** The renewal's order row as opened on the account it continues: the bank is asked for nothing. */
export function continuedAccount(account: BankAccountOrder, now: Date) {
  return {
    status: "OPENED" as const,
    bankReference: account.bankReference,
    accountMasked: account.accountMasked,
    branchName: account.branchName,
    branchNameRu: account.branchNameRu,
    branchNameEn: account.branchNameEn,
    branchAddress: account.branchAddress,
    cardPickupDate: account.cardPickupDate,
    answeredAt: now,
    reusedFromId: account.id,
  };
}

/**
 * Whether the application's assignment is paid to the card account of the family's earlier assignment: its opened
 * order continues that account, or, with no order opened yet, the order to come will (findCardAccountToReuse). For a
 * notice written around the order, such as an appeal's answer, so that it does not promise a card the next
 * message says is not needed.
 */
export async function paidToCardInUse(db: Db, applicationId: string): Promise<boolean> {
  const opened = await db.bankAccountOrder.findFirst({
    where: { applicationId, status: "OPENED" },
    orderBy: [{ answeredAt: "desc" }, { round: "desc" }],
    select: { reusedFromId: true },
  });
  if (opened) return opened.reusedFromId !== null;
  return (await findCardAccountToReuse(db, applicationId)) !== null;
}
