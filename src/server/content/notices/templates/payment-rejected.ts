import { branchNameIn } from "@/kernel/branch-name";
import type { MessageData } from "../message-data";
import { withoutFullStop } from "../notice-text";
import type { Template } from "./draft";
import { formatMonth } from "./payments-stopped";

// Sent when the bank rejected a month's payment (docs/payments.md, "A rejected payment"): which month, and either
// that it is sent again with the next month's payroll (the family should see that the card account is usable), or
// that the district office takes it up.
export const paymentRejectedTemplate: Template<MessageData<"PAYMENT_REJECTED">> = (d, ctx, { t, locale }) => {
  const args = { number: ctx.registrationNumber, url: ctx.applicationUrl, month: formatMonth(d.month, locale) };
  return {
    subject: t("paymentRejected.subject", args),
    paragraphs: [
      t("paymentRejected.what", args),
      d.resend ? t("paymentRejected.resend") : t("paymentRejected.staff"),
      // Where to ask when the card account is blocked; when the office takes the payment up, there is nothing to ask.
      d.resend && d.branch
        ? t("paymentRejected.branch", {
            branch: branchNameIn(locale, d.branch),
            address: withoutFullStop(d.branch.address),
          })
        : "",
      t("paymentRejected.page", args),
    ],
    sms: t("paymentRejected.sms", { ...args, resend: d.resend ? "yes" : "no" }),
  };
};
