// Reference data for the database seed: Azerbaijan's economic regions and, in each, the districts
// (rayons) and the cities of republican subordination that belong to it. Baku is one city of
// republican subordination; applications there are placed in one of its 12 raions.
//
// Sources:
// - Presidential Decree No. 1386 of 7 July 2021 "On the new division of economic regions in the
//   Republic of Azerbaijan" (14 economic regions and their composition).
// - Law No. 1043-VIQ of 5 December 2023 "On the establishment of the Aghdara district" and the
//   decree applying it, which placed the new Ağdərə rayonu in the Karabakh economic region.
// - The State Statistics Committee's Administrative-Territorial Division Classification (2019,
//   revised 2024): 10 cities of republican subordination outside Nakhchivan (Bakı, Gəncə,
//   Xankəndi, Lənkəran, Mingəçevir, Naftalan, Sumqayıt, Şəki, Şirvan, Yevlax), 57 rayons, and in the
//   Nakhchivan Autonomous Republic the city of Naxçıvan and 7 rayons. Lənkəran, Şəki and Yevlax are
//   each one unit: the city's administrative territory takes in the surrounding villages (the 2021
//   decree names the same units "Lənkəran, Şəki, Yevlax rayonları"), so each appears here once.
//
// Naming: nameAz is the official Azerbaijani Latin form; rayons are "X rayonu" / "X-ский район" /
// "X District", cities "X şəhəri" / "город X" / "X city". English follows the transliteration used
// by the Azerbaijani government (Shaki, Gabala, Gakh, Oghuz, …).
//
// Codes are stable identifiers (primary keys): uppercase ASCII letters, digits and hyphens. Never
// rename one that has been seeded; add a new code instead.

/** A district (rayon), a city of republican subordination, or one of Baku's raions. */
export interface DistrictSeed {
  readonly code: string;
  readonly nameAz: string;
  readonly nameRu: string;
  readonly nameEn: string;
}

/** One of Azerbaijan's 14 economic regions (iqtisadi rayonlar) with the districts it contains. */
export interface EconomicRegionSeed {
  readonly code: string;
  readonly nameAz: string;
  readonly nameRu: string;
  readonly nameEn: string;
  readonly districts: readonly DistrictSeed[];
}

const ECONOMIC_REGIONS = [
  {
    code: "BAKU",
    nameAz: "Bakı iqtisadi rayonu",
    nameRu: "Бакинский экономический район",
    nameEn: "Baku Economic Region",
    districts: [
      { code: "BAK-BINAGADI", nameAz: "Binəqədi rayonu", nameRu: "Бинагадинский район", nameEn: "Binagadi District" },
      { code: "BAK-GARADAGH", nameAz: "Qaradağ rayonu", nameRu: "Гарадагский район", nameEn: "Garadagh District" },
      { code: "BAK-KHATAI", nameAz: "Xətai rayonu", nameRu: "Хатаинский район", nameEn: "Khatai District" },
      { code: "BAK-KHAZAR", nameAz: "Xəzər rayonu", nameRu: "Хазарский район", nameEn: "Khazar District" },
      {
        code: "BAK-NARIMANOV",
        nameAz: "Nərimanov rayonu",
        nameRu: "Наримановский район",
        nameEn: "Narimanov District",
      },
      { code: "BAK-NASIMI", nameAz: "Nəsimi rayonu", nameRu: "Насиминский район", nameEn: "Nasimi District" },
      { code: "BAK-NIZAMI", nameAz: "Nizami rayonu", nameRu: "Низаминский район", nameEn: "Nizami District" },
      {
        code: "BAK-PIRALLAHI",
        nameAz: "Pirallahı rayonu",
        nameRu: "Пираллахинский район",
        nameEn: "Pirallahi District",
      },
      { code: "BAK-SABAIL", nameAz: "Səbail rayonu", nameRu: "Сабаильский район", nameEn: "Sabail District" },
      { code: "BAK-SABUNCHU", nameAz: "Sabunçu rayonu", nameRu: "Сабунчинский район", nameEn: "Sabunchu District" },
      { code: "BAK-SURAKHANI", nameAz: "Suraxanı rayonu", nameRu: "Сураханский район", nameEn: "Surakhani District" },
      { code: "BAK-YASAMAL", nameAz: "Yasamal rayonu", nameRu: "Ясамальский район", nameEn: "Yasamal District" },
    ],
  },
  {
    code: "ABSHERON-KHIZI",
    nameAz: "Abşeron-Xızı iqtisadi rayonu",
    nameRu: "Абшерон-Хызинский экономический район",
    nameEn: "Absheron-Khizi Economic Region",
    districts: [
      { code: "SUMGAYIT", nameAz: "Sumqayıt şəhəri", nameRu: "город Сумгайыт", nameEn: "Sumgayit city" },
      { code: "ABSHERON", nameAz: "Abşeron rayonu", nameRu: "Абшеронский район", nameEn: "Absheron District" },
      { code: "KHIZI", nameAz: "Xızı rayonu", nameRu: "Хызинский район", nameEn: "Khizi District" },
    ],
  },
  {
    code: "MOUNTAINOUS-SHIRVAN",
    nameAz: "Dağlıq Şirvan iqtisadi rayonu",
    nameRu: "Нагорно-Ширванский экономический район",
    nameEn: "Mountainous Shirvan Economic Region",
    districts: [
      { code: "AGSU", nameAz: "Ağsu rayonu", nameRu: "Агсуинский район", nameEn: "Agsu District" },
      { code: "ISMAYILLI", nameAz: "İsmayıllı rayonu", nameRu: "Исмаиллинский район", nameEn: "Ismayilli District" },
      { code: "GOBUSTAN", nameAz: "Qobustan rayonu", nameRu: "Гобустанский район", nameEn: "Gobustan District" },
      { code: "SHAMAKHI", nameAz: "Şamaxı rayonu", nameRu: "Шамахинский район", nameEn: "Shamakhi District" },
    ],
  },
  {
    code: "GANJA-DASHKASAN",
    nameAz: "Gəncə-Daşkəsən iqtisadi rayonu",
    nameRu: "Гянджа-Дашкесанский экономический район",
    nameEn: "Ganja-Dashkasan Economic Region",
    districts: [
      { code: "GANJA", nameAz: "Gəncə şəhəri", nameRu: "город Гянджа", nameEn: "Ganja city" },
      { code: "NAFTALAN", nameAz: "Naftalan şəhəri", nameRu: "город Нафталан", nameEn: "Naftalan city" },
      { code: "DASHKASAN", nameAz: "Daşkəsən rayonu", nameRu: "Дашкесанский район", nameEn: "Dashkasan District" },
      { code: "GORANBOY", nameAz: "Goranboy rayonu", nameRu: "Геранбойский район", nameEn: "Goranboy District" },
      { code: "GOYGOL", nameAz: "Göygöl rayonu", nameRu: "Гёйгёльский район", nameEn: "Goygol District" },
      { code: "SAMUKH", nameAz: "Samux rayonu", nameRu: "Самухский район", nameEn: "Samukh District" },
    ],
  },
  {
    code: "KARABAKH",
    nameAz: "Qarabağ iqtisadi rayonu",
    nameRu: "Карабахский экономический район",
    nameEn: "Karabakh Economic Region",
    districts: [
      { code: "KHANKENDI", nameAz: "Xankəndi şəhəri", nameRu: "город Ханкенди", nameEn: "Khankendi city" },
      { code: "AGHJABADI", nameAz: "Ağcabədi rayonu", nameRu: "Агджабединский район", nameEn: "Aghjabadi District" },
      { code: "AGHDAM", nameAz: "Ağdam rayonu", nameRu: "Агдамский район", nameEn: "Aghdam District" },
      // Re-established by Law No. 1043-VIQ of 5 December 2023; added to this region afterwards.
      { code: "AGHDARA", nameAz: "Ağdərə rayonu", nameRu: "Агдеринский район", nameEn: "Aghdara District" },
      { code: "BARDA", nameAz: "Bərdə rayonu", nameRu: "Бардинский район", nameEn: "Barda District" },
      { code: "FUZULI", nameAz: "Füzuli rayonu", nameRu: "Физулинский район", nameEn: "Fuzuli District" },
      { code: "KHOJALY", nameAz: "Xocalı rayonu", nameRu: "Ходжалинский район", nameEn: "Khojaly District" },
      { code: "KHOJAVEND", nameAz: "Xocavənd rayonu", nameRu: "Ходжавендский район", nameEn: "Khojavend District" },
      { code: "SHUSHA", nameAz: "Şuşa rayonu", nameRu: "Шушинский район", nameEn: "Shusha District" },
      { code: "TARTAR", nameAz: "Tərtər rayonu", nameRu: "Тертерский район", nameEn: "Tartar District" },
    ],
  },
  {
    code: "GAZAKH-TOVUZ",
    nameAz: "Qazax-Tovuz iqtisadi rayonu",
    nameRu: "Газах-Товузский экономический район",
    nameEn: "Gazakh-Tovuz Economic Region",
    districts: [
      { code: "AGHSTAFA", nameAz: "Ağstafa rayonu", nameRu: "Агстафинский район", nameEn: "Aghstafa District" },
      { code: "GADABAY", nameAz: "Gədəbəy rayonu", nameRu: "Гедабекский район", nameEn: "Gadabay District" },
      { code: "GAZAKH", nameAz: "Qazax rayonu", nameRu: "Газахский район", nameEn: "Gazakh District" },
      { code: "SHAMKIR", nameAz: "Şəmkir rayonu", nameRu: "Шамкирский район", nameEn: "Shamkir District" },
      { code: "TOVUZ", nameAz: "Tovuz rayonu", nameRu: "Товузский район", nameEn: "Tovuz District" },
    ],
  },
  {
    code: "GUBA-KHACHMAZ",
    nameAz: "Quba-Xaçmaz iqtisadi rayonu",
    nameRu: "Губа-Хачмазский экономический район",
    nameEn: "Guba-Khachmaz Economic Region",
    districts: [
      { code: "KHACHMAZ", nameAz: "Xaçmaz rayonu", nameRu: "Хачмазский район", nameEn: "Khachmaz District" },
      { code: "GUBA", nameAz: "Quba rayonu", nameRu: "Губинский район", nameEn: "Guba District" },
      { code: "GUSAR", nameAz: "Qusar rayonu", nameRu: "Гусарский район", nameEn: "Gusar District" },
      { code: "SIYAZAN", nameAz: "Siyəzən rayonu", nameRu: "Сиязаньский район", nameEn: "Siyazan District" },
      { code: "SHABRAN", nameAz: "Şabran rayonu", nameRu: "Шабранский район", nameEn: "Shabran District" },
    ],
  },
  {
    code: "LANKARAN-ASTARA",
    nameAz: "Lənkəran-Astara iqtisadi rayonu",
    nameRu: "Ленкорань-Астаринский экономический район",
    nameEn: "Lankaran-Astara Economic Region",
    districts: [
      { code: "LANKARAN", nameAz: "Lənkəran şəhəri", nameRu: "город Ленкорань", nameEn: "Lankaran city" },
      { code: "ASTARA", nameAz: "Astara rayonu", nameRu: "Астаринский район", nameEn: "Astara District" },
      { code: "JALILABAD", nameAz: "Cəlilabad rayonu", nameRu: "Джалилабадский район", nameEn: "Jalilabad District" },
      { code: "LERIK", nameAz: "Lerik rayonu", nameRu: "Лерикский район", nameEn: "Lerik District" },
      { code: "MASALLY", nameAz: "Masallı rayonu", nameRu: "Масаллинский район", nameEn: "Masally District" },
      { code: "YARDIMLI", nameAz: "Yardımlı rayonu", nameRu: "Ярдымлинский район", nameEn: "Yardimli District" },
    ],
  },
  {
    code: "CENTRAL-ARAN",
    nameAz: "Mərkəzi Aran iqtisadi rayonu",
    nameRu: "Центрально-Аранский экономический район",
    nameEn: "Central Aran Economic Region",
    districts: [
      { code: "MINGACHEVIR", nameAz: "Mingəçevir şəhəri", nameRu: "город Мингечевир", nameEn: "Mingachevir city" },
      { code: "YEVLAKH", nameAz: "Yevlax şəhəri", nameRu: "город Евлах", nameEn: "Yevlakh city" },
      { code: "AGHDASH", nameAz: "Ağdaş rayonu", nameRu: "Агдашский район", nameEn: "Aghdash District" },
      { code: "GOYCHAY", nameAz: "Göyçay rayonu", nameRu: "Гёйчайский район", nameEn: "Goychay District" },
      { code: "KURDAMIR", nameAz: "Kürdəmir rayonu", nameRu: "Кюрдамирский район", nameEn: "Kurdamir District" },
      { code: "UJAR", nameAz: "Ucar rayonu", nameRu: "Уджарский район", nameEn: "Ujar District" },
      { code: "ZARDAB", nameAz: "Zərdab rayonu", nameRu: "Зардабский район", nameEn: "Zardab District" },
    ],
  },
  {
    code: "MIL-MUGHAN",
    nameAz: "Mil-Muğan iqtisadi rayonu",
    nameRu: "Миль-Муганский экономический район",
    nameEn: "Mil-Mughan Economic Region",
    districts: [
      { code: "BEYLAGAN", nameAz: "Beyləqan rayonu", nameRu: "Бейлаганский район", nameEn: "Beylagan District" },
      { code: "IMISHLI", nameAz: "İmişli rayonu", nameRu: "Имишлинский район", nameEn: "Imishli District" },
      { code: "SAATLY", nameAz: "Saatlı rayonu", nameRu: "Саатлинский район", nameEn: "Saatly District" },
      { code: "SABIRABAD", nameAz: "Sabirabad rayonu", nameRu: "Сабирабадский район", nameEn: "Sabirabad District" },
    ],
  },
  {
    code: "SHAKI-ZAGATALA",
    nameAz: "Şəki-Zaqatala iqtisadi rayonu",
    nameRu: "Шеки-Закатальский экономический район",
    nameEn: "Shaki-Zagatala Economic Region",
    districts: [
      { code: "SHAKI", nameAz: "Şəki şəhəri", nameRu: "город Шеки", nameEn: "Shaki city" },
      { code: "BALAKAN", nameAz: "Balakən rayonu", nameRu: "Балакенский район", nameEn: "Balakan District" },
      { code: "GAKH", nameAz: "Qax rayonu", nameRu: "Гахский район", nameEn: "Gakh District" },
      { code: "GABALA", nameAz: "Qəbələ rayonu", nameRu: "Габалинский район", nameEn: "Gabala District" },
      { code: "OGHUZ", nameAz: "Oğuz rayonu", nameRu: "Огузский район", nameEn: "Oghuz District" },
      { code: "ZAGATALA", nameAz: "Zaqatala rayonu", nameRu: "Закатальский район", nameEn: "Zagatala District" },
    ],
  },
  {
    code: "EAST-ZANGEZUR",
    nameAz: "Şərqi Zəngəzur iqtisadi rayonu",
    nameRu: "Восточно-Зангезурский экономический район",
    nameEn: "East Zangezur Economic Region",
    districts: [
      { code: "JABRAYIL", nameAz: "Cəbrayıl rayonu", nameRu: "Джебраильский район", nameEn: "Jabrayil District" },
      { code: "KALBAJAR", nameAz: "Kəlbəcər rayonu", nameRu: "Кельбаджарский район", nameEn: "Kalbajar District" },
      { code: "GUBADLY", nameAz: "Qubadlı rayonu", nameRu: "Губадлинский район", nameEn: "Gubadly District" },
      { code: "LACHIN", nameAz: "Laçın rayonu", nameRu: "Лачинский район", nameEn: "Lachin District" },
      { code: "ZANGILAN", nameAz: "Zəngilan rayonu", nameRu: "Зангиланский район", nameEn: "Zangilan District" },
    ],
  },
  {
    code: "SHIRVAN-SALYAN",
    nameAz: "Şirvan-Salyan iqtisadi rayonu",
    nameRu: "Ширван-Сальянский экономический район",
    nameEn: "Shirvan-Salyan Economic Region",
    districts: [
      { code: "SHIRVAN", nameAz: "Şirvan şəhəri", nameRu: "город Ширван", nameEn: "Shirvan city" },
      { code: "BILASUVAR", nameAz: "Biləsuvar rayonu", nameRu: "Билясуварский район", nameEn: "Bilasuvar District" },
      { code: "HAJIGABUL", nameAz: "Hacıqabul rayonu", nameRu: "Гаджигабульский район", nameEn: "Hajigabul District" },
      { code: "NEFTCHALA", nameAz: "Neftçala rayonu", nameRu: "Нефтчалинский район", nameEn: "Neftchala District" },
      { code: "SALYAN", nameAz: "Salyan rayonu", nameRu: "Сальянский район", nameEn: "Salyan District" },
    ],
  },
  {
    code: "NAKHCHIVAN",
    nameAz: "Naxçıvan iqtisadi rayonu",
    nameRu: "Нахчыванский экономический район",
    nameEn: "Nakhchivan Economic Region",
    districts: [
      // The city keeps a suffixed code so that it cannot be confused with the region's code.
      { code: "NAKHCHIVAN-CITY", nameAz: "Naxçıvan şəhəri", nameRu: "город Нахчыван", nameEn: "Nakhchivan city" },
      { code: "BABEK", nameAz: "Babək rayonu", nameRu: "Бабекский район", nameEn: "Babek District" },
      { code: "JULFA", nameAz: "Culfa rayonu", nameRu: "Джульфинский район", nameEn: "Julfa District" },
      { code: "KANGARLI", nameAz: "Kəngərli rayonu", nameRu: "Кенгерлинский район", nameEn: "Kangarli District" },
      { code: "ORDUBAD", nameAz: "Ordubad rayonu", nameRu: "Ордубадский район", nameEn: "Ordubad District" },
      { code: "SADARAK", nameAz: "Sədərək rayonu", nameRu: "Садаракский район", nameEn: "Sadarak District" },
      { code: "SHAHBUZ", nameAz: "Şahbuz rayonu", nameRu: "Шахбузский район", nameEn: "Shahbuz District" },
      { code: "SHARUR", nameAz: "Şərur rayonu", nameRu: "Шарурский район", nameEn: "Sharur District" },
    ],
  },
] as const satisfies readonly EconomicRegionSeed[];

export type EconomicRegionCode = (typeof ECONOMIC_REGIONS)[number]["code"];
export type DistrictCode = (typeof ECONOMIC_REGIONS)[number]["districts"][number]["code"];

/** The 14 economic regions, each with its districts and cities of republican subordination. */
export const economicRegions: readonly EconomicRegionSeed[] = ECONOMIC_REGIONS;

/** Every district flattened, with the code of its economic region (the shape of a District row). */
export interface DistrictRow extends DistrictSeed {
  readonly economicRegionCode: string;
}

export const districtRows: readonly DistrictRow[] = economicRegions.flatMap((region) =>
  region.districts.map((district) => ({ ...district, economicRegionCode: region.code })),
);
