import { formatAzn, formatDate } from "../format";
import type { MessageData } from "../message-data";
import { present } from "../notice-text";
import type { Template } from "./draft";

// A decision during the assistance period (issue 14): the reassessment after a change the family reported, or a
// false-information finding (ground 9). It says what changes and from which month; the reasons and the appeal
// route are on the family's page and in the letter.
export const changeDecisionTemplate: Template<MessageData<"CHANGE_DECISION">> = (d, ctx, { t, locale }) => {
  const base = { number: ctx.registrationNumber, url: ctx.applicationUrl };
  if (d.outcome === "ASSIGN") {
    const args = {
      ...base,
      amount: formatAzn(d.amountQepik, locale),
      from: formatDate(d.effectiveFrom, locale),
      to: formatDate(d.periodTo, locale),
    };
    return {
      subject: t("changeDecision.subjectAmount", args),
      paragraphs: [
        t("changeDecision.afterReport", args),
        t("changeDecision.newAmount", args),
        t("changeDecision.page", args),
      ],
      sms: t("changeDecision.smsAmount", args),
    };
  }
  const from = d.effectiveFrom ? formatDate(d.effectiveFrom, locale) : null;
  const until = d.barEndsOn ? formatDate(d.barEndsOn, locale) : null;
  const args = { ...base, hasFrom: present(from), from: from ?? "", until: until ?? "" };
  return {
    subject: t("changeDecision.subjectEnds", args),
    paragraphs: [
      d.cause === "FALSE_INFORMATION" ? t("changeDecision.afterFinding", args) : t("changeDecision.afterReport", args),
      from ? t("changeDecision.ends", args) : t("changeDecision.refusedNothingRuns"),
      ...(until ? [t("changeDecision.bar", args)] : []),
      t("changeDecision.page", args),
    ],
    sms: until ? t("changeDecision.smsBar", args) : t("changeDecision.smsEnds", args),
  };
};
