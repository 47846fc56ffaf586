import type { Draft } from "./draft-schema";
import type { NotWorkingReason } from "./draft-limits";

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
