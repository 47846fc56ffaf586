import { describe, expect, it } from "vitest";
import { REASON_MESSAGES } from "@/server/domain/reason-messages";
import type { LocalizedText, ReasonCode, ReasonFactsByCode } from "@/server/domain/reasons";
import { REASON_CODES } from "@/server/domain/reasons";
import { REASON_EXAMPLES } from "./reason-examples";

// The texts of the reasons are stored with every decision, so a family reads the same words however the catalog is
// organised: the snapshot holds each example's text in az, ru and en, word for word.

const render = (code: ReasonCode, facts: ReasonFactsByCode[ReasonCode]): LocalizedText =>
  (REASON_MESSAGES[code] as (f: ReasonFactsByCode[ReasonCode]) => LocalizedText)(facts);

describe("the reasons' texts", () => {
  it("has an example of every reason code", () => {
    expect(new Set(REASON_EXAMPLES.map((e) => e.code))).toEqual(new Set(REASON_CODES));
  });

  it("renders every example in the three languages as before", () => {
    const texts = REASON_EXAMPLES.map((e) => ({ code: e.code, facts: e.facts, message: render(e.code, e.facts) }));
    expect(texts).toMatchSnapshot();
  });
});
