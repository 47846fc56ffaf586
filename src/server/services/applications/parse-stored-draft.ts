import { addMonths, bakuDate } from "@/kernel/calendar-date";
import { draftSchema, type Draft } from "@/lib/wizard/draft-schema";
import { isAbsence, MAX_AGE_YEARS } from "@/lib/wizard/draft-limits";
import { WIZARD_STEPS } from "@/lib/wizard/wizard-steps";

/**
 * Application.draft as read from the database, checked again: a draft saved under an older version of the
 * wizard must not slip through unchecked. Null when there is none or it no longer passes. Two rules came after
 * drafts were saved. The representative cannot be absent (missing, whereabouts unknown, in custody): such an
 * answer is dropped rather than the whole draft, so the person answers that question again and keeps the rest.
 * A birth date is at most MAX_AGE_YEARS back (the wizard took any from 1900 before): a draft whose only fault is
 * such a date is kept as typed and opens on that date's step, where "Next" says what to correct.
 */
export function parseStoredDraft(value: unknown, representativeFin: string, now: Date, adultAge: number): Draft | null {
  if (value === null || value === undefined) return null;
  const today = bakuDate(now);
  const schema = draftSchema({ today, representativeFin, adultAge });
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const kept = withoutRepresentativeAbsence(value, representativeFin);
  const retried = schema.safeParse(kept);
  if (retried.success) return retried.data;
  const tooOld = retried.error.issues.map((i) => (i.message === "errors.birthDateTooOld" ? i.path : null));
  if (!tooOld.every((path) => path !== null)) return null;
  // Checked with the oldest birth date accepted in place of each, which keeps an adult an adult; then given back.
  const oldest = addMonths(today, -12 * MAX_AGE_YEARS);
  const checked = schema.safeParse(tooOld.reduce((v, path) => replacedAt(v, path, oldest), kept));
  if (!checked.success) return null;
  const draft = tooOld.reduce((d, path) => replacedAt(d, path, valueAt(kept, path)), checked.data as unknown) as Draft;
  const steps = tooOld.map((path) => WIZARD_STEPS.indexOf(path[0] as (typeof WIZARD_STEPS)[number]));
  return { ...draft, step: Math.min(draft.step, ...steps) };
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (v, key) => (typeof v === "object" && v !== null ? Reflect.get(v, key) : undefined),
    value,
  );
}

/** A copy of `value` with `replacement` at `path` (objects and lists copied along the way, nothing else changed). */
function replacedAt(value: unknown, path: readonly PropertyKey[], replacement: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return replacement;
  if (Array.isArray(value))
    return value.map((item: unknown, i) => (i === key ? replacedAt(item, rest, replacement) : item));
  if (typeof value !== "object" || value === null) return value;
  return { ...value, [key]: replacedAt(Reflect.get(value, key), rest, replacement) };
}

function withoutRepresentativeAbsence(value: unknown, representativeFin: string): unknown {
  if (typeof value !== "object" || value === null || !("declarations" in value)) return value;
  const declarations: unknown = value.declarations;
  if (typeof declarations !== "object" || declarations === null || !("notWorking" in declarations)) return value;
  const notWorking: unknown = declarations.notWorking;
  if (!Array.isArray(notWorking)) return value;
  const kept = notWorking.filter(
    (n: unknown) =>
      !(
        typeof n === "object" &&
        n !== null &&
        "memberFin" in n &&
        "reason" in n &&
        n.memberFin === representativeFin &&
        isAbsence(n.reason)
      ),
  );
  return { ...value, declarations: { ...declarations, notWorking: kept } };
}
