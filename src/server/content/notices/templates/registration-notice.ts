import { formatDate } from "../format";
import type { MessageData } from "../message-data";
import type { Template } from "./draft";

// The rules allow 3 days for the registration notice; the system sends it at once (RULES.md, process). The e-mail
// names the decision's due day as the family's page does, when the message carries it.
export const registrationNoticeTemplate: Template<MessageData<"REGISTRATION_NOTICE">> = (d, ctx, { t, locale }) => {
  const args = {
    number: ctx.registrationNumber,
    date: ctx.applicationDate ? formatDate(ctx.applicationDate, locale) : "",
  };
  const within = d.decisionDueOn
    ? t("registration.decisionBy", { due: formatDate(d.decisionDueOn, locale) })
    : t("registration.decisionWithin");
  return {
    subject: t("registration.subject", args),
    paragraphs: [t("registration.registered", args), within, ctx.applicationUrl],
    sms: t("registration.sms", args),
  };
};
