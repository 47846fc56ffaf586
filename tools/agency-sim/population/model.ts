/**
 * The synthetic population's own model: a person's circumstances as parameters (a wage per month, a pension
 * from a date), from which each agency's reply for any period is computed on demand.
 */
export type Relation = "APPLICANT" | "SPOUSE" | "CHILD" | "PARENT" | "GRANDCHILD";

export interface SimPerson {
  fin: string;
  position: number;
  relation: Relation;
  firstName: string;
  lastName: string;
  patronymic: string;
  sex: "M" | "F";
  birthDate: string;
  citizenship: string;
  job?: { employerTin: string; position: string; from: string; monthlyQepik: number };
  entrepreneur?: { tin: string; registeredOn: string; quarterlyQepik: number };
  pension?: { kind: "OLD_AGE_PENSION" | "DISABILITY_PENSION" | "SURVIVOR_PENSION"; from: string; monthlyQepik: number };
  benefit?: { kind: "SOCIAL_BENEFIT" | "CHILD_BENEFIT"; from: string; monthlyQepik: number };
  unemployed?: { since: string; insuranceMonthlyQepik: number; insuranceMonths: number; refusedOffers: number };
  study?: {
    institution: string;
    level: "SCHOOL" | "VOCATIONAL" | "BACHELOR" | "MASTER";
    from: string;
    expectedEnd: string;
    stipendQepik: number;
  };
  disability?: { degreePct: number; decidedOn: string; validUntil: string | null; pending: boolean };
  conscript?: { from: string; until: string };
  prisoner?: { since: string; until: string };
  abroad?: { exitedOn: string };
  alimonyQepik?: number;
  idpAllowanceQepik?: number;
  telecomQepik: number;
  loan?: { lender: string; openedOn: string; principalQepik: number; monthlyQepik: number; overdue: boolean };
  vehicle?: {
    plate: string;
    make: string;
    year: number;
    rehabilitation: boolean;
    relation: "OWNER" | "AUTHORIZED_USER";
  };
  homes: { registryNo: string; address: string; areaM2: number; purpose: "RESIDENTIAL" | "GARAGE" | "COMMERCIAL" }[];
  bigPurchase?: { date: string; object: "REAL_ESTATE" | "VEHICLE"; amountQepik: number };
  land?: { parcelId: string; areaM2: number; use: "ARABLE" | "PASTURE" | "ORCHARD" | "HAYFIELD" };
  livestock: { kind: "CATTLE" | "SHEEP" | "GOAT" | "POULTRY"; count: number }[];
}

export interface SimFamily {
  index: number;
  districtCode: string;
  districtName: string;
  rural: boolean;
  address: string;
  idp: boolean;
  members: SimPerson[];
  /** Average monthly household bills, before the seasonal swing. */
  electricityQepik: number;
  gasQepik: number;
  waterQepik: number;
}
