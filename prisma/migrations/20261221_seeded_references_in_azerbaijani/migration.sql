-- The seeded legal references of the law's parameters and the public holidays were English, with pointers into
-- the project's own files; the ministry's administrators read them in the console. They now cite the acts by their
-- Azerbaijani titles (src/server/domain/data). Only rows still carrying a seeded English text change: a reference
-- an administrator typed is left as it is.
UPDATE "Parameter" AS t SET "legalReference" = r.azerbaijani
FROM (VALUES
  ('Law on the need criterion for 2014 (legalacts.az; ministry announcements)', '"2014-cü il üçün Azərbaycan Respublikasında ehtiyac meyarının həddi haqqında" Qanun'),
  ('Law on the need criterion for 2015 (legalacts.az; ministry announcements)', '"2015-ci il üçün Azərbaycan Respublikasında ehtiyac meyarının həddi haqqında" Qanun'),
  ('Law on the need criterion for 2017 (legalacts.az; ministry announcements)', '"2017-ci il üçün Azərbaycan Respublikasında ehtiyac meyarının həddi haqqında" Qanun'),
  ('Law on the need criterion for 2018 (legalacts.az; ministry announcements)', '"2018-ci il üçün Azərbaycan Respublikasında ehtiyac meyarının həddi haqqında" Qanun'),
  ('Law on the need criterion for 2019 (legalacts.az; ministry announcements)', '"2019-cu il üçün Azərbaycan Respublikasında ehtiyac meyarının həddi haqqında" Qanun'),
  ('Law on the need criterion for 2020 (legalacts.az; ministry announcements)', '"2020-ci il üçün Azərbaycan Respublikasında ehtiyac meyarının həddi haqqında" Qanun'),
  ('Law on the need criterion for 2021 (legalacts.az; ministry announcements)', '"2021-ci il üçün Azərbaycan Respublikasında ehtiyac meyarının həddi haqqında" Qanun'),
  ('Law on the need criterion for 2022 (legalacts.az; ministry announcements)', '"2022-ci il üçün Azərbaycan Respublikasında ehtiyac meyarının həddi haqqında" Qanun'),
  ('Law on the need criterion for 2023 (legalacts.az; ministry announcements)', '"2023-cü il üçün Azərbaycan Respublikasında ehtiyac meyarının həddi haqqında" Qanun'),
  ('Law on the need criterion for 2024 (legalacts.az; ministry announcements)', '"2024-cü il üçün Azərbaycan Respublikasında ehtiyac meyarının həddi haqqında" Qanun'),
  ('Law on the need criterion for 2025 (legalacts.az; ministry announcements)', '"2025-ci il üçün Azərbaycan Respublikasında ehtiyac meyarının həddi haqqında" Qanun'),
  ('Law on the need criterion for 2026 (legalacts.az; ministry announcements)', '"2026-cı il üçün Azərbaycan Respublikasında ehtiyac meyarının həddi haqqında" Qanun'),
  ('Law on the subsistence minimum for 2023 (legalacts.az)', '"2023-cü il üçün Azərbaycan Respublikasında yaşayış minimumu haqqında" Qanun'),
  ('Law on the subsistence minimum for 2024 (legalacts.az)', '"2024-cü il üçün Azərbaycan Respublikasında yaşayış minimumu haqqında" Qanun'),
  ('Law on the subsistence minimum for 2025 (legalacts.az)', '"2025-ci il üçün Azərbaycan Respublikasında yaşayış minimumu haqqında" Qanun'),
  ('Law on the subsistence minimum for 2026 (legalacts.az)', '"2026-cı il üçün Azərbaycan Respublikasında yaşayış minimumu haqqında" Qanun'),
  ('dsmf.gov.az/az/udsy/imtinaya-esas-sebebler (refusal grounds); Decision No. 37 of 5 Feb 2016', 'Nazirlər Kabinetinin 5 fevral 2016-cı il tarixli 37 nömrəli Qərarı (imtinaya əsas səbəblər; dsmf.gov.az)'),
  ('Decision No. 37 of 5 Feb 2016 (RULES.md, process and deadlines)', 'Nazirlər Kabinetinin 5 fevral 2016-cı il tarixli 37 nömrəli Qərarı (müraciətə baxılma müddəti)'),
  ('Civil Code of the Republic of Azerbaijan, art. 28 (full capacity at 18)', 'Azərbaycan Respublikasının Mülki Məcəlləsi, maddə 28 (18 yaşdan tam fəaliyyət qabiliyyəti)'),
  ('Decision No. 37 of 5 Feb 2016 (RULES.md, beyond the family''s control)', 'Nazirlər Kabinetinin 5 fevral 2016-cı il tarixli 37 nömrəli Qərarı (ailədən asılı olmayan səbəblər)'),
  ('Law "On labour pensions", art. 7 (2009 amendment: 63 reached on 1 Jan 2012)', '"Əmək pensiyaları haqqında" Qanun, maddə 7 (2009-cu il dəyişikliyi: 1 yanvar 2012-ci ildən 63 yaş)'),
  ('Law "On labour pensions", art. 7 (sosial.gov.az/en/old-age)', '"Əmək pensiyaları haqqında" Qanun, maddə 7'),
  ('Law "On labour pensions", art. 7 (2009 amendment: 60 reached by 2016)', '"Əmək pensiyaları haqqında" Qanun, maddə 7 (2009-cu il dəyişikliyi: 2016-cı ilədək 60 yaş)'),
  ('dost.gov.az general information; sputnik.az 2023-10-26', 'DOST: ümumi məlumat (dost.gov.az); sputnik.az, 26.10.2023'),
  ('(design) docs/decision-engine.md', 'Qanunda müəyyən edilməyib: sistemin qaydası (docs/decision-engine.md)'),
  ('Decision No. 37, 2020 amendment', 'Nazirlər Kabinetinin 5 fevral 2016-cı il tarixli 37 nömrəli Qərarı, 2020-ci il dəyişikliyi'),
  ('Decision No. 37, 2023 amendment', 'Nazirlər Kabinetinin 5 fevral 2016-cı il tarixli 37 nömrəli Qərarı, 2023-cü il dəyişikliyi')
) AS r(english, azerbaijani)
WHERE t."legalReference" = r.english;

UPDATE "PublicHoliday" AS t SET "legalReference" = r.azerbaijani
FROM (VALUES
  ('Labour Code art. 105', 'Əmək Məcəlləsi, maddə 105'),
  ('Cabinet of Ministers decision on the 2025 Novruz, Ramazan and Qurban dates; Labour Code art. 105', 'Nazirlər Kabinetinin 2025-ci ildə Novruz, Ramazan və Qurban bayramlarının günləri haqqında qərarı; Əmək Məcəlləsi, maddə 105'),
  ('Cabinet of Ministers decision of March 2025 on swapping days; Labour Code art. 105', 'Nazirlər Kabinetinin 2025-ci il mart ayında iş və istirahət günlərinin yerinin dəyişdirilməsi haqqında qərarı; Əmək Məcəlləsi, maddə 105'),
  ('Cabinet of Ministers decision on the 2026 Novruz, Ramazan and Qurban dates; Labour Code art. 105', 'Nazirlər Kabinetinin 2026-cı ildə Novruz, Ramazan və Qurban bayramlarının günləri haqqında qərarı; Əmək Məcəlləsi, maddə 105'),
  ('Cabinet of Ministers decision on the 2027 Novruz, Ramazan and Qurban dates; Labour Code art. 105', 'Nazirlər Kabinetinin 2027-ci ildə Novruz, Ramazan və Qurban bayramlarının günləri haqqında qərarı; Əmək Məcəlləsi, maddə 105')
) AS r(english, azerbaijani)
WHERE t."legalReference" = r.english;
