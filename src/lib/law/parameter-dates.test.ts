import { describe, expect, it } from "vitest";
import { latestParameterDate, parameterDateRefusals } from "./parameter-dates";

const today = "2026-12-07";

describe("a proposal's dates", () => {
  it("allows a value's date from tomorrow to ten years ahead", () => {
    expect(latestParameterDate(today)).toBe("2036-12-07");
    expect(parameterDateRefusals({ validFrom: "2026-12-08", lawDate: "2026-12-07" }, today)).toEqual({});
    expect(parameterDateRefusals({ validFrom: "2036-12-07", lawDate: "2026-11-20" }, today)).toEqual({});
    expect(parameterDateRefusals({ validFrom: "2036-12-08", lawDate: "2026-11-20" }, today)).toEqual({
      validFrom: "parameterDateTooFar",
    });
    expect(parameterDateRefusals({ validFrom: "2999-01-01", lawDate: "2026-11-20" }, today)).toEqual({
      validFrom: "parameterDateTooFar",
    });
    expect(parameterDateRefusals({ validFrom: today, lawDate: "2026-11-20" }, today)).toEqual({
      validFrom: "parameterDateNotFuture",
    });
  });

  it("says both dates' problems at once: a day not on the calendar, an empty one, an act not yet adopted", () => {
    // The walk: 31.02.2027 reaches the form as typed, not as an ISO day.
    expect(parameterDateRefusals({ validFrom: "31.02.2027", lawDate: "" }, today)).toEqual({
      validFrom: "dateFormat",
      lawDate: "required",
    });
    expect(parameterDateRefusals({ validFrom: "", lawDate: "2026-12-08" }, today)).toEqual({
      validFrom: "required",
      lawDate: "lawDateFuture",
    });
    // An act after its value's day is the more telling refusal, though that day is in the future too.
    expect(parameterDateRefusals({ validFrom: "2027-01-01", lawDate: "2030-12-31" }, today)).toEqual({
      lawDate: "lawDateAfterValidFrom",
    });
  });
});
