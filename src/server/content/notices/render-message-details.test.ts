import { describe, expect, it } from "vitest";
import pageAz from "@/messages/assistance-year/az.json";
import pageEn from "@/messages/assistance-year/en.json";
import pageRu from "@/messages/assistance-year/ru.json";
import { allReasons, ctx, locales, samples } from "../test-support/notice-samples";
import { formatDate } from "./format";
import { smsSize } from "./gsm";
import { parseMessage } from "./message-data";
import { emailHtml, renderMessage } from "./render-message";

describe("message templates in detail", () => {
  it("names every refusal reason in an SMS, shortening long ones rather than dropping any", () => {
    const message = samples.DECISION[2]!;
    for (const locale of locales) {
      const sms = renderMessage(message, locale, "SMS", ctx).body;
      for (let i = 1; i <= allReasons.length; i++) expect(sms).toContain(`${i}) `);
      expect(smsSize(sms).segments).toBeLessThanOrEqual(8);
    }
    const short = renderMessage(samples.DECISION[1]!, "en", "SMS", ctx).body;
    expect(short).toContain("The family owns or uses a motor vehicle");
  });

  it("tells the visit's time window and the inspector's short name when they are known, and only the day before", () => {
    const [dayOnly, , withWindow] = samples.INSPECTION_DATE;
    expect(renderMessage(withWindow!, "en", "SMS", ctx).body).toBe(
      "TSSA VEM-2026-000123: second home visit on 13 Mar 2026, inspector Seadetxanim E., 14:00-18:00; please be at home with your identity cards ready.",
    );
    expect(renderMessage(withWindow!, "az", "SMS", ctx).body).toContain(
      ", müfettis Seadetxanim E., saat 14:00-18:00; evde olun",
    );
    expect(renderMessage(withWindow!, "ru", "SMS", ctx).body).toContain(
      ", инспектор Səadətxanım Ə., 14:00-18:00; нужны",
    );
    expect(renderMessage(withWindow!, "ru", "EMAIL", ctx).body).toContain(
      "Инспектор Səadətxanım Ə. придёт с 14:00 до 18:00.",
    );
    expect(renderMessage(dayOnly!, "en", "EMAIL", ctx).body).not.toContain("will come");
    // The home the inspector comes to: in the e-mail, not in the SMS (its length).
    expect(renderMessage(withWindow!, "en", "EMAIL", ctx).body).toContain(
      "The inspector comes to the address given in your application: Sumqayıt, 9-cu mikrorayon, ev 14, mənzil 3.",
    );
    expect(renderMessage(withWindow!, "az", "SMS", ctx).body).not.toContain("mikrorayon");
    expect(renderMessage(dayOnly!, "en", "EMAIL", ctx).body).not.toContain("address");
    const moved = renderMessage(samples.VISIT_RESCHEDULED[1]!, "ru", "EMAIL", ctx).body;
    expect(moved).toContain(
      "Инспектор придёт по адресу, указанному в заявлении: Bakı, Nəsimi r., Nizami küç. 5, mən. 12.",
    );
    expect(() => parseMessage("INSPECTION_DATE", { date: "2026-03-13", inspector: "Səadətxanım Ə." })).toThrow(
      /window/,
    );
  });

  it("never ends a sentence twice: a short name's or a date's own full stop is not followed by another", () => {
    for (const [kind, list] of Object.entries(samples))
      for (const message of list)
        for (const locale of locales)
          for (const channel of ["SMS", "EMAIL"] as const)
            expect(renderMessage(message, locale, channel, ctx).body, `${kind} ${locale} ${channel}`).not.toMatch(
              /[^.]\.\.(?!\.)/,
            );
  });

  it("links an e-mail about the application to the application's own page, not to the site's root", () => {
    const linked = [
      samples.REGISTRATION_NOTICE[0]!,
      samples.DECISION[1]!,
      samples.APPEAL_ANSWER[0]!,
      samples.APPEAL_ANSWER[2]!,
    ];
    for (const message of linked)
      for (const locale of locales)
        expect(renderMessage(message, locale, "EMAIL", ctx).body).toContain(ctx.applicationUrl);
  });

  it("tells an assignment where its decision letter is and how to appeal, in every language, with the page's link", () => {
    const words = {
      az: ["Qərar məktubu", "PDF", "bir ay ərzində", "şikayət"],
      ru: ["Письмо с решением", "PDF", "одного месяца", "жалобу"],
      en: ["decision letter", "PDF", "within one month", "appeal"],
    };
    for (const message of [samples.DECISION[0]!, samples.DECISION[3]!])
      for (const locale of locales) {
        const email = renderMessage(message, locale, "EMAIL", ctx).body;
        for (const word of words[locale as keyof typeof words]) expect(email).toContain(word);
        expect(email).toContain(ctx.applicationUrl);
      }
  });

  it("tells when the card's money comes (the payroll's first working day) and links to the page", () => {
    const payday = {
      az: "hər ayın ilk iş günü",
      ru: "в первый рабочий день каждого месяца",
      en: "first working day of each month",
    };
    for (const message of samples.BANK_CARD_PICKUP)
      for (const locale of locales) {
        const email = renderMessage(message, locale, "EMAIL", ctx).body;
        expect(email).toContain(payday[locale as keyof typeof payday]);
        expect(email).toContain(ctx.applicationUrl);
      }
  });

  it("names the decision's due day in the registration e-mail when the notice carries it, and only then", () => {
    const [without, withDue] = samples.REGISTRATION_NOTICE;
    for (const locale of locales) {
      const due = formatDate("2026-03-23", locale);
      expect(renderMessage(withDue!, locale, "EMAIL", ctx).body).toContain(due);
      expect(renderMessage(without!, locale, "EMAIL", ctx).body).not.toContain(due);
      // The SMS keeps its budget: it says "within 15 working days" as before.
      expect(renderMessage(withDue!, locale, "SMS", ctx).body).toContain("15");
    }
  });

  it("names the page's own button in the period-ending e-mail, and does not say 'tap' to a desktop reader", () => {
    const button = { az: pageAz, ru: pageRu, en: pageEn }; // the family's page, where the button is
    for (const locale of locales) {
      const email = renderMessage(samples.PERIOD_ENDING[0]!, locale, "EMAIL", ctx).body;
      expect(email).toContain(button[locale as keyof typeof button].assistanceYear.renewal.button);
      expect(email).not.toMatch(/\btap\b|toxun|коснит/i);
    }
  });

  it("escapes what a bank or an engine writes before it goes into HTML", () => {
    expect(emailHtml("<b>", "a <script>x</script>\n\nb & c")).toContain("<p>a &lt;script&gt;x&lt;/script&gt;</p>");
  });
});
