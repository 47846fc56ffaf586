import { describe, expect, it } from "vitest";
import { emptyForm, type FormState } from "@/lib/wizard/draft-form";
import { fieldLabel } from "./field-label";

// The error summary names each field as the form labels it; here the texts are their keys, with their values.
const t = (key: string, values?: Record<string, string | number>) =>
  values ? `${key}(${Object.values(values).join(",")})` : key;

const form: FormState = {
  ...emptyForm("+994501234567"),
  contact: { ...emptyForm(null).contact, firstName: "Leyla", lastName: "Əliyeva" },
  members: [
    { key: "a", fin: " 2spouse ", firstName: "Orxan", lastName: "Əliyev", patronymic: "", birthDate: "", relation: "" },
  ],
  assets: [
    { key: "l", kind: "LAND", description: "", quantity: "x", valueAzn: "" },
    { key: "c", kind: "LIVESTOCK", description: "", quantity: "x", valueAzn: "" },
  ],
};
const label = (path: string) => fieldLabel(path, form, "1REPRES", t);

describe("fieldLabel", () => {
  it.each([
    ["contact.firstName", "contact.firstName"],
    ["contact.preferredChannel", "contact.channel"],
    ["address.districtCode", "address.district"],
    ["members.1.fin", "members.member(2), members.fin"],
    ["declarations.incomes.0.monthlyAzn", "declarations.income(1), declarations.amount"],
    ["declarations.assets.0.quantity", "declarations.asset(1), declarations.quantityLand"],
    ["declarations.assets.1.quantity", "declarations.asset(2), declarations.quantityLivestock"],
    ["declarations.assets.1.valueAzn", "declarations.asset(2), declarations.value"],
    ["notWorking.1REPRES.reason", "declarations.reasonFor(Leyla Əliyeva)"],
    ["notWorking.2SPOUSE.caresForFin", "Orxan Əliyev, declarations.caresFor"],
    ["notWorking.3GONE00.reason", "declarations.reasonFor(3GONE00)"],
    ["consent", "steps.consent"],
  ])("names %s as the form labels it", (path, expected) => expect(label(path)).toBe(expected));

  it.each(["members", "declarations", "step", "contact.unknown"])("names no field for %s", (path) =>
    expect(label(path)).toBeNull(),
  );
});
