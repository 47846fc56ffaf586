import { z } from "zod";

/**
 * Shapes shared by every agency contract. Dates cross the wire as ISO calendar dates, months as `YYYY-MM`,
 * money as integer qəpik: a float amount from an agency is a malformed reply, never rounded silently.
 */
export const zFin = z.string().regex(/^[0-9A-Z]{7}$/, "a FIN is 7 upper-case letters or digits");
export const zIsoDate = z.iso.date();
export const zMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "a month is YYYY-MM");
export const zQepik = z.number().int().nonnegative();
export const zDistrictCode = z.string().min(1).max(16);

/** One amount for one calendar month, the unit most registers report payments in. */
export const zMonthlyAmount = z.object({ month: zMonth, amountQepik: zQepik });
export type MonthlyAmount = z.infer<typeof zMonthlyAmount>;

/** What VEMTAS sends: whose data, for which period, and why (agencies log the purpose on their side). */
export const zAgencyQuery = z.object({
  fin: zFin,
  periodFrom: zIsoDate,
  periodTo: zIsoDate,
  purpose: z.string().min(1).max(200),
});
export type AgencyQuery = z.infer<typeof zAgencyQuery>;

/** Every reply names the person and the period it answers, so a mixed-up reply is caught by the contract. */
export const zReplyHeader = z.object({
  fin: zFin,
  periodFrom: zIsoDate,
  periodTo: zIsoDate,
});

/** The path of a service under its base URL. Versioned so a contract change is a new path, not a surprise. */
export function agencyPath(code: string): string {
  return `/${code}/v1/lookup`;
}
