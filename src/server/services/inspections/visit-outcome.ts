import type { InspectionStatus, Prisma } from "@/generated/prisma/client";

/** What a submit did: `changed: false` when the visit was already closed, with the status it has. */
export interface VisitOutcome {
  changed: boolean;
  status: InspectionStatus;
  applicationId: string;
  inspectionId: string;
}

/** The status another submit left behind when it won the race for the same visit. */
export async function currentStatus(tx: Prisma.TransactionClient, inspectionId: string): Promise<InspectionStatus> {
  return (await tx.inspection.findUniqueOrThrow({ where: { id: inspectionId }, select: { status: true } })).status;
}
