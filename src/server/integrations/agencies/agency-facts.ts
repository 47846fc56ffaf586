import { z } from "zod";
import { AGENCY_CODES } from "./catalogue";
import { zFin, zIsoDate, zMonth, zQepik } from "./common";

/**
 * What the agencies verified about a family, in the vocabulary of the decision engine's case: statuses per
 * member, income records per member/type/month with their source, assets, utility costs, refused job offers
 * and the data that could not be obtained. Each connector maps its reply into a fragment of this; the
 * fragments are merged per application (merge-agency-facts.ts).
 *
 * This is an intermediate type: the engine's own case schema (src/server/domain) is filled from it by
 * build-verified-case.ts, so that a change on either side touches one mapping, not 20 connectors.
 */

export const zIncomeType = z.enum([
  "WAGE",
  "PENSION",
  "SOCIAL_BENEFIT",
  "UNEMPLOYMENT_INSURANCE",
  "ENTREPRENEURIAL",
  "ALIMONY",
  "STIPEND",
  "IDP_ALLOWANCE",
  "PROPERTY",
  "FARM",
]);
export type IncomeType = z.infer<typeof zIncomeType>;

export const zFactSource = z.templateLiteral(["AGENCY:", z.enum(AGENCY_CODES)]);
export type FactSource = z.infer<typeof zFactSource>;

export const zIncomeRecord = z.object({
  memberFin: zFin,
  type: zIncomeType,
  month: zMonth,
  amountQepik: zQepik,
  source: zFactSource,
});
export type IncomeRecord = z.infer<typeof zIncomeRecord>;

/** Statuses that decide whether a person counts in N and whether they must work (RULES.md "Who is in the family"). */
export const zMemberStatus = z.enum([
  "DECEASED",
  "IMPRISONED",
  "WANTED",
  "CONSCRIPT",
  "IN_STATE_CARE",
  "LIVES_ABROAD",
  "FOREIGN_CITIZEN",
  "EMPLOYED",
  "ENTREPRENEUR",
  "REGISTERED_UNEMPLOYED",
  "RECEIVES_UNEMPLOYMENT_INSURANCE",
  "PENSIONER",
  "FULL_TIME_STUDENT",
  "DISABLED",
  "IDP",
]);
export type MemberStatus = z.infer<typeof zMemberStatus>;

export const zMemberFacts = z.object({
  fin: zFin,
  identity: z
    .object({
      firstName: z.string(),
      lastName: z.string(),
      patronymic: z.string().nullable(),
      birthDate: zIsoDate,
      sex: z.enum(["M", "F"]),
      citizenship: z.string(),
      districtCode: z.string().nullable(),
    })
    .optional(),
  /** Each status with the agency that reported it, so the staff console can show where it came from. */
  statuses: z.array(z.object({ status: zMemberStatus, source: zFactSource, since: zIsoDate.nullable() })),
  disability: z
    .object({
      degreePct: z.number().int().min(0).max(100),
      childUnder18: z.boolean(),
      pendingReexamination: z.boolean(),
      validUntil: zIsoDate.nullable(),
    })
    .optional(),
  /** Pensions in payment now (age, disability, survivor): an age or disability pension means no duty to work. */
  pensions: z.array(z.enum(["AGE", "DISABILITY", "SURVIVOR"])).optional(),
  fullTimeStudyEnds: zIsoDate.optional(),
  daysAbroadInPeriod: z.number().int().nonnegative().optional(),
  /** FINs registered at this member's address per the population registry (to spot undeclared members). */
  registeredHousehold: z.array(zFin).optional(),
});
export type MemberFacts = z.infer<typeof zMemberFacts>;

export const zVehicleFact = z.object({
  memberFin: zFin,
  plate: z.string(),
  relation: z.enum(["OWNER", "AUTHORIZED_USER"]),
  /** State-provided rehabilitation vehicles are not a refusal ground (RULES.md ground 4). */
  rehabilitation: z.boolean(),
  source: zFactSource,
});
export const zRealEstateFact = z.object({
  memberFin: zFin,
  registryNo: z.string(),
  purpose: z.enum(["RESIDENTIAL", "COMMERCIAL", "GARAGE", "LAND_PLOT", "OTHER"]),
  address: z.string(),
  sharePct: z.number().int().min(1).max(100),
  source: zFactSource,
});
export const zLandFact = z.object({
  memberFin: zFin,
  parcelId: z.string(),
  areaM2: z.number().int().positive(),
  use: z.enum(["ARABLE", "PASTURE", "ORCHARD", "HAYFIELD"]),
  source: zFactSource,
});
export const zLivestockFact = z.object({
  memberFin: zFin,
  kind: z.enum(["CATTLE", "SHEEP", "GOAT", "HORSE", "POULTRY", "BEEHIVE"]),
  count: z.number().int().positive(),
  source: zFactSource,
});
/** Purchases and sales: RULES.md ground 3 compares their 12-month total with 12 × the subsistence minimum. */
export const zTransactionFact = z.object({
  memberFin: zFin,
  date: zIsoDate,
  kind: z.enum(["PURCHASE", "SALE", "GIFT_RECEIVED", "GIFT_GIVEN"]),
  object: z.enum(["REAL_ESTATE", "VEHICLE", "LAND", "OTHER"]),
  amountQepik: zQepik,
  source: zFactSource,
});
export const zUtilityCost = z.object({
  service: z.enum(["ELECTRICITY", "GAS", "WATER", "TELECOM"]),
  /**
   * Whose bill it is: the subscriber's FIN for a telecom subscription (asked per person), null for the dwelling's
   * electricity, gas and water accounts (asked once per household). The engine adds them all up; the case file
   * shows each person's own bills on that person's row.
   */
  memberFin: zFin.nullable(),
  month: zMonth,
  amountQepik: zQepik,
  source: zFactSource,
});
export const zJobOfferFact = z.object({
  memberFin: zFin,
  offerId: z.string(),
  date: zIsoDate,
  outcome: z.enum(["ACCEPTED", "REFUSED", "PENDING"]),
  suitable: z.boolean(),
  source: zFactSource,
});
/** Loans are not income (since 2020); kept to check the declaration's consistency only. */
export const zLoanFact = z.object({
  memberFin: zFin,
  monthlyPaymentQepik: zQepik,
  outstandingQepik: zQepik,
  status: z.enum(["ACTIVE", "CLOSED", "OVERDUE"]),
  source: zFactSource,
});
export const zMissingData = z.object({
  agency: z.enum(AGENCY_CODES),
  /** null for household-level services. */
  memberFin: zFin.nullable(),
  reason: z.enum(["NOT_FETCHED", "UNAVAILABLE", "NOT_FOUND"]),
  /** The gateway outcome behind UNAVAILABLE (TIMEOUT, CIRCUIT_OPEN, MALFORMED, ...). */
  detail: z.string().nullable(),
});

export const zAgencyFacts = z.object({
  members: z.array(zMemberFacts),
  incomes: z.array(zIncomeRecord),
  vehicles: z.array(zVehicleFact),
  realEstate: z.array(zRealEstateFact),
  land: z.array(zLandFact),
  livestock: z.array(zLivestockFact),
  transactions: z.array(zTransactionFact),
  utilityCosts: z.array(zUtilityCost),
  jobOffers: z.array(zJobOfferFact),
  loans: z.array(zLoanFact),
  missingData: z.array(zMissingData),
});
export type AgencyFacts = z.infer<typeof zAgencyFacts>;
export type VehicleFact = z.infer<typeof zVehicleFact>;
export type RealEstateFact = z.infer<typeof zRealEstateFact>;
export type LandFact = z.infer<typeof zLandFact>;
export type LivestockFact = z.infer<typeof zLivestockFact>;
export type TransactionFact = z.infer<typeof zTransactionFact>;
export type UtilityCost = z.infer<typeof zUtilityCost>;
export type JobOfferFact = z.infer<typeof zJobOfferFact>;
export type LoanFact = z.infer<typeof zLoanFact>;
export type MissingData = z.infer<typeof zMissingData>;

/** A connector's contribution: any subset of the lists, plus statuses for the member it was asked about. */
export type AgencyFactsFragment = Partial<Omit<AgencyFacts, "members">> & {
  member?: Partial<Omit<MemberFacts, "fin" | "statuses">> & { statuses?: MemberFacts["statuses"] };
};

export function emptyAgencyFacts(): AgencyFacts {
  return {
    members: [],
    incomes: [],
    vehicles: [],
    realEstate: [],
    land: [],
    livestock: [],
    transactions: [],
    utilityCosts: [],
    jobOffers: [],
    loans: [],
    missingData: [],
  };
}
