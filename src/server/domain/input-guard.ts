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

type Obj = Record<string, unknown>;
/** A list of parsed records; undefined when one of them is not valid. */
type Parsed<T> = T[] | undefined;

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

/** A list with a default of []: absent is empty; each record checked by `one`. */
function list<T>(v: unknown, one: (x: unknown) => T | undefined): Parsed<T> {
  if (v === undefined) return [];
  if (!Array.isArray(v)) return undefined;
  const out: T[] = new Array<T>(v.length);
  for (let i = 0; i < v.length; i++) {
    const r = one(v[i]);
    if (r === undefined) return undefined;
    out[i] = r;
  }
  return out;
}

/** { source } plus one enum field, the shape of most member facts. */
function sourcedFact<K extends string>(field: K, allowed: ReadonlySet<string>) {
  const shape = keys(field, "source");
  return (v: unknown): ({ [P in K]: string } & { source: string }) | undefined =>
    strict(v, shape) && isIn(v[field], allowed) && isIn(v.source, SOURCE)
      ? ({ [field]: v[field], source: v.source } as { [P in K]: string } & { source: string })
      : undefined;
}
const disability = sourcedFact("category", DISABILITY);
const pension = sourcedFact("kind", PENSION);
const employment = sourcedFact("status", EMPLOYMENT);
const study = sourcedFact("mode", STUDY);
const absence = sourcedFact("kind", ABSENCE);
const SOURCE_ONLY = keys("source");
const EXCLUSION_KEYS = keys("code", "source", "note");

function exclusion(v: unknown) {
  if (!strict(v, EXCLUSION_KEYS) || !isIn(v.code, EXCLUSION) || !isIn(v.source, SOURCE) || !isOptStr(v.note))
    return undefined;
  return v.note === undefined ? { code: v.code, source: v.source } : { code: v.code, source: v.source, note: v.note };
}

/** An optional record: absent stays absent; present must be valid (a failed check is `false`). */
function optional<T>(v: unknown, one: (x: unknown) => T | undefined): T | undefined | false {
  if (v === undefined) return undefined;
  return one(v) ?? false;
}

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
  const cares = list(v.caresFor, (c) =>
    strict(c, CARES_KEYS) && isFin(c.fin) && isIn(c.source, SOURCE) ? { fin: c.fin, source: c.source } : undefined,
  );
  const dis = optional(v.disability, disability);
  const emp = optional(v.employment, employment);
  const ui = optional(v.unemploymentInsurance, (u) =>
    strict(u, SOURCE_ONLY) && isIn(u.source, SOURCE) ? { source: u.source } : undefined,
  );
  const st = optional(v.study, study);
  const abs = optional(v.absence, absence);
  if (!exclusions || !pensions || !cares || dis === false || emp === false || ui === false) return undefined;
  if (st === false || abs === false) return undefined;
  return {
    fin: v.fin,
    birthDate: v.birthDate,
    sex: v.sex,
    relation: v.relation,
    exclusions,
    ...(dis === undefined ? {} : { disability: dis }),
    pensions,
    ...(emp === undefined ? {} : { employment: emp }),
    ...(ui === undefined ? {} : { unemploymentInsurance: ui }),
    ...(st === undefined ? {} : { study: st }),
    caresFor: cares,
    ...(abs === undefined ? {} : { absence: abs }),
  };
}
const CARES_KEYS = keys("fin", "source");

const INCOME_KEYS = keys("memberFin", "type", "month", "amountQepik", "source", "beyondRegisters");
function income(v: unknown) {
  if (!strict(v, INCOME_KEYS) || !isFin(v.memberFin) || !isIn(v.type, INCOME_TYPE) || !isMonth(v.month))
    return undefined;
  if (!isQepik(v.amountQepik) || !isIn(v.source, INCOME_SOURCE)) return undefined;
  const beyond = v.beyondRegisters;
  if (beyond !== undefined && typeof beyond !== "boolean") return undefined;
  if (beyond === true && v.source !== "DECLARED") return undefined;
  // Written out twice rather than spread: this runs for every income record.
  return beyond === undefined
    ? { memberFin: v.memberFin, type: v.type, month: v.month, amountQepik: v.amountQepik, source: v.source }
    : {
        memberFin: v.memberFin,
        type: v.type,
        month: v.month,
        amountQepik: v.amountQepik,
        source: v.source,
        beyondRegisters: beyond,
      };
}

const CHECK_KEYS = keys("field", "declared", "verified", "verifiedBy");
function declarationCheck(v: unknown) {
  if (!strict(v, CHECK_KEYS) || !isIn(v.field, DECLARATION_FIELD) || !isCount(v.declared) || !isCount(v.verified))
    return undefined;
  if (!isIn(v.verifiedBy, VERIFYING_SOURCE)) return undefined;
  return { field: v.field, declared: v.declared, verified: v.verified, verifiedBy: v.verifiedBy };
}

const VEHICLE_KEYS = keys("registration", "relation", "holderFin", "stateRehabilitationVehicle", "source");
function vehicle(v: unknown) {
  if (!strict(v, VEHICLE_KEYS) || !isNonEmptyStr(v.registration) || !isIn(v.relation, VEHICLE_RELATION))
    return undefined;
  if (v.holderFin !== undefined && !isFin(v.holderFin)) return undefined;
  if (typeof v.stateRehabilitationVehicle !== "boolean" || !isIn(v.source, SOURCE)) return undefined;
  return {
    registration: v.registration,
    relation: v.relation,
    ...(v.holderFin === undefined ? {} : { holderFin: v.holderFin }),
    stateRehabilitationVehicle: v.stateRehabilitationVehicle,
    source: v.source,
  };
}

const ESTATE_KEYS = keys("objectId", "purpose", "address", "ownerFin", "source");
function realEstate(v: unknown) {
  if (!strict(v, ESTATE_KEYS) || !isNonEmptyStr(v.objectId) || !isIn(v.purpose, PURPOSE)) return undefined;
  if (!isNonEmptyStr(v.address) || (v.ownerFin !== undefined && !isFin(v.ownerFin)) || !isIn(v.source, SOURCE))
    return undefined;
  return {
    objectId: v.objectId,
    purpose: v.purpose,
    address: v.address,
    ...(v.ownerFin === undefined ? {} : { ownerFin: v.ownerFin }),
    source: v.source,
  };
}

const TRANSACTION_KEYS = keys("kind", "date", "amountQepik", "description", "source");
function transaction(v: unknown) {
  if (!strict(v, TRANSACTION_KEYS) || !isIn(v.kind, TRANSACTION) || !isDate(v.date) || !isQepik(v.amountQepik))
    return undefined;
  if (!isNonEmptyStr(v.description) || !isIn(v.source, SOURCE)) return undefined;
  return { kind: v.kind, date: v.date, amountQepik: v.amountQepik, description: v.description, source: v.source };
}

const UTILITY_KEYS = keys("month", "kind", "amountQepik", "source");
function utilityCost(v: unknown) {
  if (!strict(v, UTILITY_KEYS) || !isMonth(v.month) || !isIn(v.kind, UTILITY) || !isQepik(v.amountQepik))
    return undefined;
  if (!isIn(v.source, SOURCE)) return undefined;
  return { month: v.month, kind: v.kind, amountQepik: v.amountQepik, source: v.source };
}

const REFUSAL_KEYS = keys("memberFin", "date", "offerRef", "source");
function jobOfferRefusal(v: unknown) {
  if (!strict(v, REFUSAL_KEYS) || !isFin(v.memberFin) || !isDate(v.date) || !isNonEmptyStr(v.offerRef))
    return undefined;
  if (!isIn(v.source, SOURCE)) return undefined;
  return { memberFin: v.memberFin, date: v.date, offerRef: v.offerRef, source: v.source };
}

const COMPLETED_KEYS = keys("status", "date", "inspectorFlags");
const FLAG_KEYS = keys("code", "note");
const SKIPPED_KEYS = keys("status");
const NOT_DONE_KEYS = keys("status", "reason", "note");
function inspection(v: unknown): AssessmentInput["inspection"] | undefined {
  if (!isObj(v)) return undefined;
  if (v.status === "COMPLETED") {
    if (!strict(v, COMPLETED_KEYS) || !isDate(v.date)) return undefined;
    const flags = list(v.inspectorFlags, (f) =>
      strict(f, FLAG_KEYS) && isIn(f.code, FLAG) && isNonEmptyStr(f.note) ? { code: f.code, note: f.note } : undefined,
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
function unobtained(v: unknown) {
  if (!strict(v, UNOBTAINED_KEYS) || !isIn(v.agency, AGENCY) || !isIn(v.reason, UNOBTAINED) || !isOptStr(v.note))
    return undefined;
  return v.note === undefined
    ? { agency: v.agency, reason: v.reason }
    : { agency: v.agency, reason: v.reason, note: v.note };
}

const PREVIOUS_KEYS = keys("falseInformationFindings", "lastAssignment");
const FINDING_KEYS = keys("foundOn", "decisionRef");
const LAST_KEYS = keys("periodFrom", "periodTo", "countedMemberFins", "addressId");
function previous(v: unknown) {
  if (v === undefined) return { falseInformationFindings: [] };
  if (!strict(v, PREVIOUS_KEYS)) return undefined;
  const findings = list(v.falseInformationFindings, (f) =>
    strict(f, FINDING_KEYS) && isDate(f.foundOn) && isNonEmptyStr(f.decisionRef)
      ? { foundOn: f.foundOn, decisionRef: f.decisionRef }
      : undefined,
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
      countedMemberFins: [...fins] as string[],
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
  const members = list(data.members, member);
  const incomes = list(data.incomes, income);
  const declarationChecks = list(data.declarationChecks, declarationCheck);
  const vehicles = list(data.vehicles, vehicle);
  const estates = list(data.realEstate, realEstate);
  const transactions = list(data.transactions, transaction);
  const utilityCosts = list(data.utilityCosts, utilityCost);
  const jobOfferRefusals = list(data.jobOfferRefusals, jobOfferRefusal);
  const undeclaredResidents = list(data.undeclaredResidents, (v) => (isFin(v) ? v : undefined));
  const visit = inspection(data.inspection);
  const unobtainedData = list(data.unobtainedData, unobtained);
  const prev = previous(data.previous);
  if (!members || !incomes || !declarationChecks || !vehicles || !estates || !transactions || !utilityCosts) return;
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
