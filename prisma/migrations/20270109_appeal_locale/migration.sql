-- The language the family wrote its appeal in (docs/staff-workspace.md, "Record an appeal brought to the office";
-- docs/background-chain.md, "Appeals"): the supervisor's explanation reaches the family as written, so the answer
-- form asks for it in that language and the APPEAL_ANSWER message goes out in it. Before, both followed the
-- application's language, though a family that applied in Azerbaijani may appeal from the Russian page. Earlier
-- appeals did not record it and stay null: the application's language stands for it, as it did.
ALTER TABLE "Appeal" ADD COLUMN "locale" "Locale";
