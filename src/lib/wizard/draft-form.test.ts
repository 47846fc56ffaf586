import { describe, expect, it } from "vitest";
import { checkForm, parseAzn } from "./check-form";
import { draftToForm, emptyForm, type FormState } from "./draft-form";
import { draftAsShown, phoneAsShown } from "./phone-as-shown";

const now = new Date("2026-03-02T08:00:00Z");
const ctx = { representativeFin: "1REPRES", now, adultAge: 18 };

function filled(): FormState {
  return {
    ...emptyForm("+994501234567"),
    contact: {
      firstName: "Elnarə",
      lastName: "Məmmədova",
      patronymic: "",
      birthDate: "1988-04-12",
      phone: "050 123 45 67",
      email: "",
      preferredChannel: "SMS",
    },
    address: { districtCode: "BAK-NASIMI", address: "S. Vurğun küç. 12" },
    members: [
      {
        key: "a",
        fin: " 2spouse ",
        firstName: "Orxan",
        lastName: "Məmmədov",
        patronymic: "",
        birthDate: "1985-09-30",
        relation: "SPOUSE",
      },
    ],
    incomes: [{ key: "i", memberFin: "2SPOUSE", type: "ALIMONY", monthlyAzn: "1 200,5", note: "" }],
    assets: [{ key: "l", kind: "LAND", description: "Garden", quantity: "600", valueAzn: "" }],
    notWorking: {
      "1REPRES": { reason: "CARES_FOR_MEMBER", caresForFin: "2SPOUSE" },
      GONE000: { reason: "MISSING", caresForFin: "" },
    },
    consent: true,
  };
}

describe("parseAzn", () => {
  it.each([
    ["150", 15000],
    ["150,5", 15050],
    ["150.05", 15005],
    ["1 200,50", 120050],
    // A minus sign is read, so that the check can say the amount is negative rather than not an amount.
    ["-5", -500],
    [" \u2212 150,50", -15050],
  ])("reads %s as %i qəpik", (text, qepik) => expect(parseAzn(text)).toBe(qepik));
  it.each(["", "abc", "1,234,5", "1.005", "--5", "-abc", "-0", "5-"])("refuses %s", (text) =>
    expect(parseAzn(text)).toBeNaN(),
  );
});

describe("the phone filled in", () => {
  it("is shown grouped, as the review shows it, and stored in +994 form", () => {
    expect(phoneAsShown("+994554442719")).toBe("+994 55 444 27 19");
    expect(phoneAsShown(null)).toBeNull();
    const stored = { step: 1, contact: { ...filled().contact, phone: "+994554442719" } };
    expect(draftAsShown(stored)?.contact?.phone).toBe("+994 55 444 27 19");
    expect(draftAsShown({ step: 0 })).toEqual({ step: 0 });
    const form = draftToForm(draftAsShown(stored)!, null);
    expect(checkForm(form, 0, 1, ctx)).toMatchObject({ ok: true, draft: { contact: { phone: "+994554442719" } } });
  });
});

describe("checkForm", () => {
  it("turns what was typed into the stored draft: FIN upper-cased, phone in +994 form, money in qəpik", () => {
    const result = checkForm(filled(), 4, 5, ctx);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.draft).toMatchObject({
      step: 5,
      contact: { phone: "+994501234567" },
      members: [{ fin: "2SPOUSE" }],
      declarations: {
        incomes: [{ memberFin: "2SPOUSE", monthlyQepik: 120050 }],
        assets: [{ kind: "LAND", quantity: 600, valueQepik: null }],
        // The representative's answer is kept; the one about a person no longer listed is not sent.
        notWorking: [{ memberFin: "1REPRES", reason: "CARES_FOR_MEMBER", caresForFin: "2SPOUSE" }],
      },
      consent: { agreed: true },
    });
  });

  it("checks only the steps done so far", () => {
    const form = { ...filled(), members: [{ ...filled().members[0]!, fin: "bad" }] };
    expect(checkForm(form, 1, 2, ctx).ok).toBe(true);
    expect(checkForm(form, 2, 3, ctx)).toEqual({ ok: false, errors: { "members.0.fin": "finFormat" } });
  });

  it("names a repeated FIN in the same round as the other errors of the step, not after they are fixed", () => {
    const spouse = filled().members[0]!;
    const form = {
      ...filled(),
      members: [
        { ...spouse, fin: "1repres", firstName: "" },
        { ...spouse, key: "b", fin: "3CHILD0", birthDate: "" },
        { ...spouse, key: "c", fin: "3child0" },
      ],
    };
    expect(checkForm(form, 2, 3, ctx)).toEqual({
      ok: false,
      errors: {
        "members.0.fin": "memberDuplicate",
        "members.0.firstName": "required",
        "members.1.birthDate": "required",
        "members.2.fin": "memberDuplicate",
      },
    });
    // In page order for the error summary: a member's FIN above their name, though the repeat is found last.
    expect(Object.keys((checkForm(form, 2, 3, ctx) as { errors: object }).errors)).toEqual([
      "members.0.fin",
      "members.0.firstName",
      "members.1.birthDate",
      "members.2.fin",
    ]);
  });

  it("puts money errors on the field typed in AZN", () => {
    const form = { ...filled(), incomes: [{ ...filled().incomes[0]!, monthlyAzn: "lots" }] };
    expect(checkForm(form, 3, 4, ctx)).toEqual({
      ok: false,
      errors: { "declarations.incomes.0.monthlyAzn": "amountFormat" },
    });
  });

  it("says a negative amount is negative, on the field typed in AZN, and anything else not written as one is not", () => {
    const form = {
      ...filled(),
      incomes: [{ ...filled().incomes[0]!, monthlyAzn: "-5" }],
      assets: [
        { key: "v", kind: "VEHICLE", description: "Car", quantity: "", valueAzn: "-1 500" },
        { key: "w", kind: "VEHICLE", description: "Van", quantity: "", valueAzn: "5-" },
      ],
    };
    expect(checkForm(form, 3, 4, ctx)).toEqual({
      ok: false,
      errors: {
        "declarations.incomes.0.monthlyAzn": "amountNegative",
        "declarations.assets.0.valueAzn": "amountNegative",
        "declarations.assets.1.valueAzn": "amountFormat",
      },
    });
  });

  it("says an amount with a dot or comma before three digits has a thousands separator; decimals are read", () => {
    const form = {
      ...filled(),
      incomes: [
        { ...filled().incomes[0]!, monthlyAzn: "1.200" },
        { ...filled().incomes[0]!, key: "j", monthlyAzn: "1.20" },
      ],
      assets: [
        { key: "v", kind: "VEHICLE", description: "Car", quantity: "", valueAzn: "12,500" },
        { key: "w", kind: "VEHICLE", description: "Van", quantity: "", valueAzn: "1.2.3" },
        { key: "x", kind: "VEHICLE", description: "Bike", quantity: "", valueAzn: "1,5" },
      ],
    };
    expect(checkForm(form, 3, 4, ctx)).toEqual({
      ok: false,
      errors: {
        "declarations.incomes.0.monthlyAzn": "amountThousandsSeparator",
        "declarations.assets.0.valueAzn": "amountThousandsSeparator",
        "declarations.assets.1.valueAzn": "amountFormat",
      },
    });
    const fixed = {
      ...form,
      incomes: [{ ...form.incomes[0]!, monthlyAzn: "1200" }, form.incomes[1]!],
      assets: [{ ...form.assets[0]!, valueAzn: "12500" }, form.assets[2]!],
    };
    const checked = checkForm(fixed, 3, 4, ctx);
    expect(checked.ok && checked.draft.declarations).toMatchObject({
      incomes: [{ monthlyQepik: 120_000 }, { monthlyQepik: 120 }],
      assets: [{ valueQepik: 1_250_000 }, { valueQepik: 150 }],
    });
  });

  it("refuses a member's birth date over 120 years back on the application day in Baku, as mistyped", () => {
    const member = (birthDate: string) => ({ ...filled(), members: [{ ...filled().members[0]!, birthDate }] });
    expect(checkForm(member("1900-01-01"), 2, 3, ctx)).toEqual({
      ok: false,
      errors: { "members.0.birthDate": "birthDateTooOld" },
    });
    // 2026-03-02 in Baku: 120 years old if born on 1905-03-03, 121 if a day earlier.
    expect(checkForm(member("1905-03-02"), 2, 3, ctx)).toEqual({
      ok: false,
      errors: { "members.0.birthDate": "birthDateTooOld" },
    });
    expect(checkForm(member("1905-03-03"), 2, 3, ctx).ok).toBe(true);
    // 23:30 on 2 March in UTC is already 3 March in Baku (UTC+4): the 120th birthday before it has passed too.
    const lateUtc = { ...ctx, now: new Date("2026-03-02T23:30:00Z") };
    expect(checkForm(member("1905-03-03"), 2, 3, lateUtc)).toEqual({
      ok: false,
      errors: { "members.0.birthDate": "birthDateTooOld" },
    });
  });

  it("puts a missing cared-for person on the reason's field, keyed by the member's FIN", () => {
    const form = { ...filled(), notWorking: { "1REPRES": { reason: "CARES_FOR_MEMBER" as const, caresForFin: "" } } };
    expect(checkForm(form, 3, 4, ctx)).toEqual({ ok: false, errors: { "notWorking.1REPRES.caresForFin": "required" } });
  });

  it.each(["MISSING", "WHEREABOUTS_UNKNOWN", "IMPRISONED_NOT_SENTENCED"] as const)(
    "refuses %s for the representative, who is the one applying, on their reason's field",
    (reason) => {
      const form = { ...filled(), notWorking: { "1REPRES": { reason, caresForFin: "" } } };
      expect(checkForm(form, 3, 4, ctx)).toEqual({
        ok: false,
        errors: { "notWorking.1REPRES.reason": "representativeAbsent" },
      });
      // The same reason is one a listed member may have.
      expect(checkForm({ ...filled(), notWorking: { "2SPOUSE": { reason, caresForFin: "" } } }, 3, 4, ctx).ok).toBe(
        true,
      );
    },
  );

  it("refuses a family with no adult, on the family as a whole", () => {
    const form = {
      ...filled(),
      contact: { ...filled().contact, birthDate: "2010-01-01" },
      members: [{ ...filled().members[0]!, birthDate: "2012-01-01" }],
    };
    expect(checkForm(form, 2, 3, ctx)).toEqual({ ok: false, errors: { members: "noAdult" } });
  });

  it("requires consent at the consent step", () => {
    expect(checkForm({ ...filled(), consent: false }, 4, 5, ctx)).toEqual({
      ok: false,
      errors: { "consent.agreed": "consentRequired" },
    });
  });

  it("gives back what was stored when the draft is resumed on another device", () => {
    const result = checkForm(filled(), 4, 5, ctx);
    if (!result.ok) throw new Error("expected a valid form");
    const resumed = draftToForm(result.draft, null);
    expect(resumed.incomes[0]?.monthlyAzn).toBe("1200.50");
    expect(resumed.assets[0]?.quantity).toBe("600");
    expect(checkForm(resumed, 4, 5, ctx)).toEqual(result);
  });
});
