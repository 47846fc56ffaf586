import { describe, expect, it } from "vitest";
import { emptyForm, type FormState } from "@/lib/wizard/draft-form";
import { familyPeople } from "./family-people";

const now = new Date("2026-03-02T08:00:00Z");
const member = (key: string, fin: string, firstName: string) => ({
  key,
  fin,
  firstName,
  lastName: "Səfərova",
  patronymic: "",
  birthDate: "2015-04-01",
  relation: "CHILD" as const,
});

describe("the family's people for the wizard's choices", () => {
  it("tells two members of the same name apart by their FIN, and leaves other names as they are", () => {
    const form: FormState = {
      ...emptyForm("+994501234567"),
      contact: { ...emptyForm("+994501234567").contact, firstName: "Aynur", lastName: "Səfərova" },
      members: [member("a", "2abc345", "Nigar"), member("b", "3BCD456", "Nigar"), member("c", "4CDE567", "Leyla")],
    };
    expect(familyPeople(form, "1REPRES", now, { adultAge: 18, pensionAgeMonths: 780 }).map((p) => p.name)).toEqual([
      "Aynur Səfərova",
      "Nigar Səfərova (2ABC345)",
      "Nigar Səfərova (3BCD456)",
      "Leyla Səfərova",
    ]);
  });
});
