import type { Locale } from "@/generated/prisma/client";
import type { NoticeTranslator } from "../notice-text";

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
  /** The application's own page in the message's language: e-mails and the family's SMS link there, not the root. */
  applicationUrl: string;
}

/** The message's language and its `notices` catalog entries. */
export interface NoticeLanguage {
  locale: Locale;
  t: NoticeTranslator;
}

/** Picks the catalog entries of one kind of message and fills in its figures; the words are in the catalogs. */
export type Template<D> = (data: D, ctx: TemplateContext, lang: NoticeLanguage) => Draft;
