import { describe, expect, it } from "vitest";
import { REASON_CODES } from "@/server/domain/reasons";
import { REASON_EXAMPLES } from "../test-support/reason-examples";
import { reasonMessage } from "./reason-message";

// The texts of the reasons are stored with every decision, so a family reads the same words however the catalog is
// organised: the snapshot holds each example's text in az, ru and en, word for word.

describe("the reasons' texts", () => {
  it("has an example of every reason code", () => {
    expect(new Set(REASON_EXAMPLES.map((e) => e.code))).toEqual(new Set(REASON_CODES));
  });

  it("renders every example in the three languages as before", () => {
    const texts = REASON_EXAMPLES.map((e) => ({
      code: e.code,
      facts: e.facts,
      message: reasonMessage(e.code, e.facts),
    }));
    expect(texts).toMatchSnapshot();
  });
});
