import { createTranslator, type AbstractIntlMessages } from "use-intl/core";
import { describe, expect, it } from "vitest";
import az from "@/messages/administration/az.json";
import en from "@/messages/administration/en.json";
import ru from "@/messages/administration/ru.json";
import { SEED_PARAMETER_DEFINITIONS } from "@/server/domain/data/parameters";
import { parameterWords } from "./parameter-words";

type Words = Parameters<typeof parameterWords>;
const catalogs = { az, ru, en } as const;
const wordsIn = (locale: keyof typeof catalogs) => {
  const t = createTranslator({
    locale,
    messages: catalogs[locale] as unknown as AbstractIntlMessages,
    namespace: "adminConsole",
  }) as unknown as Words[0];
  return parameterWords(t, t, {} as Words[2]);
};
const seeded = SEED_PARAMETER_DEFINITIONS.flatMap((d) => d.values.map((v) => v.legalReference));

describe("a parameter's legal basis in the console", () => {
  it("reads the law-leaves-it-open note in the reader's language", () => {
    const note = seeded.find((r) => r.startsWith("Qanunda müəyyən edilməyib"));
    expect(note).toBeDefined();
    expect(wordsIn("ru").law(note!)).toBe("Не установлено законом: правило самой системы");
    expect(wordsIn("en").law(note!)).toBe("Not set by law: the system's own rule");
    expect(wordsIn("az").law(note!)).toBe(note);
    for (const l of ["ru", "en"] as const)
      for (const r of seeded) expect(wordsIn(l).law(r)).not.toContain("sistemin qaydası");
  });

  it("keeps an act's title as stored, in Azerbaijani", () => {
    const act = seeded.find((r) => r.includes("Mülki Məcəlləsi"))!;
    expect(wordsIn("ru").law(act)).toBe(act);
  });
});
