import { describe, expect, it } from "vitest";
import { toEngineInspection, ZInspectionResult, type InspectionResult } from "./inspection-result";
import { ZInspection } from "@/server/domain/input-schema";

const visit: InspectionResult = {
  version: 1,
  visitedOn: "2026-03-04",
  housing: { type: "APARTMENT", condition: "POOR", rooms: 2 },
  meters: [
    { kind: "ELECTRICITY", number: "EL-004512" },
    { kind: "GAS", number: "77812" },
  ],
  landAreaSqm: 0,
  livestock: [{ kind: "POULTRY", count: 6 }],
  vehicles: [],
  largePurchases: [],
  membersPresent: ["5ABC7D2"],
  notes: "",
  judgement: null,
};

const issuesOf = (value: unknown) =>
  (ZInspectionResult.safeParse(value).error?.issues ?? []).map((i) => `${i.path.join(".")}: ${i.message}`);

describe("the inspection result", () => {
  it("accepts a complete visit", () => {
    expect(issuesOf(visit)).toEqual([]);
  });

  it.each([
    [
      "a fractional room count",
      { ...visit, housing: { ...visit.housing, rooms: 2.5 } },
      "housing.rooms: errors.quantityFormat",
    ],
    ["a negative land area", { ...visit, landAreaSqm: -1 }, "landAreaSqm: errors.quantityFormat"],
    [
      "a meter number with spaces",
      { ...visit, meters: [{ kind: "WATER", number: "12 34" }] },
      "meters.0.number: inspectionForm.errors.meterNumber",
    ],
    [
      "the same meter twice",
      { ...visit, meters: [visit.meters[0], visit.meters[0]] },
      "meters.1: inspectionForm.errors.duplicate",
    ],
    [
      "livestock of zero head",
      { ...visit, livestock: [{ kind: "SHEEP", count: 0 }] },
      "livestock.0.count: errors.quantityFormat",
    ],
    [
      "a member listed twice",
      { ...visit, membersPresent: ["5ABC7D2", "5ABC7D2"] },
      "membersPresent.1: inspectionForm.errors.duplicate",
    ],
    [
      "a vehicle without a description",
      { ...visit, vehicles: [{ description: " ", registration: "" }] },
      "vehicles.0.description: errors.required",
    ],
    [
      "a judgement without a real reason",
      { ...visit, judgement: { code: "OTHER", reason: "odd" } },
      "judgement.reason: inspectionForm.errors.judgementReasonTooShort",
    ],
    ["an impossible date", { ...visit, visitedOn: "2026-02-30" }, "visitedOn: errors.invalidInput"],
  ])("refuses %s with a message key", (_name, value, issue) => {
    expect(issuesOf(value)).toEqual([issue]);
  });

  it("refuses fields it does not know, so nothing unvalidated is stored", () => {
    expect(issuesOf({ ...visit, extra: 1 })).toHaveLength(1);
  });
});

describe("toEngineInspection", () => {
  it("is a completed inspection on the day of the visit, without flags when nothing needs judgement", () => {
    const engine = toEngineInspection(visit);
    expect(engine).toEqual({ status: "COMPLETED", date: "2026-03-04", inspectorFlags: [] });
    expect(ZInspection.safeParse(engine).success).toBe(true);
  });

  it("passes the inspector's call for judgement to the engine as its flag, in the inspector's words", () => {
    const engine = toEngineInspection({
      ...visit,
      judgement: { code: "UNDECLARED_ASSETS_SEEN", reason: "A new car is parked in the yard." },
    });
    expect(engine).toEqual({
      status: "COMPLETED",
      date: "2026-03-04",
      inspectorFlags: [{ code: "UNDECLARED_ASSETS_SEEN", note: "A new car is parked in the yard." }],
    });
    expect(ZInspection.safeParse(engine).success).toBe(true);
  });
});
