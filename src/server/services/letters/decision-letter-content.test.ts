import { describe, expect, it } from "vitest";
import {
  buildDecisionLetterContent,
  formatManat,
  loadLetterMessages,
  type DecisionLetterContent,
  type LetterMessages,
} from "./decision-letter-content";
import { decisionLetterFrom } from "@/server/services/applications/get-decision-letter";
import { answeredInRussian, assignedLetter, letterTexts, refusedLetter } from "./letter-fixtures";

/** Every text of the letter, in order, with no-break spaces read as spaces. */
function texts(content: DecisionLetterContent): string[] {
  return letterTexts(content).map((t) => t.replace(/[\u00a0\u202f]/g, " "));
}

describe("the decision letter's content", () => {
  it("assigns in Russian with the monthly amount, the period and the figures, in the family's language", async () => {
    const content = buildDecisionLetterContent(assignedLetter, await loadLetterMessages("ru"));
    expect(texts(content)).toEqual([
      "Министерство труда и социальной защиты населения",
      "VEMTAS",
      "Кому: Məmmədova Aynur Rauf qızı",
      "Адрес: Bakı, Füzuli küç. 12, mənzil 4, Nəsimi",
      "Выдавший орган: Отдел социальной защиты населения — Насиминский район",
      "Решение об адресной государственной социальной помощи",
      "Заявление № VEM-2026-000123 от 2 марта 2026 г.",
      "Вашей семье назначена адресная государственная социальная помощь.",
      "Ежемесячная сумма: 30 400,50 AZN",
      "Срок: с 1 апреля 2026 г. по 31 марта 2027 г.",
      "Учтено членов семьи: 4. Критерий нуждаемости: 300,00 AZN на человека. Среднемесячный доход семьи: 896,00 AZN.",
      "Дата решения: 20 марта 2026 г.",
      "Правовое основание: Закон Азербайджанской Республики № 1039-IIQ «Об адресной государственной социальной помощи» от 21 октября 2005 года и Решение Кабинета Министров № 37 от 5 февраля 2016 года с изменениями.",
      "Если вы не согласны, вы можете в течение одного месяца со дня получения этого решения подать жалобу на странице заявления (административное обжалование). Её рассмотрит руководитель, не участвовавший в принятии этого решения, и вынесет новое решение с обоснованием. Если вы не согласны и с ним, вы можете в течение одного месяца со дня его получения обратиться в административный суд.",
    ]);
    expect(content).toMatchObject({
      locale: "ru",
      registrationNumber: "VEM-2026-000123",
      title: "Решение об адресной государственной социальной помощи — VEM-2026-000123",
      author: "Министерство труда и социальной защиты населения",
    });
    expect(content.pageLabel(2, 3)).toBe("Страница 2 из 3");
  });

  it("writes the same decision in Azerbaijani and English with their own dates and number style", async () => {
    const az = texts(buildDecisionLetterContent({ ...assignedLetter, locale: "az" }, await loadLetterMessages("az")));
    expect(az).toContain("Aylıq məbləğ: 30.400,50 AZN");
    expect(az).toContain("Müddət: 1 aprel 2026 tarixindən 31 mart 2027 tarixinədək");
    const en = texts(buildDecisionLetterContent({ ...assignedLetter, locale: "en" }, await loadLetterMessages("en")));
    expect(en).toContain("Monthly amount: 30,400.50 AZN");
    expect(en).toContain("Period: from April 1, 2026 to March 31, 2027");
    expect(en).toContain("Targeted state social assistance is assigned to your family.");
  });

  it("writes a decision during the period from its effective day: a new amount, or the end of the assistance", async () => {
    const changed = { ...assignedLetter.decision, effectiveFrom: "2026-07-01" };
    const en = texts(
      buildDecisionLetterContent(
        { ...assignedLetter, locale: "en", decision: changed },
        await loadLetterMessages("en"),
      ),
    );
    expect(en).toContain("The targeted state social assistance of your family is changed from July 1, 2026.");
    expect(en).toContain("Period: from July 1, 2026 to March 31, 2027");
    expect(en).not.toContain("Targeted state social assistance is assigned to your family.");
    const ended = { ...refusedLetter.decision, effectiveFrom: "2026-07-01" };
    const az = texts(buildDecisionLetterContent({ ...refusedLetter, decision: ended }, await loadLetterMessages("az")));
    expect(az).toContain(
      "Ailənizin ünvanlı dövlət sosial yardımı 1 iyul 2026 tarixindən dayandırılır. Əvvəlki aylar əvvəlki qərara uyğun ödənilir.",
    );
    expect(az).not.toContain("Ailənizə ünvanlı dövlət sosial yardımının təyin edilməsindən imtina edilmişdir.");
  });

  it("refuses in Azerbaijani with every reason numbered, and no amount or period", async () => {
    const content = buildDecisionLetterContent(refusedLetter, await loadLetterMessages("az"));
    const lines = texts(content);
    expect(lines).toContain("Ailənizə ünvanlı dövlət sosial yardımının təyin edilməsindən imtina edilmişdir.");
    expect(lines).toEqual(
      expect.arrayContaining([
        "Səbəblər",
        "1. Ailənin adına minik avtomobili qeydiyyatdadır.",
        "2. Ailənin gəliri ehtiyac meyarından yüksəkdir.",
      ]),
    );
    expect(
      lines.some((l) => l.startsWith("Aylıq məbləğ") || l.startsWith("Müddət") || l.startsWith("Nəzərə alınan")),
    ).toBe(false);
    expect(content.blocks.find((b) => b.kind === "paragraph" && b.tone === "strong")).toMatchObject({
      text: expect.stringContaining("imtina"),
    });
  });

  it("says which appeal the decision answers, right after the application it decides", async () => {
    const appeal = { filedOn: "2026-04-10", answeredOn: "2026-04-24" };
    const lines = texts(buildDecisionLetterContent({ ...refusedLetter, appeal }, await loadLetterMessages("az")));
    expect(lines).toContain("Bu qərar 10 aprel 2026 tarixli şikayətinizə cavabdır.");
    expect(lines.indexOf("Bu qərar 10 aprel 2026 tarixli şikayətinizə cavabdır.")).toBe(
      lines.findIndex((l) => l.includes("nömrəli müraciət")) + 1,
    );
    const en = texts(
      buildDecisionLetterContent({ ...assignedLetter, locale: "en", appeal }, await loadLetterMessages("en")),
    );
    expect(en).toContain("This decision answers your appeal of April 10, 2026.");
    const without = texts(buildDecisionLetterContent(refusedLetter, await loadLetterMessages("az")));
    expect(without.some((l) => l.includes("şikayətinizə cavabdır"))).toBe(false);
  });

  it("names the legal basis, the issuing office, the appeal route and one currency notation in every language", async () => {
    for (const locale of ["az", "ru", "en"] as const) {
      const lines = texts(buildDecisionLetterContent({ ...assignedLetter, locale }, await loadLetterMessages(locale)));
      const all = lines.join("\n");
      expect(all).toContain("1039-IIQ");
      expect(all).toMatch(/2005/);
      expect(all).toMatch(/ 37 /);
      // The issuing office is the family's district, which the address line of the fixture does not name.
      expect(all).toContain("— Насиминский район");
      // An amount is always "<number> AZN": never a manat sign or a spelled-out currency beside it.
      expect(all).not.toMatch(/₼|manat|манат/i);
      expect(all.match(/AZN/g)).toHaveLength(3);
    }
  });

  it("sends the answer to an appeal on to the court, not to a second appeal", async () => {
    const answer = { ...refusedLetter, appeal: { filedOn: "2026-04-10", answeredOn: "2026-04-20" } };
    const en = texts(buildDecisionLetterContent({ ...answer, locale: "en" }, await loadLetterMessages("en")));
    expect(en.at(-1)).toBe(
      "This decision answers your appeal and is not appealed to the Ministry again. If you disagree with it, you may bring a claim before the administrative court within one month of receiving it.",
    );
    expect(en.some((l) => l.includes("application's page"))).toBe(false);
    const az = texts(buildDecisionLetterContent(answer, await loadLetterMessages("az")));
    expect(az.at(-1)).toContain("inzibati məhkəməyə");
  });

  it("fails rather than print a message key when the catalog lacks a text", async () => {
    const messages = await loadLetterMessages("en");
    const { title: _dropped, ...letter } = messages.letter;
    expect(() =>
      buildDecisionLetterContent({ ...assignedLetter, locale: "en" }, {
        ...messages,
        letter,
      } as unknown as LetterMessages),
    ).toThrow(/title/);
  });
});

describe("the letter's language", () => {
  const [answer] = answeredInRussian.decisions;
  const [appeal] = answeredInRussian.appeals;
  const built = async (source: typeof answeredInRussian) => {
    const letter = decisionLetterFrom(source);
    if (!letter) throw new Error("no decision");
    return {
      locale: letter.locale,
      lines: texts(buildDecisionLetterContent(letter, await loadLetterMessages(letter.locale))),
    };
  };

  it("is the appeal's for a supervisor's answer to it, everything in it, though the family applied in Azerbaijani", async () => {
    const { locale, lines } = await built(answeredInRussian);
    expect(locale).toBe("ru");
    expect(lines).toEqual([
      "Министерство труда и социальной защиты населения",
      "VEMTAS",
      "Кому: Məmmədova Aynur Rauf qızı",
      "Адрес: Bakı, Füzuli küç. 12, mənzil 4, Насиминский район",
      "Выдавший орган: Отдел социальной защиты населения — Насиминский район",
      "Решение об адресной государственной социальной помощи",
      "Заявление № VEM-2026-000789 от 2 марта 2026 г.",
      "Это решение принято по вашей жалобе от 10 апреля 2026 г.",
      "Вашей семье отказано в назначении адресной государственной социальной помощи.",
      "Причины",
      "1. На семью зарегистрирован легковой автомобиль.",
      "2. Автомобиль по-прежнему числится за семьёй.",
      "Дата решения: 24 апреля 2026 г.",
      "Правовое основание: Закон Азербайджанской Республики № 1039-IIQ «Об адресной государственной социальной помощи» от 21 октября 2005 года и Решение Кабинета Министров № 37 от 5 февраля 2016 года с изменениями.",
      "Это решение вынесено по вашей жалобе и повторно в министерство не обжалуется. Если вы с ним не согласны, вы можете в течение одного месяца со дня его получения обратиться в административный суд.",
    ]);
  });

  it("is the application's for an appeal filed before its language was recorded", async () => {
    const { locale, lines } = await built({ ...answeredInRussian, appeals: [{ ...appeal!, locale: null }] });
    expect(locale).toBe("az");
    expect(lines).toEqual(
      expect.arrayContaining([
        "Ünvan: Bakı, Füzuli küç. 12, mənzil 4, Nəsimi rayonu",
        "Bu qərar 10 aprel 2026 tarixli şikayətinizə cavabdır.",
        "1. Ailənin adına minik avtomobili qeydiyyatdadır.",
      ]),
    );
  });

  it("is the application's for any decision that answers no appeal, the appealed one's or a later one", async () => {
    const later = { ...answer!, id: "later", createdAt: new Date("2026-06-10T07:00:00Z") };
    for (const decisions of [[later], [{ ...answer!, id: "appealed" }]]) {
      const { locale, lines } = await built({ ...answeredInRussian, decisions });
      expect(locale).toBe("az");
      expect(lines).toContain("Ailənizə ünvanlı dövlət sosial yardımının təyin edilməsindən imtina edilmişdir.");
      expect(lines.some((l) => l.includes("şikayətinizə cavabdır"))).toBe(false);
    }
  });

  it("has no letter before a final decision", () => {
    expect(decisionLetterFrom({ ...answeredInRussian, decisions: [] })).toBeNull();
  });
});

describe("formatManat", () => {
  it.each([
    [0, "en", "0.00"],
    [1, "en", "0.01"],
    [30_400, "ru", "304,00"],
    [-1_250, "en", "-12.50"],
    [123_456_789, "az", "1.234.567,89"],
    [Number.MAX_SAFE_INTEGER, "en", "90,071,992,547,409.91"],
  ] as const)("writes %i qəpik in %s as %s", (qepik, locale, expected) => {
    expect(formatManat(qepik, locale).replace(/[\u00a0\u202f]/g, " ")).toBe(expected);
  });

  it("refuses a fraction of a qəpik", () => {
    expect(() => formatManat(10.5, "en")).toThrow(RangeError);
  });
});
