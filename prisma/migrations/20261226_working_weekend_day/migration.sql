-- A Saturday or Sunday the Cabinet made a working day when it swapped days: the engine's calendar knew the kind
-- (domain/working-days.ts), the table could not hold it, so an administrator could not enter such a decision.
ALTER TYPE "HolidayKind" ADD VALUE 'WORKING_WEEKEND_DAY';
