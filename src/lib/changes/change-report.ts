import * as z from "zod/mini";
import { ageInYearsOn, isIsoDate } from "@/kernel/calendar-date";
import { FIN_PATTERN } from "@/kernel/identity-format";
import { qepikAmount } from "@/lib/i18n/qepik-amount";
import { DECLARABLE_INCOME_TYPES, MAX_AGE_YEARS, MEMBER_RELATIONS } from "@/lib/wizard/draft-limits";

// A change the family reports during a running assignment (issue 14): the browser checks it before sending and
// the server checks the same schema. Messages are `errors.<code>` keys, each an AppError code.

export const CHANGE_KINDS = ["INCOME_GAINED", "INCOME_LOST", "MEMBER_JOINED", "MEMBER_LEFT", "MOVED"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** RULES.md: a change of income or composition is reported within 15 working days. */
export const CHANGE_REPORT_WORKING_DAYS = 15;

const MAX_QEPIK = 100_000_000;
const required = (max: number, min = 1, error = "errors.required") =>
  z.string().check(z.trim(), z.minLength(min, { error }), z.maxLength(max, { error: "errors.textTooLong" }));
const optionalText = (max: number) => z.string().check(z.trim(), z.maxLength(max, { error: "errors.textTooLong" }));
const fin = z.string().check(z.regex(FIN_PATTERN, { error: "errors.finFormat" }));
const memberFin = z.string().check(z.minLength(1, { error: "errors.required" }), z.maxLength(16));
const date = (error: string) => z.string().check(z.refine(isIsoDate, { error }));
/**
 * The day of the change: an empty field asks for the date; a typed one that is not on the calendar (31.02.2026)
 * reads "enter a real date", as the wizard's date fields do, rather than "enter the date" the person just did.
 */
const changeDate = z.string().check(
  z.refine(isIsoDate, {
    error: (issue) =>
      typeof issue.input === "string" && issue.input.trim() !== "" ? "errors.dateFormat" : "errors.changeDateFormat",
  }),
);

export const ZChangeDetails = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("INCOME_GAINED"),
    memberFin,
    type: z.enum(DECLARABLE_INCOME_TYPES, { error: "errors.required" }),
    monthlyQepik: qepikAmount(1, MAX_QEPIK),
  }),
  z.object({
    kind: z.literal("INCOME_LOST"),
    memberFin,
    type: z.enum(DECLARABLE_INCOME_TYPES, { error: "errors.required" }),
  }),
  z.object({
    kind: z.literal("MEMBER_JOINED"),
    fin,
    firstName: required(80),
    lastName: required(80),
    patronymic: optionalText(80),
    birthDate: date("errors.birthDateFormat"),
    relation: z.enum(MEMBER_RELATIONS, { error: "errors.required" }),
  }),
  z.object({ kind: z.literal("MEMBER_LEFT"), memberFin }),
  z.object({
    kind: z.literal("MOVED"),
    districtCode: z.string().check(z.minLength(1, { error: "errors.required" }), z.maxLength(64)),
    address: required(300, 5, "errors.addressTooShort"),
  }),
]);
export type ChangeDetails = z.infer<typeof ZChangeDetails>;

export const ZReportChangeRequest = z.object({
  applicationId: z.string().check(z.minLength(1), z.maxLength(64)),
  /** The day the change happened (Baku calendar date), not after today. */
  changedOn: changeDate,
  change: ZChangeDetails,
});
export type ReportChangeRequest = z.infer<typeof ZReportChangeRequest>;

/** The day's checks, the browser's and the server's: given, on the calendar and not in the future. */
export function changeDateProblem(
  changedOn: string,
  today: string,
): "changeDateFormat" | "dateFormat" | "changeDateFuture" | null {
  if (changedOn.trim() === "") return "changeDateFormat";
  if (!isIsoDate(changedOn)) return "dateFormat";
  return changedOn > today ? "changeDateFuture" : null;
}

/**
 * A joining member's birth date against today, as the wizard checks it (draft-schema.ts): not in the future, and
 * not more than MAX_AGE_YEARS back. Not in ZChangeDetails, which is one constant with no today (the server's service
 * parses stored reports with it too), so it is checked beside it, as the day of the change is: by the form and by
 * report-change.ts. Null when the date is plausible, or no date at all (the schema says that).
 */
export function joinedBirthDateProblem(birthDate: string, today: string): "birthDateFuture" | "birthDateTooOld" | null {
  if (!isIsoDate(birthDate)) return null;
  if (birthDate > today) return "birthDateFuture";
  return ageInYearsOn(birthDate, today) > MAX_AGE_YEARS ? "birthDateTooOld" : null;
}
