/**
 * The address with its district, unless the address line already names it. The line is usually Azerbaijani (the
 * registry's, or typed by the family: "Nəsimi rayonu, Zərifə Əliyeva küç., ev 132") while a Russian or English
 * letter's district is "Насиминский район" or "Nasimi District": so the district counts as named when the line holds
 * any of its names (`names`: Azerbaijani, Russian, English), or the Azerbaijani name in its usual short form
 * ("Nəsimi r-nu", "Nəsimi r.", "Sumqayıt şəh."), and is not printed a second time.
 */
export function withDistrict(
  address: string | null,
  districtName: string | null,
  names: readonly string[] = [],
): string {
  if (!address) return districtName ?? "";
  if (!districtName) return address;
  const line = lower(address);
  const named = [districtName, ...names].flatMap(spellings).some((name) => line.includes(name));
  return named ? address : `${address}, ${districtName}`;
}

/** Case folded the Azerbaijani way (İ → i, I → ı), which folds Russian and English as well. */
const lower = (text: string) => text.toLocaleLowerCase("az");

/** Azerbaijani abbreviations of "rayonu" and "şəhəri", as addresses write them. */
const SHORT_FORMS: readonly (readonly [string, readonly string[]])[] = [
  [" rayonu", [" r-nu", " r.", " ray."]],
  [" şəhəri", [" şəh."]],
];

/** A district's name and its short forms, folded for the comparison. */
function spellings(name: string): string[] {
  const full = lower(name.trim());
  if (!full) return [];
  const short = SHORT_FORMS.flatMap(([word, abbreviations]) =>
    full.endsWith(word) ? abbreviations.map((a) => full.slice(0, -word.length) + a) : [],
  );
  return [full, ...short];
}
