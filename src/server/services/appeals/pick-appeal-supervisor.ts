import type { Prisma } from "@/generated/prisma/client";
import { peopleInvolvedIn } from "./decision-involvement";

/**
 * The supervisor who handles an appeal (RULES.md, appeal): never one who had a hand in any decision of the
 * application. The district's own supervisors come first; when none of them is free of the case, the appeal goes
 * to the supervisors of the district's economic region, then to those of the whole country, so that an appeal is
 * never left in no one's queue. Within a tier the one with the fewest open appeals gets it.
 */
export async function pickAppealSupervisor(
  tx: Prisma.TransactionClient,
  application: { id: string; districtCode: string | null },
): Promise<string | null> {
  const involved = [...(await peopleInvolvedIn(tx, application.id))];
  const district = application.districtCode
    ? await tx.district.findUnique({ where: { code: application.districtCode }, select: { economicRegionCode: true } })
    : null;
  const tiers: Prisma.UserWhereInput[] = [
    ...(application.districtCode ? [{ districtCode: application.districtCode }] : []),
    ...(district ? [{ district: { economicRegionCode: district.economicRegionCode } }] : []),
    {},
  ];
  for (const tier of tiers) {
    const candidates = await tx.user.findMany({
      where: { ...tier, role: "SUPERVISOR", active: true, id: { notIn: involved } },
      select: { id: true, _count: { select: { appealsHandled: { where: { status: "OPEN" } } } } },
      orderBy: { id: "asc" },
    });
    candidates.sort((a, b) => a._count.appealsHandled - b._count.appealsHandled);
    if (candidates[0]) return candidates[0].id;
  }
  return null;
}
