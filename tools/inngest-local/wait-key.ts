/**
 * The equality key of a wait's condition. `step.waitForEvent(…, { match: "data.applicationId" })` reaches the
 * engine as `event.data.applicationId == async.data.applicationId`: the waiting run's trigger and the incoming event
 * must agree on one value. Stored with the wait, the key lets an event be compared only with the waits on its own
 * value (an index lookup) instead of with every wait for its name, which with many runs waiting on the same event
 * name (every application waits for "inspection/completed") made each event cost a transaction per waiting run.
 * Only a string value is keyed (compared as text in SQL); any other condition is evaluated on every candidate, as
 * before, and a keyed candidate still has its whole condition evaluated, so the key only narrows.
 */
const EQUALITY = /^\s*event\.([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*==\s*async\.\1\s*$/;

export function waitKeyOf(condition: string | null, trigger: unknown): { path: string[]; value: string } | null {
  const match = condition ? EQUALITY.exec(condition) : null;
  if (!match?.[1]) return null;
  const path = match[1].split(".");
  let value: unknown = trigger;
  for (const key of path) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return null;
    value = (value as Record<string, unknown>)[key];
  }
  return typeof value === "string" ? { path, value } : null;
}
