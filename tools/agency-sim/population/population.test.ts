import { describe, expect, it } from "vitest";
import { AGENCY_CODES } from "@/server/integrations/agencies/catalogue";
import { connectors } from "@/server/integrations/agencies/connectors";
import { replyBuilders } from "../replies";
import { monthsOf } from "./dates";
import { PLACEHOLDER_DISTRICTS } from "./districts";
import { decodeFin, encodeFin } from "./fin-codec";
import { generateFamily } from "./generate-family";
import { createPopulation } from "./population";

const config = { seed: 42, familyCount: 12_000, districts: PLACEHOLDER_DISTRICTS, anchorDate: "2026-01-01" };

describe("synthetic population", () => {
  it("encodes family and position in the FIN and decodes it back (O(1) lookup)", () => {
    for (const [i, p] of [
      [0, 0],
      [11_999, 7],
      [5_432, 3],
    ] as const) {
      const fin = encodeFin(42, i, p);
      expect(fin).toMatch(/^[0-9A-Z]{7}$/);
      expect(decodeFin(42, fin)).toEqual({ familyIndex: i, position: p });
    }
    expect(encodeFin(42, 1, 0)).not.toBe(encodeFin(43, 1, 0));
  });

  it("is deterministic from the seed", () => {
    expect(generateFamily(config, 777)).toEqual(generateFamily(config, 777));
    expect(generateFamily(config, 777)).not.toEqual(generateFamily({ ...config, seed: 43 }, 777));
  });

  it("every reply of every service satisfies its contract, for a sample of families", () => {
    const header = { periodFrom: "2025-05-01", periodTo: "2026-04-30" };
    const months = monthsOf(header.periodFrom, header.periodTo);
    for (let i = 0; i < 300; i += 7) {
      const family = generateFamily(config, i);
      for (const person of family.members)
        for (const code of AGENCY_CODES) {
          const reply = replyBuilders[code]({ family, person, header: { fin: person.fin, ...header }, months });
          const parsed = connectors[code].reply.safeParse(reply);
          expect(parsed.success, `${code} for family ${i}`).toBe(true);
        }
    }
  });

  it("yields all three expected outcomes, and demo picks of each", () => {
    const pop = createPopulation(config);
    const shares = pop.outcomeShares("2026-05-11", 1_500);
    expect(shares.assign).toBeGreaterThan(0.25);
    expect(shares.refuse).toBeGreaterThan(0.25);
    expect(shares.review).toBeGreaterThan(0.03);
    for (const expect_ of ["assign", "refuse", "review"] as const)
      expect(pop.demoFamilies(expect_, "2026-05-11", 2)).toHaveLength(2);
  });
});
