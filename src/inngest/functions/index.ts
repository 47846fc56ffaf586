import type { InngestFunction } from "inngest";
import { onApplicationWithdrawn } from "./on-application-withdrawn";
import { onChangeReported } from "./on-change-reported";
import { onPeriodDecision } from "./on-period-decision";
import { onAppealAnswered } from "./on-appeal-answered";
import { processApplication } from "./process-application";
import { onBankReorderRequested } from "./reorder-bank-account";
import { sweepStalledApplications } from "./sweep-stalled-applications";
import { watchDecisionDeadlines } from "./watch-decision-deadlines";

/** Every background function the app serves; the engine syncs this list. */
export const functions: InngestFunction.Any[] = [processApplication, onApplicationWithdrawn, watchDecisionDeadlines, onAppealAnswered, onBankReorderRequested, sweepStalledApplications, onChangeReported, onPeriodDecision];
