import { formatDate } from "../format";
import type { MessageData } from "../message-data";
import { present, withoutFullStop } from "../notice-text";
import type { Template } from "./draft";

// The visit's day, and when known the inspector's short name and the half-day window (docs/inspector-tablet.md,
// "What the family is told"): a notice queued before issue 17 has neither, and the text says only the day.
export const inspectionDateTemplate: Template<MessageData<"INSPECTION_DATE">> = (d, ctx, { t, locale }) => {
  const args = {
    number: ctx.registrationNumber,
    date: formatDate(d.date, locale),
    repeat: d.attempt > 1 ? "yes" : "no",
    hasInspector: present(d.inspector),
    inspector: d.inspector ?? "",
    hasWindow: present(d.window),
    from: d.window?.from ?? "",
    to: d.window?.to ?? "",
  };
  return {
    subject: t("inspectionDate.subject", args),
    paragraphs: [
      t("inspectionDate.scheduled", args),
      d.inspector || d.window ? t("inspectionDate.visitBy", args) : "",
      t("inspectionDate.instructions"),
      d.address ? t("inspectionDate.address", { address: withoutFullStop(d.address) }) : "",
      t("inspectionDate.page", { url: ctx.applicationUrl }),
    ],
    sms: t("inspectionDate.sms", args),
  };
};
