import { describe, expect, it } from "vitest";
import { economicRegions } from "../../../prisma/seed-data/districts";
import { BRANCHES, branchFor } from "./branches";

describe("the simulated bank's branch for a family", () => {
  it("is the branch in the family's district: a Ganja family is not sent to Sumqayıt", () => {
    expect(branchFor("GANJA").name).toBe("Gəncə filialı");
    expect(branchFor("SUMGAYIT").name).toBe("Sumqayıt filialı");
    expect(branchFor("BAK-NASIMI").code).toBe("BAK-NSM");
  });

  it("is the region's main branch when the district has none", () => {
    expect(branchFor("DASHKASAN").code).toBe("GNC-01");
    expect(branchFor("ASTARA").code).toBe("LNK-01");
    expect(branchFor("BAK-YASAMAL").code).toBe("BAK-NRM");
  });

  it("exists in every economic region, and every branch sits in a real district", () => {
    const districts = new Set(economicRegions.flatMap((r) => r.districts.map((d) => d.code)));
    for (const b of BRANCHES) expect(districts.has(b.districtCode)).toBe(true);
    for (const region of economicRegions) {
      const codes = new Set(region.districts.map((d) => d.code));
      expect(
        BRANCHES.some((b) => codes.has(b.districtCode)),
        region.code,
      ).toBe(true);
    }
  });
});
