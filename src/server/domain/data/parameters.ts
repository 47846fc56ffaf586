import { azOrdinalYear } from "@/kernel/az-ordinal-year";
import { SYSTEM_RULE_REFERENCE } from "@/kernel/system-rule-reference";
import type { ParameterDefinition, ParameterSet, ParameterValue } from "../parameters";

// Seed data for the parameter table (the lead's database seed imports this). Money in qəpik per person per month,
// shares in basis points (1 % = 100). Sources: /work/shared/domain/RULES.md, and the pages named in the comments
// by the citations. The stored reference is what the ministry's administrators read in the console, so it
// cites the act by its Azerbaijani title; values the law leaves open are marked as the system's own rule
// (docs/decision-engine.md explains each).

// Values: the yearly law (legalacts.az) and the ministry's announcements of it.
const ANNUAL_LAW = (year: number): string =>
  `"${azOrdinalYear(year)} il üçün Azərbaycan Respublikasında ehtiyac meyarının həddi haqqında" Qanun`;
const SUBSISTENCE_LAW = (year: number): string =>
  `"${azOrdinalYear(year)} il üçün Azərbaycan Respublikasında yaşayış minimumu haqqında" Qanun`;
const DECISION_37 = "Nazirlər Kabinetinin 5 fevral 2016-cı il tarixli 37 nömrəli Qərarı";
// The refusal grounds as DSMF lists them: dsmf.gov.az/az/udsy/imtinaya-esas-sebebler.
const DSMF_GROUNDS = `${DECISION_37} (imtinaya əsas səbəblər; dsmf.gov.az)`;
const GROUNDS_START_NOTE =
  "seeded from the date of Decision No. 37 (5 Feb 2016); the ground's own start date is not established — check before deciding earlier applications";
// Shown in the reader's language by the console (an explanation, not an act's title): kernel/system-rule-reference.ts.
const DESIGN = SYSTEM_RULE_REFERENCE;
// Age limits: sosial.gov.az/en/old-age.
const PENSIONS = '"Əmək pensiyaları haqqında" Qanun, maddə 7';

const v = (validFrom: string, value: number, legalReference: string, note?: string): ParameterValue =>
  note === undefined ? { validFrom, value, legalReference } : { validFrom, value, legalReference, note };

const AZN = 100;

const definitions: ParameterDefinition[] = [
  {
    code: "NEED_CRITERION",
    unit: "QEPIK_PER_PERSON_PER_MONTH",
    description: "Need criterion (ehtiyac meyarı) per person per month; a family is low-income when I < N × C",
    values: [
      v("2014-01-01", 100 * AZN, ANNUAL_LAW(2014)),
      v("2015-01-01", 105 * AZN, ANNUAL_LAW(2015), "2016: no separate value found; 105 AZN stays in force"),
      v("2017-01-01", 116 * AZN, ANNUAL_LAW(2017)),
      v("2018-01-01", 130 * AZN, ANNUAL_LAW(2018)),
      v("2019-01-01", 143 * AZN, ANNUAL_LAW(2019)),
      v("2020-01-01", 160 * AZN, ANNUAL_LAW(2020), "ministry example: 4 × 160 − 400 = 240 AZN"),
      v("2021-01-01", 170 * AZN, ANNUAL_LAW(2021)),
      v("2022-01-01", 200 * AZN, ANNUAL_LAW(2022)),
      v("2023-01-01", 246 * AZN, ANNUAL_LAW(2023), "since 2023 equal to the subsistence minimum"),
      v("2024-01-01", 270 * AZN, ANNUAL_LAW(2024)),
      v("2025-01-01", 285 * AZN, ANNUAL_LAW(2025)),
      v("2026-01-01", 300 * AZN, ANNUAL_LAW(2026)),
    ],
  },
  {
    code: "SUBSISTENCE_MINIMUM",
    unit: "QEPIK_PER_PERSON_PER_MONTH",
    description: "National subsistence minimum; refusal grounds 3 and 6 are measured against it",
    values: [
      v(
        "2023-01-01",
        246 * AZN,
        SUBSISTENCE_LAW(2023),
        "earlier values are not seeded: grounds 3 and 6 go to REVIEW before 2023",
      ),
      v("2024-01-01", 270 * AZN, SUBSISTENCE_LAW(2024)),
      v("2025-01-01", 285 * AZN, SUBSISTENCE_LAW(2025)),
      v("2026-01-01", 300 * AZN, SUBSISTENCE_LAW(2026)),
    ],
  },
  {
    code: "LARGE_TRANSACTION_MULTIPLE",
    unit: "MULTIPLE",
    description:
      "A purchase or sale above this multiple of the subsistence minimum in the 12 months refuses (ground 3)",
    values: [v("2016-02-05", 12, DSMF_GROUNDS, GROUNDS_START_NOTE)],
  },
  {
    code: "UTILITY_COST_SHARE_LIMIT",
    unit: "BASIS_POINTS",
    description:
      "Per-person monthly utility and communication costs at or above this share of the subsistence minimum refuse (ground 6)",
    values: [v("2016-02-05", 1500, DSMF_GROUNDS, GROUNDS_START_NOTE)],
  },
  {
    code: "JOB_OFFER_REFUSAL_LIMIT",
    unit: "COUNT",
    description: "Refused suitable job offers of the State Employment Agency that refuse (ground 5)",
    values: [v("2016-02-05", 2, DSMF_GROUNDS, GROUNDS_START_NOTE)],
  },
  {
    code: "JOB_OFFER_REFUSAL_WAIT_MONTHS",
    unit: "MONTHS",
    description: "After the refusals, a new application may be reviewed after this many months (ground 5)",
    values: [v("2016-02-05", 1, DSMF_GROUNDS, GROUNDS_START_NOTE)],
  },
  {
    code: "FALSE_INFORMATION_BAR_MONTHS",
    unit: "MONTHS",
    description: "False or incomplete information loses the right to ÜDSY for this long from the finding (ground 9)",
    values: [v("2016-02-05", 12, DSMF_GROUNDS, GROUNDS_START_NOTE)],
  },
  {
    code: "DECISION_DEADLINE_WORKING_DAYS",
    unit: "WORKING_DAYS",
    description: "The decision is made within this many working days of the application",
    values: [v("2016-02-05", 15, `${DECISION_37} (müraciətə baxılma müddəti)`)],
  },
  {
    code: "CHANGE_REPORT_WORKING_DAYS",
    unit: "WORKING_DAYS",
    description: "A change of income or composition during the period is reported within this many working days of it",
    values: [v("2016-02-05", 15, "DOST: ÜDSY-nin təyin edilməsi (dost.gov.az), dəyişikliklər barədə məlumat")],
  },
  {
    code: "ADULT_AGE",
    unit: "YEARS",
    description:
      "Age of majority: below it a member is a child (needs no reason not to work, counts as a child for the repeat rule)",
    values: [
      v("2014-01-01", 18, "Azərbaycan Respublikasının Mülki Məcəlləsi, maddə 28 (18 yaşdan tam fəaliyyət qabiliyyəti)"),
    ],
  },
  {
    code: "CARE_CHILD_AGE_LIMIT",
    unit: "YEARS",
    description: "Caring for a child under this age is an accepted reason not to work (ground 8)",
    values: [v("2016-02-05", 8, `${DECISION_37} (ailədən asılı olmayan səbəblər)`, GROUNDS_START_NOTE)],
  },
  {
    code: "DISABLED_CHILD_AGE_LIMIT",
    unit: "YEARS",
    description: "Caring for a child with a disability under this age is an accepted reason not to work (ground 8)",
    values: [v("2016-02-05", 18, `${DECISION_37} (ailədən asılı olmayan səbəblər)`, GROUNDS_START_NOTE)],
  },
  {
    code: "STUDENT_AGE_LIMIT",
    unit: "YEARS",
    description: "Full-time study under this age is an accepted reason not to work (ground 8)",
    values: [v("2016-02-05", 23, `${DECISION_37} (ailədən asılı olmayan səbəblər)`, GROUNDS_START_NOTE)],
  },
  {
    code: "PENSION_AGE_MEN_MONTHS",
    unit: "MONTHS",
    description: "Pension age for men; at or above it a member is not expected to work",
    values: [
      v("2012-01-01", 63 * 12, `${PENSIONS} (2009-cu il dəyişikliyi: 1 yanvar 2012-ci ildən 63 yaş)`),
      v("2017-07-01", 63 * 12 + 6, PENSIONS),
      v("2018-07-01", 64 * 12, PENSIONS),
      v("2019-07-01", 64 * 12 + 6, PENSIONS),
      v("2020-07-01", 65 * 12, PENSIONS),
    ],
  },
  {
    code: "PENSION_AGE_WOMEN_MONTHS",
    unit: "MONTHS",
    description: "Pension age for women; at or above it a member is not expected to work",
    values: [
      v(
        "2016-01-01",
        60 * 12,
        `${PENSIONS} (2009-cu il dəyişikliyi: 2016-cı ilədək 60 yaş)`,
        "the 2010–2015 steps are not seeded",
      ),
      v("2017-07-01", 60 * 12 + 6, PENSIONS),
      v("2018-07-01", 61 * 12, PENSIONS),
      v("2019-07-01", 61 * 12 + 6, PENSIONS),
      v("2020-07-01", 62 * 12, PENSIONS),
      v("2021-07-01", 62 * 12 + 6, PENSIONS),
      v("2022-07-01", 63 * 12, PENSIONS),
      v("2023-07-01", 63 * 12 + 6, PENSIONS),
      v("2024-07-01", 64 * 12, PENSIONS),
      v("2025-07-01", 64 * 12 + 6, PENSIONS),
      v("2026-07-01", 65 * 12, PENSIONS),
    ],
  },
  {
    code: "REPEAT_MIN_CHILDREN",
    unit: "COUNT",
    description: "Children that let a repeat application skip the home inspection",
    values: [v("2016-02-05", 3, "DOST: ümumi məlumat (dost.gov.az); sputnik.az, 26.10.2023", GROUNDS_START_NOTE)],
  },
  {
    code: "REPEAT_MIN_MEMBERS_61_80",
    unit: "COUNT",
    description: "Members with 61–80 % disability that let a repeat application skip the home inspection",
    values: [v("2016-02-05", 2, "DOST: ümumi məlumat (dost.gov.az); sputnik.az, 26.10.2023", GROUNDS_START_NOTE)],
  },
  {
    code: "THRESHOLD_REVIEW_MARGIN",
    unit: "BASIS_POINTS",
    description: "Income within this share of N × C, on either side, is decided by a person (REVIEW)",
    values: [v("2014-01-01", 200, DESIGN, "2 %: about 24 AZN for a family of four in 2026")],
  },
  {
    code: "DECLARATION_MATCH_TOLERANCE",
    unit: "BASIS_POINTS",
    description: "A declared figure this close to the verified one counts as matching (rounding by the family)",
    values: [v("2014-01-01", 100, DESIGN, "1 %")],
  },
  {
    code: "DECLARATION_REVIEW_TOLERANCE",
    unit: "BASIS_POINTS",
    description: "Up to this difference a person reviews the declaration (REVIEW); beyond it, refusal ground 1",
    values: [v("2014-01-01", 1000, DESIGN, "10 %")],
  },
  {
    code: "INCOME_COUNTED:LOAN",
    unit: "BOOLEAN",
    description: "Loans are not income",
    values: [
      v(
        "2020-01-01",
        0,
        `${DECISION_37}, 2020-ci il dəyişikliyi`,
        "RULES.md gives the year only; check the amendment's entry-into-force day",
      ),
    ],
  },
  {
    code: "INCOME_COUNTED:RELOCATION_ALLOWANCE_LIBERATED_TERRITORIES",
    unit: "BOOLEAN",
    description:
      "The relocation allowance for specialists working in the liberated territories (2023–2028) is not counted",
    values: [
      v("2023-01-01", 0, `${DECISION_37}, 2023-cü il dəyişikliyi`),
      v(
        "2029-01-01",
        1,
        `${DECISION_37}, 2023-cü il dəyişikliyi`,
        "the exclusion is for 2023–2028 (RULES.md): allowances paid from 2029 count, those of 2028 are still deducted",
      ),
    ],
  },
];

export const SEED_PARAMETER_DEFINITIONS: readonly ParameterDefinition[] = definitions;

export const SEED_PARAMETERS: ParameterSet = Object.fromEntries(definitions.map((d) => [d.code, d]));
