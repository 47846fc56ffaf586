/**
 * Manat as a person types them, to whole qəpik, or null when it is not an amount: "1200", "1200,5", "1200.50",
 * and thousands grouped the way the pages write them ("1.200,50" in Azerbaijani, "1 200,50" in Russian,
 * "1,200.50" in English). A dot or comma between thousands counts only with the other mark's decimals after it:
 * alone, "1.200" could be 1.20 manat mistyped as well as 1200, so it is refused rather than guessed. Integer
 * arithmetic on the digits: a float would turn 0.29 AZN into 28 qəpik. At most 9 digits of manat.
 */
export function typedQepik(text: string): number | null {
  const t = text.trim().replace(/[\s\u00a0]+/g, " ");
  const m =
    /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(t.replace(/ /g, "")) ??
    /^(\d{1,3}(?:\.\d{3})+),(\d{1,2})$/.exec(t) ??
    /^(\d{1,3}(?:,\d{3})+)\.(\d{1,2})$/.exec(t);
  if (!m) return null;
  const manat = m[1]!.replace(/[ .,]/g, "");
  if (manat.length > 9) return null;
  return Number(manat) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}
