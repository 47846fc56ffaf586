import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { bakuDate } from "@/kernel/calendar-date";
import { reasonTexts } from "./build-timeline";
import { withDistrict } from "./letter-address";

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** The final decision on the citizen's own application, as a letter in the language the family applied in. */
export async function getDecisionLetter(db: Db, user: SessionUser, applicationId: string) {
  if (user.role !== "CITIZEN") throw new AppError("forbidden");
  const app = await db.application.findFirst({
    where: { id: applicationId, applicantId: user.id },
    select: {
      registrationNumber: true,
      applicationDate: true,
      locale: true,
      address: true,
      district: { select: { nameAz: true, nameRu: true, nameEn: true } },
      members: { where: { relation: "APPLICANT" }, select: { firstName: true, lastName: true, patronymic: true } },
      decisions: {
        where: { final: true, outcome: { in: ["ASSIGN", "REFUSE"] } },
        orderBy: { createdAt: "desc" },
        take: 1,
      },
      appeals: {
        where: { answerDecisionId: { not: null } },
        select: { answerDecisionId: true, submittedAt: true, answeredAt: true },
      },
    },
  });
  const decision = app?.decisions[0];
  if (!app || !decision) throw new AppError("notFound");
  const district = app.district;
  const districtName = district ? { az: district.nameAz, ru: district.nameRu, en: district.nameEn }[app.locale] : null;
  const representative = app.members[0];
  // A supervisor's answer to an appeal is itself the final decision; the letter says which appeal it answers.
  const answered = app.appeals.find((a) => a.answerDecisionId === decision.id);
  return {
    locale: app.locale,
    registrationNumber: app.registrationNumber,
    applicationDate: iso(app.applicationDate),
    addressee: representative
      ? [representative.lastName, representative.firstName, representative.patronymic].filter(Boolean).join(" ")
      : null,
    address: withDistrict(app.address, districtName),
    /** The district's office decides (RULES.md); the letter names it as the issuing office. */
    issuingDistrict: districtName,
    decision: {
      outcome: decision.outcome === "ASSIGN" ? ("ASSIGN" as const) : ("REFUSE" as const),
      decidedOn: bakuDate(decision.createdAt),
      memberCount: decision.memberCount,
      criterionQepik: decision.criterionQepik,
      incomeQepik: decision.incomeQepik,
      amountQepik: decision.amountQepik,
      periodFrom: iso(decision.periodFrom),
      periodTo: iso(decision.periodTo),
      /** A decision during the period rules from this day; the months before it stay as they were. */
      effectiveFrom: iso(decision.effectiveFrom),
      reasons: reasonTexts(decision.reasons, app.locale),
    },
    appeal: answered
      ? { filedOn: bakuDate(answered.submittedAt), answeredOn: bakuDate(answered.answeredAt ?? decision.createdAt) }
      : null,
  };
}

export type DecisionLetterData = Awaited<ReturnType<typeof getDecisionLetter>>;
