import type { Channel, Locale } from "@/generated/prisma/client";
import { smsSize, toGsmLatin } from "./gsm";
import type { Message } from "./message-data";
import { smsSegmentBudget } from "./sms-budget";
import { appealAnswerTemplate } from "./templates/appeal-answer";
import { bankCardPickupTemplate } from "./templates/bank-card-pickup";
import { changeDecisionTemplate } from "./templates/change-decision";
import { decisionLateTemplate } from "./templates/decision-late";
import { decisionTemplate } from "./templates/decision";
import type { Draft, SmsDraft, TemplateContext } from "./templates/draft";
import { inspectionDateTemplate } from "./templates/inspection-date";
import { periodEndingTemplate } from "./templates/period-ending";
import { paymentsStoppedTemplate } from "./templates/payments-stopped";
import { registrationNoticeTemplate } from "./templates/registration-notice";
import { reviewRequestTemplate } from "./templates/review-request";
import { signInCodeTemplate } from "./templates/sign-in-code";
import { visitRescheduledTemplate } from "./templates/visit-rescheduled";

export interface RenderedMessage {
  /** E-mail only. */
  subject: string | null;
  /** The e-mail's plain text (paragraphs separated by a blank line) or the SMS text, exactly as sent. */
  body: string;
}

function draftOf(message: Message, locale: Locale, ctx: TemplateContext): Draft {
  switch (message.kind) {
    case "SIGN_IN_CODE":
      return signInCodeTemplate[locale](message.data, ctx);
    case "REGISTRATION_NOTICE":
      return registrationNoticeTemplate[locale](message.data, ctx);
    case "INSPECTION_DATE":
      return inspectionDateTemplate[locale](message.data, ctx);
    case "DECISION":
      return decisionTemplate[locale](message.data, ctx);
    case "DECISION_LATE":
      return decisionLateTemplate[locale](message.data, ctx);
    case "BANK_CARD_PICKUP":
      return bankCardPickupTemplate[locale](message.data, ctx);
    case "REVIEW_REQUEST":
      return reviewRequestTemplate[locale](message.data, ctx);
    case "APPEAL_ANSWER":
      return appealAnswerTemplate[locale](message.data, ctx);
    case "PERIOD_ENDING":
      return periodEndingTemplate[locale](message.data, ctx);
    case "PAYMENTS_STOPPED":
      return paymentsStoppedTemplate[locale](message.data, ctx);
    case "CHANGE_DECISION":
      return changeDecisionTemplate[locale](message.data, ctx);
    case "VISIT_RESCHEDULED":
      return visitRescheduledTemplate[locale](message.data, ctx);
  }
}

// Azerbaijani and English can be written in the GSM-7 alphabet (160 characters a segment); Russian cannot, and
// is sent as UCS-2 as it is.
function smsSpelling(locale: Locale): (text: string) => string {
  return locale === "ru" ? (text) => text : toGsmLatin;
}

const MIN_ITEM_LENGTH = 16;

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 3).trimEnd()}...`;
}

/** Every item stays in the text; when the whole passes the budget, the longest items are cut, the shortest never. */
function fitSms(draft: SmsDraft, spell: (text: string) => string, budget: number): string {
  if (typeof draft === "string") return spell(draft);
  const head = spell(draft.head);
  const tail = spell(draft.tail);
  const items = draft.items.map((item) => spell(item.trim().replace(/[.;]+$/, "")));
  const compose = (max: number): string => {
    const list = items.map((item, i) => `${i + 1}) ${shorten(item, max)}`).join("; ");
    return `${head} ${list}${list.endsWith(".") ? "" : "."} ${tail}`;
  };
  let max = Math.max(MIN_ITEM_LENGTH, ...items.map((i) => i.length));
  let text = compose(max);
  while (smsSize(text).segments > budget && max > MIN_ITEM_LENGTH) {
    max -= 1;
    text = compose(max);
  }
  return text;
}

export function renderMessage(
  message: Message,
  locale: Locale,
  channel: Channel,
  ctx: TemplateContext,
): RenderedMessage {
  const draft = draftOf(message, locale, ctx);
  if (channel === "EMAIL")
    return { subject: draft.subject, body: draft.paragraphs.filter((p) => p !== "").join("\n\n") };
  return { subject: null, body: fitSms(draft.sms, smsSpelling(locale), smsSegmentBudget(message)) };
}

const escapeHtml = (text: string): string =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");

/** The HTML part of an e-mail, made from the stored plain text so the outbox row is all a resend needs. */
export function emailHtml(subject: string, body: string): string {
  const paragraphs = body
    .split("\n\n")
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)
    .join("\n");
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family:sans-serif;line-height:1.5">${paragraphs}</body></html>`;
}
