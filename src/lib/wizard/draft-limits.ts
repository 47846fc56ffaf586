import { ABSENCE_KINDS } from "@/kernel/absence-kinds";
import type { INCOME_TYPES } from "@/kernel/input-enums";

// What a draft may hold: the values a choice may take and the limits of each field. Both checks of a
// draft read them from here: the server's zod schema (draft-schema.ts) and the browser's hand-written check
// (check-draft.ts), which must refuse exactly what the server refuses. No dependency, so the browser bundles it
// without a validation library.

/** FamilyMember.relation values (Prisma's Relation) a listed member may have; APPLICANT is the representative. */
export const MEMBER_RELATIONS = ["SPOUSE", "CHILD", "PARENT", "SIBLING", "GRANDCHILD", "GRANDPARENT", "OTHER"] as const;

/** Income that no register holds: work without a contract, alimony, rent, a household farm, gifts. */
export const DECLARABLE_INCOME_TYPES = [
  "WAGE",
  "ENTREPRENEURIAL",
  "ALIMONY",
  "PROPERTY_INCOME",
  "HOUSEHOLD_FARM",
  "GIFT",
  "OTHER",
] as const satisfies readonly (typeof INCOME_TYPES)[number][];

/** DeclaredAsset.kind values (Prisma's AssetKind). */
export const ASSET_KINDS = ["VEHICLE", "REAL_ESTATE", "LAND", "LIVESTOCK", "LARGE_TRANSACTION", "OTHER"] as const;

/**
 * Why an adult of working age does not work, limited to what only the family can say: caring for someone, or
 * an absence (the engine's ABSENCE_KINDS). Study, unemployment insurance, disability and pensions come from
 * the agencies and are not asked.
 */
export const NOT_WORKING_REASONS = ["CARES_FOR_MEMBER", ...ABSENCE_KINDS] as const;
export type NotWorkingReason = (typeof NOT_WORKING_REASONS)[number];

/**
 * A reason that says the person is absent: missing, whereabouts unknown, or in custody. Never the
 * representative's: the person applying and signing is there (both checks refuse it as representativeAbsent).
 */
export function isAbsence(reason: unknown): boolean {
  return ABSENCE_KINDS.some((kind) => kind === reason);
}

export const PREFERRED_CHANNELS = ["SMS", "EMAIL"] as const;

export const MAX_MEMBERS = 30;
export const MAX_INCOMES = 100;
export const MAX_ASSETS = 100;
/** 1 000 000 AZN a month: anything above is a typing error. */
export const MAX_MONTHLY_QEPIK = 100_000_000;
export const MAX_ASSET_VALUE_QEPIK = MAX_MONTHLY_QEPIK * 100;
/** Head of livestock, or square metres of land. */
export const MAX_ASSET_QUANTITY = 1_000_000_000;
/**
 * The oldest a person may be, in completed years, on the day of the check (the application's "today" in Baku, which
 * the checks are given, never the clock): a birth date further back is a mistyped year (1900 for 2000, 1890 for
 * 1990), not a person. The oldest age ever verified is 122 (one person, in 1997) and no one alive is much over 115,
 * so 120 refuses no living person and catches the slips the fixed floor of 1900 let through. Relative to today, so
 * it does not go stale. Counted with ageInYearsOn, as the adult age is (a 29 February birthday falls on 1 March).
 */
export const MAX_AGE_YEARS = 120;

/** Longest text, in characters (Unicode code points, as zod counts them). */
export const NAME_MAX = 80;
export const EMAIL_MAX = 200;
export const ADDRESS_MIN = 5;
export const ADDRESS_MAX = 300;
export const NOTE_MAX = 300;
export const DESCRIPTION_MAX = 300;
/** District codes and the keys the browser gives list rows. */
export const CODE_MAX = 64;

/** zod's own e-mail pattern (its default for z.email), named here so both checks use one. */
export const EMAIL_PATTERN =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
