import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDraft, type DraftIssue } from "./check-draft";
import { draftSchema, type DraftContext } from "./draft-schema";
import {
  ADDRESS_MAX,
  ADDRESS_MIN,
  ASSET_KINDS,
  CODE_MAX,
  DECLARABLE_INCOME_TYPES,
  DESCRIPTION_MAX,
  EMAIL_MAX,
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
} from "./draft-limits";
import { WIZARD_STEPS } from "./wizard-steps";

// The browser's hand-written check must answer as the server's schema does, for anything the browser could send
// and for junk: the same verdict, the same parsed draft, and the same refusals (path and catalog key) in the same
// order, so the first error of each field, and the error summary's order, are the server's.

const ctx: DraftContext = { today: "2026-03-02", representativeFin: "1REPRES", adultAge: 18 };

/** Anything at all, often of the wrong type: strings, numbers, objects, arrays, null, undefined. */
const junk = fc.anything({ maxDepth: 2, maxKeys: 3, withNullPrototype: true });

/** Text near a limit, with spaces to trim and characters of two UTF-16 units (zod counts code points). */
const units = fc.constantFrom("a", "ə", " ", "😀", "\uD800", "\t");
const textAround = (limit: number) =>
  fc.oneof(
    fc.string({ unit: units, maxLength: 6 }),
    fc.string({ unit: units, minLength: Math.max(0, limit - 3), maxLength: limit + 3 }),
    fc.string({ unit: fc.constantFrom("a", "😀"), minLength: Math.floor(limit / 2), maxLength: limit * 2 + 2 }),
  );
const someText = fc.string({ unit: units, maxLength: 8 }).map((s) => `a${s}`);

/** Valid FINs, the representative's among them, so duplicates and references to someone unlisted come up. */
const validFins = fc.constantFrom("1REPRES", "2SPOUSE", "3CHILD0", "4PARENT");
const fins = fc.oneof(validFins, fc.constantFrom("bad", "", "2spouse", "6TOOLONG0"));

const pad = (n: number, width: number) => String(n).padStart(width, "0");
/** Adults and children on 2026-03-02 (18 years: born by 2008-03-02), so a family without an adult comes up. */
const validDates = fc.constantFrom("1950-07-01", "1988-04-12", "2008-03-02", "2008-03-03", "2015-06-30", "2026-03-02");
const dates = fc.oneof(
  validDates,
  // Around the limits: today, 120 years before it (born by 1905-03-02 is over 120), 1900, and impossible days.
  fc
    .tuple(
      fc.constantFrom(1899, 1900, 1905, 1906, 1950, 2007, 2008, 2026, 2027),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
  fc.constantFrom("2026-03-03", "1905-03-02", "1905-03-03", "1906-03-02", "1899-12-31", "02.03.1990"),
);

const integerAround = (min: number, max: number) =>
  fc.oneof(
    fc.integer({ min: min - 2, max: min + 2 }),
    fc.integer({ min: max - 2, max: max + 2 }),
    fc.integer({ min, max }),
    fc.constantFrom(0.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 2, -(2 ** 60), "12"),
  );

/**
 * Drafts of one kind: `valid` gives fields that each pass alone (so the checks across fields are what refuse),
 * `any` gives values near the limits and junk, with fields missing and unknown keys.
 */
function drafts(kind: "valid" | "any") {
  const valid = kind === "valid";
  const field = <T>(ok: fc.Arbitrary<T>, near: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
    valid ? ok : fc.oneof({ arbitrary: ok, weight: 3 }, { arbitrary: near, weight: 3 }, { arbitrary: junk, weight: 1 });
  const text = (limit: number) => field(someText, textAround(limit));
  const choice = (values: readonly string[]) => field(fc.constantFrom(...values), fc.constantFrom("", "x"));
  const int = (min: number, max: number) => field(fc.integer({ min, max }), integerAround(min, max));
  const sometimes = (arb: fc.Arbitrary<unknown>) =>
    valid ? arb : fc.oneof({ arbitrary: arb, weight: 8 }, { arbitrary: junk, weight: 1 });
  /** An object with these fields; of any kind, sometimes missing one or carrying an unknown key. */
  const record = (fields: Record<string, fc.Arbitrary<unknown>>) =>
    fc
      .tuple(fc.record(fields), fc.option(fc.constantFrom(...Object.keys(fields))), fc.boolean())
      .map(([value, dropped, extra]) => {
        const copy: Record<string, unknown> = { ...value, ...(extra ? { unknownKey: 1 } : {}) };
        if (dropped !== null && !valid) delete copy[dropped];
        return copy;
      });
  /** Up to four rows mostly; of any kind, a list over its limit now and then. */
  const list = (row: fc.Arbitrary<unknown>, max: number) =>
    sometimes(
      valid
        ? fc.array(row, { maxLength: 4 })
        : fc.oneof(
            { arbitrary: fc.array(row, { maxLength: 4 }), weight: 9 },
            { arbitrary: fc.array(row, { minLength: max, maxLength: max + 1 }), weight: 1 },
          ),
    );

  const contact = record({
    firstName: text(NAME_MAX),
    lastName: text(NAME_MAX),
    patronymic: field(fc.constant(""), textAround(NAME_MAX)),
    birthDate: field(validDates, dates),
    phone: field(
      fc.constantFrom("+994501234567", "+994991234567"),
      fc.constantFrom("050 123 45 67", "+99450123456", ""),
    ),
    email: field(
      fc.constantFrom("", "a@b.az"),
      fc.oneof(
        fc.constantFrom("bad", "a@b", " a@b.az", "a..b@c.az"),
        fc
          .string({ unit: fc.constantFrom("a", "😀"), minLength: EMAIL_MAX - 8, maxLength: EMAIL_MAX })
          .map((s) => `${s}@mail.az`),
      ),
    ),
    preferredChannel: choice(PREFERRED_CHANNELS),
  });
  const address = record({
    districtCode: text(CODE_MAX),
    address: field(fc.constant("S. Vurğun küç. 12"), fc.oneof(textAround(ADDRESS_MIN), textAround(ADDRESS_MAX))),
  });
  const member = record({
    key: text(CODE_MAX),
    fin: field(validFins, fins),
    firstName: text(NAME_MAX),
    lastName: text(NAME_MAX),
    patronymic: text(NAME_MAX),
    birthDate: field(validDates, dates),
    relation: choice(MEMBER_RELATIONS),
  });
  const income = record({
    key: text(CODE_MAX),
    memberFin: field(validFins, fins),
    type: choice(DECLARABLE_INCOME_TYPES),
    monthlyQepik: int(1, MAX_MONTHLY_QEPIK),
    note: text(NOTE_MAX),
  });
  const asset = record({
    key: text(CODE_MAX),
    kind: choice(ASSET_KINDS),
    description: text(DESCRIPTION_MAX),
    quantity: fc.oneof(fc.constant(null), int(1, MAX_ASSET_QUANTITY)),
    valueQepik: fc.oneof(fc.constant(null), int(0, MAX_ASSET_VALUE_QEPIK)),
  });
  const notWorking = record({
    memberFin: field(validFins, fins),
    reason: choice(NOT_WORKING_REASONS),
    caresForFin: fc.oneof(fc.constant(null), field(validFins, fins)),
  });
  const declarations = record({
    incomes: list(income, MAX_INCOMES),
    assets: list(asset, MAX_ASSETS),
    notWorking: list(notWorking, MAX_MEMBERS),
  });

  /** The steps done so far, as the wizard sends them; the sections after them are undefined. */
  return fc
    .tuple(
      int(0, WIZARD_STEPS.length - 1),
      fc.integer({ min: 0, max: WIZARD_STEPS.length }),
      sometimes(contact),
      sometimes(address),
      list(member, MAX_MEMBERS),
      sometimes(declarations),
      sometimes(record({ agreed: field(fc.constant(true), fc.constantFrom(false, "true")) })),
    )
    .map(([step, through, ...sections]) => {
      const names = ["contact", "address", "members", "declarations", "consent"];
      return { step, ...Object.fromEntries(names.map((name, i) => [name, i < through ? sections[i] : undefined])) };
    });
}

/** The schema's refusals as the browser reads them: `errors.<code>` keys, anything else `invalidInput`. */
function schemaAnswer(candidate: unknown) {
  const parsed = draftSchema(ctx).safeParse(candidate);
  if (parsed.success) return { ok: true, draft: parsed.data };
  const issues: DraftIssue[] = parsed.error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === "number" ? p : String(p))),
    code: i.message.startsWith("errors.") ? i.message.slice("errors.".length) : "invalidInput",
  }));
  return { ok: false, issues };
}

/** What `answer` gives, or the error it throws by kind and message: each side of a comparison runs once. */
type Outcome<T> = { value: T; thrown: null } | { thrown: { name: string; message: string } };
function outcomeOf<T>(answer: () => T): Outcome<T> {
  try {
    return { value: answer(), thrown: null };
  } catch (e) {
    return {
      thrown: e instanceof Error ? { name: e.name, message: e.message } : { name: typeof e, message: String(e) },
    };
  }
}

/** The first refusal of each field, in order: what the wizard shows. */
function firstPerField(issues: readonly DraftIssue[]): [string, string][] {
  const first = new Map<string, string>();
  for (const i of issues) if (!first.has(i.path.join("."))) first.set(i.path.join("."), i.code);
  return [...first];
}

describe("checkDraft, the browser's check, against draftSchema, the server's", () => {
  it.each(["valid", "any"] as const)("agrees on %s drafts: verdict, parsed draft and refusals in order", (kind) => {
    fc.assert(
      fc.property(drafts(kind), (candidate) => {
        // Both may throw on what no JSON can carry (a `length` that is an object without a prototype): alike.
        const schema = outcomeOf(() => schemaAnswer(candidate));
        const browser = outcomeOf(() => checkDraft(candidate, ctx));
        expect(browser.thrown).toEqual(schema.thrown);
        if (schema.thrown !== null || browser.thrown !== null) return;
        const expected = schema.value;
        const actual = browser.value;
        expect(actual.ok).toBe(expected.ok);
        if (actual.ok && expected.ok) expect(actual.draft).toEqual(expected.draft);
        if (!actual.ok && !expected.ok) {
          expect(firstPerField(actual.issues)).toEqual(firstPerField(expected.issues ?? []));
          expect(actual.issues).toEqual(expected.issues);
        }
      }),
      { numRuns: 2000 },
    );
  });

  // Found by the property above (seed 339278570): zod runs a length check on any value whose `length` is defined,
  // and compares that length as JavaScript does, so a `length` that is no number fails a minimum and a maximum
  // (and one that is an object without a prototype throws, in both).
  it.each([[{ length: {} }], [{ length: "3" }], [{ length: null }], [{ length: [70] }], [[1, 2]]])(
    "agrees on a field whose value has a length of another kind: %j",
    (districtCode) => {
      const candidate = {
        step: 0,
        contact: { firstName: "", lastName: [], patronymic: {}, birthDate: "1950-07-01", phone: "+994501234567" },
        address: { districtCode, address: "S. Vurğun küç. 12" },
      };
      const expected = schemaAnswer(candidate);
      expect(expected.ok).toBe(false);
      expect(checkDraft(candidate, ctx)).toEqual(expected);
    },
  );

  it("agrees on junk in place of the whole draft", () => {
    fc.assert(
      fc.property(junk, (candidate) => {
        const schema = outcomeOf(() => schemaAnswer(candidate));
        const browser = outcomeOf(() => checkDraft(candidate, ctx));
        expect(browser.thrown).toEqual(schema.thrown);
        if (schema.thrown === null && browser.thrown === null) expect(browser.value).toEqual(schema.value);
      }),
    );
  });

  it("accepts a complete valid draft and refuses what the summary should show first", () => {
    const valid = {
      step: 5,
      contact: {
        firstName: " Elnarə ",
        lastName: "Məmmədova",
        patronymic: "",
        birthDate: "1988-04-12",
        phone: "+994501234567",
        email: "",
        preferredChannel: "SMS",
      },
      address: { districtCode: "BAK-NASIMI", address: "S. Vurğun küç. 12" },
      members: [],
      declarations: { incomes: [], assets: [], notWorking: [] },
      consent: { agreed: true },
    };
    expect(checkDraft(valid, ctx)).toEqual(schemaAnswer(valid));
    expect(checkDraft(valid, ctx)).toMatchObject({ ok: true, draft: { contact: { firstName: "Elnarə" } } });
    const noEmail = { ...valid, contact: { ...valid.contact, preferredChannel: "EMAIL" } };
    expect(checkDraft(noEmail, ctx)).toEqual({
      ok: false,
      issues: [{ path: ["contact", "email"], code: "emailRequired" }],
    });
    // A birth date that is no date stops the checks across fields, as in zod.
    const badDate = { ...noEmail, contact: { ...noEmail.contact, birthDate: "1988-02-30" } };
    expect(checkDraft(badDate, ctx)).toEqual(schemaAnswer(badDate));
    expect(checkDraft(badDate, ctx)).toEqual({
      ok: false,
      issues: [{ path: ["contact", "birthDate"], code: "birthDateFormat" }],
    });
    // An empty one is asked for as every empty field is, not called "not a real date".
    const noDate = { ...valid, contact: { ...valid.contact, birthDate: "" } };
    expect(checkDraft(noDate, ctx)).toEqual(schemaAnswer(noDate));
    expect(checkDraft(noDate, ctx)).toEqual({
      ok: false,
      issues: [{ path: ["contact", "birthDate"], code: "required" }],
    });
  });

  it("refuses a birth date over 120 years back on the day of the check, as the server does", () => {
    const member = (birthDate: string) => ({
      key: "k",
      fin: "2SPOUSE",
      firstName: "Rauf",
      lastName: "Məmmədov",
      patronymic: "",
      birthDate,
      relation: "PARENT",
    });
    const draft = (birthDate: string) => ({ step: 3, members: [member(birthDate)] });
    // On 2026-03-02, someone born 1905-03-03 is 120; born a day earlier, 121.
    for (const birthDate of ["1900-01-01", "1905-03-02"]) {
      expect(checkDraft(draft(birthDate), ctx)).toEqual({
        ok: false,
        issues: [{ path: ["members", 0, "birthDate"], code: "birthDateTooOld" }],
      });
      expect(checkDraft(draft(birthDate), ctx)).toEqual(schemaAnswer(draft(birthDate)));
    }
    expect(checkDraft(draft("1905-03-03"), ctx)).toMatchObject({ ok: true });
    expect(schemaAnswer(draft("1905-03-03"))).toMatchObject({ ok: true });
    // The limit moves with the day the schema is given, not a fixed year.
    expect(checkDraft(draft("1905-03-03"), { ...ctx, today: "2026-03-03" })).toMatchObject({ ok: false });
    const contact = { ...member("1900-01-01"), phone: "+994501234567", email: "", preferredChannel: "SMS" };
    expect(checkDraft({ step: 1, contact }, ctx)).toEqual({
      ok: false,
      issues: [{ path: ["contact", "birthDate"], code: "birthDateTooOld" }],
    });
  });

  it("refuses a negative amount as negative and any other out-of-range one as not an amount, as the server does", () => {
    const draft = (monthlyQepik: number, valueQepik: number | null) => ({
      step: 4,
      declarations: {
        incomes: [{ key: "i", memberFin: "1REPRES", type: "ALIMONY", monthlyQepik, note: "" }],
        assets: [{ key: "a", kind: "VEHICLE", description: "Car", quantity: null, valueQepik }],
        notWorking: [],
      },
    });
    const codes = (monthlyQepik: number, valueQepik: number | null) => {
      const checked = checkDraft(draft(monthlyQepik, valueQepik), ctx);
      expect(checked).toEqual(schemaAnswer(draft(monthlyQepik, valueQepik)));
      return checked.ok ? [] : firstPerField(checked.issues);
    };
    expect(codes(-500, -1)).toEqual([
      ["declarations.incomes.0.monthlyQepik", "amountNegative"],
      ["declarations.assets.0.valueQepik", "amountNegative"],
    ]);
    // Zero is no monthly income, but an asset may be worth nothing; NaN is what the form sends for "abc".
    expect(codes(0, 0)).toEqual([["declarations.incomes.0.monthlyQepik", "amountFormat"]]);
    expect(codes(Number.NaN, MAX_ASSET_VALUE_QEPIK + 1)).toEqual([
      ["declarations.incomes.0.monthlyQepik", "amountFormat"],
      ["declarations.assets.0.valueQepik", "amountFormat"],
    ]);
    expect(codes(15_000, null)).toEqual([]);
  });

  it.each(["MISSING", "WHEREABOUTS_UNKNOWN", "IMPRISONED_NOT_SENTENCED"])(
    "refuses %s as the representative's reason, as the server does, and accepts it for a member",
    (reason) => {
      const draft = (memberFin: string) => ({
        step: 4,
        members: [
          {
            key: "k",
            fin: "2SPOUSE",
            firstName: "Rauf",
            lastName: "Məmmədov",
            patronymic: "",
            birthDate: "1950-07-01",
            relation: "SPOUSE",
          },
        ],
        declarations: { incomes: [], assets: [], notWorking: [{ memberFin, reason, caresForFin: null }] },
      });
      expect(checkDraft(draft("1REPRES"), ctx)).toEqual({
        ok: false,
        issues: [{ path: ["declarations", "notWorking", 0, "reason"], code: "representativeAbsent" }],
      });
      expect(checkDraft(draft("1REPRES"), ctx)).toEqual(schemaAnswer(draft("1REPRES")));
      expect(checkDraft(draft("2SPOUSE"), ctx)).toMatchObject({ ok: true });
      expect(schemaAnswer(draft("2SPOUSE"))).toMatchObject({ ok: true });
    },
  );
});
