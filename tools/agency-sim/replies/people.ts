import type { z } from "zod";
import type { zBorderReply } from "@/server/integrations/agencies/connectors/border";
import type { zCivilStatusReply } from "@/server/integrations/agencies/connectors/civil-status";
import type { zConscriptionReply } from "@/server/integrations/agencies/connectors/conscription";
import type { zIdpReply } from "@/server/integrations/agencies/connectors/idp";
import type { zPenitentiaryReply } from "@/server/integrations/agencies/connectors/penitentiary";
import type { zPopulationReply } from "@/server/integrations/agencies/connectors/population";
import { daysBetween } from "../population/dates";
import * as amounts from "../population/monthly-amounts";
import type { ReplyInput } from "./reply-input";

export function population({ family, person, header }: ReplyInput): z.input<typeof zPopulationReply> {
  return {
    ...header,
    person: {
      firstName: person.firstName,
      lastName: person.lastName,
      patronymic: person.patronymic,
      birthDate: person.birthDate,
      sex: person.sex,
      citizenship: person.citizenship,
      deceasedOn: null,
    },
    registeredAddress: { districtCode: family.districtCode, line: family.address },
    // Conscripts and prisoners stay registered at home; people living abroad have usually deregistered.
    householdFins: family.members
      .filter((m) => !(m.abroad && daysBetween(m.abroad.exitedOn, header.periodTo) > 183))
      .map((m) => m.fin),
  };
}

export function civilStatus({ family, person, header, months }: ReplyInput): z.input<typeof zCivilStatusReply> {
  const married =
    person.relation === "APPLICANT"
      ? family.members.some((m) => m.relation === "SPOUSE")
      : person.relation === "SPOUSE";
  return {
    ...header,
    maritalStatus: married ? "MARRIED" : person.alimonyQepik ? "DIVORCED" : "SINGLE",
    acts: [{ kind: "BIRTH", date: person.birthDate }],
    alimony: person.alimonyQepik
      ? [{ role: "RECIPIENT", monthlyQepik: amounts.alimonyIn(person, months[0] ?? ""), from: "2019-01-01", to: null }]
      : [],
    notarialDeeds: person.bigPurchase
      ? [
          {
            date: person.bigPurchase.date,
            kind: "PURCHASE",
            object: person.bigPurchase.object,
            amountQepik: person.bigPurchase.amountQepik,
          },
        ]
      : [],
  };
}

export function penitentiary({ person, header }: ReplyInput): z.input<typeof zPenitentiaryReply> {
  return person.prisoner
    ? { ...header, status: "SERVING_SENTENCE", since: person.prisoner.since, until: person.prisoner.until }
    : { ...header, status: "NONE", since: null, until: null };
}

export function conscription({ person, header }: ReplyInput): z.input<typeof zConscriptionReply> {
  if (person.conscript)
    return { ...header, status: "SERVING", serviceFrom: person.conscript.from, serviceUntil: person.conscript.until };
  return { ...header, status: person.sex === "M" ? "LIABLE" : "NOT_LIABLE", serviceFrom: null, serviceUntil: null };
}

export function border({ person, header }: ReplyInput): z.input<typeof zBorderReply> {
  if (!person.abroad) return { ...header, crossings: [], daysAbroadInPeriod: 0 };
  const start = person.abroad.exitedOn > header.periodFrom ? person.abroad.exitedOn : header.periodFrom;
  return {
    ...header,
    crossings: [{ exitedOn: person.abroad.exitedOn, returnedOn: null }],
    daysAbroadInPeriod: Math.max(0, Math.min(366, daysBetween(start, header.periodTo) + 1)),
  };
}

export function idp({ family, person, header, months }: ReplyInput): z.input<typeof zIdpReply> {
  return {
    ...header,
    registeredSince: family.idp ? "1994-01-01" : null,
    allowances: family.idp
      ? months.map((month) => ({ month, amountQepik: amounts.idpAllowanceIn(person, month) }))
      : [],
  };
}
