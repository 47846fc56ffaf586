import { describe, expect, it } from "vitest";
import { emptyForm, type FormState } from "@/lib/wizard/draft-form";
import { familyPeople } from "@/components/wizard/family-people";
import { ofWorkingAge } from "./working-age";

// 2026-12-07: men 65 (780 months), women 65 since 1 July 2026 (parameters.ts); the wizard is given the higher.
const rules = { adultAge: 18, pensionAgeMonths: 65 * 12 };
const today = "2026-12-07";

describe("whom the wizard asks why they do not work", () => {
  it("asks from the 18th birthday up to the day before the pension age, and nobody else", () => {
    expect(ofWorkingAge("2008-12-08", today, rules)).toBe(false); // 17, a day short of 18
    expect(ofWorkingAge("2008-12-07", today, rules)).toBe(true); // 18 today
    expect(ofWorkingAge("1961-12-08", today, rules)).toBe(true); // 64 years 11 months
    expect(ofWorkingAge("1961-12-07", today, rules)).toBe(false); // 65 today
    expect(ofWorkingAge("1956-03-14", today, rules)).toBe(false); // a 70-year-old parent
  });

  it("skips no one below the higher pension age, whatever the member's sex", () => {
    // Were the women's age lower (64 years 6 months, as until July 2026), a man of 64 years 8 months must still be
    // asked: the wizard does not know his sex, so it takes the higher age.
    expect(ofWorkingAge("1962-04-01", today, { adultAge: 18, pensionAgeMonths: Math.max(780, 774) })).toBe(true);
  });

  it("does not ask about a birth date not typed as a date yet", () => {
    expect(ofWorkingAge("", today, rules)).toBe(false);
    expect(ofWorkingAge("1980-02-30", today, rules)).toBe(false);
  });

  it("marks the family's people so: the representative of 40 and a parent of 70", () => {
    const base = emptyForm("+994501234567");
    const form: FormState = {
      ...base,
      contact: { ...base.contact, firstName: "Elnarə", lastName: "Məmmədova", birthDate: "1986-05-10" },
      members: [
        {
          key: "m",
          fin: "2PARENT",
          firstName: "Zəhra",
          lastName: "Məmmədova",
          patronymic: "",
          birthDate: "1956-03-14",
          relation: "PARENT",
        },
      ],
    };
    const people = familyPeople(form, "1REPRES", new Date("2026-12-07T10:00:00Z"), rules);
    expect(people.map((p) => [p.name, p.adult, p.workingAge])).toEqual([
      ["Elnarə Məmmədova", true, true],
      ["Zəhra Məmmədova", true, false],
    ]);
  });
});
