import type { Db } from "../../src/server/db/create-client";
import { hashPassword, verifyPassword } from "../../src/server/services/auth/password";
import { DEMO_STAFF_PASSWORD, staff } from "../seed-data/staff";

/**
 * Creates the demo staff accounts. An existing account keeps its password unless it no longer matches the
 * demo one, so running the seed twice changes nothing (the hash is salted: rehashing would change the row).
 */
export async function seedDemoStaff(db: Db): Promise<number> {
  for (const person of staff) {
    const existing = await db.user.findUnique({ where: { email: person.email } });
    const keepHash = existing?.passwordHash && (await verifyPassword(DEMO_STAFF_PASSWORD, existing.passwordHash));
    const passwordHash = keepHash ? existing.passwordHash : await hashPassword(DEMO_STAFF_PASSWORD);
    const row = {
      email: person.email,
      name: person.name,
      role: person.role,
      districtCode: person.districtCode,
      dailyInspectionCapacity: person.dailyInspectionCapacity ?? null,
      locale: person.locale,
      passwordHash,
    };
    if (existing && (Object.keys(row) as (keyof typeof row)[]).every((k) => existing[k] === row[k])) continue;
    await db.user.upsert({ where: { email: person.email }, update: row, create: row });
  }
  return staff.length;
}
