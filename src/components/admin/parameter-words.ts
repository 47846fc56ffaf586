import type { getFormatter, getTranslations } from "next-intl/server";
import { codeLabel } from "@/components/workspace/code-label";
import { isSystemRuleReference } from "@/kernel/system-rule-reference";
import { displayNumber, isAgeInMonths, PLURAL_UNITS, yearsAndMonths } from "./parameter-value";

type Translator = Awaited<ReturnType<typeof getTranslations>>;
type Formatter = Awaited<ReturnType<typeof getFormatter>>;

/**
 * A law parameter in words, as the console and the audit log write it: its name by code, and a stored value in
 * its unit. Money reads as AZN with its two qəpik digits (31550 → "315,50 AZN per person per month"), shares and
 * counts without trailing zeros; years, months and working days go as numbers, whose words agree with them. A
 * pension age, stored in months, reads as an age (780 → "65 years", 774 → "64 years 6 months") when its code is
 * given.
 */
export function parameterWords(t: Translator, codes: Translator, format: Formatter) {
  const name = (code: string) =>
    code.startsWith("INCOME_COUNTED:")
      ? t("incomeCounted", { kind: codeLabel(codes, "incomeTypes", code.slice("INCOME_COUNTED:".length)) })
      : t(`names.${code}`);
  const value = (unit: string, stored: number, code?: string) =>
    code !== undefined && isAgeInMonths(code) ? t("units.AGE_MONTHS", yearsAndMonths(stored)) : unitValue(unit, stored);
  const unitValue = (unit: string, stored: number) =>
    t(`units.${unit}`, {
      n: PLURAL_UNITS.has(unit)
        ? stored
        : format.number(
            displayNumber(unit, stored),
            unit === "QEPIK_PER_PERSON_PER_MONTH" ? { minimumFractionDigits: 2 } : { maximumFractionDigits: 2 },
          ),
    });
  // A parameter the law leaves open stores a note, not an act's title: the note in the reader's language; an act's
  // title stays as stored (in Azerbaijani, as the act is named).
  const law = (reference: string) => (isSystemRuleReference(reference) ? t("systemRule") : reference);
  return { name, value, law };
}
