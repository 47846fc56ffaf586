import type { Db } from "@/server/db/create-client";

/**
 * The branch of the card account the application is paid to: its latest opened order's (a renewal's order carries
 * the branch of the account it continues, reuse-card-account.ts). Null when no opened order names one.
 */
export async function cardAccountBranch(db: Db, applicationId: string) {
  const order = await db.bankAccountOrder.findFirst({
    where: { applicationId, status: "OPENED" },
    orderBy: [{ answeredAt: "desc" }, { round: "desc" }],
    select: { branchName: true, branchNameRu: true, branchNameEn: true, branchAddress: true },
  });
  if (!order?.branchName || !order.branchAddress) return null;
  return {
    name: order.branchName,
    nameRu: order.branchNameRu,
    nameEn: order.branchNameEn,
    address: order.branchAddress,
  };
}
