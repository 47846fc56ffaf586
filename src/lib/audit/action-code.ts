/**
 * The code of an action a staff member typed in words, as the log's table shows it (its label in the page's
 * language, in any letter case): the search takes codes and their beginnings ("payments."), and a person reads the
 * table's words. Anything else is returned as typed, for the filter's own check. Catalog keys hold the code with
 * "_" for "." (next-intl reads a dot as nesting; codes have no "_").
 */
export function actionCodeOf(typed: string, labels: Readonly<Record<string, string>>): string {
  const wanted = typed.trim().toLocaleLowerCase();
  for (const [key, label] of Object.entries(labels))
    if (label.toLocaleLowerCase() === wanted) return key.replaceAll("_", ".");
  return typed;
}

/** The datalist's options: each action's code with its words, by the words. */
export function actionOptions(labels: Readonly<Record<string, string>>): { code: string; label: string }[] {
  return Object.entries(labels)
    .map(([key, label]) => ({ code: key.replaceAll("_", "."), label }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
