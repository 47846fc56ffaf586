import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import type { AppLocale } from "@/i18n/locales";
import { loadMessages } from "./load-messages";

// Texts that count something say it in the number the count needs: "1 day left", not "1 days left"; a family of
// one is "the one person", not "none of the 1 people" (and in Russian 21 people are not "the only person").

const translator = async (locale: AppLocale) =>
  createTranslator({ locale, messages: (await loadMessages(locale)) as Record<string, never> }) as unknown as (
    key: string,
    values: Record<string, string | number>,
  ) => string;

describe("counted nouns", () => {
  it("says day or days on the administrator's calendar warning and the holiday form", async () => {
    const t = await translator("en");
    expect(t("adminConsole.calendarEnds", { date: "31 Dec 2026", days: 1 })).toContain("(1 day left)");
    expect(t("adminConsole.calendarEnds", { date: "31 Dec 2026", days: 20 })).toContain("(20 days left)");
    expect(t("staffMail.calendarWarning.text", { date: "31 Dec 2026", days: 1, nextYear: 2027 })).toContain(
      "(1 day left)",
    );
    expect(t("adminHolidays.done", { entered: 1, year: 2027 })).toBe("Saved: 1 day of 2027.");
    expect(t("adminHolidays.done", { entered: 12, year: 2027 })).toBe("Saved: 12 days of 2027.");
  });

  it("refuses a family none of whose members counts in words that fit its size, in every language", async () => {
    const [az, ru, en] = [await translator("az"), await translator("ru"), await translator("en")];
    const reason = "reasons.message.NO_COUNTED_MEMBERS";
    expect(en(reason, { listed: 1 })).toMatch(/^The one person named in the application cannot be counted/);
    expect(en(reason, { listed: 3 })).toMatch(/^None of the 3 people in the application can be counted/);
    expect(ru(reason, { listed: 1 })).toMatch(/^Единственный указанный в заявлении человек не может/);
    expect(ru(reason, { listed: 21 })).toMatch(/^Ни один из указанных в заявлении людей \(21\) не может/);
    expect(az(reason, { listed: 1 })).toMatch(/^Müraciətdə göstərilən yeganə şəxs ailə üzvü/);
    expect(az(reason, { listed: 4 })).toMatch(/^Müraciətdə göstərilən 4 nəfərdən heç biri/);
  });
});
