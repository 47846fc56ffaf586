import { describe, expect, it } from "vitest";
import { NOT_COMPLETED_NOTE, noInspectorNote, readVisitSystemNote } from "./visit-system-notes";

describe("readVisitSystemNote", () => {
  it("reads back the notes the system writes, and leaves an inspector's words alone", () => {
    expect(readVisitSystemNote(noInspectorNote("2026-12-21"))).toEqual({
      code: "NO_INSPECTOR_CAPACITY",
      dueOn: "2026-12-21",
    });
    expect(readVisitSystemNote("NO_INSPECTOR_CAPACITY")).toEqual({ code: "NO_INSPECTOR_CAPACITY", dueOn: null });
    expect(readVisitSystemNote(NOT_COMPLETED_NOTE)).toEqual({ code: "NOT_COMPLETED_BY_DEADLINE" });
    expect(readVisitSystemNote("Nobody home; the neighbour says they moved.")).toBeNull();
    expect(readVisitSystemNote("NO_INSPECTOR_CAPACITY, said the office")).toBeNull();
  });
});
