import { z } from "zod";
import { zIsoDate, zQepik, zReplyHeader } from "../common";
import { defineConnector, sourceOf } from "../connector";

export const zCreditBureauReply = zReplyHeader.extend({
  loans: z.array(
    z.object({
      lender: z.string(),
      openedOn: zIsoDate,
      principalQepik: zQepik,
      outstandingQepik: zQepik,
      monthlyPaymentQepik: zQepik,
      status: z.enum(["ACTIVE", "CLOSED", "OVERDUE"]),
    }),
  ),
});

/** The Central Bank's credit registry (MB MKR). Loans are not income; they only test the declaration. */
export const creditBureauConnector = defineConnector({
  code: "credit-bureau",
  name: "Central Bank credit registry (MB MKR)",
  purpose: "Check loans of a family member for consistency with the declared income (loans are not income)",
  scope: "PERSON",
  reply: zCreditBureauReply,
  map: (r, ctx) => {
    const source = sourceOf("credit-bureau");
    return {
      loans: r.loans.map((l) => ({
        memberFin: ctx.fin,
        monthlyPaymentQepik: l.monthlyPaymentQepik,
        outstandingQepik: l.outstandingQepik,
        status: l.status,
        source,
      })),
    };
  },
});
