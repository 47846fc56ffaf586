import { describe, expect, it } from "vitest";
import { CalendarDate, dedupeDiscriminator, parseMessage } from "./message-data";

describe("message data", () => {
  it("keeps the calendar date of a Date, an ISO midnight timestamp or a plain date", () => {
    expect(CalendarDate.parse(new Date("2026-04-01T00:00:00.000Z"))).toBe("2026-04-01");
    expect(CalendarDate.parse("2026-04-01T00:00:00.000Z")).toBe("2026-04-01");
    expect(CalendarDate.parse("2026-04-01")).toBe("2026-04-01");
    expect(CalendarDate.safeParse("2026-04-31").success).toBe(false);
    expect(CalendarDate.safeParse("2026-04-01T10:00:00Z").success).toBe(false);
  });

  it("refuses data that does not fit the kind", () => {
    expect(() => parseMessage("DECISION", { outcome: "REFUSE", decisionId: "d1", reasons: [] })).toThrow();
    expect(() =>
      parseMessage("DECISION", {
        outcome: "ASSIGN",
        decisionId: "d1",
        amountQepik: 10.5,
        periodFrom: "2026-01-01",
        periodTo: "2026-12-31",
      }),
    ).toThrow();
    expect(() => parseMessage("SIGN_IN_CODE", { code: "12ab" })).toThrow();
    // An appeal cannot turn into a refusal: a refusal in the answer is only ever upheld.
    expect(() =>
      parseMessage("APPEAL_ANSWER", {
        outcome: "REFUSE",
        answer: "CHANGE",
        appealId: "a1",
        decisionId: "d1",
        explanation: "Changed.",
      }),
    ).toThrow();
  });

  it("reads an appeal answer queued before `sameCard` existed as a new card's", () => {
    const answer = parseMessage("APPEAL_ANSWER", {
      outcome: "ASSIGN",
      answer: "CHANGE",
      appealId: "a1",
      decisionId: "d1",
      amountQepik: 24_000,
      periodFrom: "2026-03-01",
      periodTo: "2027-02-28",
      explanation: "Changed.",
    });
    expect(answer.data).toMatchObject({ outcome: "ASSIGN", sameCard: false });
  });

  it("tells apart the messages that may be sent more than once per application", () => {
    expect(dedupeDiscriminator(parseMessage("REGISTRATION_NOTICE", {}))).toBeNull();
    expect(dedupeDiscriminator(parseMessage("INSPECTION_DATE", { date: "2026-04-02" }))).toBe("visit-1");
    expect(dedupeDiscriminator(parseMessage("INSPECTION_DATE", { date: "2026-04-09", attempt: 2 }))).toBe("visit-2");
    expect(dedupeDiscriminator(parseMessage("REVIEW_REQUEST", { reviewId: "r1", staffUserId: "u1" }))).toBe("r1:u1");
    expect(
      dedupeDiscriminator(
        parseMessage("APPEAL_ANSWER", {
          outcome: "REFUSE",
          answer: "UPHOLD",
          appealId: "a1",
          decisionId: "d1",
          explanation: "Upheld.",
        }),
      ),
    ).toBe("a1");
  });
});
