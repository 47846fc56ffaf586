import { describe, expect, it } from "vitest";
import { staff } from "../../prisma/seed-data/staff";
import { pickDemoFamilies } from "./demo-families";
import { districtRows } from "../../prisma/seed-data/districts";
import { toSimDistricts } from "./population/districts";
import { createPopulation } from "./population/population";

// The districts the simulator runs with (main.ts loads the seed's).
const population = createPopulation({
  seed: 42,
  familyCount: 12_000,
  districts: toSimDistricts(districtRows),
  anchorDate: "2026-01-01",
});
const staffedDistricts = new Set<string | null>(staff.filter((s) => s.role === "INSPECTOR").map((s) => s.districtCode));

describe("demo families", () => {
  it("come from districts with a demo inspector first, so their home visit can be recorded", () => {
    const picked = pickDemoFamilies(population, "assign", "2026-05-11", 50);
    expect(picked).toHaveLength(50);
    const staffedCount = picked.filter((p) => staffedDistricts.has(p.family.districtCode)).length;
    expect(staffedCount).toBeGreaterThan(10);
    // Staffed ones lead; any unstaffed ones only follow them.
    expect(picked.slice(0, staffedCount).every((p) => staffedDistricts.has(p.family.districtCode))).toBe(true);
  });

  it("still fill the list from other districts when the staffed ones run out", () => {
    const all = population.demoFamilies("assign", "2026-05-11", 12_000);
    const staffedTotal = all.filter((p) => staffedDistricts.has(p.family.districtCode)).length;
    const picked = pickDemoFamilies(population, "assign", "2026-05-11", Math.min(all.length, staffedTotal + 3));
    expect(picked.filter((p) => !staffedDistricts.has(p.family.districtCode))).toHaveLength(
      Math.min(3, all.length - staffedTotal),
    );
  }, 60_000);
});
