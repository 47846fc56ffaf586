// Money is integer qəpik (1 AZN = 100 qəpik). These helpers keep every comparison exact: products that could
// pass 2^53 are done in BigInt, and a share is compared as a cross-multiplication, never as a float.

export type Locale = "az" | "ru" | "en";

/**
 * Whole manat in groups of three digits. Sliced rather than matched with a look-ahead regex: every decision
 * formats its amounts in three languages, and the regex was a tenth of the engine's time. Digits only (a
 * non-negative safe integer, as every amount in qəpik is); anything else is returned as String gives it.
 */
function groupThousands(n: number, separator: string): string {
  const digits = String(n);
  if (!Number.isSafeInteger(n) || n < 0) return digits;
  const head = ((digits.length - 1) % 3) + 1;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += separator + digits.slice(i, i + 3);
  return out;
}

/**
 * Formats qəpik as every text of the service writes money (pages, letters, reasons, SMS): az "1.234,50 AZN",
 * ru "1 234,50 AZN", en "1,234.50 AZN", each language's own separators (pages do the same through manat-text.ts).
 * Plain spaces, not no-break ones, so an SMS stays in the GSM alphabet.
 */
export function formatAzn(qepik: number, locale: Locale): string {
  if (!Number.isSafeInteger(qepik)) throw new RangeError("amount must be an integer number of qəpik");
  const sign = qepik < 0 ? "-" : "";
  const abs = Math.abs(qepik);
  const manat = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, "0");
  const group = locale === "en" ? "," : locale === "az" ? "." : " ";
  const decimal = locale === "en" ? "." : ",";
  return `${sign}${groupThousands(manat, group)}${decimal}${cents} AZN`;
}

/** Formats basis points as a percentage ("15 %", "2,5 %" / "2.5%"). */
export function formatPercent(basisPoints: number, locale: Locale): string {
  const whole = Math.floor(basisPoints / 100);
  const rest = basisPoints % 100;
  const fraction = rest === 0 ? "" : (locale === "en" ? "." : ",") + String(rest).padStart(2, "0").replace(/0$/, "");
  return locale === "en" ? `${whole}${fraction}%` : `${whole}${fraction} %`;
}

/** a × b compared with c × d, exactly. Returns negative, zero or positive like a comparator. */
export function compareProducts(a: number, b: number, c: number, d: number): number {
  const left = BigInt(a) * BigInt(b);
  const right = BigInt(c) * BigInt(d);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Whole qəpik of `amount × basisPoints / 10000`, rounded down (exact). */
export function shareOf(amount: number, basisPoints: number): number {
  return Number((BigInt(amount) * BigInt(basisPoints)) / 10000n);
}

/** Integer division rounded up, for non-negative numerators and positive divisors. */
export function divideRoundingUp(numerator: number, divisor: number): number {
  return Math.floor((numerator + divisor - 1) / divisor);
}
