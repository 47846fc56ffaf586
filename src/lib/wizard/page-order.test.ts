import { describe, expect, it } from "vitest";
import { inPageOrder } from "./page-order";

describe("the error summary's order", () => {
  it("follows the page: sections, then rows, then the fields of a row", () => {
    const errors = {
      "declarations.assets.0.valueAzn": "amountFormat",
      "members.1.lastName": "required",
      "notWorking.3CHILD0.reason": "required",
      "members.1.fin": "memberDuplicate",
      "declarations.incomes.0.type": "required",
      "notWorking.1REPRES.reason": "required",
      "members.0.relation": "required",
      members: "noAdult",
      "contact.birthDate": "required",
      "contact.firstName": "required",
    };
    expect(Object.keys(inPageOrder(errors, ["1REPRES", "2SPOUSE", "3CHILD0"]))).toEqual([
      "contact.firstName",
      "contact.birthDate",
      "members",
      "members.0.relation",
      "members.1.fin",
      "members.1.lastName",
      "declarations.incomes.0.type",
      "declarations.assets.0.valueAzn",
      "notWorking.1REPRES.reason",
      "notWorking.3CHILD0.reason",
    ]);
  });

  it("keeps every error with its message, rows past the tenth after the ninth", () => {
    const errors = { "members.10.fin": "finFormat", "members.9.fin": "finFormat", "unknown.x": "invalidInput" };
    expect(inPageOrder(errors, [])).toEqual({
      "members.9.fin": "finFormat",
      "members.10.fin": "finFormat",
      "unknown.x": "invalidInput",
    });
    expect(Object.keys(inPageOrder(errors, []))).toEqual(["members.9.fin", "members.10.fin", "unknown.x"]);
  });
});
