import type { InngestFunction } from "inngest";
import { onApplicationWithdrawn } from "./on-application-withdrawn";
import { onChangeReported } from "./on-change-reported";
import { onPeriodDecision } from "./on-period-decision";
import { onAppealAnswered } from "./on-appeal-answered";
import { onAssignmentChanged } from "./on-assignment-changed";
import { onPaymentsStopped } from "./on-payments-stopped";
import { onPaymentRejected } from "./on-payment-rejected";
import { onPaymentResendRequested } from "./resend-payment";
import { onVisitBooked } from "./on-visit-booked";
import { onCardBranchChanged } from "./on-card-branch-changed";
import { processApplication } from "./process-application";
import { notifyPeriodEnding } from "./notify-period-ending";
import { purgePersonalData } from "./purge-personal-data";
import { runPayroll, sweepPayroll } from "./run-payroll";
import { pruneSecurityRecordsHourly } from "./prune-security-records";
import { onBankReorderRequested } from "./reorder-bank-account";
import { sweepStalledApplications } from "./sweep-stalled-applications";
import { warnCalendarCoverage } from "./warn-calendar-coverage";
import { watchDecisionDeadlines } from "./watch-decision-deadlines";

/** Every background function the app serves; the engine syncs this list. */
export const functions: InngestFunction.Any[] = [
  processApplication,
  onApplicationWithdrawn,
  watchDecisionDeadlines,
  onAppealAnswered,
  onBankReorderRequested,
  sweepStalledApplications,
  // The assistance year (issue 14, docs/payments.md): payroll, its sweep, the stop notice, re-planning, the period's end
  runPayroll,
  sweepPayroll,
  onPaymentsStopped,
  onPaymentRejected,
  onPaymentResendRequested,
  onAssignmentChanged,
  notifyPeriodEnding,
  // Retention of personal data (docs/operations.md)
  purgePersonalData,
  // The holiday calendar's 90-day warning e-mail (docs/administration.md)
  warnCalendarCoverage,
  // Changes during the period (issue 14, docs/changes-during-the-period.md)
  onChangeReported,
  onPeriodDecision,
  // Security records pruning (docs/security.md)
  pruneSecurityRecordsHourly,
  // A home visit booked or moved by hand: the family's notice (docs/staff-workspace.md)
  onVisitBooked,
  // The family moved its card to another branch: its notice (docs/notifications-and-bank.md, "Branches")
  onCardBranchChanged,
];
