import { addMonthsToYearMonth, monthOf, type IsoDate, type YearMonth } from "@/kernel/calendar-date";
import type { IncomeRecord, Member } from "../input-schema";
import { INCOME_TYPES, type IncomeSource, type IncomeType } from "@/kernel/input-enums";
import { incomeCountedCode } from "../parameters";
import type { RuleContext } from "../rule-context";

export interface MonthWindow {
  from: YearMonth;
  to: YearMonth;
}

/**
 * The income window: the 12 whole calendar months before the month of application
 * (Decision No. 37; e.g. an application on 2020-03-15 looks at 2019-03 … 2020-02).
 */
export function incomeWindow(applicationDate: IsoDate): MonthWindow {
  const month = monthOf(applicationDate);
  return { from: addMonthsToYearMonth(month, -12), to: addMonthsToYearMonth(month, -1) };
}

export function inWindow(month: YearMonth, window: MonthWindow): boolean {
  return month >= window.from && month <= window.to;
}

const ALWAYS_COUNTED = (): boolean => true;

/**
 * Whether income of a type counts toward family income in a month of the window (a `monthNumber`). Every kind of
 * income counts (Law 1039, art. 1) unless the dated `INCOME_COUNTED:<type>` parameter in force on the month's first
 * day says 0: loans since 2020, the relocation allowance for specialists in the liberated territories 2023–2028.
 * Read per month of income, not on the application date: an application in 2029 deducts the allowances paid in
 * 2028 and counts those paid in 2029. No parameter means counted.
 */
export function incomeTypeCountedIn(type: IncomeType, ctx: RuleContext): (month: number) => boolean {
  const history = ctx.paramHistory(incomeCountedCode(type));
  if (history.length === 0) return ALWAYS_COUNTED;
  const spans = history.map((p) => ({
    // The first month whose first day the value is in force on.
    from: monthNumber(p.validFrom.slice(0, 7)) + (p.validFrom.endsWith("-01") ? 0 : 1),
    to: monthNumber(p.lastDay.slice(0, 7)),
    counted: p.value !== 0,
  }));
  return (month) => {
    for (const span of spans) if (month >= span.from && month <= span.to) return span.counted;
    return true;
  };
}

export interface CountedIncome {
  /** Sources of the records the income figure rests on (counted members, counted types, in the window). */
  sources: IncomeSource[];
  totalQepik: number;
  /** Over the member-type-months some agency reports on: the agencies' total and the declared total. */
  comparable: { agencyQepik: number; declaredQepik: number };
}

const TYPE_INDEX = new Map<IncomeType, number>(INCOME_TYPES.map((t, i) => [t, i]));
const TYPE_COUNT = INCOME_TYPES.length;

/** A "YYYY-MM" month as a month count (year × 12 + month − 1), read by character codes: no string is built. */
export function monthNumber(month: YearMonth): number {
  // Inline rather than a helper closure: a closure made per call is a function object per income record (and
  // under tsx, which keeps function names, a defineProperty as well).
  const year =
    (month.charCodeAt(0) - 48) * 1000 +
    (month.charCodeAt(1) - 48) * 100 +
    (month.charCodeAt(2) - 48) * 10 +
    (month.charCodeAt(3) - 48);
  return year * 12 + (month.charCodeAt(5) - 48) * 10 + (month.charCodeAt(6) - 48) - 1;
}

interface MonthEntry {
  memberType: number;
  agency: number;
  declared: number;
  beyond: number;
  hasAgency: boolean;
}

/**
 * Family income over the window: income of counted members, of counted types, in the window. Agencies' records
 * come first and the declaration never lowers them: for each member, income type and month the figure counted is
 * the agencies' total, or the declared total when that is higher or no agency reports it *(design: "compared with
 * them, not trusted over them" — a family cannot declare an agency's figure away, and what it declares beyond the
 * agencies is its own statement of income; any difference also goes through the declaration rule, ground 1)*.
 * Taking the larger of the two per month makes adding any record unable to lower the income. Income declared as
 * beyond the registers (`beyondRegisters`) is by its nature unknown to them: it is added on top, never compared.
 */
export function countedIncome(
  records: readonly IncomeRecord[],
  counted: readonly Member[],
  ctx: RuleContext,
  window: MonthWindow,
): CountedIncome {
  // Members, types and months are numbered so that the keys are integers: building a string key per record was
  // the engine's hottest line.
  const memberIndex = new Map<string, number>();
  counted.forEach((m, i) => memberIndex.set(m.fin, i));
  const from = monthNumber(window.from);
  const to = monthNumber(window.to);
  const typeCounted: (((month: number) => boolean) | undefined)[] = [];
  const byMonth = new Map<number, MonthEntry>();
  const sources = new Set<IncomeSource>();
  const declaredMemberTypes = new Set<number>();
  // The agency layer sends a member's records together and mostly from one source: the last FIN and source seen
  // spare a hash lookup per record (the answers are the same, only fewer are asked).
  let lastFin = "";
  let lastMember: number | undefined;
  let lastSource: IncomeSource | undefined;
  for (const r of records) {
    if (r.memberFin !== lastFin) {
      lastFin = r.memberFin;
      lastMember = memberIndex.get(lastFin);
    }
    const member = lastMember;
    if (member === undefined) continue;
    const month = monthNumber(r.month);
    if (month < from || month > to) continue;
    const type = TYPE_INDEX.get(r.type) ?? 0;
    let counts = typeCounted[type];
    if (counts === undefined) {
      counts = incomeTypeCountedIn(r.type, ctx);
      typeCounted[type] = counts;
    }
    if (!counts(month)) continue;
    if (r.source !== lastSource) {
      lastSource = r.source;
      sources.add(lastSource);
    }
    const memberType = member * TYPE_COUNT + type;
    const key = memberType * (to - from + 1) + (month - from);
    let entry = byMonth.get(key);
    if (entry === undefined) {
      entry = { memberType, agency: 0, declared: 0, beyond: 0, hasAgency: false };
      byMonth.set(key, entry);
    }
    if (r.beyondRegisters) {
      entry.beyond += r.amountQepik;
    } else if (r.source === "DECLARED") {
      entry.declared += r.amountQepik;
      declaredMemberTypes.add(memberType);
    } else {
      entry.agency += r.amountQepik;
      entry.hasAgency = true;
    }
  }
  let totalQepik = 0;
  let agencyQepik = 0;
  let declaredQepik = 0;
  for (const entry of byMonth.values()) {
    totalQepik += Math.max(entry.agency, entry.declared) + entry.beyond;
    // Only what the family declared is compared: a member's income of a type they declared nothing of (a
    // pension, a benefit — what the application does not ask because the registers hold it) is the agencies'
    // figure alone, not a false declaration (refusal ground 1 is about what was declared).
    if (entry.hasAgency && declaredMemberTypes.has(entry.memberType)) {
      agencyQepik += entry.agency;
      declaredQepik += entry.declared;
    }
  }
  return { sources: [...sources].sort(), totalQepik, comparable: { agencyQepik, declaredQepik } };
}
