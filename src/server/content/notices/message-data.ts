import { z } from "zod";
import { formatIsoDate, isIsoDate } from "@/kernel/calendar-date";

// A calendar date may arrive as "YYYY-MM-DD", or as a Date or ISO timestamp after a trip through a step's
// JSON (a @db.Date column reads as midnight UTC): only the calendar date is kept.
export const CalendarDate = z.union([z.date(), z.string()]).transform((value, ctx) => {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      ctx.addIssue({ code: "custom", message: "invalid date" });
      return z.NEVER;
    }
    return formatIsoDate({ year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() });
  }
  const datePart = /^\d{4}-\d{2}-\d{2}T00:00:00(\.0+)?Z$/.test(value) ? value.slice(0, 10) : value;
  if (!isIsoDate(datePart)) {
    ctx.addIssue({ code: "custom", message: "expected a calendar date YYYY-MM-DD" });
    return z.NEVER;
  }
  return datePart;
});

export const LocalizedText = z.object({ az: z.string().min(1), ru: z.string().min(1), en: z.string().min(1) });

/** One refusal reason as the decision engine records it: a stable code and its explanation in each language. */
export const RefusalReason = z.object({ code: z.string().min(1), messages: LocalizedText });
export type RefusalReason = z.infer<typeof RefusalReason>;

const Id = z.string().min(1).max(100);

export const SignInCodeData = z.object({ code: z.string().regex(/^\d{4,8}$/) });
/**
 * The decision's due day (the 15th working day after the application date, `Application.decisionDueOn`), which the
 * family's page shows: optional, so a notice queued without it stays valid and says only "within 15 working days".
 */
export const RegistrationNoticeData = z.object({ decisionDueOn: CalendarDate.optional() });
const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
/**
 * The home the inspector comes to: the application's address as the family wrote it (the wizard allows 300
 * characters), filled in by the outbox from the application row it reads (enqueue-notification.ts). Optional, so a
 * message queued before it was added stays valid; the e-mail names it, the SMS leaves it out (its length).
 */
const VisitAddress = z.string().min(1).max(300);
/**
 * The visit's day, and (since issue 17) the time window the inspector comes in and the inspector's short name
 * (first name and surname initial, docs/inspector-tablet.md): optional, so a message queued before stays valid. A
 * name comes with its window (the texts put the window after the name, whose initial ends in a full stop).
 */
export const InspectionDateData = z
  .object({
    date: CalendarDate,
    attempt: z.number().int().min(1).max(9).default(1),
    window: z.object({ from: ClockTime, to: ClockTime }).optional(),
    inspector: z.string().min(1).max(60).optional(),
    address: VisitAddress.optional(),
  })
  .refine((d) => d.inspector === undefined || d.window !== undefined, {
    message: "an inspector's name comes with the visit's window",
    path: ["window"],
  });
export const DecisionData = z.discriminatedUnion("outcome", [
  z.object({
    outcome: z.literal("ASSIGN"),
    decisionId: Id,
    amountQepik: z.number().int().positive(),
    periodFrom: CalendarDate,
    periodTo: CalendarDate,
    /** A renewal paid to the card the family already has (services/bank/reuse-card-account.ts): no card to wait for. */
    sameCard: z.boolean().default(false),
  }),
  z.object({ outcome: z.literal("REFUSE"), decisionId: Id, reasons: z.array(RefusalReason).min(1) }),
]);
export const DecisionLateData = z.object({ dueOn: CalendarDate });
export const BankCardPickupData = z.object({
  decisionId: Id,
  branchName: z.string().min(1).max(200),
  /** The branch's Russian and English names, when the bank gave them (kernel/branch-name.ts). */
  branchNameRu: z.string().min(1).max(200).nullish(),
  branchNameEn: z.string().min(1).max(200).nullish(),
  branchAddress: z.string().min(1).max(300),
  cardPickupDate: CalendarDate,
  accountMasked: z.string().min(4).max(40),
  /** A renewal paid to the card the family already has (services/bank/reuse-card-account.ts): no card to collect. */
  sameCard: z.boolean().default(false),
  /** The family's n-th move of the card to another branch (choose-card-branch.ts): the card's new place and day. */
  branchChange: z.number().int().min(1).optional(),
});
/**
 * A case waits for a staff member: the chain's review (`reviewId` a CaseReview), or a change report's
 * reassessment the engine sent to review (`cause` CHANGE_REPORT, `reviewId` the ChangeReport).
 */
export const ReviewRequestData = z.object({
  reviewId: Id,
  staffUserId: Id,
  dueOn: CalendarDate.optional(),
  cause: z.literal("CHANGE_REPORT").optional(),
  /** The review was handed to this staff member by a supervisor: the n-th handover of the review. */
  handover: z.number().int().min(1).optional(),
});
/** The answer to the family's appeal: the new decision, and the supervisor's explanation (e-mail only: too long for SMS). */
export const AppealAnswerData = z.discriminatedUnion("outcome", [
  z.object({
    outcome: z.literal("ASSIGN"),
    appealId: Id,
    answer: z.enum(["UPHOLD", "CHANGE"]),
    decisionId: Id,
    amountQepik: z.number().int().positive(),
    periodFrom: CalendarDate,
    periodTo: CalendarDate,
    explanation: z.string().min(1).max(4000),
    /** A renewal paid to the card the family already has (services/bank/reuse-card-account.ts): no card to wait for. */
    sameCard: z.boolean().default(false),
  }),
  // There is no change to a refusal by appeal: a refusal in the answer is always the appealed one, upheld.
  z.object({
    outcome: z.literal("REFUSE"),
    appealId: Id,
    answer: z.literal("UPHOLD"),
    decisionId: Id,
    explanation: z.string().min(1).max(4000),
  }),
]);

/** A month before the assignment's period ends: the family may apply again (once per assignment). */
export const PeriodEndingData = z.object({ periodTo: CalendarDate });
const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
/** Payments stopped from `stoppedFrom` because nothing was withdrawn in `unusedMonths` (docs/payments.md). */
export const PaymentsStoppedData = z.object({ stoppedFrom: Month, unusedMonths: z.array(Month).min(1).max(12) });
/** The bank rejected the month's payment (attempt n): sent again next month (`resend`), or a person takes it up. */
export const PaymentRejectedData = z.object({
  month: Month,
  attempt: z.number().int().min(1).max(10),
  resend: z.boolean(),
  /**
   * The branch of the card account, where the family asks about a blocked card (card-account-branch.ts): optional,
   * so a message queued before it was added stays valid, and absent when no account has a branch on record.
   */
  branch: z
    .object({
      name: z.string().min(1).max(200),
      nameRu: z.string().min(1).max(200).nullish(),
      nameEn: z.string().min(1).max(200).nullish(),
      address: z.string().min(1).max(300),
    })
    .optional(),
});
/**
 * A decision during the period (issue 14): after a change the family reported, or a false-information finding
 * (ground 9), from `effectiveFrom`. An assignment that goes on carries its new amount and the period's end.
 */
export const ChangeDecisionData = z.discriminatedUnion("outcome", [
  z.object({
    outcome: z.literal("ASSIGN"),
    cause: z.literal("CHANGE_REPORT"),
    decisionId: Id,
    amountQepik: z.number().int().positive(),
    effectiveFrom: CalendarDate,
    periodTo: CalendarDate,
  }),
  z.object({
    outcome: z.literal("REFUSE"),
    cause: z.enum(["CHANGE_REPORT", "FALSE_INFORMATION"]),
    decisionId: Id,
    /** Null when no assignment was running: the refusal then changes no payment. */
    effectiveFrom: CalendarDate.nullable(),
    /** A false-information finding: the day from which a new application is considered. */
    barEndsOn: CalendarDate.optional(),
  }),
]);

/**
 * A home visit booked or moved by hand by staff (issue 17): the day, the half-day (null: the whole working day) and
 * the inspector; `bookingId` (the visit and its booking number) makes each booking told once.
 */
export const VisitRescheduledData = z.object({
  bookingId: Id,
  date: CalendarDate,
  attempt: z.number().int().min(1).max(9).default(1),
  timeWindow: z.enum(["MORNING", "AFTERNOON"]).nullable(),
  inspectorName: z.string().min(1).max(200),
  address: VisitAddress.optional(),
});

/** What each kind of message needs besides the application it belongs to. */
export const messageDataSchemas = {
  SIGN_IN_CODE: SignInCodeData,
  REGISTRATION_NOTICE: RegistrationNoticeData,
  INSPECTION_DATE: InspectionDateData,
  DECISION: DecisionData,
  DECISION_LATE: DecisionLateData,
  BANK_CARD_PICKUP: BankCardPickupData,
  REVIEW_REQUEST: ReviewRequestData,
  APPEAL_ANSWER: AppealAnswerData,
  PERIOD_ENDING: PeriodEndingData,
  PAYMENTS_STOPPED: PaymentsStoppedData,
  PAYMENT_REJECTED: PaymentRejectedData,
  CHANGE_DECISION: ChangeDecisionData,
  VISIT_RESCHEDULED: VisitRescheduledData,
} as const;

export type MessageKind = keyof typeof messageDataSchemas;
export type MessageDataInput<K extends MessageKind> = z.input<(typeof messageDataSchemas)[K]>;
export type MessageData<K extends MessageKind> = z.output<(typeof messageDataSchemas)[K]>;

/** A message kind with its validated data, as one discriminated union the templates switch on. */
export type Message = { [K in MessageKind]: { kind: K; data: MessageData<K> } }[MessageKind];

export function parseMessage<K extends MessageKind>(kind: K, data: unknown): Message {
  const schema: z.ZodType<MessageData<K>> = messageDataSchemas[kind] as unknown as z.ZodType<MessageData<K>>;
  return { kind, data: schema.parse(data) } as Message;
}

/**
 * The part of the outbox's dedupe key after `<applicationId>:<kind>`: a decision, an inspection visit or a
 * review, an appeal's answer is told once each, so a second decision after an appeal is a new message, a retried
 * step is not.
 */
export function dedupeDiscriminator(message: Message): string | null {
  switch (message.kind) {
    case "INSPECTION_DATE":
      return `visit-${message.data.attempt}`;
    case "DECISION":
      return message.data.decisionId;
    case "BANK_CARD_PICKUP":
      return message.data.branchChange
        ? `${message.data.decisionId}:branch-${message.data.branchChange}`
        : message.data.decisionId;
    case "REVIEW_REQUEST":
      // A handover is news to its assignee even when the review's first request reached them too.
      return `${message.data.reviewId}:${message.data.staffUserId}${message.data.handover ? `:handover-${message.data.handover}` : ""}`;
    case "APPEAL_ANSWER":
      return message.data.appealId;
    case "PAYMENTS_STOPPED":
      return message.data.stoppedFrom;
    case "CHANGE_DECISION":
      return message.data.decisionId;
    case "PAYMENT_REJECTED":
      return `${message.data.month}:${message.data.attempt}`;
    case "VISIT_RESCHEDULED":
      return message.data.bookingId;
    default:
      return null;
  }
}
