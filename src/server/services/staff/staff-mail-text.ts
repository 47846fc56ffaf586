import { createTranslator } from "use-intl/core";
import type { Locale } from "@/generated/prisma/client";
import type adminCatalog from "@/messages/administration/en.json";
import { loadMessages } from "@/messages/load-messages";

type StaffMailMessages = Pick<typeof adminCatalog, "staffMail">;

/** The texts of the e-mails to staff (`staffMail.*` in the administration catalogs), in the staff member's language. */
export async function staffMailTranslator(locale: Locale) {
  const messages = (await loadMessages(locale)) as unknown as StaffMailMessages;
  return createTranslator({ locale, messages, namespace: "staffMail" });
}
