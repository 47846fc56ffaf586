/**
 * The first day of the month from which an assignment's months are paid its current amount, when earlier months
 * were paid another (a reported change took effect within the period); null when every month has the current
 * amount. The summary then says "463,99 AZN" is not what the family got in December.
 */
export function amountSince(
  months: readonly { month: string; amountQepik: number }[],
  amountQepik: number,
): string | null {
  const sorted = [...months].sort((x, y) => (x.month < y.month ? -1 : 1));
  let lastOther = -1;
  sorted.forEach((m, i) => {
    if (m.amountQepik !== amountQepik) lastOther = i;
  });
  const first = sorted[lastOther + 1];
  return lastOther >= 0 && first ? `${first.month}-01` : null;
}
