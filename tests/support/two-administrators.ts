import type { SessionUser } from "@/kernel/session-user";
import type { Db } from "@/server/db/create-client";
import { seedLawData } from "../../prisma/seed/seed-law-data";
import { seedReference, staffSession } from "./seed-reference";

/**
 * The reference data, the law's parameters, and two administrators: a value changes only under four eyes, so the
 * law's tests need the demo administrator and a second one who may confirm or reject what the first proposed.
 */
export async function twoAdministrators(db: Db): Promise<{ admin: SessionUser; secondAdmin: SessionUser }> {
  await seedReference(db);
  await seedLawData(db);
  const admin = await staffSession(db, "admin@vemtas.local");
  const second = await db.user.create({ data: { email: "admin2@vemtas.local", name: "Second Admin", role: "ADMIN" } });
  return { admin, secondAdmin: { id: second.id, role: "ADMIN", name: second.name, districtCode: null, fin: null } };
}
