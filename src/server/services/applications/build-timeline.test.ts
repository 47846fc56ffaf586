import { describe, expect, it } from "vitest";
import { allowedActions, buildTimeline, decisionLetters, type TimelineSource } from "./build-timeline";

const at = (iso: string) => new Date(iso);
const base: TimelineSource = {
  status: "SUBMITTED",
  locale: "az",
  registrationNumber: "VEM-2026-000007",
  applicationDate: at("2026-03-03T00:00:00Z"),
  statusChanges: [
    { toStatus: "DRAFT", at: at("2026-03-02T08:00:00Z") },
    { toStatus: "SUBMITTED", at: at("2026-03-03T09:00:00Z") },
  ],
  inspections: [],
  decisions: [],
  bankOrders: [],
  appeals: [],
};

describe("the citizen's timeline", () => {
  it("shows the registration with its number and date", () => {
    expect(buildTimeline(base, "en")).toEqual([
      { kind: "STARTED", at: at("2026-03-02T08:00:00Z") },
      {
        kind: "SUBMITTED",
        at: at("2026-03-03T09:00:00Z"),
        registrationNumber: "VEM-2026-000007",
        applicationDate: "2026-03-03",
      },
    ]);
  });

  it("lists the year's payment events the family was told of, and its request to resume, in order", () => {
    // The walk of a family's year (7 December 2026) found the timeline stopping at the card: the stop, the request
    // and the rejection were only in the e-mails and the payments list.
    const events = buildTimeline(
      {
        ...base,
        paymentNotices: [
          {
            kind: "PAYMENTS_STOPPED",
            payload: { stoppedFrom: "2027-03", unusedMonths: ["2027-01", "2027-02"] },
            createdAt: at("2027-03-01T04:00:00Z"),
          },
          {
            kind: "PAYMENT_REJECTED",
            payload: { month: "2027-05", attempt: 1, resend: true },
            createdAt: at("2027-05-01T06:00:00Z"),
          },
          { kind: "PAYMENTS_STOPPED", payload: { malformed: true }, createdAt: at("2027-06-01T04:00:00Z") },
        ],
        resumeRequests: [{ requestedAt: at("2027-03-10T09:00:00Z"), resumeFrom: at("2027-04-01T00:00:00Z") }],
      },
      "en",
    ).slice(2);
    expect(events).toEqual([
      { kind: "PAYMENTS_STOPPED", at: at("2027-03-01T04:00:00Z"), from: "2027-03" },
      { kind: "PAYMENTS_RESUME_REQUESTED", at: at("2027-03-10T09:00:00Z"), resumeFrom: "2027-04" },
      { kind: "PAYMENT_REJECTED", at: at("2027-05-01T06:00:00Z"), month: "2027-05", resend: true },
    ]);
  });

  it("keeps a visit the withdrawal called off, marked as cancelled, at the withdrawal's time and after it", () => {
    const src: TimelineSource = {
      ...base,
      status: "WITHDRAWN",
      statusChanges: [...base.statusChanges, { toStatus: "WITHDRAWN", at: at("2026-03-05T10:00:00Z") }],
      inspections: [
        {
          status: "CANCELLED",
          scheduledFor: at("2026-03-07T00:00:00Z"),
          createdAt: at("2026-03-03T09:01:00Z"),
          completedAt: null,
          window: null,
        },
      ],
    };
    const events = buildTimeline(src, "en");
    expect(events.map((e) => e.kind)).toEqual(["STARTED", "SUBMITTED", "WITHDRAWN", "INSPECTION_SCHEDULED"]);
    // Not the booking's time (09:01 on the 3rd): the visit was called off when the family withdrew.
    expect(events[3]).toMatchObject({ date: "2026-03-07", cancelled: true, at: at("2026-03-05T10:00:00Z") });
  });

  it("follows the path to the bank card, in order, with the decision's reasons in the viewer's language", () => {
    const src: TimelineSource = {
      ...base,
      status: "ASSIGNED",
      statusChanges: [...base.statusChanges, { toStatus: "DATA_COLLECTED", at: at("2026-03-05T10:00:00Z") }],
      inspections: [
        {
          status: "COMPLETED",
          scheduledFor: at("2026-03-06T00:00:00Z"),
          createdAt: at("2026-03-03T09:01:00Z"),
          completedAt: at("2026-03-06T11:00:00Z"),
          window: null,
        },
      ],
      decisions: [
        {
          id: "p",
          outcome: "REVIEW",
          final: false,
          amountQepik: null,
          periodFrom: null,
          periodTo: null,
          effectiveFrom: null,
          reasons: [],
          createdAt: at("2026-03-07T09:00:00Z"),
        },
        {
          id: "d",
          outcome: "ASSIGN",
          final: true,
          amountQepik: 24000,
          periodFrom: at("2026-03-01T00:00:00Z"),
          periodTo: at("2027-02-28T00:00:00Z"),
          effectiveFrom: null,
          reasons: [{ code: "LOW_INCOME_ASSIGNED", message: { az: "Az gəlir", ru: "Низкий доход", en: "Low income" } }],
          createdAt: at("2026-03-09T09:00:00Z"),
        },
      ],
      bankOrders: [
        {
          id: "o",
          decisionId: "d",
          status: "OPENED",
          branchName: "Nəsimi filialı",
          branchNameRu: "Насиминский филиал",
          branchNameEn: "Nasimi branch",
          branchAddress: "Baku",
          cardPickupDate: at("2026-03-20T00:00:00Z"),
          answeredAt: at("2026-03-10T09:00:00Z"),
          accountMasked: "AZ** **** 1234",
          reusedFromId: null,
        },
      ],
    };
    const events = buildTimeline(src, "ru");
    expect(events.map((e) => e.kind)).toEqual([
      "STARTED",
      "SUBMITTED",
      "INSPECTION_SCHEDULED",
      "DATA_RECEIVED",
      "INSPECTION_DONE",
      "DECISION",
      "BANK_CARD",
    ]);
    expect(events.find((e) => e.kind === "DECISION")).toMatchObject({
      amountQepik: 24000,
      periodFrom: "2026-03-01",
      periodTo: "2027-02-28",
      effectiveFrom: null,
      reasons: ["Низкий доход"],
    });
    expect(events.find((e) => e.kind === "INSPECTION_SCHEDULED")).toMatchObject({ date: "2026-03-06" });
    expect(events.find((e) => e.kind === "INSPECTION_DONE")).toMatchObject({ date: "2026-03-06", bookedFor: null });
    // The branch in the reader's language: Russian here, the bank's own name on an Azerbaijani page.
    expect(events.find((e) => e.kind === "BANK_CARD")).toMatchObject({
      sameCard: false,
      cardPickupDate: "2026-03-20",
      branchName: "Насиминский филиал",
    });
    expect(buildTimeline(src, "az").find((e) => e.kind === "BANK_CARD")).toMatchObject({
      branchName: "Nəsimi filialı",
    });
    // A renewal continuing on the family's card: the event says so, with the account, and no card to collect.
    const renewal = buildTimeline(
      { ...src, bankOrders: [{ ...src.bankOrders[0]!, reusedFromId: "earlier-order" }] },
      "ru",
    );
    expect(renewal.find((e) => e.kind === "BANK_CARD")).toMatchObject({
      sameCard: true,
      accountMasked: "AZ** **** 1234",
    });
  });

  it("lets the family withdraw before a decision and appeal a final decision once", () => {
    expect(allowedActions(base)).toEqual({ canWithdraw: true, canAppeal: false, hasLetter: false });
    const refused = {
      ...base,
      status: "REFUSED" as const,
      decisions: [
        {
          id: "d",
          outcome: "REFUSE" as const,
          final: true,
          amountQepik: null,
          periodFrom: null,
          periodTo: null,
          effectiveFrom: null,
          reasons: [],
          createdAt: at("2026-03-09T09:00:00Z"),
        },
      ],
    };
    expect(allowedActions(refused)).toEqual({ canWithdraw: false, canAppeal: true, hasLetter: true });
    expect(
      allowedActions({
        ...refused,
        appeals: [
          {
            decisionId: "d",
            status: "OPEN",
            submittedAt: at("2026-03-10T09:00:00Z"),
            answeredAt: null,
            answerKind: null,
            answerDecisionId: null,
          },
        ],
      }).canAppeal,
    ).toBe(false);
    const answer = {
      id: "a",
      outcome: "REFUSE" as const,
      final: true,
      amountQepik: null,
      periodFrom: null,
      periodTo: null,
      effectiveFrom: null,
      reasons: [],
      createdAt: at("2026-03-20T09:00:00Z"),
    };
    const answered = {
      ...refused,
      decisions: [...refused.decisions, answer],
      appeals: [
        {
          decisionId: "d",
          status: "ANSWERED",
          submittedAt: at("2026-03-10T09:00:00Z"),
          answeredAt: at("2026-03-20T09:00:00Z"),
          answerKind: "UPHOLD" as const,
          answerDecisionId: "a",
        },
      ],
    };
    expect(allowedActions(answered).canAppeal).toBe(false);
  });

  it("shows an appeal's answer before the new decision it made, then the card", () => {
    const refusal = {
      id: "d",
      outcome: "REFUSE" as const,
      final: true,
      amountQepik: null,
      periodFrom: null,
      periodTo: null,
      effectiveFrom: null,
      reasons: [{ message: { az: "Avtomobil", ru: "Автомобиль", en: "Car" } }],
      createdAt: at("2026-03-09T09:00:00Z"),
    };
    const answeredAt = at("2026-03-20T09:00:00Z");
    const src: TimelineSource = {
      ...base,
      status: "ASSIGNED",
      decisions: [
        refusal,
        {
          id: "a",
          outcome: "ASSIGN",
          final: true,
          amountQepik: 56000,
          periodFrom: at("2026-03-01T00:00:00Z"),
          periodTo: at("2027-02-28T00:00:00Z"),
          effectiveFrom: null,
          reasons: [{ message: { az: "Satılıb", ru: "Продан", en: "Sold" } }],
          createdAt: answeredAt,
        },
      ],
      appeals: [
        {
          decisionId: "d",
          status: "ANSWERED",
          submittedAt: at("2026-03-10T09:00:00Z"),
          answeredAt,
          answerKind: "CHANGE",
          answerDecisionId: "a",
        },
      ],
      bankOrders: [
        {
          id: "o",
          decisionId: "d",
          status: "OPENED",
          branchName: "Nəsimi filialı",
          branchNameRu: null,
          branchNameEn: null,
          branchAddress: "Baku",
          cardPickupDate: at("2026-03-30T00:00:00Z"),
          answeredAt: at("2026-03-21T09:00:00Z"),
          accountMasked: "AZ** **** 1234",
          reusedFromId: null,
        },
      ],
    };
    const events = buildTimeline(src, "en");
    expect(events.slice(2).map((e) => e.kind)).toEqual([
      "DECISION",
      "APPEAL_FILED",
      "APPEAL_ANSWERED",
      "DECISION",
      "BANK_CARD",
    ]);
    expect(events.find((e) => e.kind === "APPEAL_ANSWERED")).toEqual({
      kind: "APPEAL_ANSWERED",
      at: answeredAt,
      answer: "CHANGE",
    });
    expect(events.at(-2)).toMatchObject({ kind: "DECISION", outcome: "ASSIGN", amountQepik: 56000, reasons: ["Sold"] });
    // A bank that named the branch only in Azerbaijani: that name, on an English page too.
    expect(events.at(-1)).toMatchObject({ kind: "BANK_CARD", branchName: "Nəsimi filialı" });
  });

  it("gives a booked visit the half-day the family was told, and none before it has a day", () => {
    const visit = (scheduledFor: Date | null, window: { from: string; to: string } | null) =>
      buildTimeline(
        {
          ...base,
          status: "INSPECTION_SCHEDULED",
          inspections: [
            { status: "SCHEDULED", scheduledFor, createdAt: at("2026-12-01T09:00:00Z"), completedAt: null, window },
          ],
        },
        "en",
      ).find((e) => e.kind === "INSPECTION_SCHEDULED");
    expect(visit(at("2026-12-07T00:00:00Z"), { from: "09:00", to: "13:00" })).toMatchObject({
      date: "2026-12-07",
      window: { from: "09:00", to: "13:00" },
    });
    expect(visit(at("2026-12-07T00:00:00Z"), null)).toMatchObject({ date: "2026-12-07", window: null });
    expect(visit(null, { from: "09:00", to: "13:00" })).toMatchObject({ date: null, window: null });
  });

  it("says when a visit was made on another day than booked, by the Baku calendar", () => {
    const early = buildTimeline(
      {
        ...base,
        status: "DATA_COLLECTED",
        // 4 December 21:30 UTC is already 5 December in Baku (UTC+4): made two days before the booked 7th.
        inspections: [
          {
            status: "COMPLETED",
            scheduledFor: at("2026-12-07T00:00:00Z"),
            createdAt: at("2026-12-01T09:00:00Z"),
            completedAt: at("2026-12-04T21:30:00Z"),
            window: null,
          },
        ],
      },
      "en",
    );
    expect(early.find((e) => e.kind === "INSPECTION_DONE")).toMatchObject({
      date: "2026-12-05",
      bookedFor: "2026-12-07",
    });
    const sameDay = buildTimeline(
      {
        ...base,
        status: "DATA_COLLECTED",
        inspections: [
          {
            status: "COMPLETED",
            scheduledFor: at("2026-12-07T00:00:00Z"),
            createdAt: at("2026-12-01T09:00:00Z"),
            completedAt: at("2026-12-07T06:00:00Z"),
            window: null,
          },
        ],
      },
      "en",
    );
    expect(sameDay.find((e) => e.kind === "INSPECTION_DONE")).toMatchObject({ date: "2026-12-07", bookedFor: null });
  });
});

describe("the card's branch on the family's timeline", () => {
  const decided: TimelineSource = {
    ...base,
    status: "ASSIGNED",
    decisions: [
      {
        id: "d",
        outcome: "ASSIGN",
        final: true,
        amountQepik: 24000,
        periodFrom: at("2026-03-01T00:00:00Z"),
        periodTo: at("2027-02-28T00:00:00Z"),
        effectiveFrom: null,
        reasons: [],
        createdAt: at("2026-03-09T09:00:00Z"),
      },
    ],
    // The order row after the move: it holds the branch the card is at now.
    bankOrders: [
      {
        id: "o",
        decisionId: "d",
        status: "OPENED",
        branchName: "Şəki filialı",
        branchNameRu: "Шекинский филиал",
        branchNameEn: "Shaki branch",
        branchAddress: "Şəki, M.F. Axundzadə pr. 3",
        cardPickupDate: at("2026-03-24T00:00:00Z"),
        answeredAt: at("2026-03-10T09:00:00Z"),
        accountMasked: "AZ** **** 1234",
        reusedFromId: null,
      },
    ],
  };
  const ganja = { nameAz: "Gəncə filialı", nameRu: "Гянджинский филиал", nameEn: "Ganja branch" };
  const shaki = { nameAz: "Şəki filialı", nameRu: "Шекинский филиал", nameEn: "Shaki branch" };

  it("keeps the branch the card was first at and adds the move on its day", () => {
    const events = buildTimeline(
      {
        ...decided,
        branchMoves: [
          {
            orderId: "o",
            at: at("2026-03-12T15:30:00Z"),
            details: {
              branchCode: "SKI-01",
              branch: shaki,
              branchAddress: "Şəki, M.F. Axundzadə pr. 3",
              cardPickupDate: "2026-03-24",
              previousBranch: { ...ganja, address: "Gəncə, Cavadxan küç. 12", cardPickupDate: "2026-03-20" },
            },
          },
        ],
      },
      "en",
    );
    expect(events.filter((e) => e.kind === "BANK_CARD" || e.kind === "BANK_CARD_MOVED")).toEqual([
      {
        kind: "BANK_CARD",
        at: at("2026-03-10T09:00:00Z"),
        branchName: "Ganja branch",
        branchAddress: "Gəncə, Cavadxan küç. 12",
        cardPickupDate: "2026-03-20",
        sameCard: false,
        accountMasked: "AZ** **** 1234",
      },
      {
        kind: "BANK_CARD_MOVED",
        at: at("2026-03-12T15:30:00Z"),
        branchName: "Shaki branch",
        branchAddress: "Şəki, M.F. Axundzadə pr. 3",
        cardPickupDate: "2026-03-24",
      },
    ]);
  });

  it("finds the first branch in the first card notice for a move audited before it kept the branch it left", () => {
    const events = buildTimeline(
      {
        ...decided,
        branchMoves: [
          {
            orderId: "o",
            at: at("2026-03-11T08:00:00Z"),
            details: { branchCode: "B-1", branch: { nameAz: "Bərdə filialı" } },
          },
          { orderId: "o", at: at("2026-03-12T08:00:00Z"), details: { branchCode: "SKI-01", branch: shaki } },
        ],
        cardNotices: [
          {
            payload: {
              decisionId: "d",
              branchName: "Gəncə filialı",
              branchNameRu: "Гянджинский филиал",
              branchAddress: "Gəncə, Cavadxan küç. 12",
              cardPickupDate: "2026-03-20",
              accountMasked: "AZ** **** 1234",
            },
          },
          { payload: { decisionId: "d", branchName: "Şəki filialı", branchChange: 2 } },
        ],
      },
      "ru",
    );
    expect(events.filter((e) => e.kind === "BANK_CARD" || e.kind === "BANK_CARD_MOVED")).toMatchObject([
      { kind: "BANK_CARD", branchName: "Гянджинский филиал", cardPickupDate: "2026-03-20" },
      // An overtaken move of the old audit kept only the name; the last one has the order's own address and day.
      { kind: "BANK_CARD_MOVED", branchName: "Bərdə filialı", branchAddress: null, cardPickupDate: null },
      { kind: "BANK_CARD_MOVED", branchName: "Шекинский филиал", cardPickupDate: "2026-03-24" },
    ]);
  });

  it("shows the card as the order holds it when the family never moved it", () => {
    const events = buildTimeline({ ...decided, branchMoves: [] }, "az");
    expect(events.filter((e) => e.kind === "BANK_CARD" || e.kind === "BANK_CARD_MOVED")).toMatchObject([
      { kind: "BANK_CARD", branchName: "Şəki filialı", cardPickupDate: "2026-03-24" },
    ]);
  });
});

describe("the family's list of letters", () => {
  const decision = (id: string, createdAt: string, effectiveFrom: string | null = null) => ({
    id,
    outcome: "ASSIGN" as const,
    final: true,
    amountQepik: 24000,
    periodFrom: at("2026-03-01T00:00:00Z"),
    periodTo: at("2027-02-28T00:00:00Z"),
    effectiveFrom: effectiveFrom ? at(effectiveFrom) : null,
    reasons: [],
    createdAt: at(createdAt),
  });

  it("lists every final decision, newest first, named by its kind, with its Baku day", () => {
    const letters = decisionLetters(
      {
        decisions: [
          decision("first", "2026-03-09T21:30:00Z"),
          { ...decision("proposal", "2026-03-08T09:00:00Z"), outcome: "REVIEW", final: false },
          decision("answer", "2026-04-02T09:00:00Z"),
          decision("change", "2026-06-10T09:00:00Z", "2026-07-01T00:00:00Z"),
          decision("ground9", "2026-08-10T09:00:00Z", "2026-09-01T00:00:00Z"),
        ],
        appeals: [
          {
            decisionId: "first",
            status: "ANSWERED",
            submittedAt: at("2026-03-20T09:00:00Z"),
            answeredAt: at("2026-04-02T09:00:00Z"),
            answerKind: "CHANGE",
            answerDecisionId: "answer",
          },
        ],
      },
      new Set(["change"]),
    );
    const assigned = (effectiveFrom: string | null) => ({ outcome: "ASSIGN", amountQepik: 24000, effectiveFrom });
    expect(letters).toEqual([
      {
        decisionId: "ground9",
        decidedOn: "2026-08-10",
        decidedAt: "2026-08-10T09:00:00.000Z",
        kind: "PERIOD",
        ...assigned("2026-09-01"),
      },
      {
        decisionId: "change",
        decidedOn: "2026-06-10",
        decidedAt: "2026-06-10T09:00:00.000Z",
        kind: "CHANGE",
        ...assigned("2026-07-01"),
      },
      {
        decisionId: "answer",
        decidedOn: "2026-04-02",
        decidedAt: "2026-04-02T09:00:00.000Z",
        kind: "APPEAL_ANSWER",
        ...assigned(null),
      },
      // 21:30 UTC is the next morning in Baku: the day the letter is dated.
      {
        decisionId: "first",
        decidedOn: "2026-03-10",
        decidedAt: "2026-03-09T21:30:00.000Z",
        kind: "DECISION",
        ...assigned(null),
      },
    ]);
  });

  it("says what each letter decided: the amount, or a refusal with no amount and the day it rules from", () => {
    const ended = { ...decision("ended", "2026-06-10T09:00:00Z", "2026-07-01T00:00:00Z"), outcome: "REFUSE" as const };
    expect(decisionLetters({ decisions: [ended], appeals: [] }, new Set(["ended"]))).toMatchObject([
      { kind: "CHANGE", outcome: "REFUSE", amountQepik: null, effectiveFrom: "2026-07-01" },
    ]);
  });
});
