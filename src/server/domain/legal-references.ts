// Where each rule comes from (RULES.md, "Sources"). Stored with each rule check so a decision shows its law.

export const LEGAL = {
  LAW_1039: 'Law No. 1039-IIQ of 21 Oct 2005 "On targeted state social assistance"',
  DECISION_37: "Cabinet of Ministers Decision No. 37 of 5 Feb 2016 (as amended 2020, 2023)",
  FAMILY_EXCLUSIONS: "dsmf.gov.az/az/udsy/terminlerin-izahli-lugeti (family, members not counted)",
  FORMULA: "sosial.gov.az ÜDSY eligibility page; dost.gov.az services kt=27 (A = N × C − I)",
  REFUSAL_GROUNDS: "dsmf.gov.az/az/udsy/imtinaya-esas-sebebler",
  PERIOD_AND_REPEAT: "dost.gov.az assignment and general information pages; sputnik.az 2023-10-26",
  LABOUR_CODE_105: "Labour Code of the Republic of Azerbaijan, art. 105 (holidays and transferred days off)",
  LABOUR_PENSIONS_7: 'Law "On labour pensions", art. 7 (age limits; sosial.gov.az/en/old-age)',
  DESIGN: "(design) docs/decision-engine.md",
} as const;
