import { z } from "zod";
import { zIsoDate, zQepik, zReplyHeader } from "../common";
import { defineConnector, sourceOf } from "../connector";

export const zCivilStatusReply = zReplyHeader.extend({
  maritalStatus: z.enum(["SINGLE", "MARRIED", "DIVORCED", "WIDOWED"]),
  acts: z.array(z.object({ kind: z.enum(["BIRTH", "MARRIAGE", "DIVORCE", "DEATH", "ADOPTION"]), date: zIsoDate })),
  /** Court-ordered or notarised alimony; the recipient's side is income (RULES.md "Income"). */
  alimony: z.array(
    z.object({ role: z.enum(["RECIPIENT", "PAYER"]), monthlyQepik: zQepik, from: zIsoDate, to: zIsoDate.nullable() }),
  ),
  /** Notarised sales, purchases and gifts (e-notary). */
  notarialDeeds: z.array(
    z.object({
      date: zIsoDate,
      kind: z.enum(["PURCHASE", "SALE", "GIFT_RECEIVED", "GIFT_GIVEN"]),
      object: z.enum(["REAL_ESTATE", "VEHICLE", "LAND", "OTHER"]),
      amountQepik: zQepik,
    }),
  ),
});

export const civilStatusConnector = defineConnector({
  code: "civil-status",
  name: "Civil status acts and e-notary (Ministry of Justice)",
  purpose: "Verify family ties, alimony and notarised transactions of an ÜDSY applicant family",
  scope: "PERSON",
  reply: zCivilStatusReply,
  map: (r, ctx) => {
    const source = sourceOf("civil-status");
    const incomes = r.alimony
      .filter((a) => a.role === "RECIPIENT")
      .flatMap((a) =>
        ctx.months
          .filter((m) => a.from.slice(0, 7) <= m && (a.to === null || a.to.slice(0, 7) >= m))
          .map((month) => ({
            memberFin: ctx.fin,
            type: "ALIMONY" as const,
            month,
            amountQepik: a.monthlyQepik,
            source,
          })),
      );
    const first = ctx.months[0] ?? "";
    const last = ctx.months[ctx.months.length - 1] ?? "";
    const transactions = r.notarialDeeds
      .filter((d) => d.date.slice(0, 7) >= first && d.date.slice(0, 7) <= last)
      .map((d) => ({ memberFin: ctx.fin, ...d, source }));
    return { incomes, transactions };
  },
});
