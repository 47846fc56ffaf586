import { z } from "zod";
import { INSPECTOR_FLAGS } from "@/kernel/input-enums";
import { FIN_PATTERN } from "@/kernel/identity";
import { isIsoDate } from "@/kernel/calendar-date";

// What the inspector records at the family's home, as the tablet sends it and as Inspection.result stores it.
// Browser-safe (zod and the engine's dependency-free enums only), so the form checks exactly what the server
// checks, and an offline copy of the form can keep a result and send it later unchanged. Messages are catalog
// keys: `errors.<code>` for the shared field rules, `inspectionForm.errors.<rule>` for this form's own ones.

export const INSPECTION_RESULT_VERSION = 1;

export const HOUSING_TYPES = ["APARTMENT", "PRIVATE_HOUSE", "PART_OF_HOUSE", "DORMITORY", "RENTED", "OTHER"] as const;
export const HOUSING_CONDITIONS = ["GOOD", "SATISFACTORY", "POOR", "UNINHABITABLE"] as const;
export const METER_KINDS = ["ELECTRICITY", "GAS", "WATER"] as const;
export const LIVESTOCK_KINDS = [
  "CATTLE",
  "BUFFALO",
  "SHEEP",
  "GOATS",
  "HORSES",
  "POULTRY",
  "BEEHIVES",
  "OTHER",
] as const;
/** Why a person should look at the case: the engine's inspector flags, so the reason reaches it unchanged. */
export const JUDGEMENT_CODES = INSPECTOR_FLAGS;

export const MAX_ROOMS = 50;
export const MAX_LAND_SQM = 10_000_000; // 1 000 ha: far above any household plot.
export const MAX_HEADS = 100_000;
export const JUDGEMENT_REASON_MIN = 10;

const wholeNumber = (max: number) =>
  z
    .number({ error: "errors.quantityFormat" })
    .int("errors.quantityFormat")
    .nonnegative("errors.quantityFormat")
    .max(max, "errors.quantityFormat");
const text = (max: number) => z.string().trim().max(max, "errors.textTooLong");
const required = (max: number) => text(max).min(1, "errors.required");

const ZMeter = z.strictObject({
  kind: z.enum(METER_KINDS),
  // Meter numbers are printed on the device: digits, letters and dashes; the inspector corrects them on the spot.
  number: required(40).regex(/^[0-9A-Za-z-]+$/, "inspectionForm.errors.meterNumber"),
});

export const ZInspectionResult = z
  .strictObject({
    version: z.literal(INSPECTION_RESULT_VERSION),
    visitedOn: z.string().refine(isIsoDate, "errors.invalidInput"),
    housing: z.strictObject({
      type: z.enum(HOUSING_TYPES, { error: "errors.required" }),
      condition: z.enum(HOUSING_CONDITIONS, { error: "errors.required" }),
      rooms: wholeNumber(MAX_ROOMS),
    }),
    meters: z.array(ZMeter).max(METER_KINDS.length),
    landAreaSqm: wholeNumber(MAX_LAND_SQM),
    livestock: z
      .array(
        z.strictObject({
          kind: z.enum(LIVESTOCK_KINDS),
          count: wholeNumber(MAX_HEADS).min(1, "errors.quantityFormat"),
        }),
      )
      .max(LIVESTOCK_KINDS.length),
    vehicles: z.array(z.strictObject({ description: required(120), registration: text(20) })).max(20),
    largePurchases: z.array(z.strictObject({ description: required(200) })).max(20),
    membersPresent: z.array(z.string().regex(FIN_PATTERN, "errors.finFormat")).max(30),
    notes: text(4000),
    /** Null when the inspector saw nothing that needs a person's judgement. */
    judgement: z
      .strictObject({
        code: z.enum(JUDGEMENT_CODES, { error: "errors.required" }),
        reason: text(2000).min(JUDGEMENT_REASON_MIN, "inspectionForm.errors.judgementReasonTooShort"),
      })
      .nullable(),
  })
  .superRefine((r, ctx) => {
    const once = <T>(items: T[], key: (item: T) => string, path: string) => {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        if (seen.has(key(item)))
          ctx.addIssue({ code: "custom", path: [path, i], message: "inspectionForm.errors.duplicate" });
        seen.add(key(item));
      });
    };
    once(r.meters, (m) => m.kind, "meters");
    once(r.livestock, (l) => l.kind, "livestock");
    once(r.membersPresent, (fin) => fin, "membersPresent");
  });

export type InspectionResult = z.infer<typeof ZInspectionResult>;
