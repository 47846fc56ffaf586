import { isIsoDate } from "@/kernel/calendar-date";
import type { NamedInThreeLanguages } from "@/kernel/localized-name";

/** The catalogs a detail's code may be labelled from (the audit table maps each to its messages). */
export type CodeGroup =
  | "applicationStatuses"
  | "reviewStatuses"
  | "bankStatuses"
  | "outcomes"
  | "appealAnswers"
  | "agencies"
  | "auditActions"
  | "roles"
  | "changeKinds"
  | "absenceKinds";

/** What the lines are written with: the page's words and formatters. Each answers null when it has no words. */
export interface DetailWords {
  /** A detail's name in words ("amountQepik" → "amount"). */
  name: (key: string) => string | null;
  /** A detail's own value in words, for the details whose values only they use ("secondFactor: none" → "none"). */
  value: (key: string, value: string) => string | null;
  /** A code in words from one catalog ("ASSIGN" → "Assigned"). */
  code: (group: CodeGroup, code: string) => string | null;
  /** A law parameter's name by its code ("NEED_CRITERION" → "need criterion"), null when unknown. */
  parameterName: (code: string) => string | null;
  /** A law parameter's stored value in its unit (31550 of NEED_CRITERION → "315,50 AZN …"), null when unknown. */
  parameterValue: (code: string, value: number) => string | null;
  /** A staff member's name by their id, when the row's details name one ("answeredBy: <id>" → "Leyla Məmmədova"). */
  person: (id: string) => string | null;
  /** A district's name by its code ("BAK-NASIMI" → "Nəsimi"). */
  district: (code: string) => string | null;
  /** A place the details name in the three languages (a card's bank branch), in the page's language. */
  named: (names: NamedInThreeLanguages) => string;
  /** Qəpik as money ("3864300" → "38.643,00 AZN"). */
  money: (qepik: number) => string;
  number: (n: number) => string;
  /** A calendar day ("2026-02-01") in the page's language. */
  day: (iso: string) => string;
  /** A moment ("2026-12-08T08:43:50.870Z") as a date and time in Baku, in the page's language. */
  time: (at: Date) => string;
  yes: string;
  no: string;
}

/** A moment as the services write it (Date.toISOString(), or with an offset): never shown raw, in UTC. */
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function momentOf(text: string): Date | null {
  if (!ISO_MOMENT.test(text)) return null;
  const at = new Date(text);
  return Number.isNaN(at.getTime()) ? null : at;
}

/**
 * Numbers that name something rather than count it (a year, a payment's attempt, a visit's booking): written as
 * plain integers, since "year: 2,028" (or "il: 2.028") read as an amount.
 */
const ORDINAL_KEY = /^(year|attempt|booking|round)$|Year$/;

const OUTCOME_KEYS = ["outcome", "proposedOutcome", "outcomeWithout", "outcomeWith"];
const DISTRICT_KEYS = ["district", "districtCode"];

/** Where a detail's code is looked up: by the detail's name, and for a status by the action that wrote it. */
function groupsOf(key: string, action: string): readonly CodeGroup[] {
  if (OUTCOME_KEYS.includes(key)) return ["outcomes"];
  if (key === "answer") return ["appealAnswers"];
  if (key === "previousStatus") return ["bankStatuses"];
  if (key === "status") {
    if (action.startsWith("bank.")) return ["bankStatuses"];
    if (action.startsWith("review.")) return ["reviewStatuses"];
    return ["applicationStatuses", "reviewStatuses", "bankStatuses"];
  }
  if (key === "agency") return ["agencies"];
  if (key === "action") return ["auditActions"];
  if (key === "role") return ["roles"];
  if (key === "kind" && action.startsWith("change.")) return ["changeKinds"];
  if (key === "kind" && action === "staff.absenceRecorded") return ["absenceKinds"];
  return [];
}

function valueText(key: string, value: unknown, action: string, words: DetailWords): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "boolean") return value ? words.yes : words.no;
  if (typeof value === "number") {
    // Amounts are whole qəpik: "amountQepik: 3864300" is 38.643,00 AZN, not a number of thousands.
    if (key.endsWith("Qepik") && Number.isSafeInteger(value)) return words.money(value);
    return ORDINAL_KEY.test(key) && Number.isSafeInteger(value) ? String(value) : words.number(value);
  }
  if (typeof value === "string") {
    const person = words.person(value);
    if (person !== null) return person;
    const own = words.value(key, value);
    if (own !== null) return own;
    for (const group of groupsOf(key, action)) {
      const label = words.code(group, value);
      if (label !== null) return label;
    }
    if (DISTRICT_KEYS.includes(key)) return words.district(value) ?? value;
    if (isIsoDate(value)) return words.day(value);
    const moment = momentOf(value);
    if (moment) return words.time(moment);
    // A code without words (one of a newer version, say) shows as itself.
    return value;
  }
  if (isNamedInThreeLanguages(value)) return words.named(value);
  // A list of codes (the fields an administrator changed): each in words, as a detail's own value or a detail's name.
  if (Array.isArray(value) && value.every((v) => typeof v === "string"))
    return value.map((v) => words.value(key, v) ?? words.name(v) ?? v).join(", ");
  return JSON.stringify(value);
}

function isNamedInThreeLanguages(value: unknown): value is NamedInThreeLanguages {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.nameAz === "string" && typeof v.nameRu === "string" && typeof v.nameEn === "string";
}

/**
 * An audit row's details as short "name: value" lines in the page's language: codes in words where a catalog has
 * them, amounts in qəpik as money, districts by name, days as days, moments as Baku date-times. Details hold ids
 * and codes only (the log never holds personal data); anything not known is shown as it is.
 */
/**
 * PostgreSQL's jsonb keeps an object's keys shortest first, so a row written `{ from, to }` reads back `{ to, from }`
 * ("to: 5 Dec, from: 1 Dec"). Each `from…` is put back just before its `to…` (from/to, fromStatus/toStatus); the
 * rest keep their order.
 */
export function fromBeforeTo<T>(entries: [string, T][]): [string, T][] {
  const keys = new Set(entries.map(([key]) => key));
  const out: [string, T][] = [];
  for (const entry of entries) {
    const [key] = entry;
    if (key.startsWith("from") && keys.has(`to${key.slice(4)}`)) continue;
    if (key.startsWith("to")) {
      const partner = entries.find(([k]) => k === `from${key.slice(2)}`);
      if (partner) out.push(partner);
    }
    out.push(entry);
  }
  return out;
}

export function auditDetailLines(details: unknown, action: string, words: DetailWords): [string, string][] {
  if (details === null || details === undefined) return [];
  if (typeof details !== "object" || Array.isArray(details)) return [["", String(details)]];
  const entries = fromBeforeTo(Object.entries(details as Record<string, unknown>));
  // A law parameter's proposal or confirmation: its code is a parameter's, and its value is stored in that
  // parameter's unit (qəpik, basis points), which reads as a plain number a hundred times too large.
  const code = action.startsWith("parameter.") ? entries.find(([key]) => key === "code")?.[1] : undefined;
  const parameter = typeof code === "string" ? code : null;
  return entries.map(([key, value]) => {
    const text =
      parameter === null
        ? null
        : key === "code"
          ? words.parameterName(parameter)
          : key === "value" && typeof value === "number"
            ? words.parameterValue(parameter, value)
            : null;
    return [words.name(key) ?? key, text ?? valueText(key, value, action, words)];
  });
}
