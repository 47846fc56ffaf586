import { ageOn } from "./dates";
import { expectOutcome, type Expectation, type ExpectedOutcome } from "./expected-outcome";
import { decodeFin } from "./fin-codec";
import { generateFamily, type PopulationConfig } from "./generate-family";
import type { SimFamily, SimPerson } from "./model";

export interface Population {
  config: PopulationConfig;
  familyAt: (index: number) => SimFamily | null;
  /** O(1): the FIN encodes the family index and position; the family is generated (or taken from cache). */
  findByFin: (fin: string) => { family: SimFamily; person: SimPerson } | null;
  demoFamilies: (
    expect: ExpectedOutcome,
    applicationDate: string,
    limit: number,
    where?: (family: SimFamily) => boolean,
  ) => { family: SimFamily; expectation: Expectation }[];
  outcomeShares: (applicationDate: string, sample: number) => Record<ExpectedOutcome, number>;
}

/** A small LRU: requests for one family come in a burst (20 agencies × members), then it is rarely asked again. */
function lru<V>(capacity: number) {
  const map = new Map<number, V>();
  return {
    get(key: number, make: () => V): V {
      const hit = map.get(key);
      if (hit !== undefined) {
        map.delete(key);
        map.set(key, hit);
        return hit;
      }
      const v = make();
      map.set(key, v);
      if (map.size > capacity) map.delete(map.keys().next().value as number);
      return v;
    },
  };
}

export function createPopulation(config: PopulationConfig): Population {
  const cache = lru<SimFamily>(2_000);
  const familyAt = (index: number) =>
    Number.isInteger(index) && index >= 0 && index < config.familyCount
      ? cache.get(index, () => generateFamily(config, index))
      : null;

  return {
    config,
    familyAt,
    findByFin: (fin) => {
      const at = decodeFin(config.seed, fin);
      if (!at) return null;
      const family = familyAt(at.familyIndex);
      const person = family?.members[at.position];
      return family && person ? { family, person } : null;
    },
    demoFamilies: (expect, applicationDate, limit, where = () => true) => {
      const out: { family: SimFamily; expectation: Expectation }[] = [];
      // Walk from a fixed start so the same seed and date always give the same picks.
      for (let i = 0; i < config.familyCount && out.length < limit; i++) {
        const family = familyAt(i) as SimFamily;
        if (!where(family)) continue;
        const expectation = expectOutcome(family, applicationDate);
        const representative = family.members[0] as SimPerson;
        // A demo representative must be an adult who can apply; families of 3–5 show the most of the system.
        if (
          expectation.outcome !== expect ||
          !expectation.clear ||
          ageOn(representative.birthDate, applicationDate) < 18
        )
          continue;
        // Families of 3–6 with some income show the most of the system.
        if (family.members.length < 3 || family.members.length > 6 || expectation.incomeQepik === 0) continue;
        if (expect !== "refuse" || expectation.reasons.length === 1) out.push({ family, expectation });
      }
      return out;
    },
    outcomeShares: (applicationDate, sample) => {
      const counts: Record<ExpectedOutcome, number> = { assign: 0, refuse: 0, review: 0 };
      const n = Math.min(sample, config.familyCount);
      for (let i = 0; i < n; i++) counts[expectOutcome(generateFamily(config, i), applicationDate).outcome]++;
      return { assign: counts.assign / n, refuse: counts.refuse / n, review: counts.review / n };
    },
  };
}
