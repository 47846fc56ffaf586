// The database seed: reference data (districts, the law's dated parameters, public holidays) always, and the
// demo staff accounts outside production. Idempotent: a second run changes nothing.
import { createPrismaClient } from "../src/server/db/create-client";
import { seedDistricts } from "./seed/seed-districts";
import { seedLawData } from "./seed/seed-law-data";
import { seedDemoStaff } from "./seed/seed-staff";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is not set");

const demo = process.env.NODE_ENV !== "production" || process.env.SEED_DEMO === "1";
const db = createPrismaClient(url, 2);
try {
  const districts = await seedDistricts(db);
  const law = await seedLawData(db);
  const staff = demo ? await seedDemoStaff(db) : 0;
  console.info(
    `seed: ${districts} districts, ${staff} demo staff; new: ${law.parameters} parameter values, ${law.holidays} holidays`,
  );
} finally {
  await db.$disconnect();
}
