/**
 * "2026-03" → "Mart 2026": the month's name from the assistanceYear catalog (browsers lack Azerbaijani month names).
 * `from` is the form in the middle of a sentence, after "from": Russian puts the month in the genitive there ("с
 * января 2027"), Azerbaijani writes it in lower case ("yanvar 2027 ayından"), as the notices do; English keeps it.
 */
export function monthText(
  t: (key: string, values?: Record<string, string>) => string,
  ym: string,
  form: "name" | "from",
): string {
  const names = form === "from" ? "monthNamesFrom" : "monthNames";
  return t("monthName", { name: t(`${names}.${Number(ym.slice(5, 7))}`), year: ym.slice(0, 4) });
}
