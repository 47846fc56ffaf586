import type { AgencyCode as EngineAgencyCode, IncomeType as EngineIncomeType } from "@/kernel/input-enums";
import type { IncomeType } from "@/server/integrations/agencies/agency-facts";
import type { AgencyCode } from "@/server/integrations/agencies/catalogue";

/**
 * The gateway names services by short codes (URLs, env vars, audit rows); the engine by its own stable codes.
 * The tables are total, so a new agency or income type on either side is a compile error here.
 */
export const ENGINE_AGENCY: { [C in AgencyCode]: EngineAgencyCode } = {
  population: "POPULATION_REGISTRY",
  "civil-status": "CIVIL_STATUS",
  penitentiary: "PENITENTIARY_SERVICE",
  labour: "LABOUR_CONTRACTS",
  pensions: "SOCIAL_PROTECTION_FUND",
  employment: "EMPLOYMENT_AGENCY",
  tax: "TAX_SERVICE",
  property: "PROPERTY_REGISTRY",
  agriculture: "AGRICULTURE_REGISTRY",
  vehicles: "VEHICLE_REGISTRY",
  education: "EDUCATION",
  disability: "DISABILITY_COMMISSION",
  conscription: "CONSCRIPTION_SERVICE",
  electricity: "ELECTRICITY_UTILITY",
  gas: "GAS_UTILITY",
  water: "WATER_UTILITY",
  telecom: "TELECOM_OPERATORS",
  "credit-bureau": "CREDIT_BUREAU",
  idp: "IDP_COMMITTEE",
  border: "BORDER_SERVICE",
};

export function engineSource(source: `AGENCY:${AgencyCode}`): `AGENCY:${EngineAgencyCode}` {
  return `AGENCY:${ENGINE_AGENCY[source.slice("AGENCY:".length) as AgencyCode]}`;
}

/** Stipends and the IDP allowance are state payments: the engine counts them as benefits. */
export const ENGINE_INCOME_TYPE: { [T in IncomeType]: EngineIncomeType } = {
  WAGE: "WAGE",
  PENSION: "PENSION",
  SOCIAL_BENEFIT: "BENEFIT",
  UNEMPLOYMENT_INSURANCE: "UNEMPLOYMENT_INSURANCE",
  ENTREPRENEURIAL: "ENTREPRENEURIAL",
  ALIMONY: "ALIMONY",
  STIPEND: "BENEFIT",
  IDP_ALLOWANCE: "BENEFIT",
  PROPERTY: "PROPERTY_INCOME",
  FARM: "HOUSEHOLD_FARM",
};
