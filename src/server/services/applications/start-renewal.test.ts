import { describe, expect, it } from "vitest";
import { renewalDraft } from "./start-renewal";

// The renewal's draft offers again, under the wizard's "income not in any register", only what no register holds: a
// job with a labour contract reported during the period is the labour registry's, and offered there it would be
// counted twice (once from the registry, once as declared beyond it).

const MOTHER = "1MOTHER";
const SON = "2SONFIN";
const now = new Date("2027-04-05T08:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

type Income = Parameters<typeof renewalDraft>[0]["declaredIncomes"][number];
const source = (declaredIncomes: Income[]): Parameters<typeof renewalDraft>[0] => ({
  id: "app-1",
  draft: null,
  districtCode: "BAK-NASIMI",
  address: "Bakı, Füzuli küç. 12, mənzil 4",
  contactPhone: "+994501234567",
  contactEmail: null,
  preferredChannel: "SMS",
  members: [
    {
      fin: MOTHER,
      firstName: "Aynur",
      lastName: "Məmmədova",
      patronymic: null,
      birthDate: day("1988-05-14"),
      relation: "APPLICANT",
    },
    {
      fin: SON,
      firstName: "Murad",
      lastName: "Məmmədov",
      patronymic: null,
      birthDate: day("2016-09-01"),
      relation: "CHILD",
    },
  ],
  declaredIncomes,
});
const income = (type: string, registered: boolean | null, monthlyQepik = 40_000): Income => ({
  memberFin: MOTHER,
  type,
  monthlyQepik,
  note: null,
  registered,
});
const offered = (incomes: Income[]) =>
  renewalDraft(source(incomes), MOTHER, now, 18).declarations?.incomes.map((i) => [i.type, i.monthlyQepik]);

describe("the renewal's income not in any register", () => {
  it("leaves out a job with a labour contract reported during the period, and keeps work without one", () => {
    expect(offered([income("WAGE", true), income("WAGE", false, 15_000)])).toEqual([["WAGE", 15_000]]);
  });

  it("leaves out a business registered for tax and alimony by a court order reported during the period", () => {
    expect(offered([income("ENTREPRENEURIAL", true), income("ALIMONY", true), income("GIFT", false, 2_000)])).toEqual([
      ["GIFT", 2_000],
    ]);
  });

  it("leaves out a wage reported before the form asked whether a register holds it, and keeps what none can hold", () => {
    // "Wages" then was most likely a contract job: offered as informal work it would be counted twice.
    expect(offered([income("WAGE", null), income("PROPERTY_INCOME", false, 10_000)])).toEqual([
      ["PROPERTY_INCOME", 10_000],
    ]);
  });

  it("keeps the e-application's own declaration, which asked only for income no register holds", () => {
    expect(offered([income("WAGE", false, 25_050), income("ALIMONY", false, 5_000)])).toEqual([
      ["WAGE", 25_050],
      ["ALIMONY", 5_000],
    ]);
  });
});
