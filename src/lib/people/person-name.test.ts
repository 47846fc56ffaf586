import { describe, expect, it } from "vitest";
import { personName } from "./person-name";

describe("personName", () => {
  it("names a person first name first, as every family page does", () => {
    expect(personName({ firstName: "Elnarə", lastName: "Məmmədova" })).toBe("Elnarə Məmmədova");
  });

  it("leaves out a missing part and the spaces typed around a name", () => {
    expect(personName({ firstName: " Aysu ", lastName: "" })).toBe("Aysu");
    expect(personName({ firstName: "", lastName: "Məmmədov" })).toBe("Məmmədov");
  });

  it("gives the fallback (a FIN) for a person not yet named, and nothing without one", () => {
    expect(personName({ firstName: " ", lastName: "" }, "5ABC7D2")).toBe("5ABC7D2");
    expect(personName({ firstName: "", lastName: "" })).toBe("");
  });
});
