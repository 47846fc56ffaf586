export const MALE_NAMES = [
  "Əli",
  "Vüqar",
  "Rəşad",
  "Elçin",
  "Tural",
  "Orxan",
  "Kamran",
  "Nicat",
  "Fərid",
  "Ramil",
  "Elvin",
  "Murad",
  "Samir",
  "Anar",
  "Rövşən",
  "Cavid",
  "Hüseyn",
  "Yusif",
  "Ömər",
  "Nurlan",
] as const;
export const FEMALE_NAMES = [
  "Aysel",
  "Günay",
  "Leyla",
  "Nərgiz",
  "Sevinc",
  "Könül",
  "Aygün",
  "Ülviyyə",
  "Səbinə",
  "Fidan",
  "Zəhra",
  "Nigar",
  "Aytən",
  "Lalə",
  "Nərmin",
  "Mədinə",
  "Xədicə",
  "Gülnar",
  "Şəbnəm",
  "Sevda",
] as const;
export const SURNAMES = [
  "Məmmədov",
  "Əliyev",
  "Həsənov",
  "Hüseynov",
  "Quliyev",
  "İsmayılov",
  "Abbasov",
  "Rzayev",
  "Babayev",
  "Cəfərov",
  "Kərimov",
  "Nəsirov",
  "Səfərov",
  "Orucov",
  "Vəliyev",
  "Bayramov",
] as const;
export const STREETS = [
  "Nizami",
  "Füzuli",
  "Səməd Vurğun",
  "Azadlıq",
  "Neftçilər",
  "Xətai",
  "Zərifə Əliyeva",
  "Cəlil Məmmədquluzadə",
  "Üzeyir Hacıbəyov",
  "Natəvan",
] as const;
export const EMPLOYERS = [
  "Azərişıq ASC",
  "Bravo Supermarket",
  "Rayon İcra Hakimiyyəti",
  "Məktəb №12",
  "Mərkəzi Xəstəxana",
  "Azərpoçt",
  "Tikinti MMC",
  "Aqro Fermer MMC",
  "Bazarstore",
  "Azəriqaz İB",
] as const;
export const POSITIONS = [
  "fəhlə",
  "satıcı",
  "sürücü",
  "tibb bacısı",
  "müəllim",
  "mühasib",
  "aşpaz",
  "mühafizəçi",
  "xadimə",
  "operator",
] as const;
export const CAR_MAKES = [
  "VAZ 2107",
  "Hyundai Accent",
  "Toyota Corolla",
  "Kia Rio",
  "Mercedes E200",
  "Niva 21214",
  "Chevrolet Aveo",
] as const;

/** Azerbaijani surnames take -a for women (Məmmədov → Məmmədova). */
export function surnameFor(base: string, sex: "M" | "F"): string {
  return sex === "F" ? `${base}a` : base;
}

/** The patronymic names the father: "Əli oğlu" for a son, "Əli qızı" for a daughter. */
export function patronymicFor(fatherName: string, sex: "M" | "F"): string {
  return `${fatherName} ${sex === "M" ? "oğlu" : "qızı"}`;
}
