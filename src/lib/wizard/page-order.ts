import type { FieldErrors } from "./draft-form";

// The error summary lists a step's errors in the order their fields stand on the page, so the first line is the
// first field to fix: the checks find some errors late (a repeated FIN, after every field of every member), which
// listed "Family member 4, Last name" above "Family member 4, FIN".

/** The sections of the form in page order, each with its fields in page order (the step-*.tsx components). */
const SECTIONS: readonly (readonly [string, readonly string[]])[] = [
  ["contact", ["firstName", "lastName", "patronymic", "birthDate", "phone", "email", "preferredChannel"]],
  ["address", ["districtCode", "address"]],
  ["members", ["fin", "firstName", "lastName", "patronymic", "birthDate", "relation"]],
  ["declarations.incomes", ["memberFin", "type", "monthlyAzn", "note"]],
  ["declarations.assets", ["kind", "description", "quantity", "valueAzn"]],
  ["notWorking", ["reason", "caresForFin"]],
  ["consent", []],
];

/**
 * Where a field's path stands: its section, its row (a member, an income, the person a "not working" answer is
 * about, in `people`'s order; -1 for an error about the whole list) and its field. Unknown parts go last.
 */
function rank(path: string, people: readonly string[]): [number, number, number] {
  const section = SECTIONS.findIndex(([prefix]) => path === prefix || path.startsWith(`${prefix}.`));
  if (section < 0) return [SECTIONS.length, 0, 0];
  const [prefix, fields] = SECTIONS[section]!;
  const rest = path === prefix ? [] : path.slice(prefix.length + 1).split(".");
  const field = (name: string | undefined) => {
    const at = name === undefined ? -1 : fields.indexOf(name);
    return at < 0 ? fields.length : at;
  };
  if (prefix === "contact" || prefix === "address" || prefix === "consent") return [section, 0, field(rest[0])];
  if (rest.length === 0) return [section, -1, 0];
  const row = prefix === "notWorking" ? people.indexOf(rest[0]!) : Number(rest[0]);
  return [section, row < 0 || Number.isNaN(row) ? Number.MAX_SAFE_INTEGER : row, field(rest[1])];
}

/** The errors, the same, keyed in page order (`people`: the FINs in the order the declarations step lists them). */
export function inPageOrder(errors: FieldErrors, people: readonly string[]): FieldErrors {
  const ranked = Object.keys(errors).map((path) => ({ path, at: rank(path, people) }));
  ranked.sort((x, y) => x.at[0] - y.at[0] || x.at[1] - y.at[1] || x.at[2] - y.at[2]);
  return Object.fromEntries(ranked.map(({ path }) => [path, errors[path]!]));
}
