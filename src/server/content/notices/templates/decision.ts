import { formatAzn, formatDate } from "../format";
import type { MessageData } from "../message-data";
import type { Template } from "./draft";
import { refusalGroundName } from "../refusal-ground";

type DecisionData = MessageData<"DECISION">;

// A refusal names every reason in the family's language, as the engine worded it when it decided (the reason's
// stored message), numbered in the e-mail; the SMS lists every reason by its ground's short name (refusal-ground.ts)
// and links to the page that holds the full texts. An assignment's e-mail links to the page too: the decision letter
// (to print, or as a PDF) and the appeal (one month from receipt, docs/decision-letter.md) are there.
export const decisionTemplate: Template<DecisionData> = (d, ctx, { t, locale }) => {
  const number = ctx.registrationNumber;
  if (d.outcome === "ASSIGN") {
    const args = {
      number,
      amount: formatAzn(d.amountQepik, locale),
      from: formatDate(d.periodFrom, locale),
      to: formatDate(d.periodTo, locale),
    };
    return {
      subject: t("decision.assigned.subject", args),
      paragraphs: [
        t("decision.assigned.intro", args),
        t("decision.assigned.amount", args),
        t(d.sameCard ? "decision.assigned.sameCard" : "decision.assigned.card"),
        t("decision.assigned.letter", { url: ctx.applicationUrl }),
      ],
      sms: t(d.sameCard ? "decision.assigned.smsSameCard" : "decision.assigned.sms", args),
    };
  }
  const reasons = d.reasons.map((r) => r.messages[locale]);
  return {
    subject: t("decision.refused.subject", { number }),
    paragraphs: [
      t("decision.refused.intro", { number }),
      ...reasons.map((reason, i) => t("decision.refused.reason", { n: String(i + 1), reason })),
      t("decision.refused.appeal", { url: ctx.applicationUrl }),
    ],
    sms: {
      head: t("decision.refused.smsHead", { number }),
      items: d.reasons.map((r) => refusalGroundName(r.code, locale) ?? r.messages[locale]),
      tail: t("decision.refused.smsTail", { url: ctx.applicationUrl }),
    },
  };
};
