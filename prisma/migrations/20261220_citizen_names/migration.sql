-- Citizens signed in by SMS code were known by their FIN as their name even after applying: they take the name
-- they gave as the applicant of their latest submitted application (submitApplication now does this at submit).
-- Names from e-Gov (any name other than the FIN) are left as they are.
UPDATE "User" AS u
SET "name" = latest."firstName" || ' ' || latest."lastName", "updatedAt" = CURRENT_TIMESTAMP
FROM (
  SELECT DISTINCT ON (a."applicantId") a."applicantId", m."firstName", m."lastName"
  FROM "Application" AS a
  JOIN "FamilyMember" AS m ON m."applicationId" = a."id" AND m."relation" = 'APPLICANT'
  WHERE a."submittedAt" IS NOT NULL
  ORDER BY a."applicantId", a."submittedAt" DESC
) AS latest
WHERE u."id" = latest."applicantId" AND u."role" = 'CITIZEN' AND u."name" = u."fin";
