import { formatDate } from "../format";
import type { MessageData } from "../message-data";
import type { Template } from "./draft";

// Sent once per assignment a month before its period ends (docs/payments.md, "What the family sees"): the family
// may apply again from its page, where the wizard opens filled in from this application.
export const periodEndingTemplate: Template<MessageData<"PERIOD_ENDING">> = ({ periodTo }, ctx, { t, locale }) => {
  const args = { number: ctx.registrationNumber, date: formatDate(periodTo, locale) };
  return {
    subject: t("periodEnding.subject", args),
    paragraphs: [t("periodEnding.ends", args), t("periodEnding.applyAgain"), ctx.applicationUrl],
    sms: t("periodEnding.sms", args),
  };
};
