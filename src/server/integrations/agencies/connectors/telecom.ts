import { z } from "zod";
import { zMonth, zQepik, zReplyHeader } from "../common";
import { defineConnector, inPeriod, sourceOf } from "../connector";

export const zTelecomReply = zReplyHeader.extend({
  subscriptions: z.array(
    z.object({
      operator: z.string(),
      kind: z.enum(["MOBILE", "FIXED_LINE", "INTERNET"]),
      bills: z.array(z.object({ month: zMonth, amountQepik: zQepik })),
    }),
  ),
});

/** Communication costs count with utilities toward RULES.md ground 6 (≥ 15 % of the subsistence minimum). */
export const telecomConnector = defineConnector({
  code: "telecom",
  name: "Telecom operators (communication costs)",
  purpose: "Verify communication costs of a family member over the 12 months before the application",
  scope: "PERSON",
  reply: zTelecomReply,
  map: (r, ctx) => {
    const source = sourceOf("telecom");
    return {
      utilityCosts: r.subscriptions.flatMap((s) =>
        // The member asked about holds the subscriptions: their row shows their bills, not the family's.
        inPeriod(s.bills, ctx.months).map((b) => ({ service: "TELECOM" as const, memberFin: ctx.fin, ...b, source })),
      ),
    };
  },
});
