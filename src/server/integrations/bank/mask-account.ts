/**
 * The only form of an account number vemtas keeps or shows: country and check digits and the last four
 * characters ("AZ21 **** 1234"), enough for a family to recognise its card, useless to anyone else.
 */
export function maskAccountNumber(accountNumber: string): string {
  const compact = accountNumber.replace(/\s+/g, "").toUpperCase();
  if (compact.length < 8) return "****";
  return `${compact.slice(0, 4)} **** ${compact.slice(-4)}`;
}
