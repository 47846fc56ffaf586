// Azerbaijani ordinal suffixes follow vowel harmony with the last number word read aloud: 2026 ends in "altı",
// so "2026-cı"; 2023 in "üç", so "2023-cü"; 2020 in "iyirmi", so "2020-ci".

const UNITS = ["", "bir", "iki", "üç", "dörd", "beş", "altı", "yeddi", "səkkiz", "doqquz"];
const TENS = ["", "on", "iyirmi", "otuz", "qırx", "əlli", "altmış", "yetmiş", "səksən", "doxsan"];

function lastWord(n: number): string {
  if (n % 10 !== 0) return UNITS[n % 10] ?? "";
  if (n % 100 !== 0) return TENS[(n / 10) % 10] ?? "";
  return n % 1000 !== 0 ? "yüz" : "min";
}

/** "2026-cı", "2023-cü", "2019-cu", "2020-ci": a year as Azerbaijani writes "the year 2026" before "il". */
export function azOrdinalYear(year: number): string {
  const vowel = [...lastWord(year)].reverse().find((c) => "aıoueəiöü".includes(c));
  const suffix =
    vowel === "a" || vowel === "ı"
      ? "cı"
      : vowel === "o" || vowel === "u"
        ? "cu"
        : vowel === "ö" || vowel === "ü"
          ? "cü"
          : "ci";
  return `${year}-${suffix}`;
}
