import { describe, expect, it } from "vitest";
import { decodeSignInRefusal, encodeSignInRefusal } from "./sign-in-refusal";

describe("a sign-in refusal carried in Auth.js's code", () => {
  it("carries the tries left with a wrong code, and nothing else", () => {
    expect(encodeSignInRefusal("codeWrong", { remaining: 2 })).toBe("codeWrong:2");
    expect(encodeSignInRefusal("codeBurned")).toBe("codeBurned");
    expect(encodeSignInRefusal("phoneNotOnFile", { field: "phone" })).toBe("phoneNotOnFile");
    expect(decodeSignInRefusal("codeWrong:1")).toEqual({ key: "codeWrong", remaining: 1 });
    expect(decodeSignInRefusal("codeBurned")).toEqual({ key: "codeBurned", remaining: null });
  });

  it("reads Auth.js's own code, a missing one or anything malformed as no refusal of ours", () => {
    for (const code of [null, "", "credentials", "codeWrong:x", "code Wrong", "a".repeat(41), "codeWrong:123"]) {
      expect(decodeSignInRefusal(code)).toBeNull();
    }
  });
});
