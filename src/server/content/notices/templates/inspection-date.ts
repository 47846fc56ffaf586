import { formatDate } from "../format";
import type { MessageData } from "../message-data";
import { present } from "../notice-text";
import type { Template } from "./draft";

// The visit's day, and when known its time window and the inspector's short name (docs/inspections.md, "What the
// family is told"): a visit booked before the window was told has neither, and the text says only the day.
export const inspectionDateTemplate: Template<MessageData<"INSPECTION_DATE">> = (d, ctx, { t, locale }) => {
  const window = d.window ? `${d.window.from}-${d.window.to}` : null;
  const args = {
    number: ctx.registrationNumber,
    date: formatDate(d.date, locale),
    repeat: d.attempt > 1 ? "yes" : "no",
    hasWindow: present(window),
    window: window ?? "",
    hasInspector: present(d.inspector),
    inspector: d.inspector ?? "",
  };
  const whoAndWhen = [
    ...(window ? [t("inspectionDate.window", args)] : []),
    ...(d.inspector ? [t("inspectionDate.inspector", args)] : []),
  ].join(" ");
  return {
    subject: t("inspectionDate.subject", args),
    paragraphs: [t("inspectionDate.scheduled", args), whoAndWhen, t("inspectionDate.instructions")],
    sms: t("inspectionDate.sms", args),
  };
};
