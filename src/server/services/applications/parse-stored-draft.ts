import { bakuDate } from "@/kernel/calendar-date";
import { draftSchema, type Draft } from "@/lib/wizard/draft-schema";
import { isAbsence } from "@/lib/wizard/draft-limits";

/**
 * Application.draft as read from the database, checked again: a draft saved under an older version of the
 * wizard must not slip through unchecked. Null when there is none or it no longer passes. One rule came after
 * drafts were saved: the representative cannot be absent (missing, whereabouts unknown, in custody). Such an
 * answer is dropped rather than the whole draft, so the person answers that question again and keeps the rest.
 */
export function parseStoredDraft(value: unknown, representativeFin: string, now: Date, adultAge: number): Draft | null {
  if (value === null || value === undefined) return null;
  const schema = draftSchema({ today: bakuDate(now), representativeFin, adultAge });
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const retried = schema.safeParse(withoutRepresentativeAbsence(value, representativeFin));
  return retried.success ? retried.data : null;
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
