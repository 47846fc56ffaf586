import type { Locale } from "@/generated/prisma/client";

/** What a template writes: the e-mail's subject and paragraphs, and the SMS text. */
export interface Draft {
  subject: string;
  paragraphs: string[];
  sms: SmsDraft;
}

/**
 * An SMS is a plain text, or a list that must be told in full (every refusal reason) and is shortened item by
 * item, never dropped, when it would pass the kind's segment budget.
 */
export type SmsDraft = string | { head: string; items: string[]; tail: string };

export interface TemplateContext {
  registrationNumber: string;
  applicationDate: string | null;
  appBaseUrl: string;
  /** The application's own page in the message's language; e-mails link there (an SMS keeps the shorter root). */
  applicationUrl: string;
}

export type Template<D> = Record<Locale, (data: D, ctx: TemplateContext) => Draft>;

// Short names of the programme used in SMS, where every character counts.
export const PROGRAMME_SHORT: Record<Locale, string> = { az: "ÜDSY", ru: "АГСП", en: "TSA" };
