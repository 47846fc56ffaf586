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

/**
 * Income a state register holds that a member may start or stop receiving during the period: a job with a labour
 * contract (the labour contracts registry), a business registered for tax (the State Tax Service) and alimony set by
 * a court or a notary (civil status acts and e-notary). The family reports it all the same (RULES.md: within 15
 * working days), and the reassessment asks the register again; it is never offered at renewal as income "not in any
 * register", which is what the same codes mean without `registered` (the wizard's DECLARABLE_INCOME_TYPES).
 */
export const REGISTERED_INCOME_TYPES = [
  "WAGE",
  "ENTREPRENEURIAL",
  "ALIMONY",
] as const satisfies readonly (typeof DECLARABLE_INCOME_TYPES)[number][];
export const isRegisteredIncomeType = (type: string): boolean =>
  (REGISTERED_INCOME_TYPES as readonly string[]).includes(type);

const incomeType = z.enum(DECLARABLE_INCOME_TYPES, { error: "errors.required" });
/** Only the kinds a register can hold may be reported as registered (the form offers no other). */
const registeredKindOnly = z.refine<{ type: string; registered?: boolean }>(
  (v) => v.registered !== true || isRegisteredIncomeType(v.type),
  { error: "errors.invalidInput", path: ["type"] },
);

/**
 * The change's details. `registered` says whether a state register holds the income: required of every report
 * made now (ZChangeDetails), absent from reports stored before the form asked (ZStoredChangeDetails), whose "Wages",
 * "Business income" or "Alimony" may have been either.
 */
function changeDetails<R extends z.ZodMiniType<boolean | undefined>>(registered: R) {
  return z.discriminatedUnion("kind", [
    z
      .object({
        kind: z.literal("INCOME_GAINED"),
        memberFin,
        type: incomeType,
        registered,
        monthlyQepik: qepikAmount(1, MAX_QEPIK),
      })
      .check(registeredKindOnly),
    z
      .object({
        kind: z.literal("INCOME_LOST"),
        memberFin,
        type: incomeType,
        registered,
      })
      .check(registeredKindOnly),
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
}

/** A change reported now: the form's check and the server's. */
export const ZChangeDetails = changeDetails(z.boolean({ error: "errors.required" }));
export type ChangeDetails = z.infer<typeof ZChangeDetails>;
/** A change as stored on a report, older ones included (read by the reassessment and the staff's pages). */
export const ZStoredChangeDetails = changeDetails(z.optional(z.boolean()));
export type StoredChangeDetails = z.infer<typeof ZStoredChangeDetails>;

/**
 * The message key, under `changes.`, naming a reported income in the page's language: a register's ("A job with a
 * labour contract"), one no register holds, in the wizard's words ("Work without a labour contract"), or for a
 * report made before the form asked, the words the family chose then ("Wages").
 */
export function incomeLabelKey(change: { type: string; registered?: boolean }): string {
  if (change.registered === true) return `registeredIncomeTypes.${change.type}`;
  if (change.registered === undefined && isRegisteredIncomeType(change.type))
    return `earlierIncomeTypes.${change.type}`;
  return `incomeTypes.${change.type}`;
}

export const ZReportChangeRequest = z.object({
  applicationId: z.string().check(z.minLength(1), z.maxLength(64)),
  /** The day the change happened (Baku calendar date), not after today. */
  changedOn: changeDate,
  change: ZChangeDetails,
});
export type ReportChangeRequest = z.infer<typeof ZReportChangeRequest>;

/** The income a stored report names, for its label (incomeLabelKey); null for the other kinds. */
export function reportedIncome(details: unknown): { type: string; registered?: boolean } | null {
  const parsed = ZStoredChangeDetails.safeParse(details);
  if (!parsed.success || (parsed.data.kind !== "INCOME_GAINED" && parsed.data.kind !== "INCOME_LOST")) return null;
  const { type, registered } = parsed.data;
  return registered === undefined ? { type } : { type, registered };
}

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
 * not more than MAX_AGE_YEARS back; and against the day of the change, since no one joins a family before being
 * born (a day of the change that is not a date is that field's error, so it is not compared). Not in ZChangeDetails,
 * which is one constant with no today (as its twin, which parses stored reports, must be), so it is checked beside
 * it, as the day of the change is: by the form and by report-change.ts. Null when the date is plausible, or no date
 * at all (the schema says that).
 */
export function joinedBirthDateProblem(
  birthDate: string,
  today: string,
  changedOn: string,
): "birthDateFuture" | "birthDateTooOld" | "birthDateAfterChange" | null {
  if (!isIsoDate(birthDate)) return null;
  if (birthDate > today) return "birthDateFuture";
  if (ageInYearsOn(birthDate, today) > MAX_AGE_YEARS) return "birthDateTooOld";
  return isIsoDate(changedOn) && birthDate > changedOn ? "birthDateAfterChange" : null;
}
