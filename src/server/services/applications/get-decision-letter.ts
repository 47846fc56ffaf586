import type { Locale, Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { bakuDate } from "@/kernel/calendar-date";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { appealLocale } from "@/server/services/appeals/appeal-locale";
import { reportedIncome } from "@/lib/changes/change-report";
import { reportedChangeSubject } from "@/lib/changes/reported-change";
import { reasonTexts } from "./build-timeline";
import { withDistrict } from "./letter-address";

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/**
 * What the letter reads of the application: its final decisions, newest first (each was told to the family as a
 * letter, and each stays openable), and the appeals a decision may answer.
 */
const letterSelect = {
  registrationNumber: true,
  applicationDate: true,
  locale: true,
  address: true,
  district: { select: { nameAz: true, nameRu: true, nameEn: true } },
  // The whole family: the applicant is the addressee, and a change decision names the member its change concerns.
  members: {
    orderBy: { position: "asc" },
    select: { fin: true, firstName: true, lastName: true, patronymic: true, relation: true },
  },
  decisions: {
    where: { final: true, outcome: { in: ["ASSIGN", "REFUSE"] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      outcome: true,
      createdAt: true,
      memberCount: true,
      criterionQepik: true,
      incomeQepik: true,
      amountQepik: true,
      periodFrom: true,
      periodTo: true,
      effectiveFrom: true,
      reasons: true,
    },
  },
  appeals: {
    where: { answerDecisionId: { not: null } },
    select: { answerDecisionId: true, submittedAt: true, answeredAt: true, locale: true },
  },
} as const satisfies Prisma.ApplicationSelect;

export type DecisionLetterSource = Prisma.ApplicationGetPayload<{ select: typeof letterSelect }>;

/** The reported change a decision during the period follows (the report whose result it is). */
const changeSelect = {
  kind: true,
  details: true,
  changedOn: true,
  reportedOn: true,
} as const satisfies Prisma.ChangeReportSelect;

export type LetterChangeReport = Prisma.ChangeReportGetPayload<{ select: typeof changeSelect }>;

/**
 * A final decision on the citizen's own application, as a letter: the latest by default, or the one named by
 * `decisionId` (an earlier decision, a change decision, an appeal's answer: the family keeps every letter it was sent,
 * for courts and other offices). Each is written as it was sent: in the language the family applied in, or, for a
 * supervisor's answer to an appeal, in the language the appeal was written in (see decisionLetterFrom). A decision
 * of another application, or not final, reads as not found, as another family's application does.
 */
export async function getDecisionLetter(db: Db, user: SessionUser, applicationId: string, decisionId?: string) {
  if (user.role !== "CITIZEN") throw new AppError("forbidden");
  const app = await db.application.findFirst({
    where: { id: applicationId, applicantId: user.id },
    select: letterSelect,
  });
  const decision = decisionId === undefined ? app?.decisions[0] : app?.decisions.find((d) => d.id === decisionId);
  const report = decision
    ? await db.changeReport.findUnique({ where: { resultDecisionId: decision.id }, select: changeSelect })
    : null;
  // decisionLetterFrom writes the letter of the first decision it is given: give it the chosen one.
  const letter = app && decision ? decisionLetterFrom({ ...app, decisions: [decision] }, report) : null;
  if (!letter) throw new AppError("notFound");
  return letter;
}

/**
 * The letter of the application's latest final decision (pure), or null before there is one. A supervisor's answer
 * to an appeal is written in the appeal's language (`appealLocale`), which the supervisor wrote the explanation in
 * and the answer's message goes in; any other decision in the application's. Every text of the letter — the
 * district's name, the reasons, and the catalog texts and dates the content builder adds — follows that one locale.
 */
export function decisionLetterFrom(app: DecisionLetterSource, report: LetterChangeReport | null = null) {
  const decision = app.decisions[0];
  if (!decision) return null;
  // A supervisor's answer to an appeal is itself the final decision; the letter says which appeal it answers.
  const answered = app.appeals.find((a) => a.answerDecisionId === decision.id);
  const locale: Locale = answered ? appealLocale(answered, app) : app.locale;
  const district = app.district;
  const districtName = district ? { az: district.nameAz, ru: district.nameRu, en: district.nameEn }[locale] : null;
  const representative = app.members.find((m) => m.relation === "APPLICANT");
  return {
    locale,
    registrationNumber: app.registrationNumber,
    applicationDate: iso(app.applicationDate),
    addressee: representative
      ? [representative.lastName, representative.firstName, representative.patronymic].filter(Boolean).join(" ")
      : null,
    // The address line is as the family typed it or the registry gave it (Azerbaijani): it may name the district in
    // Azerbaijani on a Russian or English letter.
    address: withDistrict(
      app.address,
      districtName,
      district ? [district.nameAz, district.nameRu, district.nameEn] : [],
    ),
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
      reasons: reasonTexts(decision.reasons, locale),
    },
    /** The reported change a decision during the period follows; null for any other decision. */
    change: report
      ? {
          kind: report.kind,
          income: reportedIncome(report.details),
          ...reportedChangeSubject(report.details, app.members),
          changedOn: calendarDateFromDb(report.changedOn),
          reportedOn: calendarDateFromDb(report.reportedOn),
        }
      : null,
    appeal: answered
      ? { filedOn: bakuDate(answered.submittedAt), answeredOn: bakuDate(answered.answeredAt ?? decision.createdAt) }
      : null,
  };
}

export type DecisionLetterData = NonNullable<ReturnType<typeof decisionLetterFrom>>;
