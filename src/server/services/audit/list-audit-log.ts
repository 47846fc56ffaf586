import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { registrationNumberIs } from "@/server/services/applications/list-applications";
import { decodeTimeCursor, encodeTimeCursor } from "@/server/services/paging/time-cursor";
import { recordAudit } from "./record-audit";

/** One page of the log: enough to read on a screen, small enough to send over a slow line. */
export const AUDIT_PAGE_SIZE = 50;
/** The applications the end of a number may name: one per year's numbering, with room to spare. */
const NUMBER_MATCHES = 50;

export interface AuditLogFilter {
  registrationNumber?: string;
  actorEmail?: string;
  action?: string;
  /** Calendar days in Baku, YYYY-MM-DD, both included. */
  from?: string;
  to?: string;
  /** The `next` of the previous page. */
  before?: string;
}

export interface AuditLogPage {
  entries: {
    id: string;
    at: Date;
    actor: { name: string; email: string | null; role: string } | null;
    actorRole: string;
    action: string;
    entity: string;
    entityId: string | null;
    /** A staff member's name when the record is their account (a password set, a second factor enrolled). */
    entityName: string | null;
    registrationNumber: string | null;
    districtCode: string | null;
    details: Prisma.JsonValue;
    /** The names of the staff its details name by id, by id. */
    people: Record<string, string>;
    /**
     * The registration numbers of the applications a list or search showed (the row's `shownApplicationIds`): such
     * a row is about several applications, none of them its `applicationId`.
     */
    shown: string[];
  }[];
  /** Where the next (older) page starts, or null on the last one. */
  next: string | null;
}

// Baku has kept UTC+4 all year since 2016: a day there starts at 20:00 UTC the day before.
const bakuMidnight = (day: string) => new Date(`${day}T00:00:00+04:00`);
const dayAfter = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/** The account a row is about, when it is about one (entity "User"), for its name. */
const userRecordOf = (r: { entity: string; entityId: string | null }): string[] =>
  r.entity === "User" && r.entityId ? [r.entityId] : [];

/**
 * Who did what, newest first: the answer to "who looked at this family's data". The ministry's administrators
 * read the whole log, a supervisor their district's; reading the log is itself written to it.
 */
export async function listAuditLog(db: Db, user: SessionUser, filter: AuditLogFilter): Promise<AuditLogPage> {
  if (user.role !== "ADMIN" && user.role !== "SUPERVISOR") throw new AppError("forbidden");
  const where: Prisma.AuditLogWhereInput[] = [];
  // A supervisor's scope is the rows of their district; an account without one sees nothing.
  if (user.role === "SUPERVISOR") where.push({ districtCode: user.districtCode ?? { in: [] } });

  if (filter.registrationNumber) {
    // As the staff search takes it: the whole number, or its last four digits or more (each year's numbering starts
    // again, so "000001" may be several applications: the log of each).
    const applications = await db.application.findMany({
      where: registrationNumberIs(filter.registrationNumber),
      select: { id: true },
      take: NUMBER_MATCHES,
    });
    // A row of the application itself, or a list or search that showed it among others: "who looked at this family"
    // includes the supervisor whose search by FIN put it on the screen. Both are read by an index: (applicationId,
    // at), and the GIN index of shownApplicationIds (`&&`).
    const ids = applications.map((a) => a.id);
    where.push({ OR: [{ applicationId: { in: ids } }, { shownApplicationIds: { hasSome: ids } }] });
  }
  if (filter.actorEmail) {
    const actor = await db.user.findUnique({ where: { email: filter.actorEmail.toLowerCase() }, select: { id: true } });
    where.push({ actorUserId: actor?.id ?? { in: [] } });
  }
  if (filter.action) where.push({ action: { startsWith: filter.action } });
  if (filter.from) where.push({ at: { gte: bakuMidnight(filter.from) } });
  if (filter.to) where.push({ at: { lt: bakuMidnight(dayAfter(filter.to)) } });
  if (filter.before) {
    const { at, id } = decodeTimeCursor(filter.before);
    where.push({ OR: [{ at: { lt: at } }, { at, id: { lt: id } }] });
  }

  const rows = await db.auditLog.findMany({
    where: { AND: where },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: AUDIT_PAGE_SIZE + 1,
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const [actors, applications, named] = await Promise.all([
    db.user.findMany({
      where: { id: { in: [...new Set(page.flatMap((r) => (r.actorUserId ? [r.actorUserId] : [])))] } },
      select: { id: true, name: true, email: true, role: true },
    }),
    db.application.findMany({
      where: {
        id: {
          in: [
            ...new Set(page.flatMap((r) => [...(r.applicationId ? [r.applicationId] : []), ...r.shownApplicationIds])),
          ],
        },
      },
      select: { id: true, registrationNumber: true },
    }),
    // Staff a row's details name by id (who answered, who entered, to whom a case was handed), and a staff account
    // a row is about: read by name. A citizen's account stays an id (their name is personal data of the family).
    db.user.findMany({
      where: {
        id: { in: [...new Set(page.flatMap((r) => [...staffIdsIn(r.details), ...userRecordOf(r)]))] },
        role: { not: "CITIZEN" },
      },
      select: { id: true, name: true },
    }),
  ]);
  const nameById = new Map(named.map((u) => [u.id, u.name]));
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const numberById = new Map(applications.map((a) => [a.id, a.registrationNumber]));

  await recordAudit(db, {
    actor: user,
    action: "audit.read",
    entity: "AuditLog",
    districtCode: user.role === "SUPERVISOR" ? user.districtCode : null,
    // What was looked for, without the personal data in it (an e-mail names a person: only whether one was given).
    details: {
      registrationNumber: filter.registrationNumber ?? null,
      byActor: Boolean(filter.actorEmail),
      action: filter.action ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      count: page.length,
    },
  });

  const last = page[page.length - 1];
  return {
    entries: page.map((r) => {
      const actor = r.actorUserId ? actorById.get(r.actorUserId) : undefined;
      return {
        id: r.id,
        at: r.at,
        actor: actor ? { name: actor.name, email: actor.email, role: actor.role } : null,
        actorRole: r.actorRole,
        action: r.action,
        entity: r.entity,
        entityId: r.entityId,
        entityName: userRecordOf(r).length > 0 ? (nameById.get(r.entityId ?? "") ?? null) : null,
        registrationNumber: r.applicationId ? (numberById.get(r.applicationId) ?? null) : null,
        districtCode: r.districtCode,
        details: r.details,
        shown: r.shownApplicationIds.flatMap((id) => numberById.get(id) ?? []),
        people: Object.fromEntries(
          staffIdsIn(r.details).flatMap((id) => {
            const name = nameById.get(id);
            return name === undefined ? [] : [[id, name] as const];
          }),
        ),
      };
    }),
    next: rows.length > AUDIT_PAGE_SIZE && last ? encodeTimeCursor(last.at, last.id) : null,
  };
}

/** The details that hold a staff member's id; "from" and "to" also hold days, which match no user. */
const STAFF_ID_KEYS = [
  "answeredBy",
  "enteredBy",
  "userId",
  "from",
  "to",
  "proposedById",
  "fromInspectorId",
  "toInspectorId",
];

function staffIdsIn(details: unknown): string[] {
  if (typeof details !== "object" || details === null || Array.isArray(details)) return [];
  return Object.entries(details).flatMap(([key, value]) =>
    STAFF_ID_KEYS.includes(key) && typeof value === "string" ? [value] : [],
  );
}
