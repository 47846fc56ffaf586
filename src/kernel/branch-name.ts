// A bank branch's name in the reader's language. The bank names its branches in Azerbaijani and may give Russian
// and English names beside (integrations/bank/contract.ts); browser-safe, for the pages and the notices alike.

/** The bank's own name of a branch, and its Russian and English ones when the bank gave them. */
export interface BranchNames {
  name: string;
  nameRu?: string | null;
  nameEn?: string | null;
}

/** The branch's name in `locale` ("az", "ru", "en"), else the bank's own: never a blank where a name was given. */
export function branchNameIn(locale: string, names: BranchNames): string {
  const translated = locale === "ru" ? names.nameRu : locale === "en" ? names.nameEn : null;
  return translated ?? names.name;
}
