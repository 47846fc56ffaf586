/**
 * Manat as a person types them, to whole qəpik, or null when it is not an amount: "1200", "1200,5", "1200.50",
 * and thousands grouped the way the pages write them ("1.200,50" in Azerbaijani, "1 200,50" in Russian,
 * "1,200.50" in English). A dot or comma between thousands counts only with the other mark's decimals after it:
 * alone, "1.200" could be 1.20 manat mistyped as well as 1200, so it is refused rather than guessed (and said so:
 * typedManatProblem). Integer arithmetic on the digits: a float would turn 0.29 AZN into 28 qəpik. At most 9
 * digits of manat.
 */
export function typedQepik(text: string): number | null {
  const m = typedParts(text);
  if (!m || m.manat.length > 9) return null;
  return Number(m.manat) * 100 + Number(m.decimals.padEnd(2, "0"));
}

/** A minus sign as people type it: hyphen, the minus sign or an en dash, maybe a space after. */
const MINUS = /^[-\u2212\u2013]\s*/;

/**
 * The currency written after an amount, as people write it on a form that asks for manat: "450 AZN", "450₼",
 * "450 манат(ов)", "450 manat"; any letter case, with or without a space. Only after the figure, and only the manat.
 */
const CURRENCY = /\s*(?:azn|₼|манат(?:а|ов)?|manat)\.?$/iu;
const withoutCurrency = (text: string) => text.trim().replace(CURRENCY, "");

/**
 * typedQepik, and an amount written with a minus sign ("-5", "−150,50") as the negative qəpik it says, so that a
 * check refuses it as negative (errors.amountNegative) rather than as no amount at all; null for anything else,
 * "-0" included (nothing below zero to say).
 */
export function typedSignedQepik(text: string): number | null {
  const qepik = typedQepik(text);
  if (qepik !== null) return qepik;
  const t = text.trim();
  const unsigned = t.replace(MINUS, "");
  const magnitude = unsigned === t ? null : typedQepik(unsigned);
  return magnitude ? -magnitude : null;
}

/** The manat digits and decimals of text written as an amount, whatever its number of digits; else null. */
function typedParts(text: string): { manat: string; decimals: string } | null {
  const t = withoutCurrency(text).replace(/[\s\u00a0]+/g, " ");
  const m =
    /^(\d+)(?:[.,](\d{1,2}))?$/.exec(t.replace(/ /g, "")) ??
    /^(\d{1,3}(?:\.\d{3})+),(\d{1,2})$/.exec(t) ??
    /^(\d{1,3}(?:,\d{3})+)\.(\d{1,2})$/.exec(t);
  return m ? { manat: m[1]!.replace(/[ .,]/g, ""), decimals: m[2] ?? "" } : null;
}

/**
 * Thousands grouped with a dot or a comma and nothing after them: "1.200", "1,200", "12.345.678" (minus sign
 * aside). Whoever groups thousands means 1200; whoever writes decimals with that mark (a comma in Azerbaijani and
 * Russian, a dot in English) may have meant 1.20 with a slip. One or two digits after the mark ("1.2", "1,20")
 * are decimals and read as such; a leading zero ("0.500") groups no thousands.
 */
const THOUSANDS_ONLY = /^[1-9]\d{0,2}([.,])\d{3}(?:\1\d{3})*$/;

/** Whether text is an amount whose only fault is a thousands separator (THOUSANDS_ONLY), which is not guessed. */
export const typedWithThousandsSeparator = (text: string): boolean =>
  THOUSANDS_ONLY.test(withoutCurrency(text).replace(MINUS, ""));

/**
 * Why text typedQepik refused is not an amount, as an `errors.*` catalog key: "-5" is an amount with a minus
 * sign (amounts are never negative), "99999999999" one with more digits than any amount here, "1.200" one with a
 * thousands separator it does not guess at (typedWithThousandsSeparator); anything else is not written as an
 * amount. Said precisely, since "enter the amount in manat, e.g. 150" read as if a figure that is plainly an amount
 * had been mistyped.
 */
export function typedManatProblem(
  text: string,
): "errors.amountNegative" | "errors.amountTooLarge" | "errors.amountThousandsSeparator" | "errors.amountFormat" {
  const t = withoutCurrency(text);
  const unsigned = t.replace(MINUS, "");
  if (unsigned !== t && typedParts(unsigned) !== null) return "errors.amountNegative";
  if (typedWithThousandsSeparator(t)) return "errors.amountThousandsSeparator";
  const parts = typedParts(t);
  if (parts !== null && parts.manat.replace(/^0+(?=\d)/, "").length > 9) return "errors.amountTooLarge";
  return "errors.amountFormat";
}

/**
 * A check's refusal of an amount typed as `text` (a code without "errors.", as the checks give them), said more
 * precisely where the text shows why: a check that reads the amount as a figure only knows it is not one
 * ("amountFormat"), where "1.200" has a thousands separator ("amountThousandsSeparator"). The browser's checks
 * call this with what was typed; the server only ever receives the figure.
 */
export function amountRefusal(code: string, text: string): string {
  return code === "amountFormat" && typedWithThousandsSeparator(text) ? "amountThousandsSeparator" : code;
}
