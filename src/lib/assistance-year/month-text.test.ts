import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import az from "@/messages/assistance-year/az.json";
import en from "@/messages/assistance-year/en.json";
import ru from "@/messages/assistance-year/ru.json";
import { monthText } from "./month-text";

// The family's page and the staff resume form say from which month payments stopped and start again: in Russian
// the month after «с» is in the genitive («с января 2027»), and in Azerbaijani a month in the middle of a sentence is
// in lower case («yanvar 2027 ayından»), as the payments-stopped notice already says them.

const translator = (locale: "az" | "ru" | "en") => {
  const messages = { az, ru, en }[locale];
  const t = createTranslator({ locale, messages, namespace: "assistanceYear" });
  return (key: string, values?: Record<string, string>) => t(key as "monthName", values);
};

describe("month names on the assistance-year pages", () => {
  it("puts the month after «с» in the genitive in Russian, names it alone in the nominative, and writes «г.»", () => {
    const t = translator("ru");
    expect(monthText(t, "2027-01", "from")).toBe("января 2027 г.");
    expect(monthText(t, "2026-05", "from")).toBe("мая 2026 г.");
    expect(monthText(t, "2027-01", "name")).toBe("Январь 2027 г.");
    // The abbreviation's point ends the sentence: never two.
    expect(t("stop.why", { month: monthText(t, "2026-09", "from") })).toMatch(
      /выплаты остановлены с сентября 2026 г\.$/,
    );
    expect(
      t("staffResume.what", { month: monthText(t, "2026-11", "from"), stoppedFrom: monthText(t, "2026-09", "from") }),
    ).toMatch(/^Выплаты возобновятся с ноября 2026 г\., .* начиная с сентября 2026 г\. /);
  });

  it("never ends a Russian sentence in two points after the year", () => {
    const t = translator("ru");
    const month = monthText(t, "2026-09", "from");
    for (const key of ["stop.why", "stop.what", "resumed", "resumedAtOffice", "staffResume.resumed"])
      expect(t(key, { month })).not.toContain("г..");
    for (const key of ["staffResume.doneByStaff", "staffResume.doneByFamily"])
      expect(t(key, { month, name: "N", date: "1 сентября 2026 г.", note: "-" })).not.toContain("г..");
  });

  it("writes the month in lower case in the middle of an Azerbaijani sentence", () => {
    const t = translator("az");
    expect(monthText(t, "2026-06", "from")).toBe("iyun 2026");
    expect(monthText(t, "2026-06", "name")).toBe("İyun 2026");
    expect(t("stop.why", { month: monthText(t, "2026-12", "from") })).toContain("ödənişlər dekabr 2026 ayından");
    // Never at a sentence's start, where it would need its capital.
    const what = t("staffResume.what", {
      month: monthText(t, "2026-11", "from"),
      stoppedFrom: monthText(t, "2026-09", "from"),
    });
    expect(what).toContain("Dayandırılmış aylar (sentyabr 2026 ayından başlayaraq)");
    expect(what).not.toMatch(/(^|\. )[a-zəığöşü]/);
  });

  it("keeps the month's name after 'from' in English", () => {
    const t = translator("en");
    expect(monthText(t, "2027-01", "from")).toBe("January 2027");
    expect(monthText(t, "2026-12", "from")).toBe(monthText(t, "2026-12", "name"));
  });
});
