import type { z } from "zod";
import type { zDisabilityReply } from "@/server/integrations/agencies/connectors/disability";
import type { zEducationReply } from "@/server/integrations/agencies/connectors/education";
import type { zEmploymentReply } from "@/server/integrations/agencies/connectors/employment";
import type { zLabourReply } from "@/server/integrations/agencies/connectors/labour";
import type { zPensionsReply } from "@/server/integrations/agencies/connectors/pensions";
import type { zTaxReply } from "@/server/integrations/agencies/connectors/tax";
import { addDays } from "../population/dates";
import * as amounts from "../population/monthly-amounts";
import type { ReplyInput } from "./reply-input";

const nonZero = <T extends { amountQepik: number }>(rows: T[]) => rows.filter((r) => r.amountQepik > 0);

export function labour({ person, header, months }: ReplyInput): z.input<typeof zLabourReply> {
  const job = person.job;
  if (!job) return { ...header, contracts: [], wages: [] };
  return {
    ...header,
    contracts: [{ employerTin: job.employerTin, position: job.position, from: job.from, to: null }],
    wages: nonZero(
      months.map((month) => ({ month, employerTin: job.employerTin, amountQepik: amounts.wageIn(person, month) })),
    ),
  };
}

export function pensions({ person, header, months }: ReplyInput): z.input<typeof zPensionsReply> {
  const entitlements: z.input<typeof zPensionsReply>["entitlements"] = [];
  const payments: z.input<typeof zPensionsReply>["payments"] = [];
  if (person.pension) {
    entitlements.push({ kind: person.pension.kind, from: person.pension.from, to: null });
    const kind = person.pension.kind;
    payments.push(...nonZero(months.map((month) => ({ month, kind, amountQepik: amounts.pensionIn(person, month) }))));
  }
  if (person.benefit) {
    entitlements.push({ kind: person.benefit.kind, from: person.benefit.from, to: null });
    const kind = person.benefit.kind;
    payments.push(...nonZero(months.map((month) => ({ month, kind, amountQepik: amounts.benefitIn(person, month) }))));
  }
  return { ...header, entitlements, payments };
}

export function employment({ person, header, months }: ReplyInput): z.input<typeof zEmploymentReply> {
  const u = person.unemployed;
  if (!u) return { ...header, registeredUnemployedSince: null, insurancePayments: [], jobOffers: [] };
  return {
    ...header,
    registeredUnemployedSince: u.since,
    insurancePayments: nonZero(months.map((month) => ({ month, amountQepik: amounts.insuranceIn(person, month) }))),
    jobOffers: Array.from({ length: u.refusedOffers }, (_, i) => ({
      offerId: `JO-${person.fin}-${i + 1}`,
      date: addDays(u.since, 20 + 25 * i),
      outcome: "REFUSED" as const,
      suitable: true,
    })),
  };
}

export function tax({ person, header, months }: ReplyInput): z.input<typeof zTaxReply> {
  const e = person.entrepreneur;
  if (!e) return { ...header, entrepreneur: null, returns: [] };
  // One return per calendar quarter that falls wholly inside the period asked.
  const returns = months
    .filter((m) => ["01", "04", "07", "10"].includes(m.slice(5, 7)) && m >= e.registeredOn.slice(0, 7))
    .map((m) => {
      const q = Number(m.slice(5, 7)) + 2;
      return { fromMonth: m, toMonth: `${m.slice(0, 4)}-${String(q).padStart(2, "0")}`, incomeQepik: e.quarterlyQepik };
    })
    .filter((r) => months.includes(r.toMonth));
  return { ...header, entrepreneur: { tin: e.tin, registeredOn: e.registeredOn }, returns };
}

export function education({ person, header, months }: ReplyInput): z.input<typeof zEducationReply> {
  const s = person.study;
  if (!s) return { ...header, enrolments: [], stipends: [] };
  return {
    ...header,
    enrolments: [
      { institution: s.institution, level: s.level, form: "FULL_TIME", from: s.from, expectedEnd: s.expectedEnd },
    ],
    stipends: nonZero(months.map((month) => ({ month, amountQepik: amounts.stipendIn(person, month) }))),
  };
}

export function disability({ person, header }: ReplyInput): z.input<typeof zDisabilityReply> {
  const d = person.disability;
  if (!d) return { ...header, assessments: [] };
  return {
    ...header,
    assessments: [
      {
        decidedOn: d.decidedOn,
        degreePct: d.degreePct,
        childUnder18:
          person.relation === "CHILD" &&
          d.validUntil !== null &&
          person.birthDate > addDays(header.periodTo, -18 * 365),
        validUntil: d.validUntil,
        status: d.pending ? "PENDING_REEXAMINATION" : "VALID",
      },
    ],
  };
}
