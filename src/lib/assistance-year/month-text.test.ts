import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import az from "@/messages/assistance-year/az.json";
import en from "@/messages/assistance-year/en.json";
import ru from "@/messages/assistance-year/ru.json";
import { monthText } from "./month-text";

// The family's page and the staff resume form say from which month payments stopped and start again: in Russian
// the month after «с» is in the genitive («с января 2027»), as the payments-stopped notice already says it.

const translator = (locale: "az" | "ru" | "en") => {
  const messages = { az, ru, en }[locale];
  const t = createTranslator({ locale, messages, namespace: "assistanceYear" });
  return (key: string, values?: Record<string, string>) => t(key as "monthName", values);
};

describe("month names on the assistance-year pages", () => {
  it("puts the month after «с» in the genitive in Russian, and names it alone in the nominative", () => {
    const t = translator("ru");
    expect(monthText(t, "2027-01", "from")).toBe("января 2027");
    expect(monthText(t, "2026-05", "from")).toBe("мая 2026");
    expect(monthText(t, "2027-01", "name")).toBe("Январь 2027");
    expect(t("stop.why", { month: monthText(t, "2026-09", "from") })).toContain("выплаты остановлены с сентября 2026.");
    expect(
      t("staffResume.what", { month: monthText(t, "2026-11", "from"), stoppedFrom: monthText(t, "2026-09", "from") }),
    ).toMatch(/^Выплаты возобновятся с ноября 2026, .* начиная с сентября 2026 /);
  });

  it("keeps the month's name after 'from' in Azerbaijani and English", () => {
    expect(monthText(translator("az"), "2027-01", "from")).toBe("Yanvar 2027");
    expect(monthText(translator("en"), "2027-01", "from")).toBe("January 2027");
    for (const [locale, month] of [
      ["az", "Dekabr 2026"],
      ["en", "December 2026"],
    ] as const) {
      const t = translator(locale);
      expect(monthText(t, "2026-12", "from")).toBe(monthText(t, "2026-12", "name"));
      expect(monthText(t, "2026-12", "name")).toBe(month);
    }
  });
});
