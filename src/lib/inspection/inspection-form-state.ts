import { z } from "zod";
import {
  INSPECTION_RESULT_VERSION,
  LIVESTOCK_KINDS,
  METER_KINDS,
  ZInspectionResult,
  type InspectionResult,
} from "./inspection-result";

// The visit form's state as the inspector types it (text for numbers, a row per meter and kind of livestock)
// and its one translation into an InspectionResult. Plain data and pure functions: the tablet keeps this state in
// local storage while it is typed, and keeps the result it produces until the server has it.

type MeterKind = (typeof METER_KINDS)[number];
type LivestockKind = (typeof LIVESTOCK_KINDS)[number];

export interface InspectionFormState {
  visitedOn: string;
  housingType: string;
  housingCondition: string;
  rooms: string;
  meters: Record<MeterKind, { present: boolean; number: string }>;
  landAreaSqm: string;
  livestock: Record<LivestockKind, string>;
  vehicles: { key: string; description: string; registration: string }[];
  largePurchases: { key: string; description: string }[];
  membersPresent: string[];
  notes: string;
  needsJudgement: boolean;
  judgementCode: string;
  judgementReason: string;
}

/** A form as kept on the tablet while it is typed; a copy that no longer fits this shape is not restored. */
export const ZInspectionFormState = z.object({
  visitedOn: z.string(),
  housingType: z.string(),
  housingCondition: z.string(),
  rooms: z.string(),
  meters: z.record(z.enum(METER_KINDS), z.object({ present: z.boolean(), number: z.string() })),
  landAreaSqm: z.string(),
  livestock: z.record(z.enum(LIVESTOCK_KINDS), z.string()),
  vehicles: z.array(z.object({ key: z.string(), description: z.string(), registration: z.string() })),
  largePurchases: z.array(z.object({ key: z.string(), description: z.string() })),
  membersPresent: z.array(z.string()),
  notes: z.string(),
  needsJudgement: z.boolean(),
  judgementCode: z.string(),
  judgementReason: z.string(),
}) satisfies z.ZodType<InspectionFormState>;

export function emptyInspectionForm(visitedOn: string): InspectionFormState {
  return {
    visitedOn,
    housingType: "",
    housingCondition: "",
    rooms: "",
    meters: Object.fromEntries(
      METER_KINDS.map((k) => [k, { present: false, number: "" }]),
    ) as InspectionFormState["meters"],
    landAreaSqm: "",
    livestock: Object.fromEntries(LIVESTOCK_KINDS.map((k) => [k, ""])) as InspectionFormState["livestock"],
    vehicles: [],
    largePurchases: [],
    membersPresent: [],
    notes: "",
    needsJudgement: false,
    judgementCode: "",
    judgementReason: "",
  };
}

/** A whole number typed with or without spaces; anything else is NaN, which the schema refuses. */
function count(text: string): number {
  const digits = text.replace(/\s/g, "");
  return /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
}

export function toInspectionResultDraft(s: InspectionFormState): unknown {
  return {
    version: INSPECTION_RESULT_VERSION,
    visitedOn: s.visitedOn,
    housing: { type: s.housingType, condition: s.housingCondition, rooms: count(s.rooms) },
    meters: METER_KINDS.filter((k) => s.meters[k].present).map((kind) => ({
      kind,
      number: s.meters[kind].number.trim(),
    })),
    // An empty land field means the family has no land.
    landAreaSqm: s.landAreaSqm.trim() === "" ? 0 : count(s.landAreaSqm),
    livestock: LIVESTOCK_KINDS.filter((k) => s.livestock[k].trim() !== "" && s.livestock[k].trim() !== "0").map(
      (kind) => ({ kind, count: count(s.livestock[kind]) }),
    ),
    vehicles: s.vehicles.map(({ description, registration }) => ({ description, registration })),
    largePurchases: s.largePurchases.map(({ description }) => ({ description })),
    membersPresent: s.membersPresent,
    notes: s.notes,
    judgement: s.needsJudgement ? { code: s.judgementCode, reason: s.judgementReason } : null,
  };
}

// The housing's parts by the form's controls: the result says "type", the form's select is "housingType".
const HOUSING_CONTROLS: Readonly<Record<string, string>> = { type: "housingType", condition: "housingCondition" };

/**
 * The result, or the message key of each field in error, keyed by the form's field id (`housingType`, `rooms`,
 * `meter-GAS`, `livestock-SHEEP`, `vehicle-0-description`, ...).
 */
export function toInspectionResult(
  s: InspectionFormState,
): { ok: true; result: InspectionResult } | { ok: false; errors: Record<string, string> } {
  const parsed = ZInspectionResult.safeParse(toInspectionResultDraft(s));
  if (parsed.success) return { ok: true, result: parsed.data };
  const presentMeters = METER_KINDS.filter((k) => s.meters[k].present);
  const presentLivestock = LIVESTOCK_KINDS.filter((k) => s.livestock[k].trim() !== "" && s.livestock[k].trim() !== "0");
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const [head, index, field] = issue.path;
    const id =
      head === "housing"
        ? (HOUSING_CONTROLS[String(index)] ?? String(index))
        : head === "meters"
          ? `meter-${presentMeters[Number(index)]}`
          : head === "livestock"
            ? `livestock-${presentLivestock[Number(index)]}`
            : head === "vehicles"
              ? `vehicle-${String(index)}-${String(field ?? "description")}`
              : head === "largePurchases"
                ? `purchase-${String(index)}`
                : head === "judgement"
                  ? index === "code"
                    ? "judgementCode"
                    : "judgementReason"
                  : String(head);
    errors[id] ??= issue.message;
  }
  return { ok: false, errors };
}
