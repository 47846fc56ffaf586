import { nameIn } from "@/kernel/localized-name";

/** The districts of `reference.districts` as options named in the reader's language, sorted by that name. */
export function districtOptions(
  regions: { districts: { code: string; nameAz: string; nameRu: string; nameEn: string }[] }[],
  locale: string,
): { code: string; name: string }[] {
  return regions
    .flatMap((r) => r.districts)
    .map((d) => ({ code: d.code, name: nameIn(locale, d) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}
