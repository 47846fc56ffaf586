import { FIN_PATTERN, normalizeAzPhone } from "@/kernel/identity-format";
import { ageInYearsOn, isIsoDate } from "@/kernel/calendar-date";
import type { Draft, DraftContact, DraftContext, DraftDeclarations, DraftMember } from "./draft-schema";
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

// The browser's check of a draft before it is sent: draftSchema's rules written out by hand, so the wizard does
// not bundle zod (24 KB compressed) for one form. The server still parses every draft with draftSchema, so this
// check only has to say early, and in the same words, what the server would say: the same catalog keys, the same
// first error per field, and the same order (the error summary lists them in it). It follows zod's own rules:
// - a value of the wrong type stops the checks of that value and of everything that contains it (`stop: "type"`);
//   so do a non-integer number and an invalid birth date (`stop: "abort"`, zod's explicit abort);
// - length checks still run on a value of the wrong type that has a length, unless something inside was
//   explicitly aborted (zod's default `when` for length checks); a list over its limit is refused alone;
// - the checks across fields (a section's, the whole draft's) run only when nothing inside failed its type.
// check-draft.test.ts holds it to draftSchema's answers on generated drafts.

/** A refusal: a catalog key (`errors.<code>`) and the draft path it is about. */
export interface DraftIssue {
  path: (string | number)[];
  code: string;
}

interface Issue extends DraftIssue {
  stop?: "type" | "abort";
}

/** A checked value: `ok` once its type is right (its issues may still refuse it), with the value as parsed. */
type Checked<T> = { ok: true; value: T; issues: Issue[] } | { ok: false; issues: Issue[] };

/** zod's message for a rule that names no catalog key. */
const INVALID = "invalidInput";

const issue = (code: string, stop?: Issue["stop"]): Issue => (stop ? { path: [], code, stop } : { path: [], code });
const aborted = (issues: readonly Issue[]) => issues.some((i) => i.stop !== undefined);
const explicitlyAborted = (issues: readonly Issue[]) => issues.some((i) => i.stop === "abort");
const within = (key: string | number, issues: readonly Issue[]) =>
  issues.map((i) => ({ ...i, path: [key, ...i.path] }));

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The length zod's length checks measure (strings in code points), or undefined when the value has none (null,
 * undefined, or no `length`: zod skips the check). zod compares any other `length` as it is (`length >= min`),
 * which JavaScript does as a number: `{ length: {} }` is NaN, and fails both a minimum and a maximum.
 */
function lengthOf(value: unknown): number | undefined {
  if (typeof value === "string") return [...value].length;
  if (value === null || value === undefined) return undefined;
  const length: unknown = Object(value).length;
  return length === undefined ? undefined : Number(length);
}

/** As zod decides (`length >= min`, `length <= max`), so that a NaN length fails both. */
const tooShort = (length: number, min: number) => !(length >= min);
const tooLong = (length: number, max: number) => !(length <= max);

type StringRule =
  | { trim: true }
  | { min: number; code?: string }
  | { max: number; code?: string }
  | { test: (value: string) => boolean; code: string; abort?: true };

function string(input: unknown, rules: readonly StringRule[]): Checked<string> {
  const issues: Issue[] = [];
  let value = typeof input === "string" ? input : undefined;
  if (value === undefined) issues.push(issue(INVALID, "type"));
  for (const rule of rules) {
    if ("min" in rule || "max" in rule) {
      const length = explicitlyAborted(issues) ? undefined : lengthOf(value ?? input);
      if (length === undefined) continue;
      if ("min" in rule ? tooShort(length, rule.min) : tooLong(length, rule.max))
        issues.push(issue(rule.code ?? INVALID));
    } else if (value === undefined || aborted(issues)) {
      continue;
    } else if ("trim" in rule) {
      value = value.trim();
    } else if (!rule.test(value)) {
      issues.push(issue(rule.code, rule.abort ? "abort" : undefined));
    }
  }
  return value === undefined ? { ok: false, issues } : { ok: true, value, issues };
}

const text = (input: unknown, max: number) => string(input, [{ trim: true }, { max, code: "textTooLong" }]);
const required = (input: unknown, max: number, min = 1, code = "required") =>
  string(input, [{ trim: true }, { min, code }, { max, code: "textTooLong" }]);
const rowKey = (input: unknown) => string(input, [{ min: 1 }, { max: CODE_MAX }]);

/**
 * z.int() with minimum and maximum, every failure under one key, except a number below the minimum that is also
 * below zero: under `negative`'s, when given.
 */
function int(input: unknown, min: number, max: number, code = INVALID, negative = code): Checked<number> {
  if (typeof input !== "number" || !Number.isFinite(input)) return { ok: false, issues: [issue(code, "type")] };
  if (!Number.isInteger(input)) return { ok: true, value: input, issues: [issue(code, "abort")] };
  const issues: Issue[] = [];
  if (!Number.isSafeInteger(input)) issues.push(issue(code));
  if (input < min) issues.push(issue(input < 0 ? negative : code));
  if (input > max) issues.push(issue(code));
  return { ok: true, value: input, issues };
}

function nullable<T>(input: unknown, check: (input: unknown) => Checked<T>): Checked<T | null> {
  return input === null ? { ok: true, value: null, issues: [] } : check(input);
}

function oneOf<T extends string>(input: unknown, values: readonly T[], code = INVALID): Checked<T> {
  const value = values.find((v) => v === input);
  return value === undefined ? { ok: false, issues: [issue(code, "type")] } : { ok: true, value, issues: [] };
}

function array<T>(input: unknown, item: (input: unknown) => Checked<T>, max: number, code = INVALID): Checked<T[]> {
  // zod refuses a list over its limit before it reads a row, and nothing after that runs.
  if (Array.isArray(input) && input.length > max) return { ok: false, issues: [issue(code, "abort")] };
  const issues: Issue[] = [];
  const values: T[] = [];
  let ok = Array.isArray(input);
  if (Array.isArray(input)) {
    input.forEach((element: unknown, i) => {
      const checked = item(element);
      issues.push(...within(i, checked.issues));
      if (checked.ok) values.push(checked.value);
      else ok = false;
    });
  } else {
    issues.push(issue(INVALID, "type"));
  }
  const length = explicitlyAborted(issues) ? undefined : lengthOf(input);
  if (length !== undefined && tooLong(length, max)) issues.push(issue(code));
  return ok ? { ok: true, value: values, issues } : { ok: false, issues };
}

/**
 * An object of the given fields, checked in their order; unknown keys are dropped, as zod does. `refine` is the
 * object's own check, run only when no field failed its type.
 */
function object<T extends Record<string, unknown>>(
  input: unknown,
  fields: { [K in keyof T]: (input: unknown) => Checked<T[K]> },
  refine?: (value: T) => Issue[],
): Checked<T> {
  if (!isRecord(input)) return { ok: false, issues: [issue(INVALID, "type")] };
  const issues: Issue[] = [];
  const value: Partial<T> = {};
  let ok = true;
  for (const key in fields) {
    const checked = fields[key](input[key]);
    issues.push(...within(key, checked.issues));
    if (checked.ok) {
      if (checked.value !== undefined) value[key] = checked.value;
    } else ok = false;
  }
  if (!ok) return { ok: false, issues };
  const whole = value as T; // every field is checked and set (or optional and absent)
  if (refine && !aborted(issues)) issues.push(...refine(whole));
  return { ok: true, value: whole, issues };
}

function optional<T>(input: unknown, check: (input: unknown) => Checked<T>): Checked<T | undefined> {
  return input === undefined ? { ok: true, value: undefined, issues: [] } : check(input);
}

function birthDate(input: unknown, today: string): Checked<string> {
  return string(input, [
    { test: (d) => d.trim() !== "", code: "required", abort: true },
    { test: isIsoDate, code: "birthDateFormat", abort: true },
    { test: (d) => d <= today, code: "birthDateFuture" },
    { test: (d) => ageInYearsOn(d, today) <= MAX_AGE_YEARS, code: "birthDateTooOld" },
  ]);
}

/** Qəpik, as draftSchema's `qepikAmount`: below zero is "amountNegative", any other refusal "amountFormat". */
const qepik = (input: unknown, min: number, max: number) => int(input, min, max, "amountFormat", "amountNegative");

/** z.union([z.literal(""), z.email()]): a text that is not an e-mail gets the e-mail's own refusals. */
function email(input: unknown): Checked<string> {
  if (input === "") return { ok: true, value: "", issues: [] };
  const checked = string(input, [
    { test: (e) => EMAIL_PATTERN.test(e), code: "emailFormat" },
    { max: EMAIL_MAX, code: "textTooLong" },
  ]);
  return checked.ok && !aborted(checked.issues) ? checked : { ok: false, issues: [issue(INVALID, "type")] };
}

function contact(input: unknown, today: string): Checked<DraftContact> {
  return object<DraftContact>(
    input,
    {
      firstName: (v) => required(v, NAME_MAX),
      lastName: (v) => required(v, NAME_MAX),
      patronymic: (v) => text(v, NAME_MAX),
      birthDate: (v) => birthDate(v, today),
      phone: (v) => string(v, [{ test: (p) => normalizeAzPhone(p) === p, code: "phoneFormat" }]),
      email,
      preferredChannel: (v) => oneOf(v, PREFERRED_CHANNELS),
    },
    (c) => (c.preferredChannel === "EMAIL" && c.email === "" ? [{ path: ["email"], code: "emailRequired" }] : []),
  );
}

function member(input: unknown, today: string): Checked<DraftMember> {
  return object<DraftMember>(input, {
    key: rowKey,
    fin: (v) => string(v, [{ test: (f) => FIN_PATTERN.test(f), code: "finFormat" }]),
    firstName: (v) => required(v, NAME_MAX),
    lastName: (v) => required(v, NAME_MAX),
    patronymic: (v) => text(v, NAME_MAX),
    birthDate: (v) => birthDate(v, today),
    relation: (v) => oneOf(v, MEMBER_RELATIONS, "required"),
  });
}

type DraftIncome = DraftDeclarations["incomes"][number];
type DraftAsset = DraftDeclarations["assets"][number];
type DraftNotWorking = DraftDeclarations["notWorking"][number];

function declarations(input: unknown): Checked<DraftDeclarations> {
  return object<DraftDeclarations>(input, {
    incomes: (v) =>
      array(
        v,
        (i) =>
          object<DraftIncome>(i, {
            key: rowKey,
            memberFin: (f) => string(f, [{ min: 1, code: "required" }]),
            type: (t) => oneOf(t, DECLARABLE_INCOME_TYPES, "required"),
            monthlyQepik: (q) => qepik(q, 1, MAX_MONTHLY_QEPIK),
            note: (n) => text(n, NOTE_MAX),
          }),
        MAX_INCOMES,
      ),
    assets: (v) =>
      array(
        v,
        (a) =>
          object<DraftAsset>(a, {
            key: rowKey,
            kind: (k) => oneOf(k, ASSET_KINDS, "required"),
            description: (d) => required(d, DESCRIPTION_MAX),
            quantity: (q) => nullable(q, (n) => int(n, 1, MAX_ASSET_QUANTITY, "quantityFormat")),
            valueQepik: (q) => nullable(q, (n) => qepik(n, 0, MAX_ASSET_VALUE_QEPIK)),
          }),
        MAX_ASSETS,
      ),
    notWorking: (v) =>
      array(
        v,
        (n) =>
          object<DraftNotWorking>(n, {
            memberFin: (f) => string(f, [{ min: 1 }]),
            reason: (r) => oneOf(r, NOT_WORKING_REASONS),
            caresForFin: (f) => nullable(f, (s) => string(s, [])),
          }),
        MAX_MEMBERS,
      ),
  });
}

/** The rules that span sections (draftSchema's superRefine): duplicates, an adult, references by FIN, absences. */
function acrossSections(draft: Draft, { today, representativeFin, adultAge }: DraftContext): Issue[] {
  const issues: Issue[] = [];
  const members = draft.members ?? [];
  const seen = new Set([representativeFin]);
  members.forEach((m, i) => {
    if (seen.has(m.fin)) issues.push({ path: ["members", i, "fin"], code: "memberDuplicate" });
    seen.add(m.fin);
  });
  if (draft.members && draft.contact) {
    const births = [draft.contact.birthDate, ...members.map((m) => m.birthDate)];
    if (!births.some((b) => ageInYearsOn(b, today) >= adultAge)) issues.push({ path: ["members"], code: "noAdult" });
  }
  const d = draft.declarations;
  if (!d) return issues;
  d.incomes.forEach((inc, i) => {
    if (!seen.has(inc.memberFin)) issues.push({ path: ["declarations", "incomes", i, "memberFin"], code: "required" });
  });
  const explained = new Set<string>();
  d.notWorking.forEach((n, i) => {
    if (!seen.has(n.memberFin) || explained.has(n.memberFin))
      issues.push({ path: ["declarations", "notWorking", i, "memberFin"], code: "invalidInput" });
    explained.add(n.memberFin);
    if (n.memberFin === representativeFin && isAbsence(n.reason))
      issues.push({ path: ["declarations", "notWorking", i, "reason"], code: "representativeAbsent" });
    const caresOk =
      n.reason === "CARES_FOR_MEMBER"
        ? n.caresForFin !== null && n.caresForFin !== n.memberFin && seen.has(n.caresForFin)
        : n.caresForFin === null;
    if (!caresOk) issues.push({ path: ["declarations", "notWorking", i, "caresForFin"], code: "required" });
  });
  return issues;
}

type DraftCheck = { ok: true; draft: Draft } | { ok: false; issues: DraftIssue[] };

/** Checks a candidate draft as draftSchema(ctx) would: the parsed draft, or every refusal in zod's order. */
export function checkDraft(candidate: unknown, ctx: DraftContext): DraftCheck {
  const checked = object<Draft>(
    candidate,
    {
      step: (v) => int(v, 0, WIZARD_STEPS.length - 1),
      contact: (v) => optional(v, (c) => contact(c, ctx.today)),
      address: (v) =>
        optional(v, (a) =>
          object<NonNullable<Draft["address"]>>(a, {
            districtCode: (c) => string(c, [{ min: 1, code: "required" }, { max: CODE_MAX }]),
            address: (t) => required(t, ADDRESS_MAX, ADDRESS_MIN, "addressTooShort"),
          }),
        ),
      members: (v) => optional(v, (m) => array(m, (one) => member(one, ctx.today), MAX_MEMBERS, "tooManyMembers")),
      declarations: (v) => optional(v, declarations),
      consent: (v) =>
        optional(v, (c) =>
          object<NonNullable<Draft["consent"]>>(c, {
            agreed: (a) =>
              a === true
                ? { ok: true, value: true, issues: [] }
                : { ok: false, issues: [issue("consentRequired", "type")] },
          }),
        ),
    },
    (draft) => acrossSections(draft, ctx),
  );
  if (checked.ok && checked.issues.length === 0) return { ok: true, draft: checked.value };
  return { ok: false, issues: checked.issues.map(({ path, code }) => ({ path, code })) };
}
