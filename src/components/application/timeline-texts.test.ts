import { createTranslator, type AbstractIntlMessages } from "use-intl/core";
import { describe, expect, it } from "vitest";
import az from "@/messages/az.json";
import en from "@/messages/en.json";
import ru from "@/messages/ru.json";

const catalogs = { az, ru, en } as const;
type Translate = (key: string, values: Record<string, string>) => string;
const text = (locale: keyof typeof catalogs, key: string, values: Record<string, string>) =>
  (
    createTranslator({
      locale,
      messages: catalogs[locale] as unknown as AbstractIntlMessages,
      namespace: "applicationPage.events",
    }) as unknown as Translate
  )(key, values);

describe("the timeline's texts of the bank card", () => {
  // The entry comes when the bank opens the account, days before the card can be collected (the card section says
  // it "will be ready" on the pickup day): the entry names where and from when, and never that it is ready now.
  it.each(["az", "ru", "en"] as const)("%s: the card entry does not call the card ready before its pickup day", (l) => {
    const said = text(l, "BANK_CARD", { branch: "Nəsimi filialı", address: "Bakı, Azadlıq pr. 5", date: "14.12.2026" });
    expect(said).toContain("Nəsimi filialı");
    expect(said).toContain("14.12.2026");
    expect(said).not.toMatch(/hazırdır|готова|\bready\b/i);
  });
});
