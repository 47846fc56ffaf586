import { describe, expect, it } from "vitest";
import { submitGate } from "./submit-gate";

describe("what 'Submit' does with the answers' state", () => {
  it("submits what the server has", () => {
    expect(submitGate({ status: "saved", pending: false, online: true })).toBe("submit");
  });

  it("waits for a step still on its way over a working connection, rather than calling it lost", () => {
    expect(submitGate({ status: "saving", pending: true, online: true })).toBe("wait");
  });

  it("says the answers have not arrived with no connection, or after a save that failed or was refused", () => {
    expect(submitGate({ status: "saving", pending: true, online: false })).toBe("notSynced");
    expect(submitGate({ status: "offline", pending: true, online: true })).toBe("notSynced");
    expect(submitGate({ status: "offline", pending: true, online: false })).toBe("notSynced");
    expect(submitGate({ status: "conflict", pending: true, online: true })).toBe("notSynced");
    expect(submitGate({ status: "refused", pending: false, online: true })).toBe("notSynced");
    expect(submitGate({ status: "idle", pending: false, online: true })).toBe("notSynced");
  });
});
