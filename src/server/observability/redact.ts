// Logs leave the system (files, shippers, support tickets), so personal data never goes into them. Redaction is by
// field name at any depth, which also catches objects logged whole (a Prisma row, a tRPC input), plus phone
// numbers and e-mail addresses written inside free text. The field rules name what is personal precisely — a
// person's names, FINs, contacts, birth date, address, incomes, accounts and credentials — so operational fields
// that merely share a word with them (`branchName`, `branchAddress`, `districtName`, `functionName`) stay readable.

/** Keys that are personal whatever they hold. */
const PERSONAL_KEYS = [
  // FINs: `fin`, `fins`, and any `…Fin` (memberFin, representativeFin, caresForFin); `pin` as some registers say.
  /^(fins?|pin)$/i,
  /[a-z]Fins?$/,
  // A person's names: the name fields themselves, and `…Name` of a person (applicantName, recipientName, userName).
  /^(name|names|surname|patronymic|fullName|firstName|lastName|middleName|givenName|familyName|maidenName)$/i,
  /(applicant|member|citizen|customer|person|people|recipient|holder|representative|user|staff|inspector|caseworker|supervisor|reviewer|actor|spouse|child|parent|owner|contact)Name$/i,
  // How to reach a person, and where they live.
  /phone|msisdn/i,
  /e-?mail/i,
  /^recipients?$/i,
  /address/i,
  /birth/i,
  // Money of a family: incomes and what they declared, accounts and cards.
  /income|salary|wage|pension|monthlyQepik/i,
  /iban|cardNumber|accountNumber/i,
  // Credentials.
  /password|passwd|secret|token|authorization|cookie|^otp$|apiKey|signature/i,
];

/**
 * Operational fields, kept although a rule above would match: a bank branch's name and address are the bank's,
 * a district's or agency's name is reference data, the rest are names of code, files and errors.
 */
const OPERATIONAL_KEYS =
  /^(branch|district|agency|bank|provider|service|function|fn|step|event|queue|file|host|error|level|job|route|model|table|custom|path)([A-Z]|$)|^(registrationNumber|requestId|pathname)$/;

const PHONE_IN_TEXT = /\+?994[\s-]?\(?\d{2}\)?[\s-]?\d{3}[\s-]?\d{2}[\s-]?\d{2}/g;
const EMAIL_IN_TEXT = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;

export const REDACTED = "[redacted]";

/** True for a field whose value is a person's data (see PERSONAL_KEYS), false for an operational one. */
export function isPersonalKey(key: string): boolean {
  return !OPERATIONAL_KEYS.test(key) && PERSONAL_KEYS.some((rule) => rule.test(key));
}

/** Free text with phone numbers and e-mail addresses masked. */
export function redactText(text: string): string {
  return text.replace(PHONE_IN_TEXT, REDACTED).replace(EMAIL_IN_TEXT, REDACTED);
}

/** A deep copy of `value` with personal fields replaced by "[redacted]" and phone numbers masked in strings. */
export function redactPersonalData(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return redactText(value);
  if (value === null || typeof value !== "object" || depth > 8) return value;
  if (value instanceof Date) return value;
  // An error keeps its kind and stack; its message (repeated in the stack) may quote input, so both go through
  // the text rule.
  if (value instanceof Error)
    return {
      type: value.name,
      message: redactText(value.message),
      stack: value.stack === undefined ? undefined : redactText(value.stack),
    };
  if (Array.isArray(value)) return value.map((item) => redactPersonalData(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value))
    out[key] = isPersonalKey(key) ? REDACTED : redactPersonalData(item, depth + 1);
  return out;
}
