import { describe, expect, it } from "vitest";
import ru from "@/messages/workspace/ru.json";
import { actionCodeOf, actionOptions } from "./action-code";

const labels = ru.codes.auditActions;

describe("an action typed in words", () => {
  it("is the code of the action the table names so, in any letter case", () => {
    expect(actionCodeOf(labels.appeal_answer, labels)).toBe("appeal.answer");
    expect(actionCodeOf(`  ${labels.appeal_list.toLocaleUpperCase()} `, labels)).toBe("appeal.list");
  });
  it("leaves a code, the beginning of one, or unknown words as typed", () => {
    expect(actionCodeOf("payments.", labels)).toBe("payments.");
    expect(actionCodeOf("что-то ещё", labels)).toBe("что-то ещё");
  });
  it("offers every action by its words, with its code", () => {
    const options = actionOptions(labels);
    expect(options).toHaveLength(Object.keys(labels).length);
    expect(options).toContainEqual({ code: "appeal.answer", label: labels.appeal_answer });
  });
});
