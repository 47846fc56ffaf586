// Stable string codes shared by the engine's input, the agency layer and the inspection form.
// Codes are part of stored decisions: add new ones, never rename or reuse old ones.

/** The 20 state agency services reached through the e-government gateway (RULES.md, "Where data comes from"). */
export const AGENCY_CODES = [
  "POPULATION_REGISTRY",
  "CIVIL_STATUS",
  "PENITENTIARY_SERVICE",
  "LABOUR_CONTRACTS",
  "SOCIAL_PROTECTION_FUND",
  "EMPLOYMENT_AGENCY",
  "TAX_SERVICE",
  "PROPERTY_REGISTRY",
  "AGRICULTURE_REGISTRY",
  "VEHICLE_REGISTRY",
  "EDUCATION",
  "DISABILITY_COMMISSION",
  "CONSCRIPTION_SERVICE",
  "ELECTRICITY_UTILITY",
  "GAS_UTILITY",
  "WATER_UTILITY",
  "TELECOM_OPERATORS",
  "CREDIT_BUREAU",
  "IDP_COMMITTEE",
  "BORDER_SERVICE",
] as const;
export type AgencyCode = (typeof AGENCY_CODES)[number];

export type AgencySource = `AGENCY:${AgencyCode}`;
export const AGENCY_SOURCES: readonly AgencySource[] = AGENCY_CODES.map((c): AgencySource => `AGENCY:${c}`);
/** Where a fact comes from: an agency's record, the family's own declaration, or the home inspection. */
export type EvidenceSource = AgencySource | "DECLARED" | "INSPECTION";
export const EVIDENCE_SOURCES: readonly EvidenceSource[] = [...AGENCY_SOURCES, "DECLARED", "INSPECTION"];
export type IncomeSource = AgencySource | "DECLARED";
export const INCOME_SOURCES: readonly IncomeSource[] = [...AGENCY_SOURCES, "DECLARED"];

export const RELATIONS = [
  "APPLICANT",
  "SPOUSE",
  "CHILD",
  "PARENT",
  "SIBLING",
  "GRANDPARENT",
  "GRANDCHILD",
  "OTHER_RELATIVE",
  "OTHER_LEGAL_TIE", // guardianship, adoption in progress, etc.
] as const;
export type Relation = (typeof RELATIONS)[number];

export const SEXES = ["MALE", "FEMALE"] as const;
export type Sex = (typeof SEXES)[number];

/**
 * People listed in the application who are not counted in N and whose income is not counted
 * (dsmf.gov.az, glossary of terms). DECEASED is a project addition *(design)*: a dead person is not a member of
 * a household; the rule's "member is dead" reason is read as this exclusion.
 */
export const EXCLUSION_CODES = [
  "CONSCRIPT_ON_ACTIVE_SERVICE",
  "FULL_STATE_CARE",
  "SERVING_SENTENCE",
  "WANTED",
  "RESIDES_ABROAD",
  "FOREIGN_CITIZEN",
  "DECEASED",
] as const;
export type ExclusionCode = (typeof EXCLUSION_CODES)[number];

/** Disability as certified by the medical-social expert commission (loss of health in %). */
export const DISABILITY_CATEGORIES = [
  "DEGREE_1_81_100",
  "DEGREE_2_61_80",
  "DEGREE_3_31_60",
  "CHILD_WITH_DISABILITY", // a person under 18 with a disability (sağlamlıq imkanları məhdud uşaq)
] as const;
export type DisabilityCategory = (typeof DISABILITY_CATEGORIES)[number];

export const EMPLOYMENT_STATUSES = ["EMPLOYED", "SELF_EMPLOYED", "NOT_WORKING"] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];

export const STUDY_MODES = ["FULL_TIME", "PART_TIME"] as const;
export const PENSION_KINDS = ["AGE", "DISABILITY", "SURVIVOR"] as const;
export type PensionKind = (typeof PENSION_KINDS)[number];

export { ABSENCE_KINDS } from "./absence-kinds";

export const INCOME_TYPES = [
  "WAGE",
  "PENSION",
  "BENEFIT",
  "UNEMPLOYMENT_INSURANCE",
  "ENTREPRENEURIAL",
  "ALIMONY",
  "PROPERTY_INCOME",
  "HOUSEHOLD_FARM",
  "GIFT",
  "IMPUTED",
  "LOAN",
  "RELOCATION_ALLOWANCE_LIBERATED_TERRITORIES",
  "OTHER",
] as const;
export type IncomeType = (typeof INCOME_TYPES)[number];

export const VEHICLE_RELATIONS = ["OWNS", "USES"] as const;
export const REAL_ESTATE_PURPOSES = [
  "RESIDENTIAL",
  "NON_RESIDENTIAL",
  "GARDEN_HOUSE",
  "LAND_PLOT",
  "AGRICULTURAL_LAND",
  "GARAGE",
  "OTHER",
] as const;
export type RealEstatePurpose = (typeof REAL_ESTATE_PURPOSES)[number];
export const TRANSACTION_KINDS = ["PURCHASE", "SALE"] as const;
export const UTILITY_KINDS = ["ELECTRICITY", "GAS", "WATER", "TELECOM"] as const;

/** Numeric facts the declaration states and an agency or the inspection verifies. */
export const DECLARATION_FIELDS = [
  "MEMBER_COUNT",
  "LAND_AREA_SQM",
  "LIVESTOCK_HEADS",
  "VEHICLE_COUNT",
  "REAL_ESTATE_COUNT",
  "ROOM_COUNT",
] as const;
export type DeclarationField = (typeof DECLARATION_FIELDS)[number] | "INCOME_12_MONTHS";

export const INSPECTOR_FLAGS = [
  "LIVING_CONDITIONS_INCONSISTENT_WITH_INCOME",
  "MEMBERS_NOT_FOUND_AT_ADDRESS",
  "UNDECLARED_ASSETS_SEEN",
  "OTHER",
] as const;
export const INSPECTION_NOT_DONE_REASONS = [
  "NOT_YET_DONE",
  "FAMILY_NOT_AT_HOME",
  "ACCESS_REFUSED",
  "DEADLINE_MISSED",
  "OTHER",
] as const;
/**
 * Why an agency's data is not there to decide on. REEXAMINATION_PENDING: the commission answered, but the member's
 * disability decision has expired and its re-examination is not yet done, so there is no current degree.
 */
export const UNOBTAINED_REASONS = [
  "TIMEOUT",
  "ERROR",
  "NO_RESPONSE",
  "NOT_CONNECTED",
  "REEXAMINATION_PENDING",
] as const;
export const REPRESENTATIVE_ROLES = ["FAMILY_MEMBER", "GUARDIAN", "ATTORNEY"] as const;
