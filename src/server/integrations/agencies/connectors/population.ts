import { z } from "zod";
import { zDistrictCode, zFin, zIsoDate, zReplyHeader } from "../common";
import { defineConnector, sourceOf } from "../connector";

export const zPopulationReply = zReplyHeader.extend({
  person: z.object({
    firstName: z.string().min(1),
    lastName: z.string().min(1),
    patronymic: z.string().nullable(),
    birthDate: zIsoDate,
    sex: z.enum(["M", "F"]),
    citizenship: z.string().length(3),
    deceasedOn: zIsoDate.nullable(),
  }),
  registeredAddress: z.object({ districtCode: zDistrictCode, line: z.string() }),
  /** Everyone registered at the same address, this person included. */
  householdFins: z.array(zFin),
});

export const populationConnector = defineConnector({
  code: "population",
  name: "Population registry (identity, address, family ties)",
  purpose: "Verify identity, registered address and household composition of an ÜDSY applicant family",
  scope: "PERSON",
  reply: zPopulationReply,
  map: (r) => {
    const source = sourceOf("population");
    const statuses = [];
    if (r.person.deceasedOn) statuses.push({ status: "DECEASED" as const, source, since: r.person.deceasedOn });
    if (r.person.citizenship !== "AZE") statuses.push({ status: "FOREIGN_CITIZEN" as const, source, since: null });
    return {
      member: {
        identity: {
          firstName: r.person.firstName,
          lastName: r.person.lastName,
          patronymic: r.person.patronymic,
          birthDate: r.person.birthDate,
          sex: r.person.sex,
          citizenship: r.person.citizenship,
          districtCode: r.registeredAddress.districtCode,
        },
        statuses,
        registeredHousehold: r.householdFins,
      },
    };
  },
});
