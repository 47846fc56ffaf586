// Demo staff accounts for the local seed: in six districts a caseworker, a supervisor and two or
// three inspectors, plus one ministry administrator who works across all districts. The people are
// fictional; the e-mail addresses use the reserved-for-local-use `.local` domain.

import type { Locale, Role } from "../../src/generated/prisma/enums";
import type { DistrictCode } from "./districts";

/**
 * The password every demo staff account is seeded with. FOR THE LOCAL DEMO ONLY: it is public
 * (it is in this repository). The seed refuses to use it when NODE_ENV=production unless
 * SEED_DEMO=1 is set explicitly.
 */
export const DEMO_STAFF_PASSWORD = "vemtas-demo-2026";

export type StaffRole = Exclude<Role, "CITIZEN">;

export interface StaffSeed {
  readonly email: string;
  readonly name: string;
  readonly role: StaffRole;
  /** Staff work in one district; the ADMIN works across all of them and has none. */
  readonly districtCode: DistrictCode | null;
  /** Inspectors only: home visits they can make on one working day. */
  readonly dailyInspectionCapacity?: number;
  readonly locale: Locale;
}

export const staff: readonly StaffSeed[] = [
  // Ministry administrator
  { email: "admin@vemtas.local", name: "Elvin Quliyev", role: "ADMIN", districtCode: null, locale: "az" },

  // Bakı, Nəsimi rayonu
  {
    email: "caseworker.nasimi@vemtas.local",
    name: "Leyla Məmmədova",
    role: "CASEWORKER",
    districtCode: "BAK-NASIMI",
    locale: "az",
  },
  {
    email: "supervisor.nasimi@vemtas.local",
    name: "Rəşad Hüseynov",
    role: "SUPERVISOR",
    districtCode: "BAK-NASIMI",
    locale: "az",
  },
  {
    email: "inspector1.nasimi@vemtas.local",
    name: "Nigar Əliyeva",
    role: "INSPECTOR",
    districtCode: "BAK-NASIMI",
    dailyInspectionCapacity: 5,
    locale: "az",
  },
  {
    email: "inspector2.nasimi@vemtas.local",
    name: "Tural Həsənov",
    role: "INSPECTOR",
    districtCode: "BAK-NASIMI",
    dailyInspectionCapacity: 6,
    locale: "ru",
  },
  {
    email: "inspector3.nasimi@vemtas.local",
    name: "Aynur Rzayeva",
    role: "INSPECTOR",
    districtCode: "BAK-NASIMI",
    dailyInspectionCapacity: 4,
    locale: "az",
  },

  // Bakı, Sabunçu rayonu
  {
    email: "caseworker.sabunchu@vemtas.local",
    name: "Günel İsmayılova",
    role: "CASEWORKER",
    districtCode: "BAK-SABUNCHU",
    locale: "az",
  },
  {
    email: "supervisor.sabunchu@vemtas.local",
    name: "Fərid Babayev",
    role: "SUPERVISOR",
    districtCode: "BAK-SABUNCHU",
    locale: "ru",
  },
  {
    email: "inspector1.sabunchu@vemtas.local",
    name: "Elşən Abdullayev",
    role: "INSPECTOR",
    districtCode: "BAK-SABUNCHU",
    dailyInspectionCapacity: 5,
    locale: "az",
  },
  {
    email: "inspector2.sabunchu@vemtas.local",
    name: "Səbinə Kərimova",
    role: "INSPECTOR",
    districtCode: "BAK-SABUNCHU",
    dailyInspectionCapacity: 4,
    locale: "az",
  },

  // Sumqayıt şəhəri
  {
    email: "caseworker.sumgayit@vemtas.local",
    name: "Könül Nəsibova",
    role: "CASEWORKER",
    districtCode: "SUMGAYIT",
    locale: "az",
  },
  {
    email: "supervisor.sumgayit@vemtas.local",
    name: "Anar Məmmədli",
    role: "SUPERVISOR",
    districtCode: "SUMGAYIT",
    locale: "az",
  },
  {
    email: "inspector1.sumgayit@vemtas.local",
    name: "Ramil Süleymanov",
    role: "INSPECTOR",
    districtCode: "SUMGAYIT",
    dailyInspectionCapacity: 6,
    locale: "az",
  },
  {
    email: "inspector2.sumgayit@vemtas.local",
    name: "Lalə Cəfərova",
    role: "INSPECTOR",
    districtCode: "SUMGAYIT",
    dailyInspectionCapacity: 5,
    locale: "en",
  },

  // Gəncə şəhəri
  {
    email: "caseworker.ganja@vemtas.local",
    name: "Aysel Qasımova",
    role: "CASEWORKER",
    districtCode: "GANJA",
    locale: "az",
  },
  {
    email: "supervisor.ganja@vemtas.local",
    name: "Vüqar Novruzov",
    role: "SUPERVISOR",
    districtCode: "GANJA",
    locale: "az",
  },
  {
    email: "inspector1.ganja@vemtas.local",
    name: "Orxan Hacıyev",
    role: "INSPECTOR",
    districtCode: "GANJA",
    dailyInspectionCapacity: 5,
    locale: "az",
  },
  {
    email: "inspector2.ganja@vemtas.local",
    name: "Sevinc Əhmədova",
    role: "INSPECTOR",
    districtCode: "GANJA",
    dailyInspectionCapacity: 4,
    locale: "az",
  },
  {
    email: "inspector3.ganja@vemtas.local",
    name: "Kamran Mustafayev",
    role: "INSPECTOR",
    districtCode: "GANJA",
    dailyInspectionCapacity: 6,
    locale: "az",
  },

  // Şəki şəhəri
  {
    email: "caseworker.shaki@vemtas.local",
    name: "Nərmin Bağırova",
    role: "CASEWORKER",
    districtCode: "SHAKI",
    locale: "az",
  },
  {
    email: "supervisor.shaki@vemtas.local",
    name: "Elnur Sadıqov",
    role: "SUPERVISOR",
    districtCode: "SHAKI",
    locale: "az",
  },
  {
    email: "inspector1.shaki@vemtas.local",
    name: "Samir Əsədov",
    role: "INSPECTOR",
    districtCode: "SHAKI",
    dailyInspectionCapacity: 4,
    locale: "az",
  },
  {
    email: "inspector2.shaki@vemtas.local",
    name: "Gülnar Mehdiyeva",
    role: "INSPECTOR",
    districtCode: "SHAKI",
    dailyInspectionCapacity: 5,
    locale: "az",
  },

  // Lənkəran şəhəri
  {
    email: "caseworker.lankaran@vemtas.local",
    name: "Şəbnəm Rəhimova",
    role: "CASEWORKER",
    districtCode: "LANKARAN",
    locale: "az",
  },
  {
    email: "supervisor.lankaran@vemtas.local",
    name: "Mübariz Talıbov",
    role: "SUPERVISOR",
    districtCode: "LANKARAN",
    locale: "az",
  },
  {
    email: "inspector1.lankaran@vemtas.local",
    name: "Zaur Əzizov",
    role: "INSPECTOR",
    districtCode: "LANKARAN",
    dailyInspectionCapacity: 5,
    locale: "az",
  },
  {
    email: "inspector2.lankaran@vemtas.local",
    name: "Xədicə Səfərova",
    role: "INSPECTOR",
    districtCode: "LANKARAN",
    dailyInspectionCapacity: 4,
    locale: "ru",
  },
  {
    email: "inspector3.lankaran@vemtas.local",
    name: "İlqar Məhərrəmov",
    role: "INSPECTOR",
    districtCode: "LANKARAN",
    dailyInspectionCapacity: 5,
    locale: "az",
  },
] as const satisfies readonly StaffSeed[];
