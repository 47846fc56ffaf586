/** A record named in the three languages, as districts, banks and holidays are stored. */
export interface NamedInThreeLanguages {
  nameAz: string;
  nameRu: string;
  nameEn: string;
}

/** The record's name in the reader's language; Azerbaijani, the state language, for any other locale. */
export function nameIn(locale: string, named: NamedInThreeLanguages): string {
  return locale === "ru" ? named.nameRu : locale === "en" ? named.nameEn : named.nameAz;
}
