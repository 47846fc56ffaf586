import { expect, it } from "vitest";
import { seedDistricts } from "../../prisma/seed/seed-districts";
import { seedLawData } from "../../prisma/seed/seed-law-data";
import { seedDemoStaff } from "../../prisma/seed/seed-staff";
import { migratedDbPerFile } from "../support/test-db";

const testDb = migratedDbPerFile("seed");

async function snapshot() {
  const { db } = testDb.current();
  return {
    regions: await db.economicRegion.findMany({ orderBy: { code: "asc" } }),
    districts: await db.district.findMany({ orderBy: { code: "asc" } }),
    users: await db.user.findMany({ orderBy: { email: "asc" } }),
    parameters: await db.parameter.findMany({ orderBy: [{ code: "asc" }, { validFrom: "asc" }] }),
    holidays: await db.publicHoliday.findMany({ orderBy: { date: "asc" } }),
  };
}

it("running the seed twice changes nothing", async () => {
  const { db } = testDb.current();
  const seedAll = async () => {
    await seedDistricts(db);
    await seedLawData(db);
    await seedDemoStaff(db);
  };
  await seedAll();
  const first = await snapshot();
  expect(first.regions).toHaveLength(14);
  expect(first.users.length).toBeGreaterThan(0);
  await seedAll();
  expect(await snapshot()).toEqual(first);
});
