-- A caseworker or supervisor may record a change the family reported at the district office
-- (docs/changes-during-the-period.md, "Reported at the office"): the report says it was staff's, with their short
-- note of how the family told them. Earlier reports were all the family's own: false and no note.
ALTER TABLE "ChangeReport" ADD COLUMN "byStaff" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "ChangeReport" ADD COLUMN "staffNote" TEXT;
