import { z } from "zod";
import { isIsoDate } from "@/kernel/calendar-date";

// The account-opening contract between vemtas and the bank (docs/notifications-and-bank.md). The bank
// simulator parses the same schemas, so the contract has one definition.

const IsoDate = z.string().refine(isIsoDate, "expected a calendar date YYYY-MM-DD");
const Id = z.string().min(1).max(100);

export const AccountOrderRequest = z.object({
  /** Our order id; the bank echoes it in every answer and callback. */
  orderReference: Id,
  /** The family's representative, in whose name the card account is opened. */
  holder: z.object({
    fin: z.string().regex(/^[0-9A-Z]{7}$/),
    firstName: z.string().min(1).max(100),
    lastName: z.string().min(1).max(100),
    patronymic: z.string().max(100).nullable(),
    birthDate: IsoDate,
    phone: z.string().max(20).nullable(),
  }),
  assignment: z.object({
    decisionId: Id,
    registrationNumber: z.string().min(1).max(40),
    monthlyAmountQepik: z.number().int().positive(),
    periodFrom: IsoDate,
    periodTo: IsoDate,
  }),
  /** Where the family lives (vemtas's district code and the address): the bank makes the card at the branch in
   *  or nearest to that district (issue 14). */
  residence: z.object({ districtCode: z.string().min(1).max(64), address: z.string().min(1).max(300) }),
  callbackUrl: z.url(),
});
export type AccountOrderRequest = z.infer<typeof AccountOrderRequest>;

/**
 * A branch's name in Russian and English, beside the bank's own (Azerbaijani) `name`, for families who read vemtas
 * in those languages; a bank that has none sends only `name`, which every language then shows.
 */
const BranchTranslations = {
  nameRu: z.string().min(1).max(200).optional(),
  nameEn: z.string().min(1).max(200).optional(),
};

/** The opened account as the bank reports it: the full account number, which vemtas masks on arrival. */
export const OpenedAccount = z.object({
  accountNumber: z.string().regex(/^[A-Z0-9 ]{8,40}$/),
  /** `code`: the bank's branch code, for a change of branch (absent from banks that do not offer one). */
  branch: z.object({
    code: z
      .string()
      .regex(/^[A-Z0-9-]{2,40}$/)
      .optional(),
    name: z.string().min(1).max(200),
    ...BranchTranslations,
    address: z.string().min(1).max(300),
  }),
  cardPickupDate: IsoDate,
});
export type OpenedAccount = z.infer<typeof OpenedAccount>;

/** Stable codes only: a free-text reason from the bank could carry personal data into our logs. */
const ReasonCode = z.string().regex(/^[A-Z][A-Z0-9_]{1,60}$/);

export const AccountOrderResponse = z.discriminatedUnion("status", [
  z.object({ status: z.literal("OPENED"), bankOrderId: Id, orderReference: Id, account: OpenedAccount }),
  z.object({ status: z.literal("PENDING"), bankOrderId: Id, orderReference: Id }),
  z.object({ status: z.literal("REJECTED"), bankOrderId: Id, orderReference: Id, reasonCode: ReasonCode }),
]);
export type AccountOrderResponse = z.infer<typeof AccountOrderResponse>;

export const BankErrorResponse = z.object({ error: z.object({ code: ReasonCode }) });

export const AccountOrderCallback = z.discriminatedUnion("status", [
  z.object({
    eventId: Id,
    status: z.literal("OPENED"),
    bankOrderId: Id,
    orderReference: Id,
    idempotencyKey: z.string().min(8).max(200),
    account: OpenedAccount,
  }),
  z.object({
    eventId: Id,
    status: z.literal("REJECTED"),
    bankOrderId: Id,
    orderReference: Id,
    idempotencyKey: z.string().min(8).max(200),
    reasonCode: ReasonCode,
  }),
]);
export type AccountOrderCallback = z.infer<typeof AccountOrderCallback>;

/** GET /v1/branches: the bank's branches a card can be collected at. */
export const BankBranch = z.object({
  code: z.string().regex(/^[A-Z0-9-]{2,40}$/),
  districtCode: z.string().min(1).max(64),
  name: z.string().min(1).max(200),
  ...BranchTranslations,
  address: z.string().min(1).max(300),
});
export type BankBranch = z.infer<typeof BankBranch>;
export const BranchListResponse = z.object({ branches: z.array(BankBranch).max(1000) });

/**
 * POST /v1/account-orders/{bankOrderId}/branch: the family collects its card at another branch. Allowed until the
 * card is made (409 CARD_ALREADY_MADE after); the answer is the account with its new branch and pickup date.
 */
export const ChangeBranchRequest = z.object({ branchCode: z.string().regex(/^[A-Z0-9-]{2,40}$/) });
export const ChangeBranchResponse = z.object({ bankOrderId: Id, orderReference: Id, account: OpenedAccount });

export const SIGNATURE_HEADER = "x-bank-signature";
export const IDEMPOTENCY_HEADER = "idempotency-key";
