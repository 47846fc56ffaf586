import { describe, expect, it } from "vitest";
import { emptyInspectionForm, toInspectionResult } from "./inspection-form-state";

const filled = () => {
  const s = emptyInspectionForm("2026-03-04");
  s.housingType = "APARTMENT";
  s.housingCondition = "GOOD";
  s.rooms = "2";
  return s;
};

describe("the visit form's state", () => {
  it("becomes a result: empty land is none, livestock only where a count is given", () => {
    const s = filled();
    s.livestock.SHEEP = "4";
    s.meters.GAS = { present: true, number: " G-1 " };
    const out = toInspectionResult(s);
    expect(out).toMatchObject({
      ok: true,
      result: {
        landAreaSqm: 0,
        livestock: [{ kind: "SHEEP", count: 4 }],
        meters: [{ kind: "GAS", number: "G-1" }],
        judgement: null,
      },
    });
  });

  it("names the fields in error by their ids in the form", () => {
    const s = filled();
    s.housingType = "";
    s.rooms = "two";
    s.meters.WATER = { present: true, number: "" };
    s.livestock.CATTLE = "1.5";
    s.needsJudgement = true;
    expect(toInspectionResult(s)).toEqual({
      ok: false,
      errors: {
        housingType: "errors.required",
        rooms: "errors.quantityFormat",
        "meter-WATER": "errors.required",
        "livestock-CATTLE": "errors.quantityFormat",
        judgementCode: "errors.required",
        judgementReason: "inspectionForm.errors.judgementReasonTooShort",
      },
    });
  });
});
