/**
 * A provider's answer reduced to what the outbox needs. `error` is a code and a status only: providers echo
 * the recipient in their messages, and personal data never goes into a log or an error column.
 */
export type SendResult = { ok: true; providerId: string } | { ok: false; retryable: boolean; error: string };
