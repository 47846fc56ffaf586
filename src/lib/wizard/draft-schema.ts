import * as z from "zod/mini";
import { FIN_PATTERN, normalizeAzPhone } from "@/kernel/identity-format";
import { qepikAmount } from "@/lib/i18n/qepik-amount";
import { ageInYearsOn, isIsoDate } from "@/kernel/calendar-date";
import {
  ADDRESS_MAX,
  ADDRESS_MIN,
  ASSET_KINDS,
  CODE_MAX,
  DECLARABLE_INCOME_TYPES,
  DESCRIPTION_MAX,
  EMAIL_MAX,
  EMAIL_PATTERN,
  MAX_AGE_YEARS,
  MAX_ASSET_QUANTITY,
  MAX_ASSET_VALUE_QEPIK,
  MAX_ASSETS,
  MAX_INCOMES,
  MAX_MEMBERS,
  MAX_MONTHLY_QEPIK,
  MEMBER_RELATIONS,
  NAME_MAX,
  NOT_WORKING_REASONS,
  NOTE_MAX,
  PREFERRED_CHANNELS,
  isAbsence,
} from "./draft-limits";
import { WIZARD_STEPS } from "./wizard-steps";

// The wizard's data as the server stores it in Application.draft. Each section is present only once its step
// was completed, and a present section is always fully valid: the server refuses a draft with any invalid
// section, so nothing invalid is ever stored. Messages are `errors.<code>` keys, each an AppError code, so a
// refusal reads the same in the browser and from the server. The steps, choices and limits are in
// draft-limits.ts; the browser checks each step with check-draft.ts, written by hand to the same rules so that
// zod stays out of its bundle (check-draft.test.ts holds the two to the same answers).

const text = (max: number) => z.string().check(z.trim(), z.maxLength(max, { error: "errors.textTooLong" }));
const required = (max: number, min = 1, error = "errors.required") =>
  z.string().check(z.trim(), z.minLength(min, { error }), z.maxLength(max, { error: "errors.textTooLong" }));
const fin = z.string().check(z.regex(FIN_PATTERN, { error: "errors.finFormat" }));
const key = z.string().check(z.minLength(1), z.maxLength(CODE_MAX));
const count = (max: number, error: string) =>
  z.int({ error }).check(z.minimum(1, { error }), z.maximum(max, { error }));

// An empty birth date is asked for as every other empty field is ("Fill in this field"), not called "not a real
// date".
function birthDate(today: string) {
  return z.string().check(
    z.refine((d) => d.trim() !== "", { error: "errors.required", abort: true }),
    z.refine(isIsoDate, { error: "errors.birthDateFormat", abort: true }),
    z.refine((d) => d <= today, { error: "errors.birthDateFuture" }),
    z.refine((d) => ageInYearsOn(d, today) <= MAX_AGE_YEARS, { error: "errors.birthDateTooOld" }),
  );
}

export function contactSchema(today: string) {
  return z
    .object({
      firstName: required(NAME_MAX),
      lastName: required(NAME_MAX),
      patronymic: text(NAME_MAX),
      birthDate: birthDate(today),
      /** E.164, normalized from any of the accepted forms by the browser (see normalizeAzPhone). */
      phone: z.string().check(z.refine((p) => normalizeAzPhone(p) === p, { error: "errors.phoneFormat" })),
      email: z.union([
        z.literal(""),
        z
          .email({ pattern: EMAIL_PATTERN, error: "errors.emailFormat" })
          .check(z.maxLength(EMAIL_MAX, { error: "errors.textTooLong" })),
      ]),
      preferredChannel: z.enum(PREFERRED_CHANNELS),
    })
    .check(
      z.refine((c) => c.preferredChannel !== "EMAIL" || c.email !== "", {
        error: "errors.emailRequired",
        path: ["email"],
      }),
    );
}

export const ZAddress = z.object({
  districtCode: z.string().check(z.minLength(1, { error: "errors.required" }), z.maxLength(CODE_MAX)),
  address: required(ADDRESS_MAX, ADDRESS_MIN, "errors.addressTooShort"),
});

export function memberSchema(today: string) {
  return z.object({
    key,
    fin,
    firstName: required(NAME_MAX),
    lastName: required(NAME_MAX),
    patronymic: text(NAME_MAX),
    birthDate: birthDate(today),
    relation: z.enum(MEMBER_RELATIONS, { error: "errors.required" }),
  });
}

export const ZIncome = z.object({
  key,
  memberFin: z.string().check(z.minLength(1, { error: "errors.required" })),
  type: z.enum(DECLARABLE_INCOME_TYPES, { error: "errors.required" }),
  monthlyQepik: qepikAmount(1, MAX_MONTHLY_QEPIK),
  note: text(NOTE_MAX),
});

export const ZAsset = z.object({
  key,
  kind: z.enum(ASSET_KINDS, { error: "errors.required" }),
  description: required(DESCRIPTION_MAX),
  /** Head of livestock, or square metres of land; not asked for other kinds. */
  quantity: z.nullable(count(MAX_ASSET_QUANTITY, "errors.quantityFormat")),
  valueQepik: z.nullable(qepikAmount(0, MAX_ASSET_VALUE_QEPIK)),
});

export const ZNotWorking = z.object({
  memberFin: z.string().check(z.minLength(1)),
  reason: z.enum(NOT_WORKING_REASONS),
  caresForFin: z.nullable(z.string()),
});

export const ZDeclarations = z.object({
  incomes: z.array(ZIncome).check(z.maxLength(MAX_INCOMES)),
  assets: z.array(ZAsset).check(z.maxLength(MAX_ASSETS)),
  notWorking: z.array(ZNotWorking).check(z.maxLength(MAX_MEMBERS)),
});

export interface DraftContext {
  /** Today in Baku (YYYY-MM-DD). */
  today: string;
  /** The representative's FIN: the signed-in citizen's, never typed. */
  representativeFin: string;
  /** The parameter ADULT_AGE in force today: the family needs at least one adult. */
  adultAge: number;
}

/**
 * The whole draft with the rules that span sections: duplicates, an adult in the family, references by FIN, and
 * no absence (missing, whereabouts unknown, in custody) for the representative, who is the one applying.
 */
export function draftSchema({ today, representativeFin, adultAge }: DraftContext) {
  return z
    .object({
      step: z.int().check(z.minimum(0), z.maximum(WIZARD_STEPS.length - 1)),
      contact: z.optional(contactSchema(today)),
      address: z.optional(ZAddress),
      members: z.optional(
        z.array(memberSchema(today)).check(z.maxLength(MAX_MEMBERS, { error: "errors.tooManyMembers" })),
      ),
      declarations: z.optional(ZDeclarations),
      consent: z.optional(z.object({ agreed: z.literal(true, { error: "errors.consentRequired" }) })),
    })
    .check(
      z.superRefine((draft, ctx) => {
        const members = draft.members ?? [];
        const seen = new Set([representativeFin]);
        members.forEach((m, i) => {
          if (seen.has(m.fin))
            ctx.addIssue({ code: "custom", path: ["members", i, "fin"], message: "errors.memberDuplicate" });
          seen.add(m.fin);
        });
        if (draft.members && draft.contact) {
          const births = [draft.contact.birthDate, ...members.map((m) => m.birthDate)];
          if (!births.some((b) => ageInYearsOn(b, today) >= adultAge))
            ctx.addIssue({ code: "custom", path: ["members"], message: "errors.noAdult" });
        }
        const d = draft.declarations;
        if (!d) return;
        d.incomes.forEach((inc, i) => {
          if (!seen.has(inc.memberFin))
            ctx.addIssue({
              code: "custom",
              path: ["declarations", "incomes", i, "memberFin"],
              message: "errors.required",
            });
        });
        const explained = new Set<string>();
        d.notWorking.forEach((n, i) => {
          if (!seen.has(n.memberFin) || explained.has(n.memberFin)) {
            ctx.addIssue({
              code: "custom",
              path: ["declarations", "notWorking", i, "memberFin"],
              message: "errors.invalidInput",
            });
          }
          explained.add(n.memberFin);
          if (n.memberFin === representativeFin && isAbsence(n.reason))
            ctx.addIssue({
              code: "custom",
              path: ["declarations", "notWorking", i, "reason"],
              message: "errors.representativeAbsent",
            });
          const caresOk =
            n.reason === "CARES_FOR_MEMBER"
              ? n.caresForFin !== null && n.caresForFin !== n.memberFin && seen.has(n.caresForFin)
              : n.caresForFin === null;
          if (!caresOk)
            ctx.addIssue({
              code: "custom",
              path: ["declarations", "notWorking", i, "caresForFin"],
              message: "errors.required",
            });
        });
      }),
    );
}

export type Draft = z.infer<ReturnType<typeof draftSchema>>;
export type DraftContact = NonNullable<Draft["contact"]>;
export type DraftMember = NonNullable<Draft["members"]>[number];
export type DraftDeclarations = NonNullable<Draft["declarations"]>;

/** A draft ready to submit: every step done. */
export function isComplete(draft: Draft): draft is Draft & Required<Omit<Draft, "step">> {
  return Boolean(draft.contact && draft.address && draft.members && draft.declarations && draft.consent);
}

/** The first issue of a failed check as a message code and a dotted field path ("members.2.fin"). */
export function firstIssue(error: { issues: readonly { message: string; path: readonly PropertyKey[] }[] }): {
  code: string;
  field: string;
} {
  const issue = error.issues[0];
  const message = issue?.message ?? "";
  return {
    code: message.startsWith("errors.") ? message.slice("errors.".length) : "invalidInput",
    field: issue ? issue.path.map(String).join(".") : "",
  };
}
