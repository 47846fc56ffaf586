// Logs leave the system (files, shippers, support tickets), so personal data never goes into them. Redaction is by
// field name at any depth, which also catches objects logged whole (a Prisma row, a tRPC input), plus phone
// numbers written inside free text. Identifiers that are not personal (ids, registration numbers) stay.

const PERSONAL_KEY = /fin$|^pin$|name|phone|email|income|salary|address|birth|iban|cardnumber|password|token|secret|authorization|cookie|otp/i;
const ALLOWED_KEY = /^(registrationNumber|requestId|fn|errorName|agencyCode)$/;
const PHONE_IN_TEXT = /\+?994[\s-]?\(?\d{2}\)?[\s-]?\d{3}[\s-]?\d{2}[\s-]?\d{2}/g;

export const REDACTED = "[redacted]";

function isPersonalKey(key: string): boolean {
  return !ALLOWED_KEY.test(key) && PERSONAL_KEY.test(key);
}

/** Free text with phone numbers masked. */
export function redactText(text: string): string {
  return text.replace(PHONE_IN_TEXT, REDACTED);
}

/** A deep copy of `value` with personal fields replaced by "[redacted]" and phone numbers masked in strings. */
export function redactPersonalData(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return redactText(value);
  if (value === null || typeof value !== "object" || depth > 8) return value;
  if (value instanceof Date) return value;
  // An error keeps its kind and stack; its message (repeated in the stack) may quote input, so both go through
  // the text rule.
  if (value instanceof Error) return { type: value.name, message: redactText(value.message), stack: value.stack === undefined ? undefined : redactText(value.stack) };
  if (Array.isArray(value)) return value.map((item) => redactPersonalData(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = isPersonalKey(key) ? REDACTED : redactPersonalData(item, depth + 1);
  return out;
}
