import type { BankAccountOrder } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";

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
  // One statement (the chain asks for every assignment, twice, and the answer is nearly always none): the earlier
  // applications newest first, each judged by its latest final decision, with its latest opened order.
  const [found] = await db.$queryRaw<{ id: string }[]>`
    SELECT account.id
    FROM "Application" me
    JOIN "Application" earlier
      ON earlier."applicantId" = me."applicantId" AND earlier.id <> me.id AND earlier."submittedAt" < me."submittedAt"
    CROSS JOIN LATERAL (
      SELECT d.outcome, d."periodTo" FROM "Decision" d
      WHERE d."applicationId" = earlier.id AND d.final AND d.outcome IN ('ASSIGN', 'REFUSE')
      ORDER BY d."createdAt" DESC LIMIT 1) latest
    CROSS JOIN LATERAL (
      SELECT o.id, o."bankReference", o."accountMasked" FROM "BankAccountOrder" o
      WHERE o."applicationId" = earlier.id AND o.status = 'OPENED'
      ORDER BY o."answeredAt" DESC, o.round DESC LIMIT 1) account
    WHERE me.id = ${applicationId} AND me."applicationDate" IS NOT NULL
      AND latest.outcome = 'ASSIGN' AND latest."periodTo" >= me."applicationDate"
      AND account."bankReference" IS NOT NULL AND account."accountMasked" IS NOT NULL
    ORDER BY earlier."submittedAt" DESC
    LIMIT 1`;
  return found ? db.bankAccountOrder.findUnique({ where: { id: found.id } }) : null;
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
