import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { azOrdinalYear } from "@/kernel/az-ordinal-year";
import { staffMailTranslator } from "@/server/services/staff/staff-mail-text";
import type adminCatalog from "./administration/en.json";
import { loadMessages } from "./load-messages";

// Azerbaijani writes "the year 2026" as "2026-cı il": the suffix follows the vowel of the last number word read
// aloud (altı → -cı, yeddi → -ci, doqquz → -cu, dörd → -cü). The catalogs choose it with `selectordinal`, whose
// Azerbaijani categories (CLDR) name exactly those four endings; the seeds' own rule is kernel/az-ordinal-year.ts.

const messages = (await loadMessages("az")) as unknown as typeof adminCatalog;
const t = createTranslator({ locale: "az", messages });

describe("Azerbaijani ordinals in the catalogs", () => {
  it("gives each year of the holiday table its own ending", async () => {
    expect(t("adminHolidays.title", { year: 2026 })).toBe("2026-cı ilin bayram və istirahət günləri");
    expect(t("adminHolidays.title", { year: 2027 })).toBe("2027-ci ilin bayram və istirahət günləri");
    expect(t("adminHolidays.title", { year: 2029 })).toBe("2029-cu ilin bayram və istirahət günləri");
    expect(t("adminHolidays.done", { year: 2024, entered: 12 })).toBe("Yadda saxlanıldı: 2024-cü il üzrə 12 gün.");
    const mail = await staffMailTranslator("az");
    expect(mail("calendarWarning.text", { date: "31.12.2026", days: 20, nextYear: 2030 })).toContain(
      "2030-cu ilin bayram",
    );
  });

  it("numbers the days of the form the same way", () => {
    expect([1, 3, 6, 9, 10, 40].map((n) => t("adminHolidays.day", { n }))).toEqual([
      "1-ci gün",
      "3-cü gün",
      "6-cı gün",
      "9-cu gün",
      "10-cu gün",
      "40-cı gün",
    ]);
  });

  it("agrees with the seeds' rule for every year the programme can see", () => {
    for (let year = 2005; year <= 2099; year += 1)
      expect(t("adminHolidays.title", { year }).split(" ")[0]).toBe(azOrdinalYear(year));
  });
});
