-- The half-day the scheduler's visit notice told the family (docs/inspector-tablet.md, "The visit's time window"),
-- kept once told: worked out again on each read, it moved when an earlier visit of the inspector's day was
-- cancelled, and the family's page or the staff calendar then said other hours than the SMS. Visits told before
-- keep null and are still worked out from their place in the day.
ALTER TABLE "Inspection" ADD COLUMN "toldWindow" "VisitWindow";
