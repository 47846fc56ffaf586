import { VISIT_WINDOW_HOURS } from "@/kernel/visit-window";
import { formatDate } from "../format";
import type { MessageData } from "../message-data";
import { withoutFullStop } from "../notice-text";
import type { Template } from "./draft";

/** The visit staff booked or moved by hand: the new day, the hours to be at home and the inspector who comes. */
export const visitRescheduledTemplate: Template<MessageData<"VISIT_RESCHEDULED">> = (d, ctx, { t, locale }) => {
  // A booking without a half-day keeps the whole working day: from the morning's start to the afternoon's end.
  const hours = d.timeWindow
    ? VISIT_WINDOW_HOURS[d.timeWindow]
    : { start: VISIT_WINDOW_HOURS.MORNING.start, end: VISIT_WINDOW_HOURS.AFTERNOON.end };
  const args = {
    number: ctx.registrationNumber,
    url: ctx.applicationUrl,
    repeat: d.attempt > 1 ? "yes" : "no",
    date: formatDate(d.date, locale),
    from: hours.start,
    to: hours.end,
    inspector: d.inspectorName,
  };
  return {
    subject: t("visitRescheduled.subject", args),
    paragraphs: [
      t("visitRescheduled.booked", args),
      t("visitRescheduled.instructions", args),
      d.address ? t("visitRescheduled.address", { address: withoutFullStop(d.address) }) : "",
      t("visitRescheduled.page", args),
    ],
    sms: t("visitRescheduled.sms", args),
  };
};
