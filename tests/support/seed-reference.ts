import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { seedDistricts } from "../../prisma/seed/seed-districts";
import { seedDemoStaff } from "../../prisma/seed/seed-staff";

/** Districts and the demo staff, as the real seed writes them. */
export async function seedReference(db: Db): Promise<void> {
  await seedDistricts(db);
  await seedDemoStaff(db);
}

/** The session a staff member gets after signing in. */
export async function staffSession(db: Db, email: string): Promise<SessionUser> {
  const u = await db.user.findUniqueOrThrow({ where: { email } });
  return { id: u.id, role: u.role, name: u.name, districtCode: u.districtCode, fin: null };
}

export async function citizenSession(db: Db, fin: string): Promise<SessionUser> {
  const u = await db.user.upsert({ where: { fin }, update: {}, create: { fin, role: "CITIZEN", name: fin } });
  return { id: u.id, role: "CITIZEN", name: u.name, districtCode: null, fin };
}

/** The session of an application's applicant after signing in with e-Gov. */
export async function applicantSession(db: Db, applicationId: string): Promise<SessionUser> {
  const { applicant: u } = await db.application.findUniqueOrThrow({
    where: { id: applicationId },
    include: { applicant: true },
  });
  return { id: u.id, role: "CITIZEN", name: u.name, districtCode: null, fin: u.fin };
}
