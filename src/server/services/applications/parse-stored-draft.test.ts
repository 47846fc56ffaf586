import { describe, expect, it } from "vitest";
import { familyOfFour } from "../../../../tests/applications/wizard-draft";
import { parseStoredDraft } from "./parse-stored-draft";

// A draft saved before a rule that now refuses part of it: the family keeps its answers.

const now = new Date("2026-03-02T08:00:00Z");
const representativeFin = "1APPLIC";

describe("a stored draft read again", () => {
  it("is given back as it is when it passes", () => {
    expect(parseStoredDraft(familyOfFour(), representativeFin, now, 18)).toEqual(familyOfFour());
  });

  it("keeps a birth date over 120 years back, saved when the wizard took any from 1900, and opens on its step", () => {
    const draft = familyOfFour();
    const members = draft.members!.map((m, i) => (i === 1 ? { ...m, birthDate: "1900-01-01" } : m));
    const stored = parseStoredDraft({ ...draft, members }, representativeFin, now, 18);
    // Nothing lost: the family sees the date as typed on the members step, where "Next" says what to correct.
    expect(stored).toEqual({ ...draft, members, step: 2 });
    const contact = { ...draft.contact!, birthDate: "1901-05-05" };
    expect(parseStoredDraft({ ...draft, contact, members }, representativeFin, now, 18)).toEqual({
      ...draft,
      contact,
      members,
      step: 0,
    });
    // An earlier step stays the step it was on.
    expect(parseStoredDraft({ ...draft, members, step: 1 }, representativeFin, now, 18)).toMatchObject({ step: 1 });
  });

  it("is not kept when something else fails too", () => {
    const draft = familyOfFour();
    const members = draft.members!.map((m, i) => (i === 1 ? { ...m, birthDate: "1900-01-01", fin: "bad" } : m));
    expect(parseStoredDraft({ ...draft, members }, representativeFin, now, 18)).toBeNull();
  });
});
