import { describe, expect, it } from "vitest";
import { missingCredentials } from "./missing-credentials";

describe("the staff sign-in's empty fields", () => {
  it("names each empty field in the page's order, and none when both are typed", () => {
    expect(missingCredentials({ email: "", password: "" })).toEqual(["email", "password"]);
    expect(missingCredentials({ email: "  ", password: "secret" })).toEqual(["email"]);
    expect(missingCredentials({ email: "a@b.az", password: "" })).toEqual(["password"]);
    expect(missingCredentials({ email: "a@b.az", password: " " })).toEqual([]);
  });
});
