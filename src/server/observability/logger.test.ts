import { describe, expect, it } from "vitest";
import { memoryStream } from "./test-support/memory-stream";
import { createLogger, logLevel } from "./logger";
import { addLogContext, withLogContext } from "./log-context";

function memoryLogger() {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  return { log: createLogger(memoryStream(lines, raw)), lines, raw };
}

// Values a careless log call could carry; none of them may reach the output.
const fin = "5ZQ7K2M";
const phone = "+994501234567";
const family = {
  applicant: { fin, firstName: "Aysel", lastName: "Məmmədova", phone, email: "aysel@example.az" },
  members: [
    { fin: "7HX3P9L", fullName: "Elvin Məmmədov", birthDate: "1990-01-02", monthlyIncomeQepik: 45_000, income: 450 },
  ],
  address: "Bakı, Nəsimi r., Azadlıq pr. 1",
};

describe("the application logger", () => {
  it("writes one JSON object per line with the request id and registration number", async () => {
    const { log, lines } = memoryLogger();
    await withLogContext({ requestId: "req-1" }, async () => {
      addLogContext({ registrationNumber: "VEM-2026-000123" });
      log.info({ applicationId: "app-1" }, "application submitted");
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      msg: "application submitted",
      requestId: "req-1",
      registrationNumber: "VEM-2026-000123",
      applicationId: "app-1",
      levelName: "info",
    });
  });

  it("redacts FINs, names, phones, e-mail, addresses and incomes at any depth, and phones inside text", () => {
    const { log, raw, lines } = memoryLogger();
    log.warn({ family, input: { step: "members", payload: family.members } }, `announcing failed for ${phone}`);
    const output = raw.join("");
    for (const secret of [
      fin,
      "7HX3P9L",
      "Aysel",
      "Məmmədova",
      "Elvin",
      phone,
      "aysel@example.az",
      "Azadlıq",
      "45000",
      "1990-01-02",
    ]) {
      expect(output, `"${secret}" leaked into the log`).not.toContain(secret);
    }
    expect(lines[0]?.msg).toBe("announcing failed for [redacted]");
    // The shape stays, so a reader still sees which fields were there.
    expect(lines[0]).toMatchObject({
      family: { applicant: { fin: "[redacted]", firstName: "[redacted]" } },
      input: { step: "members" },
    });
  });

  it("redacts by what a field is, not by a word it shares: a person's names go, a bank branch's or a district's stay", () => {
    const { log, lines, raw } = memoryLogger();
    log.info(
      {
        order: {
          branchName: "Kapital Bank, Nəsimi filialı",
          branchAddress: "Bakı, Nizami küç. 10",
          districtName: "Nəsimi",
          fileName: "orders.csv",
          errorName: "TimeoutError",
        },
        reviewer: {
          userName: "Aysel Məmmədova",
          recipient: phone,
          contactEmail: "aysel@example.az",
          memberFin: fin,
          representativeFins: [fin],
          customerName: "Elvin",
        },
        money: {
          incomeQepik: 45_000,
          declaredIncomes: [{ monthlyQepik: 30_000 }],
          iban: "AZ21NABZ00000000137010001944",
          amountQepik: 90_000,
        },
        fn: "process-application",
      },
      "bank answered",
    );
    expect(lines[0]).toMatchObject({
      order: {
        branchName: "Kapital Bank, Nəsimi filialı",
        branchAddress: "Bakı, Nizami küç. 10",
        districtName: "Nəsimi",
        fileName: "orders.csv",
        errorName: "TimeoutError",
      },
      reviewer: {
        userName: "[redacted]",
        recipient: "[redacted]",
        contactEmail: "[redacted]",
        memberFin: "[redacted]",
        representativeFins: "[redacted]",
        customerName: "[redacted]",
      },
      money: { incomeQepik: "[redacted]", declaredIncomes: "[redacted]", iban: "[redacted]", amountQepik: 90_000 },
      fn: "process-application",
    });
    for (const secret of [fin, "Aysel", "Elvin", phone, "aysel@example.az", "45000", "AZ21NABZ"])
      expect(raw.join(""), `"${secret}" leaked`).not.toContain(secret);
  });

  it("masks e-mail addresses inside free text, as it does phone numbers", () => {
    const { log, lines } = memoryLogger();
    log.warn({ note: "bounced: aysel.m+1@example.az" }, "mail to aysel@example.az bounced");
    expect(lines[0]).toMatchObject({ msg: "mail to [redacted] bounced", note: "bounced: [redacted]" });
  });

  it("keeps an error's kind and stack but masks a phone number in its message", () => {
    const { log, lines } = memoryLogger();
    log.error({ err: new TypeError(`bad number ${phone}`) }, "sending failed");
    expect(lines[0]?.err).toMatchObject({ type: "TypeError", message: "bad number [redacted]" });
    expect(JSON.stringify(lines[0])).not.toContain(phone);
  });
});

describe("the log level", () => {
  it("is LOG_LEVEL when pino knows it, else info: a typo must not fail every page", () => {
    expect(logLevel("debug")).toBe("debug");
    expect(logLevel("silent")).toBe("silent");
    expect(logLevel(undefined)).toBe("info");
    expect(logLevel("verbose")).toBe("info");
  });
});
