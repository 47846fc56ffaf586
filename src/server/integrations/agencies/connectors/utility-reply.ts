import { z } from "zod";
import type { UtilityCost } from "../agency-facts";
import type { AgencyCode } from "../catalogue";
import { zMonth, zQepik, zReplyHeader } from "../common";
import { inPeriod, sourceOf, type MappingContext } from "../connector";

/** Electricity, gas and water share one contract: accounts at the family's address with monthly bills. */
export const zUtilityReply = zReplyHeader.extend({
  accounts: z.array(
    z.object({
      accountNo: z.string().min(1),
      meterNo: z.string().min(1),
      address: z.string(),
      unit: z.enum(["KWH", "M3"]),
      bills: z.array(z.object({ month: zMonth, consumption: z.number().int().nonnegative(), amountQepik: zQepik })),
    }),
  ),
});
export type UtilityReply = z.infer<typeof zUtilityReply>;

export function mapUtilityBills(
  code: AgencyCode,
  service: UtilityCost["service"],
  r: UtilityReply,
  ctx: MappingContext,
): { utilityCosts: UtilityCost[] } {
  const source = sourceOf(code);
  return {
    utilityCosts: r.accounts.flatMap((a) =>
      inPeriod(a.bills, ctx.months).map((b) => ({
        service,
        // The dwelling's account, not one person's: the household row shows it once.
        memberFin: null,
        month: b.month,
        amountQepik: b.amountQepik,
        source,
      })),
    ),
  };
}
