import type { Member } from "../input-schema";
import type { ExclusionCode } from "@/kernel/input-enums";

/**
 * Who counts toward N. A family is the people related by kinship or other legal ties who live together and keep a
 * common household, or one person living alone. Conscripts on active service, people in full state care,
 * prisoners serving a sentence, wanted persons, citizens who do not live in Azerbaijan and foreigners appear in the
 * application but are not counted, and neither is their income (dsmf.gov.az glossary). A deceased person is not
 * counted either *(design)*. One exclusion, from any source, is enough: the agencies' records decide who is listed.
 */
export function isCountedMember(member: Member): boolean {
  return member.exclusions.length === 0;
}

export function exclusionCodes(member: Member): ExclusionCode[] {
  return [...new Set(member.exclusions.map((e) => e.code))].sort();
}

export interface FamilyComposition {
  counted: Member[];
  excluded: { fin: string; exclusions: ExclusionCode[] }[];
}

/** Members split into counted and excluded, each sorted by FIN so the result does not depend on input order. */
export function familyComposition(members: readonly Member[]): FamilyComposition {
  const sorted = [...members].sort((a, b) => (a.fin < b.fin ? -1 : a.fin > b.fin ? 1 : 0));
  return {
    counted: sorted.filter(isCountedMember),
    excluded: sorted.filter((m) => !isCountedMember(m)).map((m) => ({ fin: m.fin, exclusions: exclusionCodes(m) })),
  };
}
