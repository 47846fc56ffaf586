import type { LocalizedText } from "./reasons";

// Names of the coded things a message mentions, in the three languages of the service.

type Labels = Record<string, LocalizedText>;

export const AGENCY_LABELS: Labels = {
  POPULATION_REGISTRY: {
    az: "Əhalinin dövlət reyestri",
    ru: "Государственный регистр населения",
    en: "Population registry",
  },
  CIVIL_STATUS: {
    az: "Vətəndaşlıq vəziyyəti aktları və e-notariat",
    ru: "Акты гражданского состояния и э-нотариат",
    en: "Civil status acts and e-notary",
  },
  PENITENTIARY_SERVICE: { az: "Penitensiar xidmət", ru: "Пенитенциарная служба", en: "Penitentiary service" },
  LABOUR_CONTRACTS: {
    az: "Əmək müqavilələri reyestri",
    ru: "Реестр трудовых договоров",
    en: "Labour contracts registry",
  },
  SOCIAL_PROTECTION_FUND: {
    az: "Dövlət Sosial Müdafiə Fondu",
    ru: "Государственный фонд социальной защиты",
    en: "State Social Protection Fund",
  },
  EMPLOYMENT_AGENCY: {
    az: "Dövlət Məşğulluq Agentliyi",
    ru: "Государственное агентство занятости",
    en: "State Employment Agency",
  },
  TAX_SERVICE: { az: "Dövlət Vergi Xidməti", ru: "Государственная налоговая служба", en: "State Tax Service" },
  PROPERTY_REGISTRY: {
    az: "Daşınmaz əmlakın dövlət reyestri",
    ru: "Государственный реестр недвижимости",
    en: "Property registry",
  },
  AGRICULTURE_REGISTRY: {
    az: "Kənd təsərrüfatı reyestri (torpaq, heyvandarlıq)",
    ru: "Сельскохозяйственный реестр (земля, скот)",
    en: "Agriculture registry (land, livestock)",
  },
  VEHICLE_REGISTRY: {
    az: "Nəqliyyat vasitələrinin qeydiyyatı",
    ru: "Реестр транспортных средств",
    en: "Vehicle registry",
  },
  EDUCATION: { az: "Təhsil məlumatları", ru: "Данные об образовании", en: "Education records" },
  DISABILITY_COMMISSION: {
    az: "Tibbi-sosial ekspert komissiyası",
    ru: "Медико-социальная экспертная комиссия",
    en: "Medical-social expert commission",
  },
  CONSCRIPTION_SERVICE: {
    az: "Səfərbərlik və hərbi xidmətə çağırış xidməti",
    ru: "Служба мобилизации и призыва",
    en: "Conscription service",
  },
  ELECTRICITY_UTILITY: {
    az: "Elektrik enerjisi təchizatçısı",
    ru: "Поставщик электроэнергии",
    en: "Electricity utility",
  },
  GAS_UTILITY: { az: "Qaz təchizatçısı", ru: "Поставщик газа", en: "Gas utility" },
  WATER_UTILITY: { az: "Su təchizatçısı", ru: "Поставщик воды", en: "Water utility" },
  TELECOM_OPERATORS: { az: "Rabitə operatorları", ru: "Операторы связи", en: "Telecom operators" },
  CREDIT_BUREAU: { az: "Kredit bürosu", ru: "Кредитное бюро", en: "Credit bureau" },
  IDP_COMMITTEE: {
    az: "Qaçqın və məcburi köçkünlərin işləri üzrə Dövlət Komitəsi",
    ru: "Госкомитет по делам беженцев и вынужденных переселенцев",
    en: "State Committee for Refugees and IDPs",
  },
  BORDER_SERVICE: { az: "Dövlət Sərhəd Xidməti", ru: "Государственная пограничная служба", en: "State Border Service" },
};

export const UNOBTAINED_LABELS: Labels = {
  TIMEOUT: { az: "cavab vaxtında gəlmədi", ru: "ответ не пришёл вовремя", en: "no reply in time" },
  ERROR: { az: "xidmət xəta qaytardı", ru: "сервис вернул ошибку", en: "the service returned an error" },
  NO_RESPONSE: { az: "cavab yoxdur", ru: "ответа нет", en: "no response" },
  NOT_CONNECTED: { az: "xidmət qoşulmayıb", ru: "сервис не подключён", en: "the service is not connected" },
};

export const DECLARATION_FIELD_LABELS: Labels = {
  INCOME_12_MONTHS: { az: "12 ayın gəliri", ru: "доход за 12 месяцев", en: "income over the 12 months" },
  MEMBER_COUNT: { az: "ailə üzvlərinin sayı", ru: "число членов семьи", en: "number of family members" },
  LAND_AREA_SQM: { az: "torpaq sahəsi, m²", ru: "площадь земли, м²", en: "land area, m²" },
  LIVESTOCK_HEADS: { az: "mal-qaranın baş sayı", ru: "поголовье скота", en: "livestock, head" },
  VEHICLE_COUNT: { az: "nəqliyyat vasitələrinin sayı", ru: "число транспортных средств", en: "number of vehicles" },
  REAL_ESTATE_COUNT: {
    az: "daşınmaz əmlak obyektlərinin sayı",
    ru: "число объектов недвижимости",
    en: "number of real-estate objects",
  },
  ROOM_COUNT: { az: "otaqların sayı", ru: "число комнат", en: "number of rooms" },
};

export const PURPOSE_LABELS: Labels = {
  RESIDENTIAL: { az: "yaşayış", ru: "жилое", en: "residential" },
  NON_RESIDENTIAL: { az: "qeyri-yaşayış", ru: "нежилое", en: "non-residential" },
  GARDEN_HOUSE: { az: "bağ evi", ru: "садовый дом", en: "garden house" },
  LAND_PLOT: { az: "torpaq sahəsi", ru: "земельный участок", en: "land plot" },
  AGRICULTURAL_LAND: { az: "kənd təsərrüfatı torpağı", ru: "сельскохозяйственная земля", en: "agricultural land" },
  GARAGE: { az: "qaraj", ru: "гараж", en: "garage" },
  OTHER: { az: "digər", ru: "иное", en: "other" },
};

export const INSPECTOR_FLAG_LABELS: Labels = {
  LIVING_CONDITIONS_INCONSISTENT_WITH_INCOME: {
    az: "yaşayış şəraiti göstərilən gəlirə uyğun deyil",
    ru: "условия жизни не соответствуют заявленному доходу",
    en: "living conditions do not match the stated income",
  },
  MEMBERS_NOT_FOUND_AT_ADDRESS: {
    az: "ailə üzvləri ünvanda tapılmadı",
    ru: "члены семьи не найдены по адресу",
    en: "family members were not found at the address",
  },
  UNDECLARED_ASSETS_SEEN: {
    az: "bəyan edilməmiş əmlak görüldü",
    ru: "замечено незадекларированное имущество",
    en: "undeclared assets were seen",
  },
  OTHER: { az: "digər qeyd", ru: "иное замечание", en: "another remark" },
};

export const INSPECTION_NOT_DONE_LABELS: Labels = {
  NOT_YET_DONE: { az: "hələ aparılmayıb", ru: "ещё не проведено", en: "not done yet" },
  FAMILY_NOT_AT_HOME: { az: "ailə evdə olmayıb", ru: "семьи не было дома", en: "the family was not at home" },
  ACCESS_REFUSED: { az: "evə giriş verilməyib", ru: "в доступ в дом отказано", en: "access to the home was refused" },
  DEADLINE_MISSED: { az: "müddət keçib", ru: "срок пропущен", en: "the deadline was missed" },
  OTHER: { az: "digər səbəb", ru: "иная причина", en: "another reason" },
};

export const SKIP_PROBLEM_LABELS: Labels = {
  NO_PREVIOUS_ASSIGNMENT: {
    az: "əvvəlki təyinat yoxdur",
    ru: "нет предыдущего назначения",
    en: "no previous assignment",
  },
  NOT_FOLLOWING_YEAR: {
    az: "müraciət əvvəlki təyinatdan sonrakı il ərzində deyil",
    ru: "обращение подано не в течение года после предыдущего назначения",
    en: "the application is not within the year after the previous assignment",
  },
  COMPOSITION_CHANGED: {
    az: "ailənin tərkibi dəyişib",
    ru: "состав семьи изменился",
    en: "the family's composition changed",
  },
  ADDRESS_CHANGED: { az: "ünvan dəyişib", ru: "адрес изменился", en: "the address changed" },
  NO_QUALIFYING_MEMBER: {
    az: "ailədə ailə başçısını itirməyə görə pensiya alan, sağlamlığı 81–100 % məhdud üzv, 61–80 % məhdud iki və daha çox üzv və ya üç və daha çox uşaq yoxdur",
    ru: "в семье нет получателя пенсии по потере кормильца, члена с утратой здоровья 81–100 %, двух и более членов с 61–80 % или трёх и более детей",
    en: "no survivor-pension recipient, member with 81–100 % disability, two or more members with 61–80 % disability, or three or more children",
  },
};

export const REPRESENTATIVE_PROBLEM_LABELS: Labels = {
  UNDER_AGE: { az: "yetkinlik yaşına çatmayıb", ru: "несовершеннолетний", en: "under 18" },
  DISABILITY: { az: "əmək qabiliyyəti məhduddur", ru: "трудоспособность ограничена", en: "has a disability" },
};

export const PARAMETER_LABELS: Labels = {
  NEED_CRITERION: { az: "ehtiyac meyarı", ru: "критерий нуждаемости", en: "need criterion" },
  SUBSISTENCE_MINIMUM: { az: "yaşayış minimumu", ru: "прожиточный минимум", en: "subsistence minimum" },
  PENSION_AGE_MEN_MONTHS: {
    az: "kişilər üçün pensiya yaşı",
    ru: "пенсионный возраст мужчин",
    en: "pension age for men",
  },
  PENSION_AGE_WOMEN_MONTHS: {
    az: "qadınlar üçün pensiya yaşı",
    ru: "пенсионный возраст женщин",
    en: "pension age for women",
  },
};

/** The label of a code, or the code itself when none is written (it stays understandable to staff). */
export function label(labels: Labels, code: string): LocalizedText {
  return labels[code] ?? { az: code, ru: code, en: code };
}
