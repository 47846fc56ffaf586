import { formatAzn, formatDate } from "../format";
import type { MessageData } from "../message-data";
import type { Template } from "./draft";

// The supervisor's explanation is written once, in their language, and goes into the e-mail as written; an SMS
// cannot hold it, so it points to the family's page, where the timeline and the letter show it.
export const appealAnswerTemplate: Template<MessageData<"APPEAL_ANSWER">> = (d, ctx, { t, locale }) => {
  const base = { number: ctx.registrationNumber, url: ctx.applicationUrl, text: d.explanation };
  if (d.outcome === "REFUSE") {
    return {
      subject: t("appealAnswer.subjectStands", base),
      paragraphs: [
        t("appealAnswer.reviewed", base),
        t("appealAnswer.stands"),
        t("appealAnswer.explanation", base),
        t("appealAnswer.page", base),
      ],
      sms: t("appealAnswer.smsStands", base),
    };
  }
  const args = {
    ...base,
    amount: formatAzn(d.amountQepik, locale),
    from: formatDate(d.periodFrom, locale),
    to: formatDate(d.periodTo, locale),
  };
  const changed = d.answer === "CHANGE";
  return {
    subject: changed ? t("appealAnswer.subjectChanged", args) : t("appealAnswer.subjectStands", args),
    paragraphs: [
      t("appealAnswer.reviewed", args),
      changed ? t("appealAnswer.assigned") : t("appealAnswer.stands"),
      t("appealAnswer.amountAndPeriod", args),
      t("appealAnswer.explanation", args),
      ...(changed ? [t(d.sameCard ? "appealAnswer.sameCard" : "appealAnswer.card")] : []),
      t("appealAnswer.page", args),
    ],
    sms: changed ? t("appealAnswer.smsAssigned", args) : t("appealAnswer.smsStands", args),
  };
};
