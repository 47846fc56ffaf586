import { z } from "zod";
import { zIsoDate, zMonth, zQepik, zReplyHeader } from "../common";
import { defineConnector, inPeriod, sourceOf } from "../connector";

export const zLabourReply = zReplyHeader.extend({
  contracts: z.array(
    z.object({
      employerTin: z.string().regex(/^\d{10}$/),
      position: z.string(),
      from: zIsoDate,
      to: zIsoDate.nullable(),
    }),
  ),
  /** Wages accrued per month and employer, before income tax (the registry's unit). */
  wages: z.array(z.object({ month: zMonth, employerTin: z.string().regex(/^\d{10}$/), amountQepik: zQepik })),
});

export const labourConnector = defineConnector({
  code: "labour",
  name: "Labour contracts registry (employment and wages)",
  purpose: "Verify employment and wages of a family member over the 12 months before the application",
  scope: "PERSON",
  reply: zLabourReply,
  map: (r, ctx) => {
    const source = sourceOf("labour");
    const active = r.contracts.find((c) => c.to === null);
    return {
      member: active ? { statuses: [{ status: "EMPLOYED", source, since: active.from }] } : undefined,
      incomes: inPeriod(r.wages, ctx.months).map((w) => ({
        memberFin: ctx.fin,
        type: "WAGE" as const,
        month: w.month,
        amountQepik: w.amountQepik,
        source,
      })),
    };
  },
});
