import { formatDate } from "../format";
import type { MessageData } from "../message-data";
import { present } from "../notice-text";
import type { Template, TemplateContext } from "./draft";

// Goes to a staff member, in the staff member's own language; it names the case, never the family. A change
// report's reassessment in review (issue 14) says so; the rest (the link, the SMS) is the chain review's.
const consoleUrl = (ctx: TemplateContext): string => `${ctx.appBaseUrl.replace(/\/+$/, "")}/staff`;

export const reviewRequestTemplate: Template<MessageData<"REVIEW_REQUEST">> = (d, ctx, { t, locale }) => {
  const args = {
    number: ctx.registrationNumber,
    hasDue: present(d.dueOn),
    due: d.dueOn ? formatDate(d.dueOn, locale) : "",
    url: consoleUrl(ctx),
    cause: d.handover ? "handover" : d.cause === "CHANGE_REPORT" ? "change" : "chain",
  };
  return {
    subject: t("reviewRequest.subject", args),
    paragraphs: [t("reviewRequest.needsReview", args), t("reviewRequest.due", args), t("reviewRequest.open", args)],
    sms: t("reviewRequest.sms", args),
  };
};
