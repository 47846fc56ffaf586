import { z } from "zod";
import { zIsoDate, zMonth, zQepik, zReplyHeader } from "../common";
import { defineConnector, inPeriod, sourceOf } from "../connector";

export const zEmploymentReply = zReplyHeader.extend({
  registeredUnemployedSince: zIsoDate.nullable(),
  insurancePayments: z.array(z.object({ month: zMonth, amountQepik: zQepik })),
  /** Offers of suitable work; two refusals are RULES.md ground 5. */
  jobOffers: z.array(
    z.object({
      offerId: z.string(),
      date: zIsoDate,
      outcome: z.enum(["ACCEPTED", "REFUSED", "PENDING"]),
      suitable: z.boolean(),
    }),
  ),
});

export const employmentConnector = defineConnector({
  code: "employment",
  name: "State Employment Agency (unemployment status, insurance, job offers)",
  purpose: "Verify unemployment registration, unemployment insurance and refused job offers of a family member",
  scope: "PERSON",
  reply: zEmploymentReply,
  map: (r, ctx) => {
    const source = sourceOf("employment");
    const incomes = inPeriod(r.insurancePayments, ctx.months).map((p) => ({
      memberFin: ctx.fin,
      type: "UNEMPLOYMENT_INSURANCE" as const,
      month: p.month,
      amountQepik: p.amountQepik,
      source,
    }));
    const statuses = [];
    if (r.registeredUnemployedSince)
      statuses.push({ status: "REGISTERED_UNEMPLOYED" as const, source, since: r.registeredUnemployedSince });
    const lastMonth = ctx.months[ctx.months.length - 1];
    if (lastMonth && r.insurancePayments.some((p) => p.month === lastMonth))
      statuses.push({ status: "RECEIVES_UNEMPLOYMENT_INSURANCE" as const, source, since: null });
    return {
      member: { statuses },
      incomes,
      jobOffers: r.jobOffers.map((o) => ({ memberFin: ctx.fin, ...o, source })),
    };
  },
});
