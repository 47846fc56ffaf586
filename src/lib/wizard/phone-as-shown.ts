import { groupPhone } from "@/kernel/identity-format";
import type { Draft } from "./draft-schema";

// The phone in the wizard's field as the review and the staff show it, "+994 55 444 27 19", not the stored
// "+994554442719": grouped on the server, before the draft and the signed-in phone reach the form, so that the
// grouping is not in the wizard's first load. The check before "Next" takes any accepted form and stores E.164.

/** The signed-in phone, grouped (null stays null). */
export const phoneAsShown = (phone: string | null): string | null => (phone === null ? null : groupPhone(phone));

/** The stored draft with its contact's phone grouped; anything else as it is. */
export function draftAsShown(draft: Draft | null): Draft | null {
  return draft?.contact ? { ...draft, contact: { ...draft.contact, phone: groupPhone(draft.contact.phone) } } : draft;
}
