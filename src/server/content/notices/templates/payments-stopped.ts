import type { Locale } from "@/generated/prisma/client";
import type { MessageData } from "../message-data";
import { noticeText } from "../notice-text";
import type { Template } from "./draft";

// Sent by the payroll when nothing was withdrawn from the card account for 2 consecutive paid months (RULES.md;
// docs/payments.md, "The 2-month stop"): why payments stopped, and what to do to have them resume.

/**
 * "2026-06" → "iyun 2026" / "июнь 2026" / "June 2026" (the month names are in the notices catalogs). `from` is the
 * form after "from": Russian puts the month in the genitive there ("с июня 2026"); az and en keep the name.
 */
export function formatMonth(month: string, locale: Locale, form: "name" | "from" = "name"): string {
  const [year, m] = month.split("-");
  const key = form === "from" ? "paymentsStopped.monthFrom" : "paymentsStopped.month";
  return noticeText(locale)(key, { month: `m${m}`, year: year ?? "" });
}

export const paymentsStoppedTemplate: Template<MessageData<"PAYMENTS_STOPPED">> = (d, ctx, { t, locale }) => {
  const args = {
    number: ctx.registrationNumber,
    url: ctx.applicationUrl,
    from: formatMonth(d.stoppedFrom, locale, "from"),
    months: d.unusedMonths.map((m) => formatMonth(m, locale)).join(", "),
  };
  return {
    subject: t("paymentsStopped.subject", args),
    paragraphs: [
      t("paymentsStopped.why", args),
      t("paymentsStopped.stopped", args),
      t("paymentsStopped.resume"),
      t("paymentsStopped.page", args),
    ],
    sms: t("paymentsStopped.sms", args),
  };
};
