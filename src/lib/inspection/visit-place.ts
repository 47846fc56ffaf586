import type { PacketVisit } from "./visit-packet";

/**
 * The district's name in the tablet's language, shown beside the visit's address wherever the tablet shows one: a
 * family's address ("Nizami küç., ev 62, mənzil 31") names a street that several districts have. Null when the
 * application has no district, or the visit came in a packet without one (`district` defaults to null then).
 */
export function visitDistrict(visit: Pick<PacketVisit, "district">, locale: string): string | null {
  if (!visit.district) return null;
  return locale === "ru" ? visit.district.nameRu : locale === "en" ? visit.district.nameEn : visit.district.nameAz;
}
