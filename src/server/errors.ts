/**
 * The one list of business errors. Each code has a message in every catalog under `errors.<code>`, so the
 * client shows it in the user's language; the mapping to tRPC/HTTP status lives here and nowhere else.
 */
export const appErrorStatus = {
  finFormat: "BAD_REQUEST",
  phoneFormat: "BAD_REQUEST",
  codeRateLimited: "TOO_MANY_REQUESTS",
  // Any public call or webhook past its limit (src/server/services/security/rate-limits.ts).
  rateLimited: "TOO_MANY_REQUESTS",
  smsUnavailable: "SERVICE_UNAVAILABLE",
  // The phone may not sign this FIN in (services/auth/sign-in-phone.ts).
  phoneNotOnFile: "FORBIDDEN",
  phoneFirstSignInOff: "FORBIDDEN",
  codeWrong: "BAD_REQUEST",
  codeExpired: "BAD_REQUEST",
  codeBurned: "BAD_REQUEST",
  credentialsInvalid: "UNAUTHORIZED",
  // Staff sign-in hardening: lockout with an e-mailed unlock link, and the TOTP second factor.
  accountLocked: "FORBIDDEN",
  totpRequired: "UNAUTHORIZED",
  totpInvalid: "BAD_REQUEST",
  unlockLinkInvalid: "BAD_REQUEST",
  totpAlreadyEnrolled: "CONFLICT",
  totpNotStarted: "CONFLICT",
  totpNotEnrolled: "CONFLICT",
  // A second factor's code that is not six digits (empty, letters): said before it is checked against the app's.
  totpCodeFormat: "BAD_REQUEST",
  notSignedIn: "UNAUTHORIZED",
  forbidden: "FORBIDDEN",
  notFound: "NOT_FOUND",
  invalidInput: "BAD_REQUEST",
  // The application wizard: field rules (the same keys the browser shows before sending)…
  required: "BAD_REQUEST",
  textTooLong: "BAD_REQUEST",
  emailFormat: "BAD_REQUEST",
  emailRequired: "BAD_REQUEST",
  addressTooShort: "BAD_REQUEST",
  birthDateFormat: "BAD_REQUEST",
  /** A typed day that is not on the calendar ("31.02.2026"). */
  dateFormat: "BAD_REQUEST",
  birthDateFuture: "BAD_REQUEST",
  /** Over MAX_AGE_YEARS (120) on the day: a mistyped year (src/lib/wizard/draft-limits.ts). */
  birthDateTooOld: "BAD_REQUEST",
  /** A member reported joining the family on a day before their birth (src/lib/changes/change-report.ts). */
  birthDateAfterChange: "BAD_REQUEST",
  memberDuplicate: "BAD_REQUEST",
  tooManyMembers: "BAD_REQUEST",
  noAdult: "BAD_REQUEST",
  representativeAbsent: "BAD_REQUEST",
  amountFormat: "BAD_REQUEST",
  amountNegative: "BAD_REQUEST",
  amountTooLarge: "BAD_REQUEST",
  /** "1.200": a dot or comma before exactly three digits, 1200 or 1.20 mistyped (src/lib/i18n/typed-manat.ts). */
  amountThousandsSeparator: "BAD_REQUEST",
  quantityFormat: "BAD_REQUEST",
  consentRequired: "BAD_REQUEST",
  draftIncomplete: "BAD_REQUEST",
  appealReasonTooShort: "BAD_REQUEST",
  appealExplanationTooShort: "BAD_REQUEST",
  // A supervisor's answer to an appeal: the figures must give an amount, and an appeal never worsens it.
  appealAmountNotPositive: "BAD_REQUEST",
  appealAmountNotHigher: "BAD_REQUEST",
  // …and the states an application can be in.
  familyHasOpenApplication: "CONFLICT",
  familyHasRunningAssignment: "CONFLICT",
  draftConflict: "CONFLICT",
  notDraft: "CONFLICT",
  notWithdrawable: "CONFLICT",
  notAppealable: "CONFLICT",
  appealExists: "CONFLICT",
  appealAlreadyAnswered: "CONFLICT",
  appealNotOpen: "CONFLICT",
  // Ordering a card account again: only one the bank refused or the chain gave up on, and only once at a time.
  bankOrderNotFailed: "CONFLICT",
  bankOrderAlreadyReordered: "CONFLICT",
  // Staff acting on a month the bank rejected: only a month still rejected, and re-sent only to an open account.
  paymentMonthNotRejected: "CONFLICT",
  paymentAccountNotOpen: "CONFLICT",
  // The administration console: four eyes on the law's values, and staff accounts.
  parameterDateNotFuture: "BAD_REQUEST",
  parameterDateTaken: "CONFLICT",
  parameterProposalPending: "CONFLICT",
  parameterNotPending: "CONFLICT",
  lawDateFuture: "BAD_REQUEST",
  lawDateAfterValidFrom: "BAD_REQUEST",
  // A value's date more than ten years ahead: a typing error (01.01.2999), as the holiday calendar's ten years.
  parameterDateTooFar: "BAD_REQUEST",
  fourEyesRequired: "FORBIDDEN",
  // Outside the parameter's plausible range (src/lib/law/parameter-bounds.ts): a typing error.
  parameterValueOutOfRange: "BAD_REQUEST",
  // A pending proposal is withdrawn by its proposer only, and rejected by another administrator only.
  parameterWithdrawNotOwn: "FORBIDDEN",
  parameterRejectOwn: "FORBIDDEN",
  // A caseworker answering a reassessment against the engine's proposal; a supervisor confirming their own entry.
  supervisorAnswersAgainstEngine: "FORBIDDEN",
  ownEntryNeedsAnotherSupervisor: "FORBIDDEN",
  emailTaken: "CONFLICT",
  staffDistrictRequired: "BAD_REQUEST",
  staffSelfChange: "FORBIDDEN",
  inspectorUnavailable: "CONFLICT",
  // Password links, the holiday calendar and reassigning appeals (issue 15).
  passwordLinkInvalid: "BAD_REQUEST",
  passwordLinkExpired: "BAD_REQUEST",
  passwordTooShort: "BAD_REQUEST",
  passwordTooWeak: "BAD_REQUEST",
  emailUnavailable: "SERVICE_UNAVAILABLE",
  holidayOutsideYear: "BAD_REQUEST",
  holidayDuplicate: "BAD_REQUEST",
  workingDayNotWeekend: "BAD_REQUEST",
  holidayYearPast: "BAD_REQUEST",
  // A holiday's name of one letter ("X"): at least two characters.
  holidayNameTooShort: "BAD_REQUEST",
  appealHandlerIneligible: "CONFLICT",
  // Changes during the period (issue 14): change reports, ground 9, the card branch.
  changeDateFormat: "BAD_REQUEST",
  changeDateFuture: "BAD_REQUEST",
  changeDateBeforeAssignment: "BAD_REQUEST",
  changeMemberUnknown: "BAD_REQUEST",
  changeMemberExists: "BAD_REQUEST",
  changeRepresentativeLeaves: "BAD_REQUEST",
  changeIncomeUnknown: "BAD_REQUEST",
  noRunningAssignment: "CONFLICT",
  changeReportOpen: "CONFLICT",
  findingDateFuture: "BAD_REQUEST",
  caseNotDecided: "CONFLICT",
  // A second answer to a reported change (another tab, a colleague): the first one stands.
  changeReportAnswered: "CONFLICT",
  changeAnswerNoAmount: "BAD_REQUEST",
  familyBarredFalseInformation: "CONFLICT",
  cardBranchUnknown: "BAD_REQUEST",
  cardAlreadyMade: "CONFLICT",
  cardBranchNotChangeable: "CONFLICT",
  cardBranchSame: "CONFLICT",
  bankUnavailable: "SERVICE_UNAVAILABLE",
  // A supervisor hands a waiting review to another person of the district (issue 15).
  reviewNotWaiting: "CONFLICT",
  reviewAssigneeIneligible: "CONFLICT",
  // An administrator's reset of a staff member's second factor (issue 18).
  totpResetSelf: "FORBIDDEN",
  totpResetNoteRequired: "BAD_REQUEST",
  // A NUL or other control character in any text of a call (src/kernel/control-characters.ts).
  textControlCharacters: "BAD_REQUEST",
  // Booking a home visit by hand (issue 17, docs/staff-workspace.md).
  visitDayNotWorking: "BAD_REQUEST",
  inspectorAbsent: "CONFLICT",
  inspectorFullyBooked: "CONFLICT",
  visitNotOpen: "CONFLICT",
  // Facts entered by hand for an agency that could not answer (issue 17): only for a missing answer, one entry
  // waiting at a time, in the agency's contract, and a supervisor answers only an entry that waits.
  agencyDataNotMissing: "CONFLICT",
  agencyDataPending: "CONFLICT",
  agencyDataInvalid: "BAD_REQUEST",
  agencyDataNotPending: "CONFLICT",
} as const;

export type AppErrorCode = keyof typeof appErrorStatus;

export function isAppErrorCode(code: string): code is AppErrorCode {
  return Object.hasOwn(appErrorStatus, code);
}

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly details: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = "AppError";
  }
}
