import type { Draft } from "@/lib/wizard/draft-schema";

/** A complete, valid draft for a family of four: the representative, a spouse and two children. */
export function familyOfFour(overrides: Partial<Draft> = {}): Draft {
  return {
    step: 5,
    contact: {
      firstName: "Elnarə",
      lastName: "Məmmədova",
      patronymic: "Rəşid qızı",
      birthDate: "1988-04-12",
      phone: "+994501234567",
      email: "",
      preferredChannel: "SMS",
    },
    address: { districtCode: "BAK-NASIMI", address: "Nəsimi r., S. Vurğun küç. 12, mən. 5" },
    members: [
      {
        key: "m1",
        fin: "2SPOUSE",
        firstName: "Orxan",
        lastName: "Məmmədov",
        patronymic: "",
        birthDate: "1985-09-30",
        relation: "SPOUSE",
      },
      {
        key: "m2",
        fin: "3CHILD1",
        firstName: "Aysu",
        lastName: "Məmmədova",
        patronymic: "",
        birthDate: "2015-01-20",
        relation: "CHILD",
      },
      {
        key: "m3",
        fin: "4CHILD2",
        firstName: "Tural",
        lastName: "Məmmədov",
        patronymic: "",
        birthDate: "2021-06-02",
        relation: "CHILD",
      },
    ],
    declarations: {
      incomes: [{ key: "i1", memberFin: "2SPOUSE", type: "WAGE", monthlyQepik: 25050, note: "" }],
      assets: [{ key: "a1", kind: "LIVESTOCK", description: "Cows", quantity: 2, valueQepik: null }],
      notWorking: [{ memberFin: "1APPLIC", reason: "CARES_FOR_MEMBER", caresForFin: "4CHILD2" }],
    },
    consent: { agreed: true },
    ...overrides,
  };
}
