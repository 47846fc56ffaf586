import { inngest } from "@/inngest/client";
import { changeReported, periodDecisionMade } from "@/inngest/events";

// The event ids make a repeated send harmless: Inngest drops an event whose id it has already seen.

export async function announceChangeReport(applicationId: string, reportId: string): Promise<void> {
  await inngest.send(changeReported.create({ applicationId, reportId }, { id: `change-reported-${reportId}` }));
}

export async function announcePeriodDecision(applicationId: string, decisionId: string): Promise<void> {
  await inngest.send(periodDecisionMade.create({ applicationId, decisionId }, { id: `change-decided-${decisionId}` }));
}

export type AnnounceChangeReport = typeof announceChangeReport;
export type AnnouncePeriodDecision = typeof announcePeriodDecision;
