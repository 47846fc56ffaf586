import { isIsoDate } from "@/kernel/calendar-date";
import {
  ABSENCE_KINDS,
  AGENCY_CODES,
  DECLARATION_FIELDS,
  DISABILITY_CATEGORIES,
  EMPLOYMENT_STATUSES,
  EVIDENCE_SOURCES,
  EXCLUSION_CODES,
  INCOME_SOURCES,
  INCOME_TYPES,
  INSPECTION_NOT_DONE_REASONS,
  INSPECTOR_FLAGS,
  PENSION_KINDS,
  REAL_ESTATE_PURPOSES,
  RELATIONS,
  REPRESENTATIVE_ROLES,
  SEXES,
  STUDY_MODES,
  TRANSACTION_KINDS,
  UNOBTAINED_REASONS,
  UTILITY_KINDS,
  VEHICLE_RELATIONS,
} from "@/kernel/input-enums";
import { INPUT_SCHEMA_VERSION, MAX_QEPIK as MAX_QEPIK_LIMIT, VERIFYING_SOURCES } from "./input-limits";
import type { AssessmentInput } from "./input-schema";

// The hot path of parseAssessmentInput: the same contract as ZAssessmentInput, checked by hand in one pass with no
// issue bookkeeping. It only says yes (with the same output zod gives, defaults filled in) or no; on a no the zod
// schema runs to name every problem. input-guard.property.test.ts holds the two to the same verdicts and output.
//
// A valid record that needs no default is handed back as it is, and so is a list of them, instead of copied: zod's
// output differs from its input only by the defaults (no field is transformed), and copying the ~60 income records
// of a family was most of the guard's time and of the garbage it left (bench/decision-engine-throughput.ts). So the
// output shares the caller's records; callers pass data built for the call, and the engine never changes its input.

type Obj = Record<string, unknown>;

const set = (list: readonly string[]): ReadonlySet<string> => new Set(list);
const SOURCE = set(EVIDENCE_SOURCES);
const INCOME_SOURCE = set(INCOME_SOURCES);
const VERIFYING_SOURCE = set(VERIFYING_SOURCES);
const SEX = set(SEXES);
const RELATION = set(RELATIONS);
const EXCLUSION = set(EXCLUSION_CODES);
const DISABILITY = set(DISABILITY_CATEGORIES);
const PENSION = set(PENSION_KINDS);
const EMPLOYMENT = set(EMPLOYMENT_STATUSES);
const STUDY = set(STUDY_MODES);
const ABSENCE = set(ABSENCE_KINDS);
const INCOME_TYPE = set(INCOME_TYPES);
const DECLARATION_FIELD = set(DECLARATION_FIELDS);
const VEHICLE_RELATION = set(VEHICLE_RELATIONS);
const PURPOSE = set(REAL_ESTATE_PURPOSES);
const TRANSACTION = set(TRANSACTION_KINDS);
const UTILITY = set(UTILITY_KINDS);
const FLAG = set(INSPECTOR_FLAGS);
const NOT_DONE = set(INSPECTION_NOT_DONE_REASONS);
const AGENCY = set(AGENCY_CODES);
const UNOBTAINED = set(UNOBTAINED_REASONS);
const ROLE = set(REPRESENTATIVE_ROLES);

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The keys a record may have, and the allowed keys last met at each position. Records of one kind come in the same
 * key order (JSON.parse of one writer's output), so a key is usually the very string met last time at its place:
 * compared by identity it needs no set lookup, which was a set lookup per key of every income record. Only keys
 * that passed `allowed` are remembered, so the answer is the set's answer.
 */
interface KeySet {
  readonly allowed: ReadonlySet<string>;
  readonly lastOrder: string[];
}
const keys = (...names: string[]): KeySet => ({ allowed: new Set(names), lastOrder: [] });

/** A strict object: every key is one of `keySet`'s (zod's strictObject refuses any other, even when undefined). */
function strict(v: unknown, keySet: KeySet): v is Obj {
  if (!isObj(v)) return false;
  const order = keySet.lastOrder;
  let i = 0;
  for (const key in v) {
    if (order[i] !== key) {
      if (!keySet.allowed.has(key)) return false;
      order[i] = key;
    }
    i += 1;
  }
  return true;
}
const isNonEmptyStr = (v: unknown): v is string => typeof v === "string" && v.length > 0;
/**
 * The kernel's `FIN_PATTERN` (/^[0-9A-Z]{7}$/) by character codes: every income record names a member, and the regex
 * call cost more than the rest. The property test holds it to the zod schema, which uses the pattern itself.
 */
function isFin(v: unknown): v is string {
  if (typeof v !== "string" || v.length !== 7) return false;
  for (let i = 0; i < 7; i++) {
    const c = v.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) return false;
  }
  return true;
}
const isDate = (v: unknown): v is string => typeof v === "string" && isIsoDate(v);
const isDigit = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};
/** isYearMonth by character codes: income records have a month each, and the regex was the guard's hottest line. */
function isMonth(v: unknown): v is string {
  if (typeof v !== "string" || v.length !== 7 || v.charCodeAt(4) !== 45) return false;
  if (!isDigit(v, 0) || !isDigit(v, 1) || !isDigit(v, 2) || !isDigit(v, 3) || !isDigit(v, 5) || !isDigit(v, 6))
    return false;
  const month = (v.charCodeAt(5) - 48) * 10 + (v.charCodeAt(6) - 48);
  return month >= 1 && month <= 12;
}
// A module constant rather than the import: under tsx an imported binding is read through a getter on every call.
const MAX_QEPIK = MAX_QEPIK_LIMIT;
const isCount = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
const isQepik = (v: unknown): v is number => isCount(v) && v <= MAX_QEPIK;
const isIn = (v: unknown, allowed: ReadonlySet<string>): v is string => typeof v === "string" && allowed.has(v);
const isOptStr = (v: unknown) => v === undefined || typeof v === "string";

/** A list with a default of []: absent is empty; present, every record must pass `ok`, and the list is handed back. */
function list<T>(v: unknown, ok: (x: unknown) => x is T): T[] | undefined {
  if (v === undefined) return [];
  if (!Array.isArray(v)) return undefined;
  for (let i = 0; i < v.length; i++) if (!ok(v[i])) return undefined;
  return v as T[];
}

/** An optional record: absent, or present and valid. */
const optional = (v: unknown, ok: (x: unknown) => boolean): boolean => v === undefined || ok(v);

/** { source } plus one enum field, the shape of most member facts. */
function sourcedFact<K extends string>(field: K, allowed: ReadonlySet<string>) {
  const shape = keys(field, "source");
  return (v: unknown): v is { [P in K]: string } & { source: string } =>
    strict(v, shape) && isIn(v[field], allowed) && isIn(v.source, SOURCE);
}
const disability = sourcedFact("category", DISABILITY);
const pension = sourcedFact("kind", PENSION);
const employment = sourcedFact("status", EMPLOYMENT);
const study = sourcedFact("mode", STUDY);
const absence = sourcedFact("kind", ABSENCE);
const SOURCE_ONLY = keys("source");
const EXCLUSION_KEYS = keys("code", "source", "note");
const CARES_KEYS = keys("fin", "source");

const exclusion = (v: unknown): v is Obj =>
  strict(v, EXCLUSION_KEYS) && isIn(v.code, EXCLUSION) && isIn(v.source, SOURCE) && isOptStr(v.note);
const caresFor = (v: unknown): v is Obj => strict(v, CARES_KEYS) && isFin(v.fin) && isIn(v.source, SOURCE);
const unemploymentInsurance = (v: unknown) => strict(v, SOURCE_ONLY) && isIn(v.source, SOURCE);

const MEMBER_KEYS = keys(
  "fin",
  "birthDate",
  "sex",
  "relation",
  "exclusions",
  "disability",
  "pensions",
  "employment",
  "unemploymentInsurance",
  "study",
  "caresFor",
  "absence",
);

function member(v: unknown) {
  if (!strict(v, MEMBER_KEYS) || !isFin(v.fin) || !isDate(v.birthDate) || !isIn(v.sex, SEX)) return undefined;
  if (!isIn(v.relation, RELATION)) return undefined;
  const exclusions = list(v.exclusions, exclusion);
  const pensions = list(v.pensions, pension);
  const cares = list(v.caresFor, caresFor);
  if (!exclusions || !pensions || !cares || !optional(v.disability, disability)) return undefined;
  if (!optional(v.employment, employment) || !optional(v.unemploymentInsurance, unemploymentInsurance))
    return undefined;
  if (!optional(v.study, study) || !optional(v.absence, absence)) return undefined;
  // The lists' defaults filled in; a member that has them all is handed back.
  return exclusions === v.exclusions && pensions === v.pensions && cares === v.caresFor
    ? v
    : { ...v, exclusions, pensions, caresFor: cares };
}

const INCOME_KEYS = keys("memberFin", "type", "month", "amountQepik", "source", "beyondRegisters");
function income(v: unknown): v is Obj {
  if (!strict(v, INCOME_KEYS) || !isFin(v.memberFin) || !isIn(v.type, INCOME_TYPE) || !isMonth(v.month)) return false;
  if (!isQepik(v.amountQepik) || !isIn(v.source, INCOME_SOURCE)) return false;
  const beyond = v.beyondRegisters;
  return beyond === undefined || beyond === false || (beyond === true && v.source === "DECLARED");
}

const CHECK_KEYS = keys("field", "declared", "verified", "verifiedBy");
const declarationCheck = (v: unknown): v is Obj =>
  strict(v, CHECK_KEYS) &&
  isIn(v.field, DECLARATION_FIELD) &&
  isCount(v.declared) &&
  isCount(v.verified) &&
  isIn(v.verifiedBy, VERIFYING_SOURCE);

const VEHICLE_KEYS = keys("registration", "relation", "holderFin", "stateRehabilitationVehicle", "source");
const vehicle = (v: unknown): v is Obj =>
  strict(v, VEHICLE_KEYS) &&
  isNonEmptyStr(v.registration) &&
  isIn(v.relation, VEHICLE_RELATION) &&
  (v.holderFin === undefined || isFin(v.holderFin)) &&
  typeof v.stateRehabilitationVehicle === "boolean" &&
  isIn(v.source, SOURCE);

const ESTATE_KEYS = keys("objectId", "purpose", "address", "ownerFin", "source");
const realEstate = (v: unknown): v is Obj =>
  strict(v, ESTATE_KEYS) &&
  isNonEmptyStr(v.objectId) &&
  isIn(v.purpose, PURPOSE) &&
  isNonEmptyStr(v.address) &&
  (v.ownerFin === undefined || isFin(v.ownerFin)) &&
  isIn(v.source, SOURCE);

const TRANSACTION_KEYS = keys("kind", "date", "amountQepik", "description", "source");
const transaction = (v: unknown): v is Obj =>
  strict(v, TRANSACTION_KEYS) &&
  isIn(v.kind, TRANSACTION) &&
  isDate(v.date) &&
  isQepik(v.amountQepik) &&
  isNonEmptyStr(v.description) &&
  isIn(v.source, SOURCE);

const UTILITY_KEYS = keys("month", "kind", "amountQepik", "source");
const utilityCost = (v: unknown): v is Obj =>
  strict(v, UTILITY_KEYS) &&
  isMonth(v.month) &&
  isIn(v.kind, UTILITY) &&
  isQepik(v.amountQepik) &&
  isIn(v.source, SOURCE);

const REFUSAL_KEYS = keys("memberFin", "date", "offerRef", "source");
const jobOfferRefusal = (v: unknown): v is Obj =>
  strict(v, REFUSAL_KEYS) &&
  isFin(v.memberFin) &&
  isDate(v.date) &&
  isNonEmptyStr(v.offerRef) &&
  isIn(v.source, SOURCE);

const COMPLETED_KEYS = keys("status", "date", "inspectorFlags");
const FLAG_KEYS = keys("code", "note");
const SKIPPED_KEYS = keys("status");
const NOT_DONE_KEYS = keys("status", "reason", "note");
function inspection(v: unknown): AssessmentInput["inspection"] | undefined {
  if (!isObj(v)) return undefined;
  if (v.status === "COMPLETED") {
    if (!strict(v, COMPLETED_KEYS) || !isDate(v.date)) return undefined;
    const flags = list(
      v.inspectorFlags,
      (f): f is Obj => strict(f, FLAG_KEYS) && isIn(f.code, FLAG) && isNonEmptyStr(f.note),
    );
    return flags
      ? ({ status: "COMPLETED", date: v.date, inspectorFlags: flags } as AssessmentInput["inspection"])
      : undefined;
  }
  if (v.status === "SKIPPED_REPEAT_RULE")
    return strict(v, SKIPPED_KEYS) ? { status: "SKIPPED_REPEAT_RULE" } : undefined;
  if (v.status === "NOT_DONE") {
    if (!strict(v, NOT_DONE_KEYS) || !isIn(v.reason, NOT_DONE) || !isOptStr(v.note)) return undefined;
    return (
      v.note === undefined
        ? { status: "NOT_DONE", reason: v.reason }
        : { status: "NOT_DONE", reason: v.reason, note: v.note }
    ) as AssessmentInput["inspection"];
  }
  return undefined;
}

const UNOBTAINED_KEYS = keys("agency", "reason", "note");
const unobtained = (v: unknown): v is Obj =>
  strict(v, UNOBTAINED_KEYS) && isIn(v.agency, AGENCY) && isIn(v.reason, UNOBTAINED) && isOptStr(v.note);

const PREVIOUS_KEYS = keys("falseInformationFindings", "lastAssignment");
const FINDING_KEYS = keys("foundOn", "decisionRef");
const LAST_KEYS = keys("periodFrom", "periodTo", "countedMemberFins", "addressId");
function previous(v: unknown) {
  if (v === undefined) return { falseInformationFindings: [] };
  if (!strict(v, PREVIOUS_KEYS)) return undefined;
  const findings = list(
    v.falseInformationFindings,
    (f): f is Obj => strict(f, FINDING_KEYS) && isDate(f.foundOn) && isNonEmptyStr(f.decisionRef),
  );
  if (!findings) return undefined;
  const last = v.lastAssignment;
  if (last === undefined) return { falseInformationFindings: findings };
  if (!strict(last, LAST_KEYS) || !isDate(last.periodFrom) || !isDate(last.periodTo)) return undefined;
  const fins = last.countedMemberFins;
  if (!Array.isArray(fins) || fins.length === 0 || !fins.every(isFin) || !isNonEmptyStr(last.addressId))
    return undefined;
  return {
    falseInformationFindings: findings,
    lastAssignment: {
      periodFrom: last.periodFrom,
      periodTo: last.periodTo,
      countedMemberFins: fins as string[],
      addressId: last.addressId,
    },
  };
}

const INPUT_KEYS = keys(
  "schemaVersion",
  "applicationDate",
  "address",
  "representative",
  "members",
  "incomes",
  "declarationChecks",
  "vehicles",
  "realEstate",
  "transactions",
  "utilityCosts",
  "jobOfferRefusals",
  "undeclaredResidents",
  "inspection",
  "unobtainedData",
  "previous",
);
const ADDRESS_KEYS = keys("id", "text");
const REPRESENTATIVE_KEYS = keys("fin", "role");

/** The cross-field rules of ZAssessmentInput's superRefine, on records already valid one by one. */
function consistent(input: AssessmentInput): boolean {
  const date = input.applicationDate;
  const fins = new Set<string>();
  for (const m of input.members) {
    if (fins.has(m.fin) || m.birthDate > date) return false;
    fins.add(m.fin);
  }
  for (const m of input.members) for (const c of m.caresFor) if (!fins.has(c.fin) || c.fin === m.fin) return false;
  for (const r of input.incomes) if (!fins.has(r.memberFin)) return false;
  for (const r of input.jobOfferRefusals) if (!fins.has(r.memberFin) || r.date > date) return false;
  for (const fin of input.undeclaredResidents) if (fins.has(fin)) return false;
  if (input.representative.role === "FAMILY_MEMBER" && !fins.has(input.representative.fin)) return false;
  for (const t of input.transactions) if (t.date > date) return false;
  for (const f of input.previous.falseInformationFindings) if (f.foundOn > date) return false;
  const last = input.previous.lastAssignment;
  return last === undefined || last.periodTo >= last.periodFrom;
}

/**
 * The engine's input when `data` satisfies ZAssessmentInput (the same value zod would give); undefined when it does
 * not, and then only the zod schema says why.
 */
export function guardAssessmentInput(data: unknown): AssessmentInput | undefined {
  if (!strict(data, INPUT_KEYS) || data.schemaVersion !== INPUT_SCHEMA_VERSION || !isDate(data.applicationDate))
    return undefined;
  const address = data.address;
  if (!strict(address, ADDRESS_KEYS) || !isNonEmptyStr(address.id) || !isOptStr(address.text)) return undefined;
  const rep = data.representative;
  if (!strict(rep, REPRESENTATIVE_KEYS) || !isFin(rep.fin) || !isIn(rep.role, ROLE)) return undefined;
  if (!Array.isArray(data.members) || data.members.length === 0) return undefined;
  const members: Obj[] = [];
  for (const m of data.members as unknown[]) {
    const valid = member(m);
    if (valid === undefined) return undefined;
    members.push(valid);
  }
  const incomes = list(data.incomes, income);
  const declarationChecks = list(data.declarationChecks, declarationCheck);
  const vehicles = list(data.vehicles, vehicle);
  const estates = list(data.realEstate, realEstate);
  const transactions = list(data.transactions, transaction);
  const utilityCosts = list(data.utilityCosts, utilityCost);
  const jobOfferRefusals = list(data.jobOfferRefusals, jobOfferRefusal);
  const undeclaredResidents = list(data.undeclaredResidents, isFin);
  const visit = inspection(data.inspection);
  const unobtainedData = list(data.unobtainedData, unobtained);
  const prev = previous(data.previous);
  if (!incomes || !declarationChecks || !vehicles || !estates || !transactions || !utilityCosts) return;
  if (!jobOfferRefusals || !undeclaredResidents || !visit || !unobtainedData || !prev) return undefined;
  const input = {
    schemaVersion: INPUT_SCHEMA_VERSION,
    applicationDate: data.applicationDate,
    address: address.text === undefined ? { id: address.id } : { id: address.id, text: address.text },
    representative: { fin: rep.fin, role: rep.role },
    members,
    incomes,
    declarationChecks,
    vehicles,
    realEstate: estates,
    transactions,
    utilityCosts,
    jobOfferRefusals,
    undeclaredResidents,
    inspection: visit,
    unobtainedData,
    previous: prev,
  } as AssessmentInput;
  return consistent(input) ? input : undefined;
}
