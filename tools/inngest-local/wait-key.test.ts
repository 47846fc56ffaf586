import { describe, expect, test } from "vitest";
import { waitKeyOf } from "./wait-key";

describe("a wait's equality key", () => {
  const trigger = { name: "app/submitted", data: { applicationId: "app-1", count: 3, nested: { id: "n-1" } } };

  test("the SDK's match condition keys the wait on the trigger's string at that path", () => {
    expect(waitKeyOf("event.data.applicationId == async.data.applicationId", trigger)).toEqual({
      path: ["data", "applicationId"],
      value: "app-1",
    });
    expect(waitKeyOf("event.data.nested.id == async.data.nested.id", trigger)).toEqual({
      path: ["data", "nested", "id"],
      value: "n-1",
    });
  });

  test("anything else is not keyed: its whole condition is evaluated for every wait on the event", () => {
    // Not a string: SQL would compare its text, which need not be how CEL compares it.
    expect(waitKeyOf("event.data.count == async.data.count", trigger)).toBeNull();
    // The trigger lacks the field: CEL says "no match"; the condition decides, not a key.
    expect(waitKeyOf("event.data.missing == async.data.missing", trigger)).toBeNull();
    // Different paths on the two sides, another operator, more than one comparison, no condition.
    expect(waitKeyOf("event.data.applicationId == async.data.otherId", trigger)).toBeNull();
    expect(waitKeyOf("event.data.applicationId != async.data.applicationId", trigger)).toBeNull();
    expect(
      waitKeyOf("event.data.applicationId == async.data.applicationId && async.data.ok == true", trigger),
    ).toBeNull();
    expect(waitKeyOf(null, trigger)).toBeNull();
  });
});
