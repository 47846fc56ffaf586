import { z } from "zod";
import { zMonth, zQepik, zReplyHeader } from "../common";
import { defineConnector, sourceOf } from "../connector";

export const zTaxReply = zReplyHeader.extend({
  entrepreneur: z.object({ tin: z.string().regex(/^\d{10}$/), registeredOn: z.iso.date() }).nullable(),
  /** Simplified-tax returns are filed per quarter: one row per return, covering fromMonth..toMonth. */
  returns: z.array(z.object({ fromMonth: zMonth, toMonth: zMonth, incomeQepik: zQepik })),
});

function monthsBetween(from: string, to: string): string[] {
  const [fy, fm] = from.split("-").map(Number) as [number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  const out: string[] = [];
  for (let k = fy * 12 + fm - 1; k <= ty * 12 + tm - 1; k++)
    out.push(`${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}`);
  return out;
}

/** Spreads a return's income evenly over its months in whole qəpik; the remainder goes to the first month. */
export function spreadOverMonths(
  fromMonth: string,
  toMonth: string,
  totalQepik: number,
): { month: string; amountQepik: number }[] {
  const months = monthsBetween(fromMonth, toMonth);
  if (months.length === 0) return [];
  const base = Math.floor(totalQepik / months.length);
  const rest = totalQepik - base * months.length;
  return months.map((month, i) => ({ month, amountQepik: base + (i === 0 ? rest : 0) }));
}

export const taxConnector = defineConnector({
  code: "tax",
  name: "State Tax Service (entrepreneurial income)",
  purpose: "Verify entrepreneurial registration and declared business income of a family member",
  scope: "PERSON",
  reply: zTaxReply,
  map: (r, ctx) => {
    const source = sourceOf("tax");
    const wanted = new Set(ctx.months);
    const incomes = r.returns
      .flatMap((ret) => spreadOverMonths(ret.fromMonth, ret.toMonth, ret.incomeQepik))
      .filter((m) => wanted.has(m.month))
      .map((m) => ({ memberFin: ctx.fin, type: "ENTREPRENEURIAL" as const, ...m, source }));
    return {
      member: r.entrepreneur
        ? { statuses: [{ status: "ENTREPRENEUR", source, since: r.entrepreneur.registeredOn }] }
        : undefined,
      incomes,
    };
  },
});
