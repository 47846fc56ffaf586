import { businessErrorOf } from "./error-code";
import { errorKeysOf } from "./field-error-keys";

/**
 * Every field a failed call refused, by its path (with `prefix` removed), as a catalog key ("errors.required"):
 * each field the schema refused, not only the first, and the field a business refusal names. A form shows each
 * beside its field, so the person corrects them all in one go.
 */
export function refusedFields(error: unknown, prefix = ""): Record<string, string> {
  const { fields } = errorKeysOf(error, prefix);
  const business = businessErrorOf(error);
  if (business?.field) {
    const path = business.field.startsWith(prefix) ? business.field.slice(prefix.length) : business.field;
    fields[path] ??= `errors.${business.code}`;
  }
  return fields;
}
