import { durationToMs } from "inngest";

/** One round of the chain's wait for the bank's answer, and how many rounds (5 days) before it gives up. */
export const BANK_WAIT_ROUND = "1h";
export const BANK_WAIT_ROUNDS = 120;

/**
 * How long the chain waits for the bank before it gives up on an order: from then on the case is listed for
 * staff, who may order the account again.
 */
export const BANK_WAIT_MS = BANK_WAIT_ROUNDS * durationToMs(BANK_WAIT_ROUND);
