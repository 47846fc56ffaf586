import { economicRegions } from "../../../prisma/seed-data/districts";

// The simulated bank's branches (issue 14: the card branch follows the family). A family's card is made at the
// branch in its district, or else at its economic region's main branch (the first listed for the region): the
// nearest one a family can reach by the region's own roads and buses. The codes are the bank's; the district
// codes are vemtas's (prisma/seed-data/districts.ts). Names and addresses are illustrative.

export interface SimBranch {
  code: string;
  districtCode: string;
  name: string;
  /** The bank gives its branches' names in Russian and English too (contract.ts), so a family reads its own. */
  nameRu: string;
  nameEn: string;
  address: string;
}

export const BRANCHES: readonly SimBranch[] = [
  {
    code: "BAK-NRM",
    districtCode: "BAK-NARIMANOV",
    name: "Nərimanov filialı",
    nameRu: "Наримановский филиал",
    nameEn: "Narimanov branch",
    address: "Bakı, Nərimanov r-nu, Təbriz küç. 44",
  },
  {
    code: "BAK-NSM",
    districtCode: "BAK-NASIMI",
    name: "Nəsimi filialı",
    nameRu: "Насиминский филиал",
    nameEn: "Nasimi branch",
    address: "Bakı, Nəsimi r-nu, Füzuli küç. 61",
  },
  {
    code: "BAK-XTA",
    districtCode: "BAK-KHATAI",
    name: "Xətai filialı",
    nameRu: "Хатаинский филиал",
    nameEn: "Khatai branch",
    address: "Bakı, Xətai r-nu, Babək pr. 12",
  },
  {
    code: "SUM-01",
    districtCode: "SUMGAYIT",
    name: "Sumqayıt filialı",
    nameRu: "Сумгайытский филиал",
    nameEn: "Sumgayit branch",
    address: "Sumqayıt, Sülh küç. 7",
  },
  {
    code: "SMX-01",
    districtCode: "SHAMAKHI",
    name: "Şamaxı filialı",
    nameRu: "Шамахинский филиал",
    nameEn: "Shamakhi branch",
    address: "Şamaxı, Nizami küç. 19",
  },
  {
    code: "GNC-01",
    districtCode: "GANJA",
    name: "Gəncə filialı",
    nameRu: "Гянджинский филиал",
    nameEn: "Ganja branch",
    address: "Gəncə, Cavadxan küç. 12",
  },
  {
    code: "BRD-01",
    districtCode: "BARDA",
    name: "Bərdə filialı",
    nameRu: "Бардинский филиал",
    nameEn: "Barda branch",
    address: "Bərdə, Heydər Əliyev pr. 30",
  },
  {
    code: "SSA-01",
    districtCode: "SHUSHA",
    name: "Şuşa filialı",
    nameRu: "Шушинский филиал",
    nameEn: "Shusha branch",
    address: "Şuşa, Cıdır düzü küç. 2",
  },
  {
    code: "QZX-01",
    districtCode: "GAZAKH",
    name: "Qazax filialı",
    nameRu: "Газахский филиал",
    nameEn: "Gazakh branch",
    address: "Qazax, Azadlıq küç. 5",
  },
  {
    code: "TVZ-01",
    districtCode: "TOVUZ",
    name: "Tovuz filialı",
    nameRu: "Товузский филиал",
    nameEn: "Tovuz branch",
    address: "Tovuz, Heydər Əliyev pr. 88",
  },
  {
    code: "QBA-01",
    districtCode: "GUBA",
    name: "Quba filialı",
    nameRu: "Губинский филиал",
    nameEn: "Guba branch",
    address: "Quba, Heydər Əliyev meydanı 3",
  },
  {
    code: "XCM-01",
    districtCode: "KHACHMAZ",
    name: "Xaçmaz filialı",
    nameRu: "Хачмазский филиал",
    nameEn: "Khachmaz branch",
    address: "Xaçmaz, Azərbaycan küç. 14",
  },
  {
    code: "LNK-01",
    districtCode: "LANKARAN",
    name: "Lənkəran filialı",
    nameRu: "Ленкоранский филиал",
    nameEn: "Lankaran branch",
    address: "Lənkəran, Həzi Aslanov küç. 40",
  },
  {
    code: "MNG-01",
    districtCode: "MINGACHEVIR",
    name: "Mingəçevir filialı",
    nameRu: "Мингячевирский филиал",
    nameEn: "Mingachevir branch",
    address: "Mingəçevir, H. Əliyev pr. 27",
  },
  {
    code: "YVL-01",
    districtCode: "YEVLAKH",
    name: "Yevlax filialı",
    nameRu: "Евлахский филиал",
    nameEn: "Yevlakh branch",
    address: "Yevlax, Azadlıq pr. 9",
  },
  {
    code: "IMS-01",
    districtCode: "IMISHLI",
    name: "İmişli filialı",
    nameRu: "Имишлинский филиал",
    nameEn: "Imishli branch",
    address: "İmişli, Nizami küç. 11",
  },
  {
    code: "SBR-01",
    districtCode: "SABIRABAD",
    name: "Sabirabad filialı",
    nameRu: "Сабирабадский филиал",
    nameEn: "Sabirabad branch",
    address: "Sabirabad, Ü. Hacıbəyov küç. 6",
  },
  {
    code: "SKI-01",
    districtCode: "SHAKI",
    name: "Şəki filialı",
    nameRu: "Шекинский филиал",
    nameEn: "Shaki branch",
    address: "Şəki, M.F. Axundzadə pr. 21",
  },
  {
    code: "ZQT-01",
    districtCode: "ZAGATALA",
    name: "Zaqatala filialı",
    nameRu: "Загатальский филиал",
    nameEn: "Zagatala branch",
    address: "Zaqatala, Heydər Əliyev pr. 50",
  },
  {
    code: "LCN-01",
    districtCode: "LACHIN",
    name: "Laçın filialı",
    nameRu: "Лачинский филиал",
    nameEn: "Lachin branch",
    address: "Laçın, Mərkəzi küç. 1",
  },
  {
    code: "SRV-01",
    districtCode: "SHIRVAN",
    name: "Şirvan filialı",
    nameRu: "Ширванский филиал",
    nameEn: "Shirvan branch",
    address: "Şirvan, Nəriman Nərimanov küç. 4",
  },
  {
    code: "SLY-01",
    districtCode: "SALYAN",
    name: "Salyan filialı",
    nameRu: "Сальянский филиал",
    nameEn: "Salyan branch",
    address: "Salyan, Heydər Əliyev pr. 15",
  },
  {
    code: "NAX-01",
    districtCode: "NAKHCHIVAN-CITY",
    name: "Naxçıvan filialı",
    nameRu: "Нахчыванский филиал",
    nameEn: "Nakhchivan branch",
    address: "Naxçıvan, Atatürk küç. 8",
  },
];

const HEAD_BRANCH = BRANCHES[0]!;
const regionOf = new Map(economicRegions.flatMap((r) => r.districts.map((d) => [d.code, r.code] as const)));

/** The branch in the family's district, else its economic region's main branch, else the head branch in Baku. */
export function branchFor(districtCode: string): SimBranch {
  const inDistrict = BRANCHES.find((b) => b.districtCode === districtCode);
  if (inDistrict) return inDistrict;
  const region = regionOf.get(districtCode);
  return BRANCHES.find((b) => region !== undefined && regionOf.get(b.districtCode) === region) ?? HEAD_BRANCH;
}

export function branchByCode(code: string): SimBranch | undefined {
  return BRANCHES.find((b) => b.code === code);
}
