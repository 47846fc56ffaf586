import type { Message } from "./message-data";

/**
 * The most SMS segments each kind may cost. A sign-in code must arrive whole in one segment; notices fit in two
 * (a Russian text is UCS-2, 67 characters a segment); the card pickup carries the bank's address, and a refusal
 * names every reason (by its ground's short name), so they get more. An appeal answer, a change decision and a
 * payments stop end with the link to the application's page (about 67 characters, a whole UCS-2 segment): with an
 * amount and a period, or a month, a Russian text needs a third. Twilio concatenates up to 10 segments.
 */
export function smsSegmentBudget(message: Message): number {
  switch (message.kind) {
    case "SIGN_IN_CODE":
      return 1;
    case "DECISION":
      return message.data.outcome === "REFUSE" ? 8 : 2;
    case "BANK_CARD_PICKUP":
      return 4;
    case "APPEAL_ANSWER":
    case "CHANGE_DECISION":
    case "PAYMENTS_STOPPED":
      return 3;
    default:
      return 2;
  }
}
