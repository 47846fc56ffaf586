import type { Locale, Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/kernel/session-user";
import type { Db } from "@/server/db/create-client";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { bakuDate } from "@/kernel/calendar-date";
import { draftSchema, type Draft } from "@/lib/wizard/draft-schema";
import { DECLARABLE_INCOME_TYPES, MEMBER_RELATIONS } from "@/lib/wizard/draft-limits";
import { renewalOffered } from "@/server/domain/payments/assistance-year";
import { AppError } from "@/server/errors";
import { findCurrentAssignment } from "@/server/services/payments/current-assignment";
import { findOpenFamilyConflicts } from "./find-open-family-conflicts";
import { parseStoredDraft } from "./parse-stored-draft";
import { parameterValueOn } from "@/server/services/law/law-data";

type RenewalSource = Prisma.ApplicationGetPayload<{ select: typeof renewalSourceSelect }>;

export const renewalSourceSelect = {
  id: true,
  draft: true,
  districtCode: true,
  address: true,
  contactPhone: true,
  contactEmail: true,
  preferredChannel: true,
  members: {
    orderBy: { position: "asc" },
    select: { fin: true, firstName: true, lastName: true, patronymic: true, birthDate: true, relation: true },
  },
  declaredIncomes: { select: { memberFin: true, type: true, monthlyQepik: true, note: true, registered: true } },
} as const satisfies Prisma.ApplicationSelect;

/**
 * The answers of the family's last application, for the wizard of the new one; consent is always asked again. The
 * family as it is now: the members, address and declared incomes as recorded, which changes reported during the
 * period have rewritten (a child born, a member who left, a move, an income gained or lost), with the wizard's own
 * answers kept where they still stand (the contact, the assets, who does not work and why, each entry's notes).
 * The wizard asks only for income no register holds: an income reported as a register's (a job with a labour
 * contract) is not offered there, the new application takes it from the register; nor is a wage, business income or
 * alimony reported before the change form asked which (`registered` null), which would be counted twice if it was
 * a contract wage: the family declares it again if no register holds it.
 */
export function renewalDraft(source: RenewalSource, representativeFin: string, now: Date, adultAge: number): Draft {
  const check = (draft: unknown) => draftSchema({ today: bakuDate(now), representativeFin, adultAge }).safeParse(draft);
  const stored = parseStoredDraft(source.draft, representativeFin, now, adultAge);
  const applicant = source.members.find((m) => m.relation === "APPLICANT");
  const relations: readonly string[] = MEMBER_RELATIONS;
  const incomeTypes: readonly string[] = DECLARABLE_INCOME_TYPES;
  const members = source.members
    .filter((m) => m.relation !== "APPLICANT" && relations.includes(m.relation))
    .map(
      (m) =>
        stored?.members?.find((d) => d.fin === m.fin) ?? {
          key: m.fin,
          fin: m.fin,
          firstName: m.firstName,
          lastName: m.lastName,
          patronymic: m.patronymic ?? "",
          birthDate: calendarDateFromDb(m.birthDate),
          relation: m.relation,
        },
    );
  const inFamily = new Set([representativeFin, ...members.map((m) => m.fin)]);
  const storedIncomes = [...(stored?.declarations?.incomes ?? [])];
  const built = {
    step: 0,
    contact:
      stored?.contact ??
      (applicant && source.contactPhone
        ? {
            firstName: applicant.firstName,
            lastName: applicant.lastName,
            patronymic: applicant.patronymic ?? "",
            birthDate: calendarDateFromDb(applicant.birthDate),
            phone: source.contactPhone,
            email: source.contactEmail ?? "",
            preferredChannel: source.preferredChannel,
          }
        : undefined),
    address:
      source.districtCode && source.address
        ? { districtCode: source.districtCode, address: source.address }
        : stored?.address,
    members,
    declarations: {
      incomes: source.declaredIncomes
        .filter((i) => i.registered === false && incomeTypes.includes(i.type))
        .map((i, n) => {
          // The wizard's entry for this income, once each (two alike incomes are two entries).
          const at = storedIncomes.findIndex(
            (d) => d.memberFin === i.memberFin && d.type === i.type && d.monthlyQepik === i.monthlyQepik,
          );
          const entry = at >= 0 ? storedIncomes.splice(at, 1)[0] : undefined;
          return (
            entry ?? {
              key: `income-${n}`,
              memberFin: i.memberFin,
              type: i.type,
              monthlyQepik: i.monthlyQepik,
              note: i.note ?? "",
            }
          );
        }),
      assets: stored?.declarations?.assets ?? [],
      // Who does not work and why, for the people still in the family; one who left takes their answers along.
      notWorking: (stored?.declarations?.notWorking ?? []).filter(
        (n) => inFamily.has(n.memberFin) && (n.caresForFin === null || inFamily.has(n.caresForFin)),
      ),
    },
  };
  // Each section is kept only if the whole still passes: what no longer does is asked again.
  for (const drop of [
    [],
    ["declarations"],
    ["declarations", "members"],
    ["declarations", "members", "contact", "address"],
  ] as const) {
    const candidate = { ...built };
    for (const k of drop) delete candidate[k];
    const parsed = check(candidate);
    if (parsed.success) return parsed.data;
  }
  return { step: 0 };
}

/**
 * "Apply again" from the family's page (docs/payments.md, "What the family sees"): from the end-of-period notice's
 * day, a new draft filled in from this application, or the draft the citizen already has. Before that day the
 * assignment still runs and a new application would overlap it. The 2023 repeat rule then decides on submission
 * whether a visit is needed, as for any application.
 */
export async function startRenewal(
  db: Db,
  user: SessionUser,
  opts: { applicationId: string; locale: Locale; now: Date },
) {
  if (user.role !== "CITIZEN" || !user.fin) throw new AppError("forbidden");
  const fin = user.fin;
  const source = await db.application.findFirst({
    where: { id: opts.applicationId, applicantId: user.id },
    select: renewalSourceSelect,
  });
  if (!source) throw new AppError("notFound");
  const assignment = await findCurrentAssignment(db, source.id);
  if (!assignment) throw new AppError("notFound");
  if (!renewalOffered(assignment.periodTo, bakuDate(opts.now))) throw new AppError("familyHasRunningAssignment");
  const draft = renewalDraft(source, fin, opts.now, await parameterValueOn(db, "ADULT_AGE", bakuDate(opts.now)));
  return db.$transaction(async (tx) => {
    // The same lock as startApplication: a double tap, or "apply" on another device, opens one draft.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`start:${user.id}`}))`;
    const existing = await tx.application.findFirst({
      where: { applicantId: user.id, status: "DRAFT" },
      orderBy: { createdAt: "desc" },
      select: { id: true, status: true, createdAt: true },
    });
    if (existing) return { ...existing, created: false };
    if ((await findOpenFamilyConflicts(tx, [fin], "")).size > 0) throw new AppError("familyHasOpenApplication");
    const application = await tx.application.create({
      data: {
        applicantId: user.id,
        districtCode: draft.address?.districtCode ?? source.districtCode,
        locale: opts.locale,
        draft: draft as Prisma.InputJsonValue,
      },
      select: { id: true, status: true, createdAt: true },
    });
    await tx.applicationStatusChange.create({
      data: {
        applicationId: application.id,
        toStatus: "DRAFT",
        actorKind: "CITIZEN",
        actorUserId: user.id,
        at: opts.now,
        note: `renewal-of:${source.id}`,
      },
    });
    return { ...application, created: true };
  });
}
