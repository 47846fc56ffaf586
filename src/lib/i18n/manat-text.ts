/** Two qəpik digits, always: 825,97 and 240,00. */
export const MANAT_DIGITS = { minimumFractionDigits: 2, maximumFractionDigits: 2 } as const;

/**
 * An amount of qəpik as pages write it: the number in the reader's language and "AZN", as the decision letter,
 * the SMS and the timeline write it. Never the ₼ sign: the app's font has none, and neither have many phones'
 * and desktops' fallback fonts, which draw an empty box where the unit should be.
 */
export function manatText(
  qepik: number,
  formatNumber: (value: number, options: typeof MANAT_DIGITS) => string,
): string {
  return `${formatNumber(qepik / 100, MANAT_DIGITS)}\u00a0AZN`;
}
