/**
 * RULES.md "Income": the 12 whole calendar months before the month of application. Pure: the application
 * date is an input (an ISO calendar date in Asia/Baku), never read from a clock here.
 */
export interface IncomePeriod {
  periodFrom: string;
  periodTo: string;
  months: string[];
}

export function incomePeriod(applicationDate: string): IncomePeriod {
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(applicationDate);
  if (!match) throw new Error("applicationDate must be YYYY-MM-DD");
  const year = Number(match[1]);
  const month = Number(match[2]);
  const months: string[] = [];
  // Month index counted from year 0, so stepping back over a year boundary is plain subtraction.
  const current = year * 12 + (month - 1);
  for (let k = current - 12; k < current; k++) {
    months.push(`${String(Math.floor(k / 12)).padStart(4, "0")}-${String((k % 12) + 1).padStart(2, "0")}`);
  }
  const first = months[0] as string;
  const last = months[months.length - 1] as string;
  return { periodFrom: `${first}-01`, periodTo: `${last}-${String(daysInMonth(last)).padStart(2, "0")}`, months };
}

function daysInMonth(month: string): number {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
