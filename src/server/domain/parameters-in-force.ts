import type { IsoDate } from "@/kernel/calendar-date";
import { PARAMETER_CODES, parameterOn, type ParameterCode, type ParameterSet } from "./parameters";

// Every value of every parameter in force on a date, read from a table built once per parameter set: the engine
// asks for a dozen parameters per family, and resolving each by scanning its dated values (with a record per
// answer) was a visible part of one family's time. The set is treated as immutable once used, as the holiday
// calendar is (a changed law is a new set loaded from the database, never an edit of one in use).

export type ValuesInForce = Readonly<Record<ParameterCode, number | null>>;

interface Timeline {
  /** Every distinct validFrom, ascending: between two of them no value changes. */
  starts: IsoDate[];
  /** values[i + 1] is in force from starts[i] until the next start; values[0] before the first. */
  values: ValuesInForce[];
}

const timelines = new WeakMap<ParameterSet, Timeline>();

function valuesOn(date: IsoDate | null, parameters: ParameterSet): ValuesInForce {
  const values = {} as Record<ParameterCode, number | null>;
  for (const code of PARAMETER_CODES)
    values[code] = date === null ? null : (parameterOn(code, date, parameters)?.value ?? null);
  return values;
}

function timelineOf(parameters: ParameterSet): Timeline {
  const known = timelines.get(parameters);
  if (known !== undefined) return known;
  const distinct = new Set<IsoDate>();
  for (const code of PARAMETER_CODES) for (const v of parameters[code]?.values ?? []) distinct.add(v.validFrom);
  // ISO dates order correctly as strings, the same comparison parameterOn makes.
  const starts = [...distinct].sort();
  // Resolved by parameterOn itself at each start, so the table gives exactly its answers (ties included).
  const timeline = { starts, values: [valuesOn(null, parameters), ...starts.map((s) => valuesOn(s, parameters))] };
  timelines.set(parameters, timeline);
  return timeline;
}

/** Each parameter's value in force on `date` (latest validFrom ≤ date), null where none is: parameterOn's answers. */
export function parametersInForce(parameters: ParameterSet, date: IsoDate): ValuesInForce {
  const { starts, values } = timelineOf(parameters);
  // Binary search for the number of starts ≤ date.
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((starts[mid] as IsoDate) <= date) low = mid + 1;
    else high = mid;
  }
  return values[low] as ValuesInForce;
}
