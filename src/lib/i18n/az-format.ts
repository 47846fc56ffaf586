// Azerbaijani dates and numbers without the browser's locale data. Chromium accepts "az" but carries no data
// for it and prints "1988 M05 14" and "1,234.5"; Node, which renders the same components on the server, has
// the full data. These reproduce Node's (CLDR's) Azerbaijani output, so a page reads the same before and after
// hydration and in any browser. Only what the client components use is covered; the rest throws.

const MONTHS = [
  "yanvar",
  "fevral",
  "mart",
  "aprel",
  "may",
  "iyun",
  "iyul",
  "avqust",
  "sentyabr",
  "oktyabr",
  "noyabr",
  "dekabr",
];
const MONTHS_SHORT = ["yan", "fev", "mar", "apr", "may", "iyn", "iyl", "avq", "sen", "okt", "noy", "dek"];
const WEEKDAYS = ["bazar", "bazar ertəsi", "çərşənbə axşamı", "çərşənbə", "cümə axşamı", "cümə", "şənbə"];
const WEEKDAYS_SHORT = ["B.", "B.E.", "Ç.A.", "Ç.", "C.A.", "C.", "Ş."];

/** A date style with or without the time, or one of the two parts a calendar's column header shows. */
export type AzDateOptions =
  | { dateStyle?: "full" | "long" | "medium"; timeStyle?: "short" | "medium"; timeZone: string }
  | { weekday: "short"; timeZone: string }
  | { day: "numeric"; month: "short"; timeZone: string };

/** The calendar fields of `date` in `timeZone`, read with a locale every engine has. */
function fieldsIn(date: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const year = get("year");
  const month = get("month");
  const day = get("day");
  return {
    year,
    month,
    day,
    hour: get("hour"),
    minute: get("minute"),
    second: get("second"),
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
  };
}

const two = (n: number) => String(n).padStart(2, "0");

export function formatAzDate(date: Date, options: AzDateOptions): string {
  const f = fieldsIn(date, options.timeZone);
  if ("weekday" in options) return WEEKDAYS_SHORT[f.weekday]!;
  if ("month" in options) return `${f.day} ${MONTHS_SHORT[f.month - 1]}`;
  // "medium" adds the seconds, as CLDR's az data does.
  const hhmm = `${two(f.hour)}:${two(f.minute)}`;
  const time = !options.timeStyle ? null : options.timeStyle === "medium" ? `${hhmm}:${two(f.second)}` : hhmm;
  if (!options.dateStyle) {
    if (time === null) throw new Error("formatAzDate needs a dateStyle or a timeStyle");
    return time;
  }
  const datePart =
    options.dateStyle === "medium"
      ? `${f.day} ${MONTHS_SHORT[f.month - 1]} ${f.year}`
      : options.dateStyle === "long"
        ? `${f.day} ${MONTHS[f.month - 1]} ${f.year}`
        : `${f.day} ${MONTHS[f.month - 1]} ${f.year}, ${WEEKDAYS[f.weekday]}`;
  if (time === null) return datePart;
  // CLDR joins a long or full date to the time with "/", a medium one with ", ".
  return options.dateStyle === "medium" ? `${datePart}, ${time}` : `${datePart}/${time}`;
}

export interface AzNumberOptions {
  minimumFractionDigits?: number;
  maximumFractionDigits?: number;
}

/** Grouped with ".", decimals after ",". Money adds "AZN" itself (`manatText`), never the ₼ sign. */
export function formatAzNumber(value: number, options: AzNumberOptions = {}): string {
  const english = new Intl.NumberFormat("en-US", options).format(value);
  return english.replace(/[,.]/g, (c) => (c === "," ? "." : ","));
}
