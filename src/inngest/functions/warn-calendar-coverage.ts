import { inngest } from "@/inngest/client";
import { getDb } from "@/server/db/client";
import { emailCalendarWarning, findCalendarWarningDue } from "@/server/services/law/email-calendar-warning";
import { sendStaffEmail } from "@/server/services/notifications/send-staff-email";

/**
 * Every morning in Baku: when the holiday calendar ends within 90 days, each active administrator gets one e-mail
 * (once per coverage end date: the outbox's dedupe key), so that next year's Cabinet decision is entered in time.
 */
export const warnCalendarCoverage = inngest.createFunction(
  { id: "warn-calendar-coverage", retries: 3, triggers: [{ cron: "TZ=Asia/Baku 0 8 * * *" }] },
  async ({ step }) => {
    const due = await step.run("find-calendar-warning", () => findCalendarWarningDue(getDb(), new Date()));
    if (!due) return { warned: 0 };
    let warned = 0;
    for (const adminId of due.adminIds) {
      const sent = await step.run(`email-${adminId}-${due.lastCoveredDay}`, () =>
        emailCalendarWarning(getDb(), { adminId, lastCoveredDay: due.lastCoveredDay, daysLeft: due.daysLeft }, (m) =>
          sendStaffEmail(getDb(), m),
        ),
      );
      if (sent) warned++;
    }
    return { lastCoveredDay: due.lastCoveredDay, warned };
  },
);
