import { branchNameIn } from "@/kernel/branch-name";
import { formatDate } from "../format";
import type { MessageData } from "../message-data";
import type { Template } from "./draft";

// Only the masked account number is ever written into a message (the bank's full number is never stored). The
// e-mail says when the money comes (the payroll pays on the first working day of each month, docs/payments.md) and
// links to the family's page, where each month's payment shows.
export const bankCardPickupTemplate: Template<MessageData<"BANK_CARD_PICKUP">> = (d, ctx, { t, locale }) => {
  const args = {
    url: ctx.applicationUrl,
    number: ctx.registrationNumber,
    date: formatDate(d.cardPickupDate, locale),
    branch: branchNameIn(locale, { name: d.branchName, nameRu: d.branchNameRu, nameEn: d.branchNameEn }),
    address: d.branchAddress,
    account: d.accountMasked,
  };
  if (d.sameCard)
    return {
      subject: t("bankCardPickup.sameCard.subject", args),
      paragraphs: [
        t("bankCardPickup.sameCard.account", args),
        t("bankCardPickup.sameCard.stop"),
        t("bankCardPickup.payday", args),
      ],
      sms: t("bankCardPickup.sameCard.sms", args),
    };
  if (d.branchChange)
    return {
      subject: t("bankCardPickup.moved.subject", args),
      paragraphs: [
        t("bankCardPickup.moved.lead", args),
        t("bankCardPickup.pickup", args),
        t("bankCardPickup.address", args),
        t("bankCardPickup.bring"),
        t("bankCardPickup.payday", args),
      ],
      sms: t("bankCardPickup.moved.sms", args),
    };
  return {
    subject: t("bankCardPickup.subject", args),
    paragraphs: [
      t("bankCardPickup.account", args),
      t("bankCardPickup.pickup", args),
      t("bankCardPickup.address", args),
      t("bankCardPickup.bring"),
      t("bankCardPickup.payday", args),
    ],
    sms: t("bankCardPickup.sms", args),
  };
};
