import { formatDate } from "../format";
import type { MessageData } from "../message-data";
import { present } from "../notice-text";
import type { Template, TemplateContext } from "./draft";

// Goes to a staff member, in the staff member's own language; it names the case, never the family.
const consoleUrl = (ctx: TemplateContext): string => `${ctx.appBaseUrl.replace(/\/+$/, "")}/staff`;

export const reviewRequestTemplate: Template<MessageData<"REVIEW_REQUEST">> = (d, ctx, { t, locale }) => {
  const args = {
    number: ctx.registrationNumber,
    hasDue: present(d.dueOn),
    due: d.dueOn ? formatDate(d.dueOn, locale) : "",
    url: consoleUrl(ctx),
  };
  return {
    subject: t("reviewRequest.subject", args),
    paragraphs: [t("reviewRequest.needsReview", args), t("reviewRequest.due", args), t("reviewRequest.open", args)],
    sms: t("reviewRequest.sms", args),
  };
};
