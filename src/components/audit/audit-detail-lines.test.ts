import { describe, expect, it } from "vitest";
import { formatAzn } from "@/kernel/money";
import { auditDetailLines, fromBeforeTo, type CodeGroup, type DetailWords } from "./audit-detail-lines";

// The words a page would hand over, cut down to what the cases use.
const labels: Record<CodeGroup, Record<string, string>> = {
  applicationStatuses: { AWAITING_REVIEW: "İnsan baxışını gözləyir" },
  reviewStatuses: { OPEN: "Cavab gözləyir", AWAITING_CONFIRMATION: "Rəhbərin təsdiqini gözləyir" },
  bankStatuses: { FAILED: "İmtina edilib və ya cavab yoxdur", OPENED: "Açılıb" },
  outcomes: { ASSIGN: "Təyin edilib", REFUSE: "İmtina edilib" },
  appealAnswers: { CHANGE: "qərar dəyişdirilib", UPHOLD: "qərar qüvvədə saxlanılıb" },
  agencies: { tax: "Vergi" },
  auditActions: { "bank.chooseBranch": "Kart filialı seçildi" },
  roles: { SUPERVISOR: "Rəhbər" },
  changeKinds: { MEMBER_LEFT: "Ailə üzvü ailədən çıxıb" },
  absenceKinds: { SICKNESS: "Xəstəlik" },
};
const words: DetailWords = {
  name: (key) => {
    const names: Record<string, string> = { amountQepik: "məbləğ", outcome: "nəticə", answer: "cavab", role: "rol" };
    return names[key] ?? null;
  },
  value: (key, value) => {
    const own: Record<string, string> = { "secondFactor none": "yoxdur", "changed email": "e-poçt" };
    return own[`${key} ${value}`] ?? null;
  },
  code: (group, code) => labels[group][code] ?? null,
  parameterName: (code) => (code === "NEED_CRITERION" ? "ehtiyac meyarı" : null),
  parameterValue: (code, value) => (code === "NEED_CRITERION" ? formatAzn(value, "az") : null),
  person: (id) => (id === "cmstaff0001" ? "Rəşad Hüseynov" : null),
  district: (code) => (code === "BAK-NASIMI" ? "Nəsimi" : null),
  named: (names) => names.nameAz,
  money: (qepik) => formatAzn(qepik, "az"),
  number: (n) => n.toLocaleString("de-DE"),
  day: (iso) => `day ${iso}`,
  time: (at) => `Baku ${new Date(at.getTime() + 4 * 3_600_000).toISOString().slice(0, 16).replace("T", " ")}`,
  yes: "bəli",
  no: "xeyr",
};

describe("auditDetailLines", () => {
  it("writes a moment as a date and time in Baku, not as a raw UTC timestamp", () => {
    expect(
      auditDetailLines(
        { expiresAt: "2026-12-08T08:43:50.870Z", purpose: "invite", at: "2026-12-08T12:00:00+04:00" },
        "staff.passwordLinkIssued",
        words,
      ),
    ).toEqual([
      ["expiresAt", "Baku 2026-12-08 12:43"],
      ["purpose", "invite"],
      ["at", "Baku 2026-12-08 12:00"],
    ]);
    // Not a moment: left as it is.
    expect(auditDetailLines({ code: "2026-12-08T99" }, "x", words)).toEqual([["code", "2026-12-08T99"]]);
  });

  it("writes an appeal's answer in words and its amount in qəpik as money", () => {
    expect(
      auditDetailLines({ answer: "CHANGE", outcome: "ASSIGN", amountQepik: 38643 }, "appeal.answer", words),
    ).toEqual([
      ["cavab", "qərar dəyişdirilib"],
      ["nəticə", "Təyin edilib"],
      ["məbləğ", "386,43 AZN"],
    ]);
  });

  it("writes every key ending in Qepik as money, other numbers as numbers", () => {
    expect(
      auditDetailLines({ correctedIncomeQepik: 120000, count: 38643 }, "appeal.answer", words).map(([, v]) => v),
    ).toEqual(["1.200,00 AZN", "38.643"]);
  });

  it("writes a year, an attempt and a booking as plain integers, not grouped like a count", () => {
    expect(
      auditDetailLines(
        { year: 2028, days: 1234, attempt: 1002, booking: 1001, assistanceYear: 2027 },
        "calendar.yearEntered",
        words,
      ),
    ).toEqual([
      ["year", "2028"],
      ["days", "1.234"],
      ["attempt", "1002"],
      ["booking", "1001"],
      ["assistanceYear", "2027"],
    ]);
  });

  it("reads a status from the catalog of the action that wrote it", () => {
    expect(auditDetailLines({ status: "AWAITING_CONFIRMATION" }, "review.answer", words)).toEqual([
      ["status", "Rəhbərin təsdiqini gözləyir"],
    ]);
    expect(auditDetailLines({ status: "FAILED" }, "bank.accountNotOpened", words)[0]?.[1]).toBe(
      "İmtina edilib və ya cavab yoxdur",
    );
    expect(auditDetailLines({ previousStatus: "OPENED" }, "bank.reorder", words)[0]?.[1]).toBe("Açılıb");
    expect(auditDetailLines({ status: "AWAITING_REVIEW" }, "application.search", words)[0]?.[1]).toBe(
      "İnsan baxışını gözləyir",
    );
  });

  it("writes a kind from the catalog of the action that wrote it, and a list of codes each in words", () => {
    expect(auditDetailLines({ kind: "MEMBER_LEFT" }, "change.report", words)[0]?.[1]).toBe("Ailə üzvü ailədən çıxıb");
    expect(auditDetailLines({ kind: "SICKNESS" }, "staff.absenceRecorded", words)[0]?.[1]).toBe("Xəstəlik");
    // A detail's own word first, then a detail's name, else the code itself.
    expect(auditDetailLines({ changed: ["email", "role", "other"] }, "staff.updated", words)[0]?.[1]).toBe(
      "e-poçt, rol, other",
    );
  });

  it("names districts, agencies, roles, searched actions and proposed outcomes", () => {
    expect(
      auditDetailLines(
        {
          districtCode: "BAK-NASIMI",
          agency: "tax",
          role: "SUPERVISOR",
          action: "bank.chooseBranch",
          proposedOutcome: "REFUSE",
        },
        "staff.updated",
        words,
      ).map(([, v]) => v),
    ).toEqual(["Nəsimi", "Vergi", "Rəhbər", "Kart filialı seçildi", "İmtina edilib"]);
  });

  it("names a staff member the details hold by id, and leaves an id of no one known as it is", () => {
    expect(auditDetailLines({ answeredBy: "cmstaff0001", outcome: "ASSIGN" }, "review.confirm", words)).toEqual([
      ["answeredBy", "Rəşad Hüseynov"],
      ["nəticə", "Təyin edilib"],
    ]);
    expect(auditDetailLines({ enteredBy: "cmunknown" }, "agencyData.decide", words)).toEqual([
      ["enteredBy", "cmunknown"],
    ]);
  });

  it("writes a detail's own value in words before any catalog's ('secondFactor: none' → 'yoxdur')", () => {
    expect(auditDetailLines({ secondFactor: "none", via: "packet" }, "staff.signIn", words)).toEqual([
      ["secondFactor", "yoxdur"],
      ["via", "packet"],
    ]);
  });

  it("writes a law parameter's proposal by the parameter's name and its value in the parameter's unit", () => {
    expect(
      auditDetailLines({ code: "NEED_CRITERION", value: 31550, validFrom: "2027-01-01" }, "parameter.proposed", words),
    ).toEqual([
      ["code", "ehtiyac meyarı"],
      ["value", "315,50 AZN"],
      ["validFrom", "day 2027-01-01"],
    ]);
    // A "value" elsewhere is only a number.
    expect(auditDetailLines({ value: 31550 }, "x.y", words)).toEqual([["value", "31.550"]]);
  });

  it("names a card's branch in the page's language beside its code", () => {
    expect(
      auditDetailLines(
        {
          branchCode: "SKI-01",
          branch: { nameAz: "Şəki filialı", nameRu: "Шекинский филиал", nameEn: "Shaki branch" },
        },
        "bank.chooseBranch",
        words,
      ).map(([, v]) => v),
    ).toEqual(["SKI-01", "Şəki filialı"]);
  });

  it("shows a code without words, and an unknown district, as they are", () => {
    expect(
      auditDetailLines({ outcome: "SOMETHING_NEW", district: "XYZ", branchCode: "B-014" }, "x.y", words).map(
        ([, v]) => v,
      ),
    ).toEqual(["SOMETHING_NEW", "XYZ", "B-014"]);
  });

  it("writes days as days, yes/no in words, an empty value as a dash and anything else as JSON", () => {
    expect(
      auditDetailLines(
        { from: "2026-02-01", overridesEngine: true, fourEyes: false, registrationNumber: null, list: [1, 2] },
        "audit.read",
        words,
      ),
    ).toEqual([
      ["from", "day 2026-02-01"],
      ["overridesEngine", "bəli"],
      ["fourEyes", "xeyr"],
      ["registrationNumber", "—"],
      ["list", "[1,2]"],
    ]);
  });

  it("has no lines for no details, and one unnamed line for details that are not an object", () => {
    expect(auditDetailLines(null, "a.b", words)).toEqual([]);
    expect(auditDetailLines(undefined, "a.b", words)).toEqual([]);
    expect(auditDetailLines("text", "a.b", words)).toEqual([["", "text"]]);
  });
});

describe("fromBeforeTo", () => {
  it("puts each from… before its to…, as the row was written, whatever order jsonb gave back", () => {
    expect(
      fromBeforeTo([
        ["to", 2],
        ["count", 3],
        ["from", 1],
        ["toStatus", 5],
        ["fromStatus", 4],
        ["total", 6],
      ]).map(([key]) => key),
    ).toEqual(["from", "to", "count", "fromStatus", "toStatus", "total"]);
    expect(fromBeforeTo([["from", 1]]).map(([key]) => key)).toEqual(["from"]);
  });
});
