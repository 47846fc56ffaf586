import { z } from "zod";
import { zIsoDate, zMonth, zQepik, zReplyHeader } from "../common";
import { defineConnector, inPeriod, sourceOf } from "../connector";

export const zIdpReply = zReplyHeader.extend({
  registeredSince: zIsoDate.nullable(),
  allowances: z.array(z.object({ month: zMonth, amountQepik: zQepik })),
});

export const idpConnector = defineConnector({
  code: "idp",
  name: "State Committee for Refugees and IDPs",
  purpose: "Verify internally displaced person status and allowances paid to a family member",
  scope: "PERSON",
  reply: zIdpReply,
  map: (r, ctx) => {
    const source = sourceOf("idp");
    return {
      member: r.registeredSince ? { statuses: [{ status: "IDP", source, since: r.registeredSince }] } : undefined,
      incomes: inPeriod(r.allowances, ctx.months).map((a) => ({
        memberFin: ctx.fin,
        type: "IDP_ALLOWANCE" as const,
        ...a,
        source,
      })),
    };
  },
});
