import { z } from "zod";
import { zIsoDate, zMonth, zQepik, zReplyHeader } from "../common";
import { defineConnector, inPeriod, sourceOf } from "../connector";

const zPaymentKind = z.enum([
  "OLD_AGE_PENSION",
  "DISABILITY_PENSION",
  "SURVIVOR_PENSION",
  "SOCIAL_BENEFIT",
  "CHILD_BENEFIT",
]);

export const zPensionsReply = zReplyHeader.extend({
  entitlements: z.array(z.object({ kind: zPaymentKind, from: zIsoDate, to: zIsoDate.nullable() })),
  payments: z.array(z.object({ month: zMonth, kind: zPaymentKind, amountQepik: zQepik })),
});

export const pensionsConnector = defineConnector({
  code: "pensions",
  name: "State Social Protection Fund (pensions and benefits)",
  purpose: "Verify pensions and social benefits paid to a family member over the 12 months before the application",
  scope: "PERSON",
  reply: zPensionsReply,
  map: (r, ctx) => {
    const source = sourceOf("pensions");
    const kinds = { OLD_AGE_PENSION: "AGE", DISABILITY_PENSION: "DISABILITY", SURVIVOR_PENSION: "SURVIVOR" } as const;
    const active = r.entitlements.filter((e) => e.to === null);
    const pensions = active.flatMap((e) => (e.kind in kinds ? [kinds[e.kind as keyof typeof kinds]] : []));
    const first = active.find((e) => e.kind in kinds);
    return {
      member: first ? { statuses: [{ status: "PENSIONER", source, since: first.from }], pensions } : undefined,
      incomes: inPeriod(r.payments, ctx.months).map((p) => ({
        memberFin: ctx.fin,
        type: p.kind.endsWith("_PENSION") ? ("PENSION" as const) : ("SOCIAL_BENEFIT" as const),
        month: p.month,
        amountQepik: p.amountQepik,
        source,
      })),
    };
  },
});
