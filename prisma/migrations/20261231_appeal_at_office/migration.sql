-- A caseworker or supervisor may record an appeal the family brought to the district office in writing
-- (docs/staff-workspace.md, "Record an appeal brought to the office"): the appeal says who recorded it, with their
-- short note. Earlier appeals were all filed by the family from its page: no recorder and no note.
ALTER TABLE "Appeal" ADD COLUMN "recordedById" TEXT;
ALTER TABLE "Appeal" ADD COLUMN "staffNote" TEXT;
