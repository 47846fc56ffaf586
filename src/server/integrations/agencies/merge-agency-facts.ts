import { emptyAgencyFacts, type AgencyFacts, type AgencyFactsFragment, type MemberFacts } from "./agency-facts";

/** One mapped reply: the fragment and the member it concerns (null for household services). */
export interface MappedReply {
  memberFin: string | null;
  fragment: AgencyFactsFragment;
}

/**
 * Folds the connectors' fragments into one AgencyFacts. `memberFins` fixes the member list and its order (the
 * declaration's), so a member no agency knows still appears, with no statuses.
 */
export function mergeAgencyFacts(memberFins: readonly string[], replies: readonly MappedReply[]): AgencyFacts {
  const facts = emptyAgencyFacts();
  const members = new Map<string, MemberFacts>(memberFins.map((fin) => [fin, { fin, statuses: [] }]));
  for (const { memberFin, fragment } of replies) {
    const { member, ...lists } = fragment;
    if (member && memberFin !== null) {
      const target = members.get(memberFin);
      if (target) {
        const { statuses, ...rest } = member;
        Object.assign(target, rest);
        target.statuses.push(...(statuses ?? []));
      }
    }
    facts.incomes.push(...(lists.incomes ?? []));
    facts.vehicles.push(...(lists.vehicles ?? []));
    facts.realEstate.push(...(lists.realEstate ?? []));
    facts.land.push(...(lists.land ?? []));
    facts.livestock.push(...(lists.livestock ?? []));
    facts.transactions.push(...(lists.transactions ?? []));
    facts.utilityCosts.push(...(lists.utilityCosts ?? []));
    facts.jobOffers.push(...(lists.jobOffers ?? []));
    facts.loans.push(...(lists.loans ?? []));
    facts.missingData.push(...(lists.missingData ?? []));
  }
  facts.members = [...members.values()];
  return facts;
}
