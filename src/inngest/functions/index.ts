import type { InngestFunction } from "inngest";
import { onApplicationWithdrawn } from "./on-application-withdrawn";
import { onAppealAnswered } from "./on-appeal-answered";
import { processApplication } from "./process-application";
import { pruneSecurityRecordsHourly } from "./prune-security-records";
import { onBankReorderRequested } from "./reorder-bank-account";
import { sweepStalledApplications } from "./sweep-stalled-applications";
import { watchDecisionDeadlines } from "./watch-decision-deadlines";

/** Every background function the app serves; the engine syncs this list. */
export const functions: InngestFunction.Any[] = [processApplication, onApplicationWithdrawn, watchDecisionDeadlines, onAppealAnswered, onBankReorderRequested, sweepStalledApplications, pruneSecurityRecordsHourly];
