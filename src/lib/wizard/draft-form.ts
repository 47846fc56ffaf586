import { normalizeAzPhone, normalizeFin } from "@/kernel/identity-format";
import { bakuDate } from "@/kernel/calendar-date";
import type { Draft, DraftContext } from "./draft-schema";
import { WIZARD_STEPS, type NotWorkingReason } from "./draft-limits";
import { checkDraft } from "./check-draft";

// What the person types, kept as text exactly as typed (so nothing is lost or reformatted under their
// fingers), and its conversion to the stored draft. Field names are the draft's paths, so a refusal from the
// schema lands next to the field it is about.

export interface FormMember {
  key: string;
  fin: string;
  firstName: string;
  lastName: string;
  patronymic: string;
  birthDate: string;
  relation: string;
}

export interface FormIncome {
  key: string;
  memberFin: string;
  type: string;
  /** AZN as typed, "150" or "150,50"; stored as qəpik. */
  monthlyAzn: string;
  note: string;
}

export interface FormAsset {
  key: string;
  kind: string;
  description: string;
  quantity: string;
  valueAzn: string;
}

export interface FormState {
  step: number;
  contact: {
    firstName: string;
    lastName: string;
    patronymic: string;
    birthDate: string;
    phone: string;
    email: string;
    preferredChannel: "SMS" | "EMAIL";
  };
  address: { districtCode: string; address: string };
  members: FormMember[];
  incomes: FormIncome[];
  assets: FormAsset[];
  /** By member FIN: "" when the member works or the question does not apply. */
  notWorking: Record<string, { reason: NotWorkingReason | ""; caresForFin: string }>;
  consent: boolean;
}

export type FieldErrors = Record<string, string>;

export function emptyForm(phone: string | null): FormState {
  return {
    step: 0,
    contact: {
      firstName: "",
      lastName: "",
      patronymic: "",
      birthDate: "",
      phone: phone ?? "",
      email: "",
      preferredChannel: "SMS",
    },
    address: { districtCode: "", address: "" },
    members: [],
    incomes: [],
    assets: [],
    notWorking: {},
    consent: false,
  };
}

const aznText = (qepik: number | null) =>
  qepik === null ? "" : `${Math.trunc(qepik / 100)}${qepik % 100 ? `.${String(qepik % 100).padStart(2, "0")}` : ""}`;

/** A stored draft back into text fields, for resuming on this or another device. */
export function draftToForm(draft: Draft, phone: string | null): FormState {
  const empty = emptyForm(phone);
  return {
    step: draft.step,
    contact: draft.contact ?? empty.contact,
    address: draft.address ?? empty.address,
    members: draft.members ?? [],
    incomes: (draft.declarations?.incomes ?? []).map(({ monthlyQepik, ...i }) => ({
      ...i,
      monthlyAzn: aznText(monthlyQepik),
    })),
    assets: (draft.declarations?.assets ?? []).map(({ quantity, valueQepik, ...a }) => ({
      ...a,
      quantity: quantity === null ? "" : String(quantity),
      valueAzn: aznText(valueQepik),
    })),
    notWorking: Object.fromEntries(
      (draft.declarations?.notWorking ?? []).map((n) => [
        n.memberFin,
        { reason: n.reason, caresForFin: n.caresForFin ?? "" },
      ]),
    ),
    consent: Boolean(draft.consent),
  };
}

/** "150", "150.5", "1 200,50" → qəpik; anything else → NaN, which the schema refuses as errors.amountFormat. */
export function parseAzn(raw: string): number {
  const m = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(raw.replace(/\s/g, ""));
  if (!m) return Number.NaN;
  return Number(m[1]) * 100 + Number((m[2] ?? "0").padEnd(2, "0"));
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

/**
 * The form field a draft path refers to: amounts are typed in AZN, reasons are keyed by FIN (found in the
 * candidate draft; without it, such a path has no field and the error shows in the summary only).
 */
export function formFieldOf(path: readonly PropertyKey[], candidate: unknown): string {
  const parts = path.map(String);
  if (parts[0] === "declarations" && parts[1] === "notWorking") {
    const list =
      (candidate as { declarations?: { notWorking?: { memberFin: string }[] } } | null)?.declarations?.notWorking ?? [];
    const fin = list[Number(parts[2])]?.memberFin ?? "";
    return ["notWorking", fin, ...parts.slice(3)].join(".");
  }
  const last = parts.at(-1);
  if (last === "monthlyQepik") parts[parts.length - 1] = "monthlyAzn";
  if (last === "valueQepik") parts[parts.length - 1] = "valueAzn";
  return parts.join(".");
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
  return { ok: false, errors };
}
