import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError, isAppErrorCode } from "@/server/errors";
import { bakuDate } from "@/kernel/calendar-date";
import { draftSchema, firstIssue, isComplete } from "@/lib/wizard/draft-schema";
import { WIZARD_STEPS } from "@/lib/wizard/wizard-steps";
import type { SubmitApplicationRequest } from "./application-wizard.types";
import { decisionDueDate } from "./decision-due-date";
import { findOpenFamilyConflicts } from "./find-open-family-conflicts";
import { findRunningAssignment } from "./find-running-assignment";
import { findFalseInformationBar } from "@/server/services/changes/false-information-bar";
import { announceOrRecord } from "@/server/services/audit/announce-or-record";
import { parameterValueOn } from "@/server/services/law/law-data";

export interface SubmitApplicationDeps {
  /** Tells the background chain; may fail, and the submission stands (the chain also picks up SUBMITTED rows). */
  announce: (applicationId: string) => Promise<void>;
}

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** VEM-2026-000123: the year of the application date and the number from the registration sequence. */
export function registrationNumber(applicationDate: string, sequence: bigint): string {
  return `VEM-${applicationDate.slice(0, 4)}-${sequence.toString().padStart(6, "0")}`;
}

/**
 * Submits the citizen's draft: checks it whole, writes the family, its incomes and assets in one transaction,
 * gives the registration number and the application date (today in Baku), and then announces it.
 */
export async function submitApplication(
  db: Db,
  user: SessionUser,
  request: SubmitApplicationRequest,
  now: Date,
  deps: SubmitApplicationDeps,
) {
  if (user.role !== "CITIZEN" || !user.fin) throw new AppError("forbidden");
  const representativeFin = user.fin;
  const applicationDate = bakuDate(now);
  const deadline = await decisionDueDate(db, applicationDate);

  const result = await db.$transaction(async (tx) => {
    const app = await tx.application.findFirst({
      where: { id: request.applicationId, applicantId: user.id },
      select: { id: true, status: true, draft: true, draftVersion: true, districtCode: true },
    });
    if (!app) throw new AppError("notFound");
    if (app.status !== "DRAFT") throw new AppError("notDraft");
    if (app.draftVersion !== request.expectedVersion)
      throw new AppError("draftConflict", { version: app.draftVersion });

    const parsed = draftSchema({
      today: applicationDate,
      representativeFin,
      adultAge: await parameterValueOn(tx, "ADULT_AGE", applicationDate),
    }).safeParse(app.draft ?? {});
    if (!parsed.success) {
      const { code, field } = firstIssue(parsed.error);
      throw new AppError(isAppErrorCode(code) ? code : "invalidInput", { field });
    }
    const draft = parsed.data;
    if (!isComplete(draft)) {
      const missing = WIZARD_STEPS.find((s) => s !== "review" && draft[s] === undefined) ?? "review";
      throw new AppError("draftIncomplete", { field: missing });
    }

    // Family-wide locks, in a fixed order, so two applications naming the same person cannot both pass the check.
    const fins = [representativeFin, ...draft.members.map((m) => m.fin)];
    for (const fin of [...fins].sort())
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`family:${fin}`}))`;
    const taken = await findOpenFamilyConflicts(tx, fins, app.id);
    if (taken.size > 0) {
      const index = draft.members.findIndex((m) => taken.has(m.fin));
      throw new AppError("familyHasOpenApplication", { field: index >= 0 ? `members.${index}.fin` : "contact" });
    }
    // No overlapping assignments: during the period a change is reported on the running application instead.
    const running = await findRunningAssignment(tx, fins, applicationDate);
    if (running) {
      const index = draft.members.findIndex((m) => m.fin === running.fin);
      throw new AppError("familyHasRunningAssignment", {
        field: index >= 0 ? `members.${index}.fin` : "contact",
        until: running.until,
      });
    }
    // Ground 9: a family found to have given false information is refused for a year from the finding, at once.
    const barred = await findFalseInformationBar(tx, fins, applicationDate);
    if (barred) {
      const index = draft.members.findIndex((m) => m.fin === barred.fin);
      throw new AppError("familyBarredFalseInformation", {
        field: index >= 0 ? `members.${index}.fin` : "contact",
        until: barred.until,
      });
    }

    const [{ seq }] = await tx.$queryRaw<[{ seq: bigint }]>`SELECT nextval('application_registration_seq') AS seq`;
    const number = registrationNumber(applicationDate, seq);
    const { contact, address, declarations } = draft;
    await tx.application.update({
      where: { id: app.id },
      data: {
        status: "SUBMITTED",
        registrationNumber: number,
        submittedAt: now,
        applicationDate: asDate(applicationDate),
        decisionDueOn: asDate(deadline.dueOn),
        districtCode: address.districtCode,
        address: address.address,
        contactPhone: contact.phone,
        contactEmail: contact.email || null,
        preferredChannel: contact.preferredChannel,
        locale: request.locale,
        draftVersion: { increment: 1 },
      },
    });

    const reasons = new Map(declarations.notWorking.map((n) => [n.memberFin, n]));
    const declaredFacts = (fin: string): Prisma.InputJsonValue | undefined => {
      const n = reasons.get(fin);
      if (!n) return undefined;
      // The decision engine's vocabulary (see services/agencies/to-assessment-input.ts).
      return n.reason === "CARES_FOR_MEMBER" ? { caresFor: [n.caresForFin ?? ""] } : { absence: { kind: n.reason } };
    };
    await tx.familyMember.createMany({
      data: [
        {
          applicationId: app.id,
          fin: representativeFin,
          firstName: contact.firstName,
          lastName: contact.lastName,
          patronymic: contact.patronymic || null,
          birthDate: asDate(contact.birthDate),
          relation: "APPLICANT",
          declaredFacts: declaredFacts(representativeFin),
          position: 0,
        },
        ...draft.members.map((m, i) => ({
          applicationId: app.id,
          fin: m.fin,
          firstName: m.firstName,
          lastName: m.lastName,
          patronymic: m.patronymic || null,
          birthDate: asDate(m.birthDate),
          relation: m.relation,
          declaredFacts: declaredFacts(m.fin),
          position: i + 1,
        })),
      ],
    });
    if (declarations.incomes.length > 0) {
      await tx.declaredIncome.createMany({
        data: declarations.incomes.map((i) => ({
          applicationId: app.id,
          memberFin: i.memberFin,
          type: i.type,
          monthlyQepik: i.monthlyQepik,
          note: i.note || null,
        })),
      });
    }
    if (declarations.assets.length > 0) {
      await tx.declaredAsset.createMany({
        data: declarations.assets.map((a) => ({
          applicationId: app.id,
          kind: a.kind,
          details: {
            description: a.description,
            ...(a.quantity === null ? {} : a.kind === "LAND" ? { areaM2: a.quantity } : { count: a.quantity }),
          },
          valueQepik: a.valueQepik,
        })),
      });
    }
    // A citizen signed in by SMS code is known by FIN alone (their name is the FIN) until they say here who they
    // are: from now on staff lists, review queues and the visit packet name them. A name from e-Gov stays.
    await tx.user.updateMany({
      where: { id: user.id, name: representativeFin },
      data: { name: `${contact.firstName} ${contact.lastName}` },
    });
    // A citizen signed in with e-Gov has no mobile number on file: the contact number they give here, signed in as
    // themselves, becomes the one their SMS sign-in codes may go to (services/auth/sign-in-phone.ts).
    await tx.user.updateMany({ where: { id: user.id, phone: null }, data: { phone: contact.phone } });
    await tx.applicationStatusChange.create({
      data: {
        applicationId: app.id,
        fromStatus: "DRAFT",
        toStatus: "SUBMITTED",
        actorKind: "CITIZEN",
        actorUserId: user.id,
        at: now,
      },
    });
    return {
      id: app.id,
      registrationNumber: number,
      applicationDate,
      decisionDueOn: deadline.dueOn,
      calendarConfirmed: deadline.calendarConfirmed,
      districtCode: address.districtCode,
    };
  });

  // The submission stands; the audit row marks it for a re-send.
  await announceOrRecord(db, () => deps.announce(result.id), "submit", {
    actor: user,
    action: "application.announceFailed",
    entity: "Application",
    entityId: result.id,
    applicationId: result.id,
    districtCode: result.districtCode,
  });
  return {
    id: result.id,
    registrationNumber: result.registrationNumber,
    applicationDate: result.applicationDate,
    decisionDueOn: result.decisionDueOn,
  };
}
