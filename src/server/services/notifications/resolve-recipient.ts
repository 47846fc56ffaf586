import type { Channel } from "@/generated/prisma/client";

export interface Contacts {
  phone: string | null;
  email: string | null;
}

/** The contact on a channel, or null when the family (or staff member) gave none for it. */
export function contactOn(channel: Channel, contacts: Contacts): string | null {
  const value = channel === "EMAIL" ? contacts.email : contacts.phone;
  return value && value.trim() !== "" ? value.trim() : null;
}

export const otherChannel = (channel: Channel): Channel => (channel === "EMAIL" ? "SMS" : "EMAIL");

/** The preferred channel when it has a contact, else the other one; null when there is no contact at all. */
export function chooseChannel(preferred: Channel, contacts: Contacts): { channel: Channel; recipient: string } | null {
  for (const channel of [preferred, otherChannel(preferred)]) {
    const recipient = contactOn(channel, contacts);
    if (recipient) return { channel, recipient };
  }
  return null;
}
