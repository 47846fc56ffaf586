import type { Channel, Locale } from "@/generated/prisma/client";
import { smsSize, toGsmLatin } from "./gsm";
import type { Message } from "./message-data";
import { noticeText } from "./notice-text";
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
import { paymentRejectedTemplate } from "./templates/payment-rejected";
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
  const lang = { locale, t: noticeText(locale) };
  switch (message.kind) {
    case "SIGN_IN_CODE":
      return signInCodeTemplate(message.data, ctx, lang);
    case "REGISTRATION_NOTICE":
      return registrationNoticeTemplate(message.data, ctx, lang);
    case "INSPECTION_DATE":
      return inspectionDateTemplate(message.data, ctx, lang);
    case "DECISION":
      return decisionTemplate(message.data, ctx, lang);
    case "DECISION_LATE":
      return decisionLateTemplate(message.data, ctx, lang);
    case "BANK_CARD_PICKUP":
      return bankCardPickupTemplate(message.data, ctx, lang);
    case "REVIEW_REQUEST":
      return reviewRequestTemplate(message.data, ctx, lang);
    case "APPEAL_ANSWER":
      return appealAnswerTemplate(message.data, ctx, lang);
    case "PERIOD_ENDING":
      return periodEndingTemplate(message.data, ctx, lang);
    case "PAYMENTS_STOPPED":
      return paymentsStoppedTemplate(message.data, ctx, lang);
    case "CHANGE_DECISION":
      return changeDecisionTemplate(message.data, ctx, lang);
    case "PAYMENT_REJECTED":
      return paymentRejectedTemplate(message.data, ctx, lang);
    case "VISIT_RESCHEDULED":
      return visitRescheduledTemplate(message.data, ctx, lang);
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
