import { describe, expect, it } from "vitest";
import { ctx, cases, facts, locales, samples } from "../test-support/notice-samples";
import { isGsm7, smsSize } from "./gsm";
import { renderMessage } from "./render-message";
import { parseMessage, type Message } from "./message-data";
import { smsSegmentBudget } from "./sms-budget";

/**
 * Whether a kind's SMS sends the family to its application's page, where what the SMS cannot hold is (the reasons,
 * the explanation, the button to resume payments). Every kind is named: a new one does not compile until it is
 * placed here, and then every language's SMS of it is checked.
 */
function smsLinksToPage(message: Message): boolean {
  switch (message.kind) {
    case "DECISION":
      return message.data.outcome === "REFUSE";
    case "APPEAL_ANSWER":
    case "CHANGE_DECISION":
    case "PAYMENTS_STOPPED":
      return true;
    // Whole in themselves (a code, a date, an amount, where to collect the card), or, for a review, to staff.
    case "SIGN_IN_CODE":
    case "REGISTRATION_NOTICE":
    case "INSPECTION_DATE":
    case "DECISION_LATE":
    case "BANK_CARD_PICKUP":
    case "REVIEW_REQUEST":
    case "PERIOD_ENDING":
    case "PAYMENT_REJECTED":
    case "VISIT_RESCHEDULED":
      return false;
  }
}

describe("message templates", () => {
  it.each(cases)("$message.kind in $locale: the e-mail carries a subject and every fact", ({ message, locale }) => {
    const email = renderMessage(message, locale, "EMAIL", ctx);
    expect(email.subject).toBeTruthy();
    for (const fact of facts(message, locale)) expect(email.body).toContain(fact);
  });

  it.each(cases)("$message.kind in $locale: the SMS fits its segment budget", ({ message, locale }) => {
    const sms = renderMessage(message, locale, "SMS", ctx);
    expect(sms.subject).toBeNull();
    expect(smsSize(sms.body).segments).toBeLessThanOrEqual(smsSegmentBudget(message));
    expect(sms.body).toContain(
      message.kind === "SIGN_IN_CODE"
        ? "482913"
        : message.kind === "BANK_CARD_PICKUP" && !message.data.sameCard
          ? "30"
          : ctx.registrationNumber,
    );
  });

  it.each(cases.filter((c) => c.locale !== "ru"))(
    "$message.kind in $locale: the SMS is pure GSM-7",
    ({ message, locale }) => {
      expect(isGsm7(renderMessage(message, locale, "SMS", ctx).body)).toBe(true);
    },
  );

  it.each(cases.filter((c) => smsLinksToPage(c.message)))(
    "$message.kind in $locale: the SMS ends with the link to the application's page",
    ({ message, locale }) => {
      expect(renderMessage(message, locale, "SMS", ctx).body.endsWith(ctx.applicationUrl)).toBe(true);
    },
  );

  it.each(cases)("$message.kind in $locale: the SMS never links to the bare site", ({ message, locale }) => {
    expect(renderMessage(message, locale, "SMS", ctx).body).not.toMatch(/https:\/\/vemtas\.example\.az\/?(\s|$)/);
  });

  it("tells a renewal on the family's card that no card is to be collected", () => {
    const [first, moved, renewal] = samples.BANK_CARD_PICKUP;
    const en = (m: typeof first) => renderMessage(m!, "en", "EMAIL", ctx).body;
    expect(en(first)).toContain("collect your card");
    expect(en(renewal)).toContain("You do not need a new card");
    expect(en(renewal)).not.toContain("collect");
    expect(en(renewal)).not.toContain("Nərimanov");
    // Its decision notice already says so, instead of promising card details.
    const decision = renderMessage(samples.DECISION[3]!, "en", "SMS", ctx).body;
    expect(decision).toContain("paid to the card you already have");
    expect(decision).not.toContain("Card details will follow");
    // A move to another branch says it was the family's request, and where the card is now.
    expect(en(moved)).toContain("As you asked");
    expect(renderMessage(moved!, "ru", "SMS", ctx).body).toContain("Şəki filialı");
  });

  it("names the card's branch in the family's language, or as the bank named it when it gave no other", () => {
    const [first, moved] = samples.BANK_CARD_PICKUP;
    const text = (m: typeof first, locale: (typeof locales)[number], channel: "SMS" | "EMAIL") =>
      renderMessage(m!, locale, channel, ctx).body;
    expect(text(first, "ru", "SMS")).toContain("Наримановский филиал");
    expect(text(first, "ru", "EMAIL")).toContain("Наримановский филиал");
    expect(text(first, "ru", "EMAIL")).not.toContain("Nərimanov filialı");
    expect(text(first, "en", "SMS")).toContain("Narimanov branch");
    expect(text(first, "az", "SMS")).toContain("Nerimanov filiali");
    expect(text(moved, "en", "EMAIL")).toContain("Şəki filialı");
  });

  it("does not say 'branch' twice: the bank's name of a branch already says it", () => {
    const [first, moved] = samples.BANK_CARD_PICKUP;
    for (const m of [first, moved])
      for (const locale of locales)
        for (const channel of ["SMS", "EMAIL"] as const) {
          const body = renderMessage(m!, locale, channel, ctx).body;
          expect(body).not.toMatch(/(filial[ıi]|branch|филиал)["»]? (filial|branch|филиал|отделени)/i);
        }
  });

  it("tells a renewal assigned on appeal that it is paid to the card it has, in every language", () => {
    const [changed, , , renewal] = samples.APPEAL_ANSWER;
    const email = (m: typeof changed, locale: (typeof locales)[number]) => renderMessage(m!, locale, "EMAIL", ctx).body;
    expect(email(changed, "en")).toContain("where and when to collect the card");
    expect(email(renewal, "en")).toContain("the card account you already have");
    expect(email(renewal, "en")).toContain("no new card is needed");
    expect(email(renewal, "en")).not.toContain("collect");
    expect(email(renewal, "ru")).toContain("новая карта не нужна");
    expect(email(renewal, "ru")).not.toContain("получить карту");
    expect(email(renewal, "az")).toContain("yeni kart lazım deyil");
    expect(email(renewal, "az")).not.toContain("ayrıca bildirəcəyik");
  });

  it("puts the month after 'с' in the genitive in Russian, as a reader expects ('с сентября', not 'с сентябрь')", () => {
    const message = samples.PAYMENTS_STOPPED[0]!;
    for (const channel of ["SMS", "EMAIL"] as const) {
      const ru = renderMessage(message, "ru", channel, ctx).body;
      expect(ru).toContain("с сентября 2026");
      expect(ru).not.toContain("с сентябрь");
    }
    expect(renderMessage(message, "en", "SMS", ctx).body).toContain("from September 2026");
  });

  // The notice carries no word on whether the card was collected, nor on its branch or day, and it may come months
  // after the card's e-mail: the e-mail says only what to check (that the card account is not blocked), true whether
  // the card was collected or not, and never sends the family to "the branch, from the day you were told". The SMS
  // keeps its short line, which sends to the bank only a family that has the card.
  it("tells the family what to check about a rejected payment, true whether the card was collected or not", () => {
    const message = samples.PAYMENT_REJECTED[0]!;
    const unconditional = /kart(ınız)? bloklanıbsa|Если карта заблокирована|If your card is blocked/i;
    const check = {
      az: "kart hesabınızın bloklanmadığını bankdan dəqiqləşdirin",
      ru: "уточните в банке, что ваш карточный счёт не заблокирован",
      en: "check with the bank that your card account is not blocked",
    };
    const stale =
      /almamısınızsa|bildirilən gündən|ещё не получили|указанного вам дня|not collected it yet|day you were told/i;
    for (const l of locales) {
      const email = renderMessage(message, l, "EMAIL", ctx).body;
      expect(email).toContain(check[l as keyof typeof check]);
      expect(email).not.toMatch(stale);
      expect(email).not.toMatch(unconditional);
      const sms = renderMessage(message, l, "SMS", ctx).body;
      expect(sms).not.toMatch(unconditional);
      expect(sms).not.toMatch(stale);
    }
    // The office takes up a second rejection: nothing to check at the bank then.
    for (const l of locales)
      expect(renderMessage(samples.PAYMENT_REJECTED[1]!, l, "EMAIL", ctx).body).not.toContain(
        check[l as keyof typeof check],
      );
  });

  it("names the card account's branch beside a rejected payment the family should check, in the family's language", () => {
    const [withoutBranch, , withBranch] = samples.PAYMENT_REJECTED;
    expect(renderMessage(withBranch!, "ru", "EMAIL", ctx).body).toContain(
      "Отделение банка, где открыт ваш карточный счёт: Насиминский филиал, Bakı, Füzuli küç. 62.",
    );
    // No English name from the bank: the branch's own.
    expect(renderMessage(withBranch!, "en", "EMAIL", ctx).body).toContain(
      "Your card account's bank branch: Nəsimi filialı, Bakı, Füzuli küç. 62.",
    );
    expect(renderMessage(withBranch!, "az", "SMS", ctx).body).not.toContain("Fuzuli");
    expect(renderMessage(withoutBranch!, "en", "EMAIL", ctx).body).not.toContain("branch");
    const takenUp = parseMessage("PAYMENT_REJECTED", { ...withBranch!.data, attempt: 2, resend: false });
    expect(renderMessage(takenUp, "en", "EMAIL", ctx).body).not.toContain("branch");
  });

  it("writes each language in its own words", () => {
    const message = samples.REGISTRATION_NOTICE[0]!;
    const [az, ru, en] = locales.map((l) => renderMessage(message, l, "EMAIL", ctx).body);
    expect(az).toContain("qeydə alındı");
    expect(ru).toContain("зарегистрировано");
    expect(en).toContain("registered");
  });
});

describe("the refusal SMS", () => {
  // The walk of 7 December 2026 received a Russian refusal of 535 characters, 8 segments, its first reason cut
  // mid-sentence ("…очное..."): each reason is now named whole by its ground, and the page holds the full texts.
  const longReason = (code: string) => ({
    code,
    messages: { az: "A".repeat(400), ru: "Я".repeat(400), en: "E".repeat(400) },
  });
  const refusal: Message = {
    kind: "DECISION",
    data: {
      outcome: "REFUSE",
      decisionId: "d1",
      reasons: [longReason("LOW_INCOME_NOT_BEYOND_CONTROL"), longReason("DECLARATION_MISMATCH")],
    },
  };

  it("names each reason whole by its ground, in each language, and links to the page", () => {
    const ru = renderMessage(refusal, "ru", "SMS", ctx).body;
    expect(ru).toContain(
      "1) Низкий доход по причинам, зависящим от семьи; 2) Заявленные данные расходятся с данными ведомств.",
    );
    expect(ru).not.toContain("...");
    expect(ru).toContain(ctx.applicationUrl);
    expect(smsSize(ru).segments).toBeLessThanOrEqual(4);
    expect(renderMessage(refusal, "en", "SMS", ctx).body).toContain(
      "1) Low income for reasons within the family's control;",
    );
  });

  it("keeps a reason's own text for a code no ground names", () => {
    const other: Message = {
      kind: "DECISION",
      data: {
        outcome: "REFUSE",
        decisionId: "d2",
        reasons: [{ code: "SOMETHING_NEW", messages: { az: "Səbəb", ru: "Причина", en: "A reason" } }],
      },
    };
    expect(renderMessage(other, "en", "SMS", ctx).body).toContain("1) A reason.");
  });
});
