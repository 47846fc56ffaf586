import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { reasonText } from "@/server/content/reasons/reason-text";
import { staffMailTranslator } from "@/server/services/staff/staff-mail-text";
import type adminCatalog from "./administration/en.json";
import type coreCatalog from "./en.json";
import { loadMessages } from "./load-messages";

// Texts that count something say it in the number the count needs: "1 day left", not "1 days left"; a family of
// one is "the one person", not "none of the 1 people" (and in Russian 21 people are not "the only person"). The
// e-mail and the reasons are read through the translators the app writes them with.

describe("counted nouns", () => {
  it("says day or days on the administrator's calendar warning and the holiday form", async () => {
    const messages = (await loadMessages("en")) as unknown as typeof adminCatalog;
    const t = createTranslator({ locale: "en", messages });
    expect(t("adminConsole.calendarEnds", { date: "31 Dec 2026", days: 1 })).toContain("(1 day left)");
    expect(t("adminConsole.calendarEnds", { date: "31 Dec 2026", days: 20 })).toContain("(20 days left)");
    expect(t("adminHolidays.done", { entered: 1, year: 2027 })).toBe("Saved: 1 day of 2027.");
    expect(t("adminHolidays.done", { entered: 12, year: 2027 })).toBe("Saved: 12 days of 2027.");
    const mail = await staffMailTranslator("en");
    expect(mail("calendarWarning.text", { date: "31 Dec 2026", days: 1, nextYear: 2027 })).toContain("(1 day left)");
  });

  it("says how many tries a wrong sign-in code has left, in the number each language needs", async () => {
    const said = async (locale: "az" | "ru" | "en", remaining: number) => {
      const messages = (await loadMessages(locale)) as unknown as typeof coreCatalog;
      return createTranslator({ locale, messages })("signIn.codeWrongTriesLeft", { remaining });
    };
    expect(await said("en", 2)).toContain("2 tries left");
    expect(await said("en", 1)).toContain("1 try left");
    expect(await said("ru", 2)).toContain("осталось 2 попытки");
    expect(await said("ru", 1)).toContain("осталась 1 попытка");
    expect(await said("ru", 5)).toContain("осталось 5 попыток");
    // Azerbaijani keeps the noun singular after a number: "2 cəhd", not "2 cəhdlər".
    expect(await said("az", 2)).toContain("2 cəhd qalıb");
    expect(await said("az", 1)).toContain("1 cəhd qalıb");
  });

  it("refuses a family none of whose members counts in words that fit its size, in every language", () => {
    const reason = (locale: "az" | "ru" | "en", listed: number) =>
      reasonText(locale)("message.NO_COUNTED_MEMBERS", { listed });
    expect(reason("en", 1)).toMatch(/^The one person named in the application cannot be counted/);
    expect(reason("en", 3)).toMatch(/^None of the 3 people in the application can be counted/);
    expect(reason("ru", 1)).toMatch(/^Единственный указанный в заявлении человек не может/);
    expect(reason("ru", 21)).toMatch(/^Ни один из указанных в заявлении людей \(21\) не может/);
    expect(reason("az", 1)).toMatch(/^Müraciətdə göstərilən yeganə şəxs ailə üzvü/);
    expect(reason("az", 4)).toMatch(/^Müraciətdə göstərilən 4 nəfərdən heç biri/);
  });
});
