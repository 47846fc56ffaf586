import { formatDate } from "../format";
import type { MessageData } from "../message-data";
import type { Template } from "./draft";

// Sent by the deadline watch when the 15th working day passes without a decision (RULES.md, process).
export const decisionLateTemplate: Template<MessageData<"DECISION_LATE">> = ({ dueOn }, ctx, { t, locale }) => {
  const args = { number: ctx.registrationNumber, due: formatDate(dueOn, locale) };
  return {
    subject: t("decisionLate.subject", args),
    paragraphs: [t("decisionLate.late", args), t("decisionLate.apology")],
    sms: t("decisionLate.sms", args),
  };
};
