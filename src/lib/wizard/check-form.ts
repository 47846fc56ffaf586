import { FIN_PATTERN, normalizeAzPhone, normalizeFin } from "@/kernel/identity-format";
import { bakuDate } from "@/kernel/calendar-date";
import type { Draft, DraftContext } from "./draft-schema";
import { WIZARD_STEPS } from "./wizard-steps";
import { checkDraft } from "./check-draft";
import { formFieldOf, type FieldErrors, type FormState } from "./draft-form";
import { inPageOrder } from "./page-order";
import { amountRefusal, typedSignedQepik } from "@/lib/i18n/typed-manat";

// The typed form made into a draft and checked before "Next", apart from the form's state (draft-form.ts): the
// browser downloads this with the later steps once the person starts using the form, not with the page
// (docs/citizen-wizard.md).

/**
 * "150", "150.5", "1.200,50" → qəpik; "-5" → -500, which the schema refuses as errors.amountNegative; anything
 * else → NaN, which it refuses as errors.amountFormat.
 */
export function parseAzn(raw: string): number {
  return typedSignedQepik(raw) ?? Number.NaN;
}

function parseCount(raw: string): number | null {
  const t = raw.replace(/\s/g, "");
  if (t === "") return null;
  return /^\d{1,10}$/.test(t) ? Number(t) : Number.NaN;
}

/** The typed draft made of the steps before `throughStep` and that step itself. */
export function formToDraft(
  form: FormState,
  throughStep: number,
  nextStep: number,
  representativeFin: string,
): unknown {
  const has = (step: (typeof WIZARD_STEPS)[number]) => WIZARD_STEPS.indexOf(step) <= throughStep;
  const normalizePhone = (raw: string) => normalizeAzPhone(raw) ?? raw;
  return {
    step: nextStep,
    contact: has("contact")
      ? { ...form.contact, phone: normalizePhone(form.contact.phone), email: form.contact.email.trim() }
      : undefined,
    address: has("address") ? form.address : undefined,
    members: has("members") ? form.members.map((m) => ({ ...m, fin: normalizeFin(m.fin) })) : undefined,
    declarations: has("declarations")
      ? {
          incomes: form.incomes.map(({ monthlyAzn, ...i }) => ({ ...i, monthlyQepik: parseAzn(monthlyAzn) })),
          assets: form.assets.map(({ quantity, valueAzn, ...a }) => ({
            ...a,
            quantity: a.kind === "LIVESTOCK" || a.kind === "LAND" ? parseCount(quantity) : null,
            valueQepik: valueAzn.trim() === "" ? null : parseAzn(valueAzn),
          })),
          notWorking: Object.entries(form.notWorking)
            // Only people still listed: the answer about a removed member stays typed but is not sent.
            .filter(
              ([fin, n]) =>
                n.reason !== "" && (fin === representativeFin || form.members.some((m) => normalizeFin(m.fin) === fin)),
            )
            .map(([memberFin, n]) => ({
              memberFin,
              reason: n.reason,
              caresForFin: n.reason === "CARES_FOR_MEMBER" ? n.caresForFin || "" : null,
            })),
        }
      : undefined,
    consent: has("consent") ? { agreed: form.consent } : undefined,
  };
}

export type CheckResult = { ok: true; draft: Draft } | { ok: false; errors: FieldErrors };

/**
 * Checks the steps up to `throughStep` with the rules the server's schema applies (check-draft.ts). Errors are
 * message keys by field; the first error of a field wins, as the one to fix first.
 */
export function checkForm(
  form: FormState,
  throughStep: number,
  nextStep: number,
  ctx: Omit<DraftContext, "today"> & { now: Date },
): CheckResult {
  const candidate = formToDraft(form, throughStep, nextStep, ctx.representativeFin);
  const checked = checkDraft(candidate, {
    today: bakuDate(ctx.now),
    representativeFin: ctx.representativeFin,
    adultAge: ctx.adultAge,
  });
  if (checked.ok) return checked;
  const errors: FieldErrors = {};
  for (const issue of checked.issues) errors[formFieldOf(issue.path, candidate)] ??= issue.code;
  // The check reads amounts as figures, so an amount typed "1.200" (1200? 1.20?) is only "not an amount" to it:
  // said as a thousands separator from what was typed.
  for (const [path, typed] of amountsTyped(form)) if (errors[path]) errors[path] = amountRefusal(errors[path], typed);
  // The schema checks a repeated FIN only once every field is valid (rules across sections run last, as zod's
  // superRefine does), which showed it in a second round after the family had fixed the rest. Said now, with the rest.
  if (WIZARD_STEPS.indexOf("members") <= throughStep)
    for (const path of repeatedFins(form, ctx.representativeFin)) errors[path] ??= "memberDuplicate";
  const people = [ctx.representativeFin, ...form.members.map((m) => normalizeFin(m.fin))];
  return { ok: false, errors: inPageOrder(errors, people) };
}

/** Each amount field of the form, by its path, with what was typed in it. */
function amountsTyped(form: FormState): [string, string][] {
  return [
    ...form.incomes.map((i, n): [string, string] => [`declarations.incomes.${n}.monthlyAzn`, i.monthlyAzn]),
    ...form.assets.map((a, n): [string, string] => [`declarations.assets.${n}.valueAzn`, a.valueAzn]),
  ];
}

/** The FIN fields of members whose well-formed FIN is the representative's or an earlier member's. */
function repeatedFins(form: FormState, representativeFin: string): string[] {
  const seen = new Set([representativeFin]);
  const paths: string[] = [];
  form.members.forEach((m, i) => {
    const fin = normalizeFin(m.fin);
    if (!FIN_PATTERN.test(fin)) return;
    if (seen.has(fin)) paths.push(`members.${i}.fin`);
    seen.add(fin);
  });
  return paths;
}
