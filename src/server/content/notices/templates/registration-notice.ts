import { formatDate } from "../format";
import type { MessageData } from "../message-data";
import type { Template } from "./draft";

// The rules allow 3 days for the registration notice; the system sends it at once (RULES.md, process).
export const registrationNoticeTemplate: Template<MessageData<"REGISTRATION_NOTICE">> = (_d, ctx, { t, locale }) => {
  const args = {
    number: ctx.registrationNumber,
    date: ctx.applicationDate ? formatDate(ctx.applicationDate, locale) : "",
  };
  return {
    subject: t("registration.subject", args),
    paragraphs: [t("registration.registered", args), t("registration.decisionWithin"), ctx.applicationUrl],
    sms: t("registration.sms", args),
  };
};
