/**
 * A family member as the wizard names them on every page: first name, then last name ("Elnarə Məmmədova"), the
 * order the members step, the declarations' choices, the error summary's labels and the review all use, so the
 * representative reads the same as the people they list. The patronymic is left out as everywhere else in the
 * wizard, which shows what tells the family's people apart, not the full civil name. `fallback` (a FIN) stands
 * for a person not yet named.
 */
export function personName(person: { firstName: string; lastName: string }, fallback = ""): string {
  return [person.firstName.trim(), person.lastName.trim()].filter(Boolean).join(" ") || fallback;
}
