import { describe, expect, it } from "vitest";
import { submitOutcome } from "./submit-outcome";

describe("what the wizard does with the answer to Submit", () => {
  it("goes to the application's page when the server registered it", () => {
    expect(submitOutcome({ ok: true })).toEqual({ kind: "submitted" });
  });

  it("goes to the application's page when a press after a lost answer finds it already submitted", () => {
    expect(submitOutcome({ ok: false, refusal: { code: "notDraft", field: null } })).toEqual({ kind: "submitted" });
  });

  it("shows any other refusal beside its field", () => {
    const refusal = { code: "draftIncomplete", field: "members" };
    expect(submitOutcome({ ok: false, refusal })).toEqual({ kind: "refused", refusal });
  });

  it("says that no answer came, and not that the server failed, when the call got no answer", () => {
    expect(submitOutcome(null)).toEqual({ kind: "notice", notice: "submitUnanswered" });
  });
});
